# builtins such as map are lexical names, so with cannot override them
with { map = 1; }; map
