#!/usr/bin/env bash
# The playground (nixel serve and its page): builds the page (make playground: npm ci from the
# committed lock file, esbuild), starts `NIXEL serve --port 0`, checks the HTTP endpoint with
# hostile requests (oversized, malformed, endless or forbidden programs: each answered, the
# server still up), then drives the page in headless Chromium (browser.mjs), which compares
# every tab with NIXEL's command-line output for the same programs. Screenshots of each tab
# are kept in build/playground-artifacts/.
#   run.sh NIXEL
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require curl node seed
[[ -x /usr/bin/chromium ]] || { echo "missing: /usr/bin/chromium (scripts/setup.sh installs it)"; echo "0 passed, 1 failed"; exit 1; }
nixel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$NIXEL_ROOT"
artifacts=$NIXEL_ROOT/build/playground-artifacts
work=$(mktemp -d)
server=
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"; nixel_env_cleanup' EXIT

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failed=$((failed + 1)); echo "not ok - $1"; [[ -n ${2:-} ]] && printf '%s\n' "$2" | head -n 20; }
check() { if eval "$2"; then ok "$1"; else fail "$1" "$(eval "${3:-true}")"; fi; }   # what, test, detail command

if ! make -s build/playground/index.html > "$work/make.log" 2>&1; then
    fail "make playground" "$(tail -n 20 "$work/make.log")"; echo "$passed passed, $failed failed"; exit 1
fi
ok "make playground"

mkdir "$work/tmp"
TMPDIR=$work/tmp "$nixel" serve --port 0 --dir "$NIXEL_ROOT/build/playground" --seed "$NIXEL_SHARED/seed" > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 50); do grep -q 'http://' "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")
[[ -n $port ]] || { fail "nixel serve prints its address" "$(cat "$work/serve.err")"; echo "$passed passed, $failed failed"; exit 1; }
base=http://127.0.0.1:$port
# /proc/net/tcp: the listening socket's local address is 0100007F (127.0.0.1), and none is on IPv6.
hexport=$(printf '%04X' "$port")
check "it listens on 127.0.0.1 only" '[[ $(awk -v p=":$hexport" '"'"'$4 == "0A" && substr($2, 9) == p { print $2 }'"'"' /proc/net/tcp) == "0100007F:$hexport" ]] && ! grep -q ":$hexport 00000000000000000000000000000000:0000 0A" /proc/net/tcp6' 

