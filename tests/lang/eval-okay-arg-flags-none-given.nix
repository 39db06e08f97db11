# without any --arg a top-level function is printed, not called
{ a }: a
