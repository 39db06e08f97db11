# a variable that only with could provide
(x: with { }; y) 1