# post BODY [CURL ARGS...]: the status, then the body, in $work/reply
post() { local body=$1; shift; curl -s -m 20 -o "$work/reply" -w '%{http_code}' -H 'Content-Type: application/json' "$@" --data-binary "$body" "$base/api/run"; }
field() { node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(String(r[process.argv[2]]))' "$work/reply" "$1"; }

check "a program is evaluated" '[[ $(post "{\"op\":\"eval\",\"program\":\"1 + 2\"}") == 200 && $(field stdout) == 3 ]]' 'cat "$work/reply"' 
check "malformed JSON: 400" '[[ $(post "{\"op\": \"eval\", ") == 400 ]]'
check "a JSON array: 400" '[[ $(post "[1, 2]") == 400 ]]'
check "an unknown operation: 400" '[[ $(post "{\"op\":\"rm\",\"program\":\"1\"}") == 400 ]]'
check "a program that is no string: 400" '[[ $(post "{\"op\":\"eval\",\"program\":1}") == 400 ]]'
check "a module outside the seed modules: 400" '[[ $(post "{\"op\":\"render\",\"program\":\"{}\",\"module\":\"../../../etc/passwd\"}") == 400 ]]'
check "an option that looks like a flag: 400" '[[ $(post "{\"op\":\"why\",\"program\":\"{}\",\"option\":\"--impure\"}") == 400 ]]'
head -c 300000 /dev/zero | tr '\0' 'a' > "$work/big"
check "an oversized body: 413" '[[ $(curl -s -m 20 -o /dev/null -w "%{http_code}" -H "Content-Type: application/json" --data-binary @"$work/big" "$base/api/run") == 413 ]]'
check "a body that is not application/json: 415" '[[ $(curl -s -m 20 -o /dev/null -w "%{http_code}" -d "{}" "$base/api/run") == 415 ]]'
check "another Host (DNS rebinding): 403" '[[ $(curl -s -m 20 -o /dev/null -w "%{http_code}" -H "Host: evil.example:$port" "$base/") == 403 ]]'
check "a path out of the page: 404" '[[ $(curl -s -m 20 --path-as-is -o /dev/null -w "%{http_code}" "$base/../Makefile") == 404 ]]'
check "GET of the endpoint: 405" '[[ $(curl -s -m 20 -o /dev/null -w "%{http_code}" "$base/api/run") == 405 ]]'
check "a garbage request line: 400" '[[ $(printf "hello\r\n\r\n" | curl -s -m 5 telnet://127.0.0.1:$port 2>/dev/null | head -n 1 | tr -d "\r") == "HTTP/1.1 400 Bad Request" ]]'
start=$(date +%s)
code=$(post '{"op":"eval","program":"let l = builtins.genList (x: x) 20000; in builtins.foldl'"'"' (a: x: a + builtins.length (builtins.filter (y: y == x) l)) 0 l"}')
took=$(( $(date +%s) - start ))
check "an endless program is stopped within the caps (${took}s)" '[[ $code == 200 && $took -le 12 && $(field status) != 0 && $(field stderr) == *"nixel serve: stopped"* ]]' 'cat "$work/reply"' 
code=$(post '{"op":"eval","program":"builtins.length (builtins.genList (x: \"aaaaaaaaaaaaaaaaaaaa${toString x}\") 200000000)"}')
check "a program that eats memory ends in an error" '[[ $code == 200 && $(field status) != 0 ]]' 'head -c 600 "$work/reply"' 
code=$(post '{"op":"eval","program":"builtins.readFile /etc/hostname"}')
check "reading /etc/hostname is forbidden" '[[ $code == 200 && $(field status) == 1 && $(field stderr) == *"forbidden in restricted mode"* ]]' 'cat "$work/reply"' 
code=$(post '{"op":"eval","program":"builtins.readDir /etc"}')
check "reading /etc is forbidden" '[[ $code == 200 && $(field stderr) == *"forbidden"* ]]' 'cat "$work/reply"' 
code=$(post '{"op":"why","option":"networking.hostName","program":"{ networking.hostName = builtins.readFile /etc/hostname; }"}')
check "why: reading /etc/hostname is forbidden" '[[ $code == 200 && $(field stderr) == *"forbidden"* ]]' 'cat "$work/reply"' 
code=$(post '{"op":"options","program":"{ lib, ... }: { options.x = lib.mkOption { default = builtins.readFile /etc/hostname; description = \"x\"; }; }"}')
check "options: reading /etc/hostname is forbidden (the default shows the error)" '[[ $code == 200 && $(field stdout) == *"/etc/hostname'"'"' is forbidden"* ]]' 'head -c 600 "$work/reply"'
code=$(post '{"op":"render","program":"{ environment.etc.x.source = /etc/hostname; }"}')
check "render: copying /etc/hostname is forbidden" '[[ $code == 200 && $(field stderr) == *"forbidden"* && $(field files) == "" ]]' 'cat "$work/reply"' 
code=$(post '{"op":"eval","program":"builtins.getEnv \"PATH\""}')
check "no environment" '[[ $code == 200 && $(field stdout) == "\"\"" ]]' 'cat "$work/reply"' 
code=$(post '{"op":"eval","program":"builtins.fetchurl \"http://127.0.0.1:'"$port"'/\""}')
check "no network" '[[ $code == 200 && $(field status) == 1 ]]' 'cat "$work/reply"' 
check "a lesson is readable as <lessons/...>" '[[ $(post "{\"op\":\"eval\",\"program\":\"builtins.typeOf (import <lessons/01-values-and-laziness.nix>)\"}") == 200 && $(field stdout) == "\"set\"" ]]' 'cat "$work/reply"' 
# A client that connects and sends nothing does not hold the others up, and gets a 408.
exec 9<>"/dev/tcp/127.0.0.1/$port"
check "a silent client does not hold up the others" '[[ $(curl -s -m 2 -o /dev/null -w "%{http_code}" "$base/api/info") == 200 ]]'
check "a silent client gets a 408" '[[ $(timeout 10 head -n 1 <&9 | tr -d "\r") == "HTTP/1.1 408 Request Timeout" ]]'
exec 9>&-
check "private directories are removed" '[[ -z $(ls -A "$work/tmp") ]]' 'ls -A "$work/tmp"' 

timeout 200 node "$here/browser.mjs" "$base/" "$nixel" "$NIXEL_SHARED/seed" "$artifacts" > "$work/browser.out" 2>&1
cat "$work/browser.out"
last=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$work/browser.out" | tail -n 1)
if [[ -n $last ]]; then
    passed=$((passed + ${last%% passed*})); f=${last#*passed, }; failed=$((failed + ${f%% failed*}))
else
    fail "the browser test printed no result line"
fi
check "the server is still up after all of it" '[[ $(curl -s -m 20 -o /dev/null -w "%{http_code}" "$base/") == 200 ]]'
check "screenshots of each tab" 'for t in value json lazy parse steps error lesson why render; do [[ -s $artifacts/$t.png ]] || exit 1; done'
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
