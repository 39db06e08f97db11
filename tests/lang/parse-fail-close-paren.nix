# an extra closing parenthesis
(1))
