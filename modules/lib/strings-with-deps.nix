# Text snippets with dependencies between them (activation scripts):
# `textClosureList` emits each named snippet once, after those it depends on.
{ lib }:

rec {
  /* `names` mixes snippet names (looked up in `predefined`, emitted once)
     and inline entries { text, deps }; deps are emitted first, depth first.

     Type: textClosureList :: attrs -> [string | entry] -> [string]

     Example:
       textClosureList { a = noDepEntry "A"; b = fullDepEntry "B" [ "a" ]; } [ "b" ]
       => [ "A" "B" ]
  */
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

  /* Like textClosureList, f applied to each text, the results joined by newlines.

     Type: textClosureMap :: (string -> string) -> attrs -> [string | entry] -> string

     Example:
       textClosureMap (t: "# " + t) { a = noDepEntry "A"; } [ "a" ]
       => "# A"
  */
  textClosureMap = f: predefined: names:
    builtins.concatStringsSep "\n" (map f (textClosureList predefined names));

  /* A snippet without dependencies.

     Type: noDepEntry :: string -> entry

     Example:
       noDepEntry "echo hi"
       => { deps = [ ]; text = "echo hi"; }
  */
  noDepEntry = text: { inherit text; deps = [ ]; };

  /* A snippet that comes after the snippets named in deps.

     Type: fullDepEntry :: string -> [string] -> entry

     Example:
       fullDepEntry "echo hi" [ "users" ]
       => { deps = [ "users" ]; text = "echo hi"; }
  */
  fullDepEntry = text: deps: { inherit text deps; };

  /* An empty snippet that only pulls in its deps.

     Type: packEntry :: [string] -> entry

     Example:
       packEntry [ "a" ]
       => { deps = [ "a" ]; text = ""; }
  */
  packEntry = deps: { inherit deps; text = ""; };

  /* fullDepEntry with its arguments swapped: the deps first, then the text.

     Type: stringAfter :: [string] -> string -> entry

     Example:
       stringAfter [ "users" ] "echo hi"
       => { deps = [ "users" ]; text = "echo hi"; }
  */
  stringAfter = deps: text: { inherit text deps; };
}
