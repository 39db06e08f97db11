# Registry strings needing TOML escapes (quote, backslash, tab, CR, LF, backspace, formfeed,
# other control characters as \u00xx, DEL and non-ASCII raw) and an empty list.
let ctl = hex: builtins.fromJSON ''"\u00${hex}"''; in
{
  virtualisation.containers = {
    enable = true;
    registries.search = [ ];
    registries.insecure = [ "a\"b" "c\\d" "tab\there" "cr\rlf\n" ];
    registries.block = [ "${ctl "08"}${ctl "0c"}${ctl "01"}${ctl "1f"}" "${ctl "7f"}é€😀" "" ];
  };
}
