# Store markers: the path a realizable builder (writeText, runCommand, ...) hands out while the
# configuration is evaluated, written so that the object's recipe can be read back from any text
# it was interpolated into.
#
# Why: `nixel render` must put under store/ every realizable object whose path appears in an
# /etc file, including objects that only survive as a substring (the old containers module
# interpolates its `container-init` script into the start script's text, and nothing else keeps
# the derivation). Nix follows the text's string context to the .drv files it names and builds
# them. nixel's strings do carry contexts (builtins.getContext shows the .drv of every object
# interpolated), but a context names a .drv by its store path only, and nixel writes no store:
# there is no .drv file to read the builder's arguments back from. So the path itself carries
# the recipe:
#
#   /nix/store/ SOH <payload> STX -<name>
#
# <payload> is builtins.toJSON of the recipe with / \ " ' replaced by the control characters
# ETX EOT ENQ ACK, so the marker looks like a store path (dirOf is /nix/store, baseNameOf ends
# in -<name>) and survives shell quoting. A marker inside a recipe is JSON-escaped there, so
# markers nest without ambiguity. A marker that went through builtins.toJSON (the "escaped"
# form, SOH and STX written as \u0001 and \u0002) is recognised too: modules write JSON.
# `scan` replaces every marker by the real store path of its recipe and lists the recipes.
let
  inherit (builtins) fromJSON toJSON replaceStrings split filter isString head tail
    substring stringLength concatStringsSep map length unsafeDiscardStringContext;

  ctl = code: fromJSON ''"\u000${code}"'';
  SOH = ctl "1";
  STX = ctl "2";

  plain = [ "/" "\\" "\"" "'" ];
  coded = map ctl [ "3" "4" "5" "6" ];
  codedEscaped = map (c: "\\u000" + c) [ "3" "4" "5" "6" ];

  rawStart = "/nix/store/" + SOH;
  escapedStartRe = "/nix/store/\\\\u0001";
  escapedEndRe = "\\\\u0002";

  dropPrefix = n: s: substring n (stringLength s) s;

  # One marker form: split on its start, then each piece is <payload><end>-<name><rest>.
  scanForm = { startRe, endRe, endLength, unescape }: realPathOf: s:
    let
      pieces = filter isString (split startRe s);
      step = piece:
        let
          payload = head (split endRe piece);
          afterEnd = dropPrefix (stringLength payload + endLength) piece;
          record = fromJSON (unsafeDiscardStringContext
            (replaceStrings coded plain (unescape payload)));
          suffix = "-" + record.name;
          rest =
            if substring 0 (stringLength suffix) afterEnd == suffix
            then dropPrefix (stringLength suffix) afterEnd
            else throw "nixel: a store path marker was cut or altered (object `${record.name}')";
        in { text = realPathOf record + rest; ref = record; };
      steps = map step (tail pieces);
    in
      if length pieces == 1 then { text = s; refs = []; }
      else {
        text = head pieces + concatStringsSep "" (map (x: x.text) steps);
        refs = map (x: x.ref) steps;
      };

  scanRaw = scanForm {
    startRe = rawStart; endRe = STX; endLength = 1; unescape = x: x;
  };
  scanEscaped = scanForm {
    startRe = escapedStartRe; endRe = escapedEndRe; endLength = 6;
    unescape = replaceStrings codedEscaped coded;
  };

in rec {
  # The marker of a recipe (an attrset with at least `name`).
  mark = record:
    rawStart + replaceStrings plain coded (toJSON record) + STX + "-" + record.name;

  # scan realPathOf s = { text = s with every marker replaced by realPathOf <its recipe>;
  #                       refs = the recipes of the markers, in order (duplicates kept); }
  scan = realPathOf: s:
    let
      raw = scanRaw realPathOf s;
      escaped = scanEscaped realPathOf raw.text;
    in { inherit (escaped) text; refs = raw.refs ++ escaped.refs; };

  # True if a text still holds something that looks like a marker scan could not read
  # (e.g. one escaped twice): better to stop than to write a damaged file.
  hasLeftover = s: length (split "/nix/store/[\\\\${SOH}]" s) > 1;
}
