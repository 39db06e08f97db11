# Text snippets with dependencies between them (activation scripts):
# `textClosureList` emits each named snippet once, after those it depends on.
{ lib }:

rec {
  # `names` mixes snippet names (looked up in `predefined`, emitted once)
  # and inline entries { text, deps }; deps are emitted first, depth first.
  textClosureList = predefined: names:
    let
      walk = done: todo:
        if todo == [ ] then { result = [ ]; inherit done; }
        else
          let
            entry = builtins.head todo;
            rest = builtins.tail todo;
          in
          if builtins.isAttrs entry then
            let
              deps = walk done entry.deps;
              others = walk deps.done rest;
            in
            { result = deps.result ++ [ entry.text ] ++ others.result; done = others.done; }
          else if done ? ${entry} then walk done rest
          else walk (done // { ${entry} = 1; }) ([ predefined.${entry} ] ++ rest);
    in
    (walk { } names).result;

  textClosureMap = f: predefined: names:
    builtins.concatStringsSep "\n" (map f (textClosureList predefined names));

  noDepEntry = text: { inherit text; deps = [ ]; };
  fullDepEntry = text: deps: { inherit text deps; };
  packEntry = deps: { inherit deps; text = ""; };
  stringAfter = deps: text: { inherit text deps; };
}
