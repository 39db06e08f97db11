# with builtins brings the builtins into scope
with builtins; [ (length [ 1 2 ]) (head [ 3 ]) ]
