# --arg values that the function does not take are not passed
{ a ? 1 }: a
