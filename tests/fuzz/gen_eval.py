#!/usr/bin/env python3
"""Random small Nix programs for the differential evaluation fuzzer (tests/fuzz/diff-eval.sh).

They mix what the evaluator treats specially: closures and curried calls (environments on the C
stack), builtins that call functions (foldl', genList, map), laziness and errors (tryEval, seq,
or-defaults), rec, with, formals with defaults and @-patterns. Many programs fail; the error
text must then be the same too. The "data" profile adds strings and interpolation, attribute-set
and list operators, logic, comparisons, floats, errors and the builtins over strings, sets and
lists that nixpkgs' lib leans on. The "drv" profile builds random derivations instead (names,
outputs, fixed outputs, nested derivations and files in attributes, structured attributes,
passAsFile), to compare .drv and output paths. Usage: gen_eval.py SEED [calls|data|drv]"""
import random
import sys

NAMES = ["a", "b", "c", "d", "x", "y", "n", "acc", "i"]


PROFILE = sys.argv[2] if len(sys.argv) > 2 else "calls"


def leaf(scope):
    c = random.random()
    if scope and c < 0.5:
        return random.choice(scope)
    if c < 0.8:
        return str(random.randint(-3, 9))
    if PROFILE == "data":
        return random.choice(['"s"', '"p"', '"a,b"', "''t\n''", "1.5", "0.0", "null", "true",
                              "false", "[ ]", "{ }", "[ 1 2 ]", '{ p = 1; q = "s"; }'])
    return random.choice(['"s"', "null", "true", "[ ]", "{ }"])


def data_forms(e, v, w):
    """Forms of the "data" profile; e() makes a subexpression, e([v]) one that may use v."""
    b = "builtins."
    return [
        lambda: f'"x${{{e()}}}y"',
        lambda: f"''\n  a ${{{e()}}}\n    b''",
        lambda: f"({e()} + \"s\")",
        lambda: f"(toString {e()})",
        lambda: f"({b}stringLength {e()})",
        lambda: f"({b}substring {random.randint(-1, 3)} {random.randint(-1, 3)} {e()})",
        lambda: f'({b}concatStringsSep "," {e()})',
        lambda: f'({b}replaceStrings [ "s" "" ] [ "t" "-" ] {e()})',
        lambda: f'({b}match "(.)(.*)" {e()})',
        lambda: f'({b}split "," {e()})',
        lambda: f"({e()} // {e()})",
        lambda: f"({e()} ? p)",
        lambda: f"({{ ${{{e()}}} = {e()}; }})",
        lambda: f"({{ inherit ({e()}) p; q = {e()}; }})",
        lambda: f"({b}attrNames {e()})",
        lambda: f"({b}attrValues {e()})",
        lambda: f'({b}removeAttrs {e()} [ "p" ])',
        lambda: f'({b}listToAttrs [ {{ name = {e()}; value = {e()}; }} ])',
        lambda: f'({b}getAttr "p" {e()})',
        lambda: f"({b}intersectAttrs {e()} {e()})",
        lambda: f'({b}catAttrs "p" {e()})',
        lambda: f"({b}zipAttrsWith (k: {v}: {e([v, 'k'])}) {e()})",
        lambda: f"({e()} ++ {e()})",
        lambda: f"({b}length {e()})",
        lambda: f"({b}elemAt {e()} {random.randint(-1, 2)})",
        lambda: f"({b}head {e()})",
        lambda: f"({b}tail {e()})",
        lambda: f"({b}filter ({v}: {e([v])}) {e()})",
        lambda: f"({b}sort ({v}: {w}: {e([v, w])}) {e()})",
        lambda: f"({b}concatMap ({v}: {e([v])}) {e()})",
        lambda: f"({b}elem {e()} {e()})",
        lambda: f"({b}partition ({v}: {e([v])}) {e()})",
        lambda: f"({b}groupBy ({v}: {e([v])}) {e()})",
        lambda: f"({b}any ({v}: {e([v])}) {e()})",
        lambda: f"(!{e()})",
        lambda: f"({e()} && {e()})",
        lambda: f"({e()} || {e()})",
        lambda: f"({e()} -> {e()})",
        lambda: f"({e()} != {e()})",
        lambda: f"({e()} / {e()})",
        lambda: f"({e()} <= {e()})",
        lambda: f"({e()} > {e()})",
        lambda: f'(throw "t")',
        lambda: f"(assert {e()}; {e()})",
        lambda: f'({b}addErrorContext "ctx" {e()})',
        lambda: f"({b}typeOf {e()})",
        lambda: f"({b}toJSON {e()})",
        lambda: f"({b}fromJSON ({b}toJSON {e()}))",
        lambda: f"({b}functionArgs {e()})",
        lambda: f"({b}trace {e()} {e()})",
        lambda: f"(let inherit ({e()}) p; {v} = {e()}; in {e([v, 'p'])})",
        lambda: f"({e()}).${{{e()}}} or {e()}",
        lambda: f"({e()}).p.q or {e()}",
        lambda: f'({b}unsafeGetAttrPos "p" {e()})',
        lambda: "__curPos",
        lambda: f'"a\\n\\t\\${{x}}\\"${{{e()}}}"',
        lambda: f"({b}toXML {e()})",
        lambda: f"({b}isAttrs {e()})",
        lambda: f"({b}isList {e()})",
        lambda: f"({b}isString {e()})",
        lambda: f"({b}isInt {e()})",
        lambda: f"({b}isFunction {e()})",
        lambda: f"({b}genericClosure {{ startSet = [ {{ key = {random.randint(0, 3)}; }} ]; operator = {v}: {e([v])}; }})",
        lambda: f"({b}sort ({v}: {w}: {v} < {w}) [ {e()} {e()} {e()} ])",
        lambda: f"({b}compareVersions {e()} {e()})",
        lambda: f"({b}splitVersion {e()})",
        lambda: f"({b}parseDrvName {e()})",
        lambda: f'({b}hashString "sha256" {e()})',
        lambda: f"({b}bitAnd {e()} {e()})",
        lambda: f"({b}div {e()} {e()})",
        lambda: f"({b}lessThan {e()} {e()})",
        lambda: f"({b}mapAttrs ({v}: {w}: {e([v, w])}) {e()})",
        lambda: f"({b}foldl' ({v}: {w}: {e([v, w])}) {e()} {e()})",
        lambda: f"({b}getContext {e()})",
        lambda: f"({b}unsafeDiscardStringContext {e()})",
        lambda: f"({b}seq {e()} {e()})",
        lambda: f"({b}tryEval ({b}deepSeq {e()} {e()}))",
        lambda: f"({{ ${{{e()}}} = {e()}; p = {e()}; }}).p",
        lambda: f"(rec {{ p = {e(['q'])}; ${{{e(['q'])}}} = {e(['p'])}; q = {e(['p'])}; }})",
    ]


