# null is not false
if null then 2 else 3
