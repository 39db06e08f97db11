#!/usr/bin/env python3
"""Random module evaluations for the differential module fuzzer (tests/fuzz/diff-modules.sh).

Each program declares a few options of random types (ints, strings, bools, lists, attribute sets,
enums, nullOr, either, separated strings, submodules) and defines them in several modules with
random priorities and conditions (mkIf, mkDefault, mkForce, mkOverride, mkMerge, mkBefore,
mkAfter, mkOrder), sometimes with a value of the wrong type. It evaluates to the options' values.
The same program runs with nixel's lib and with nixpkgs' lib; values or error messages must agree.
Usage: gen_modules.py SEED"""
import random
import sys

SUB = "(types.submodule { options.x = mkOption { type = types.int; default = 1; }; })"
TYPES = {
    "types.int": ["1", "2", "7", "-3"],
    "types.str": ['"a"', '"b"'],
    "types.bool": ["true", "false"],
    "(types.listOf types.int)": ["[ 1 ]", "[ 2 3 ]", "[ ]"],
    "(types.attrsOf types.int)": ["{ a = 1; }", "{ b = 2; }", "{ a = 3; c = 4; }",
                                  "{ a = mkIf false 1; b = mkDefault 2; }", "{ a = mkForce 9; }"],
    "(types.nullOr types.int)": ["null", "5"],
    '(types.enum [ "a" "b" ])': ['"a"', '"b"'],
    "(types.either types.int types.str)": ["1", '"s"'],
    "types.lines": ['"l1"', '"l2"'],
    "types.commas": ['"c1"', '"c2"'],
    "types.port": ["80", "443"],
    "(types.ints.between 0 10)": ["0", "10", "5"],
    "types.unspecified": ["1", '"u"', "[ 1 ]"],
    "(types.attrsOf (types.listOf types.str))": ['{ a = [ "x" ]; }', '{ b = [ ]; }'],
    SUB: ["{ x = 2; }", "{ }", "{ x = 5; }"],
    f"(types.attrsOf {SUB})": ["{ a = { x = 3; }; }", "{ a = { }; b.x = 4; }"],
    f"(types.listOf {SUB})": ["[ { x = 6; } ]", "[ { } ]"],
}
ANY_VALUE = ["1", '"w"', "true", "[ 1 ]", "{ a = 1; }", "null", '[ "w" ]']


def value_for(t):
    if random.random() < 0.12:
        return random.choice(ANY_VALUE)  # maybe of the wrong type
    return random.choice(TYPES[t])


def wrap(v, t, opts):
    r = random.random()
    if r < 0.15:
        return f"mkDefault {v}"
    if r < 0.25:
        return f"mkForce {v}"
    if r < 0.32:
        return f"mkOverride {random.choice([10, 50, 100, 1500])} {v}"
    if r < 0.45:
        bools = [o for o, ot in opts if ot == "types.bool"]
        cond = random.choice(["true", "false"] + [f"config.{b}" for b in bools])
        return f"mkIf {cond} {v}"
    if r < 0.52:
        return f"mkMerge [ {v} {value_for(t)} ]"
    if r < 0.6 and t.startswith("(types.listOf"):
        return f"{random.choice(['mkBefore', 'mkAfter', 'mkOrder 10'])} {v}"
    return v


def option(t, opts):
    attrs = [f"type = {t};"] if random.random() < 0.95 else []
    r = random.random()
    same = [o for o, ot in opts if ot == t]
    if r < 0.1 and same:
        attrs.append(f"default = config.{random.choice(same)};")
    elif r < 0.55:
        attrs.append(f"default = {random.choice(TYPES[t])};")
    if random.random() < 0.1:
        attrs.append("apply = x: x;")
    if random.random() < 0.05:
        attrs.append("readOnly = true;")
    return "mkOption { " + " ".join(attrs) + " }"


random.seed(int(sys.argv[1]))
# options at the top or in groups (`g1.o3`), several options per group
opts = [(random.choice(["", "", "g1.", "g2."]) + f"o{i}", random.choice(list(TYPES)))
        for i in range(random.randint(1, 6))]
decls = " ".join(f"options.{o} = {option(t, opts)};" for o, t in opts)
mods = []
for m in range(random.randint(1, 4)):
    defs = " ".join(f"{o} = {wrap(value_for(t), t, opts)};"
                    for o, t in opts if random.random() < 0.6)
    if random.random() < 0.03:
        defs += " undeclared = 1;"
    r = random.random()
    bools = [o for o, ot in opts if ot == "types.bool"]
    if r < 0.15 and bools:
        body = f"config = mkIf config.{random.choice(bools)} {{ {defs} }};"
    elif r < 0.25:
        body = f"config = mkMerge [ {{ {defs} }} ];"
    else:
        body = f"config = {{ {defs} }};"
    if mods and random.random() < 0.2:
        mods[-1][1].append(body)  # imported by the module before
    else:
        mods.append((body, []))


def module(body, imports):
    imp = " ".join(f"({{ config, ... }}: {{ {b} }})" for b in imports)
    return f"({{ config, ... }}: {{ {body}{f' imports = [ {imp} ];' if imports else ''} }})"


print(f"""let
  lib = import <nixpkgs/lib>;
  inherit (lib) mkOption types mkIf mkDefault mkForce mkOverride mkMerge mkBefore mkAfter mkOrder;
  result = lib.evalModules {{ modules = [ ({{ config, ... }}: {{ {decls} }}) {" ".join(module(b, i) for b, i in mods)} ]; }};
in builtins.removeAttrs result.config [ "_module" ]""")
