#!/usr/bin/env bash
# Help for people (cli/help.c, man/, completion/): `nixel --help` and `nixel help` list the
# commands; every command listed has `--help` (= `nixel help COMMAND`, exit 0, usage and an
# example) and a manual page that man renders without a warning and whose NAME line is the
# command's summary in the list, and every page in man/ is a listed command's; --version,
# and through the nix-instantiate link --version and --help exactly as Nix 2.8's; the bash
# and zsh completion scripts load and complete commands, options and files.   run.sh [NIXEL]   Last line: `N passed, M failed`.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
source "$here/../lib/check.sh"
nixel_require nix-instantiate man zsh
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
link=$(dirname "$nixel")/nix-instantiate

# ---- nixel --help, nixel help: the commands
top=$("$nixel" --help 2>&1); rc=$?
[[ $rc -eq 0 && $top == *"Commands:"* && $top == *"Usage:"* && $top == *"Examples:"* ]] && ok || bad "nixel --help (status $rc)" "$top"
[[ $("$nixel" help 2>&1) == "$top" ]] && ok || bad "nixel help is nixel --help"
commands=$(sed -n '/^Commands:$/,/^$/p' <<< "$top" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[[ $(wc -w <<< "$commands") -ge 4 ]] && ok || bad "nixel help lists the commands" "$top"
[[ $("$nixel" help --complete | grep -v '^-' | tr '\n' ' ') == "$(tr '\n' ' ' <<< "$commands")" ]] && ok || bad "help --complete lists the same commands"

# ---- every command: --help, help COMMAND, its manual page
man_page() { # the page of nixel or of a command
  echo "$repo/man/nixel${1:+-$1}.1"
}
for c in "" $commands; do
  page=$(man_page "$c")
  if [[ -n $c ]]; then
    out=$("$nixel" "$c" --help 2>&1); rc=$?
    [[ $rc -eq 0 && $out == *"Usage:"*"nixel $c"* && $out == *"Examples:"* && $out == *"Manual: man nixel-$c"* ]] && ok || bad "nixel $c --help (status $rc)" "$out"
    [[ $("$nixel" help "$c" 2>&1) == "$out" ]] && ok || bad "nixel help $c is nixel $c --help"
    summary=$(sed -n "s/^  $c  *//p" <<< "$("$nixel" help)")
    name=$(sed -n '/^\.SH NAME/{n;p;}' "$page" 2>/dev/null | sed 's/\\-/-/g')
    [[ $name == "nixel-$c - $summary" ]] && ok || bad "man/nixel-$c.1's NAME line is the summary 'nixel help' lists" "NAME: $name"$'\n'"help: $summary"
  fi
  if [[ -f $page ]]; then
    rendered=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null); text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
    [[ -z $rendered && $text == *SYNOPSIS* ]] && ok || bad "man -l $page renders without warnings" "$rendered"
  else bad "no manual page $page"; fi
done
strays=""
for page in "$repo"/man/*.1; do
  c=$(basename "$page" .1); c=${c#nixel}; c=${c#-}
  [[ -z $c ]] || grep -qx -- "$c" <<< "$commands" || strays+=" $(basename "$page")"
done
[[ -z $strays ]] && ok || bad "pages of no command nixel help lists:$strays"
out=$("$nixel" help no-such-command 2>&1); [[ $? -eq 1 && $out == *"no command 'no-such-command'"* ]] && ok || bad "help of a missing command fails" "$out"
out=$("$nixel" render --json --help 2>&1); [[ $? -eq 0 && $out == *"Usage:"* ]] && ok || bad "--help after other arguments" "$out"

# ---- versions
out=$("$nixel" --version); [[ $? -eq 0 && $out == "nixel "[0-9]* && $out == *"Nix 2.8.0"* ]] && ok || bad "nixel --version" "$out"
want=$(nix-instantiate --version 2>&1; echo "rc=$?")
for args in "--version" "--eval --version" "--version --no-such-flag"; do
  # shellcheck disable=SC2086
  got=$("$link" $args 2>&1; echo "rc=$?"); want=$(nix-instantiate $args 2>&1; echo "rc=$?")
  [[ $got == "$want" ]] && ok || bad "nix-instantiate $args through the link" "want: $want"$'\n'"got: $got"
done
got=$("$link" --help 2>&1 | head -n 5; echo "rc=${PIPESTATUS[0]}"); want=$(nix-instantiate --help 2>&1 | head -n 5; echo "rc=${PIPESTATUS[0]}")
[[ $got == "$want" ]] && ok || bad "nix-instantiate --help through the link runs man as Nix does" "want: $want"$'\n'"got: $got"
got=$(cd "$tmp" && "$link" eval 2>&1; echo "rc=$?"); want=$(cd "$tmp" && nix-instantiate eval 2>&1; echo "rc=$?")
[[ $got == "$want" ]] && ok || bad "through the link 'eval' is a file, not nixel's command" "want: $want"$'\n'"got: $got"

# ---- completion
mkdir -p "$tmp/files" && touch "$tmp/files/config.nix" "$tmp/files/cases.txt"
bash_complete() { # words of the command line (the last one is completed)
  (cd "$tmp" && bash --norc --noprofile -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _nixel; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$repo/completion/nixel.bash" "$@")
}
err=$(bash --norc --noprofile -c "source '$repo/completion/nixel.bash' && complete -p nixel" 2>&1)
[[ $err == *"-F _nixel"*nixel ]] && ok || bad "the bash script loads and registers _nixel" "$err"
[[ $(bash_complete "$nixel" ren) == render ]] && ok || bad "bash: nixel ren<TAB> gives render" "$(bash_complete "$nixel" ren)"
[[ $(bash_complete "$nixel" rep) == repl ]] && ok || bad "bash: nixel rep<TAB> gives repl" "$(bash_complete "$nixel" rep)"
[[ $(bash_complete "$nixel" render --mo) == --module ]] && ok || bad "bash: nixel render --mo<TAB> gives --module"
[[ $(bash_complete "$nixel" --ver) == --version ]] && ok || bad "bash: nixel --ver<TAB> gives --version"
[[ $(bash_complete "$nixel" render files/co) == files/config.nix ]] && ok || bad "bash: files are completed"
zsh_complete() { # stubs for compadd and _files: what _nixel would offer
  (cd "$tmp" && zsh -fc 'compadd() { [[ $1 == -a ]] && print -l -- ${(P)2}; }; _files() { print "(files)"; }
    words=("$@"); CURRENT=$#; PREFIX=${words[-1]}; source "$0"' "$repo/completion/_nixel" "$@")
}
err=$(zsh -fc "fpath=('$repo/completion' \$fpath); autoload -Uz compinit && compinit -u -d '$tmp/zcompdump' && print \$_comps[nixel]" 2>&1)
[[ $err == _nixel ]] && ok || bad "the zsh script loads under compinit and completes nixel" "$err"
out=$(zsh_complete "$nixel" re 2>&1); [[ $out == *render* && $out == *"(files)"* ]] && ok || bad "zsh: commands at the first word" "$out"
out=$(zsh_complete "$nixel" render --mo 2>&1); [[ $out == *--module* && $out != *"(files)"* ]] && ok || bad "zsh: a command's options" "$out"
out=$(zsh_complete "$nixel" render co 2>&1); [[ $out == "(files)" ]] && ok || bad "zsh: files after the command" "$out"

finish
