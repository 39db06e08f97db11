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
# man formats a page the first time it shows it (troff may warn then, e.g. of a glyph the locale
# lacks) and shows its cached copy afterwards: one showing first, so that both runs below see the cache.
nix-instantiate --help > /dev/null 2>&1 || true
got=$("$link" --help 2>&1 | head -n 5; echo "rc=${PIPESTATUS[0]}"); want=$(nix-instantiate --help 2>&1 | head -n 5; echo "rc=${PIPESTATUS[0]}")
[[ $got == "$want" ]] && ok || bad "nix-instantiate --help through the link runs man as Nix does" "want: $want"$'\n'"got: $got"
got=$(cd "$tmp" && "$link" eval 2>&1; echo "rc=$?"); want=$(cd "$tmp" && nix-instantiate eval 2>&1; echo "rc=$?")
[[ $got == "$want" ]] && ok || bad "through the link 'eval' is a file, not nixel's command" "want: $want"$'\n'"got: $got"

# ---- completion
mkdir -p "$tmp/files" && touch "$tmp/files/cases.txt" && echo "{ boot.kernelModules = [ ]; }" > "$tmp/files/config.nix"
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

# option names after `nixel why CONFIG` and `nixel options`, from `nixel options --names`
# (which takes the --module and -I words given before): the names nixel why takes, a
# submodule's options under each name the configuration defines, never a placeholder
seed=$repo/../shared/seed/containers-old.nix
config=$repo/../shared/golden/cases/old-two/config.nix
names=$("$nixel" options --names --module "$seed" "$config" 2>&1)
[[ $names == *$'\ncontainers.db.privateNetwork\n'* && $names == *$'\nboot.kernelModules\n'* && $names != *'<'* && $names != *'*'* ]] &&
  ok || bad "options --names: names as nixel why takes them" "$(head -c 600 <<< "$names")"
[[ $("$nixel" options --names --module "$seed" "$config" containers.db.bindMounts 2>&1) == containers.db.bindMounts ]] &&
  ok || bad "options --names PREFIX keeps the names at or below it"
[[ $("$nixel" why --module "$seed" "$config" "$(grep -m1 '^containers\.db\.' <<< "$names")" > /dev/null 2>&1; echo $?) == 0 ]] &&
  ok || bad "a name options --names prints is one nixel why takes"
out=$(bash_complete "$nixel" why --module "$seed" "$config" containers.db.priv)
[[ $out == containers.db.privateNetwork ]] && ok || bad "bash: nixel why --module SEED CONFIG containers.db.priv<TAB>" "$out"
out=$(bash_complete "$nixel" why files/config.nix boot.kernelM)
[[ $out == boot.kernelModules ]] && ok || bad "bash: why CONFIG offers option names, no files" "$out"
out=$(bash_complete "$nixel" why files/co)
[[ $out == files/config.nix ]] && ok || bad "bash: why before a configuration offers files" "$out"
out=$(bash_complete "$nixel" options --module "$seed" "containers.<")
[[ -z $out ]] && ok || bad "bash: no placeholder is offered" "$out"
out=$(bash_complete "$nixel" options --module "$seed" syst)
[[ $out == *systemd.services* ]] && ok || bad "bash: options offers option names" "$out"
out=$(zsh_complete "$nixel" why --module "$seed" "$config" x 2>&1)
[[ $out == *containers.db.privateNetwork* && $out != *"(files)"* ]] && ok || bad "zsh: why CONFIG offers option names, no files" "$(head -c 300 <<< "$out")"
out=$(zsh_complete "$nixel" options x 2>&1)
[[ $out == *boot.kernelModules* && $out == *"(files)"* ]] && ok || bad "zsh: options offers option names and files" "$(head -c 300 <<< "$out")"
out=$(zsh_complete "$nixel" why x 2>&1)
[[ $out == "(files)" ]] && ok || bad "zsh: why before a configuration offers files" "$out"

# ---- exit statuses: each is the one the command's manual page gives for that case, and the
# page's EXIT STATUS section names it
exit_section() { awk '/^\.SH EXIT STATUS/{p=1;next} /^\.SH/{p=0} p' "$repo/man/$1.1"; }
mkdir -p "$tmp/exit" && cd "$tmp/exit"
echo '{ }' > ok.nix
echo '{ environment.etc.x.text = throw "no"; }' > bad.nix
"$nixel" render ok.nix -o golden > /dev/null 2>&1
cp -r golden altered && echo changed > altered/etc/hosts
# command page, expected status, then the command line (run in $tmp/exit, stdin empty)
while IFS='|' read -r page want line; do
  [[ -z $page || $page == \#* ]] && continue
  got=0
  eval "\"\$nixel\" $line" < /dev/null > /dev/null 2>&1 || got=$?
  if [[ $got -ne $want ]]; then bad "exit status of 'nixel $line': $got, the manual says $want"
  elif ! exit_section "$page" | grep -qw "$want"; then bad "$page(1)'s EXIT STATUS does not name $want"
  else ok; fi
  rm -rf out
done <<'CASES'
nixel|0|--eval -E 1
nixel|1|--eval -E 'throw "x"'
nixel|1|--frobnicate
nixel-eval|0|eval 1
nixel-eval|1|eval 'throw "x"'
nixel-eval|1|eval --frobnicate
nixel-render|0|render ok.nix -o out
nixel-render|1|render bad.nix -o out
nixel-render|1|render ok.nix
nixel-render|0|render ok.nix --compare golden
nixel-render|1|render ok.nix --compare altered
nixel-render|2|render ok.nix --compare no-such-golden
nixel-compare|0|compare golden golden
nixel-compare|1|compare altered golden
nixel-compare|1|compare no-such-out golden
nixel-compare|2|compare golden no-such-golden
nixel-why|0|why ok.nix boot.kernelModules
nixel-why|1|why ok.nix no.such.option
nixel-options|0|options boot
nixel-options|1|options no.such.prefix
nixel-doc|0|doc builtins.map
nixel-doc|1|doc builtins.noSuchBuiltin
nixel-repl|0|repl
nixel-repl|1|repl --frobnicate
nixel-help|0|help render
nixel-help|1|help no-such-command
CASES
cd "$tmp"

finish
