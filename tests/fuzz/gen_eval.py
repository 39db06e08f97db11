#!/usr/bin/env python3
"""Random small Nix programs for the differential evaluation fuzzer (tests/fuzz/diff-eval.sh).

They mix what the evaluator treats specially: closures and curried calls (environments on the C
stack), builtins that call functions (foldl', genList, map), laziness and errors (tryEval, seq,
or-defaults), rec, with, formals with defaults and @-patterns. Many programs fail; the error
text must then be the same too. Usage: gen_eval.py SEED"""
import random
import sys

NAMES = ["a", "b", "c", "d", "x", "y", "n", "acc", "i"]


def leaf(scope):
    c = random.random()
    if scope and c < 0.5:
        return random.choice(scope)
    if c < 0.8:
        return str(random.randint(-3, 9))
    return random.choice(['"s"', "null", "true", "[ ]", "{ }"])


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
    return random.choice(forms)()


random.seed(int(sys.argv[1]))
print(expr(random.randint(2, 6), []))