def expr(d, scope):
    if d <= 0:
        return leaf(scope)
    e = lambda extra=(): expr(d - 1, scope + list(extra))
    v, w = random.choice(NAMES), random.choice(NAMES)
    forms = [
        lambda: f"({e()} + {e()})",
        lambda: f"({e()} - {e()})",
        lambda: f"({e()} * {e()})",
        lambda: f"({e()} < {e()})",
        lambda: f"({v}: {e([v])})",
        lambda: f"({e()} {e()})",
        lambda: f"(let {v} = {e([v])}; in {e([v])})",
        lambda: f"[ {e()} {e()} ]",
        lambda: f"{{ p = {e()}; q = {e()}; }}",
        lambda: f"({e()}).p or {e()}",
        lambda: f"(builtins.foldl' ({v}: {w}: {e([v, w])}) {e()} (builtins.genList (i: i) {random.randint(0, 4)}))",
        lambda: f"(builtins.genList ({v}: {e([v])}) {random.randint(0, 3)})",
        lambda: f"(map ({v}: {e([v])}) {e()})",
        lambda: f"(if {e()} == {e()} then {e()} else {e()})",
        lambda: f"(builtins.tryEval {e()})",
        lambda: f"(({v}: {w}: {e([v, w])}) {e()} {e()})",
        lambda: f"(rec {{ p = {e(['q'])}; q = {e(['p'])}; }}).p",
        lambda: f"(with {e()}; {e(['p'])})",
        lambda: f"({{ p ? {random.randint(0, 9)}, ... }}@args: {e(['p', 'args'])}) {e()}",
        lambda: f"(builtins.seq {e()} {e()})",
        lambda: f"(builtins.deepSeq {e()} {e()})",
        lambda: f"(builtins.mapAttrs (k: {v}: {e([v, 'k'])}) {e()})",
    ]
    if PROFILE == "data":
        forms = forms + data_forms(e, v, w) * 2
    return random.choice(forms)()


def drv_value(d):
    """An attribute value of a derivation: what the .drv's environment must render."""
    r = random.random()
    if d > 0 and r < 0.15:
        return f"[ {drv_value(d - 1)} {drv_value(d - 1)} ]"
    if d > 0 and r < 0.25:
        return f'"${{{drv(d - 1)}}}/bin"'
    if d > 0 and r < 0.3:
        return f"({drv(d - 1)}).drvPath"
    return random.choice(['"s"', '""', '"a b\\n"', "1", "-2", "true", "false", "null", "1.5",
                          '[ ]', '"${builtins.toFile "f" "text"}"', "{ a = 1; }"])


def drv(d):
    attrs = {"name": random.choice(['"n"', '"n-1.0"', '"a.b"']), "system": '"x86_64-linux"',
             "builder": random.choice(['"/bin/sh"', '"${builtins.toFile "b" "echo"}"'])}
    for k in random.sample(["args", "outputs", "__ignoreNulls", "passAsFile", "a", "b", "c",
                            "outputHash", "preferLocalBuild", "__structuredAttrs", "allowedReferences"],
                           random.randint(0, 5)):
        if k == "outputs":
            attrs[k] = random.choice(['[ "out" ]', '[ "out" "dev" ]', '[ "dev" "out" ]', '[ "bin" ]'])
        elif k == "outputHash":
            attrs[k] = '"0000000000000000000000000000000000000000000000000000"'
            attrs["outputHashAlgo"] = '"sha256"'
            attrs["outputHashMode"] = random.choice(['"flat"', '"recursive"'])
        elif k in ("__ignoreNulls", "__structuredAttrs", "preferLocalBuild"):
            attrs[k] = random.choice(["true", "false"])
        elif k == "passAsFile":
            attrs[k] = '[ "a" ]'
        else:
            attrs[k] = drv_value(d)
    return "(derivation { " + " ".join(f"{k} = {v};" for k, v in attrs.items()) + " })"


random.seed(int(sys.argv[1]))
if PROFILE == "drv":
    d = drv(2)
    print(f'let d = {d}; in {{ inherit (d) drvPath outPath; all = map (o: o.outPath) d.all; '
          f'ctx = builtins.attrNames (builtins.getContext "${{d}}"); }}')
else:
    print(expr(random.randint(2, 6), []))
