#!/usr/bin/env python3
"""Checks `nixel why --json` and `nixel options --json` field by field.

Run from the repository root: check-json.py NIXEL. Prints `ok NAME` or `FAIL NAME: why` for
each check (run.sh counts them). Expected lines and columns are not written here: they are
looked up in the source files, from the text of the definition or declaration."""
import json
import os
import subprocess
import sys

NIXEL = sys.argv[1]
SEED = "../shared/seed"
OLD_TWO = "../shared/golden/cases/old-two/config.nix"
NEW_REGISTRIES = "../shared/golden/cases/new-registries/config.nix"
results = []


def check(name, cond, detail=""):
    results.append(name)
    print(("ok " if cond else "FAIL ") + name + ("" if cond else ": " + detail))


def nixel_json(*args):
    p = subprocess.run([NIXEL, *args], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"nixel {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return json.loads(p.stdout)


def where(path, text, nth=1):
    """(line, column) of the nth occurrence of text in the file, 1-based."""
    seen = 0
    with open(path) as f:
        for i, line in enumerate(f, 1):
            col = line.find(text)
            if col >= 0:
                seen += 1
                if seen == nth:
                    return i, col + 1
    raise LookupError(f"{text!r} not in {path}")


def at(obj, path, text, nth=1):
    """Does obj name the position of text in path?"""
    line, col = where(path, text, nth)
    return (os.path.realpath(obj.get("file", "")) == os.path.realpath(path)
            and obj.get("line") == line and obj.get("column") == col)


def defs_by(o, key):
    return [d for d in o["definitions"] if key(d)]


def run(name, fn):
    try:
        fn()
    except Exception as e:  # a crash of one group is one failure, not the end of the run
        check(name, False, f"{type(e).__name__}: {e}")


# ---- examples/modules: the host of two modules ---------------------------------------------

def example_kernel_modules():
    o = nixel_json("why", "examples/modules/config.nix", "boot.kernelModules", "--json")
    ex = "examples/modules"
    check("kernelModules option", o["option"] == "boot.kernelModules")
    check("kernelModules value", o["value"] == ["br_netfilter", "kvm-intel", "tun"], repr(o["value"]))
    check("kernelModules type", o["type"] == "list of strings", o["type"])
    check("kernelModules declaration",
          at(o["declarations"][0], "modules/nixos/modules/misc/host-options.nix", "boot.kernelModules = mkOption"),
          repr(o["declarations"]))
    check("kernelModules five definitions", len(o["definitions"]) == 5, repr(o["definitions"]))
    default, = defs_by(o, lambda d: d["priority"] == 1500)
    check("kernelModules default overridden", default["status"] == "overridden" and default["value"] == [])
    disabled, = defs_by(o, lambda d: d["status"] == "disabled")
    check("kernelModules disabled definition at its mkMerge part",
          at(disabled, f"{ex}/web.nix", "lib.mkIf (config"),
          repr(disabled))
    cond, = disabled["conditions"]
    check("kernelModules condition false", cond["value"] is False, repr(cond))
    check("kernelModules condition position", at(cond, f"{ex}/web.nix", "config.networking.hostName =="), repr(cond))
    before, = defs_by(o, lambda d: d.get("order") == 500)
    check("kernelModules mkBefore", before["status"] == "used" and before["value"] == ["br_netfilter"]
          and at(before, f"{ex}/config.nix", "boot.kernelModules = lib.mkBefore"), repr(before))
    after, = defs_by(o, lambda d: d.get("order") == 1500)
    check("kernelModules mkAfter", after["orderOrigin"] == "mkAfter" and after["value"] == ["tun"])
    files = [os.path.basename(e["file"]) for e in o["elements"]]
    check("kernelModules elements from", files == ["config.nix", "base.nix", "web.nix"], repr(o["elements"]))
    check("kernelModules complete", o["complete"] is True and o["notes"] == [])


def example_domain():
    o = nixel_json("why", "examples/modules/config.nix", "networking.domain", "--json")
    ex = "examples/modules"
    used = defs_by(o, lambda d: d["status"] == "used")
    check("domain one winner", len(used) == 1 and used[0]["priority"] == 50 and used[0]["origin"] == "mkForce",
          repr(used))
    check("domain winner position", at(used[0], f"{ex}/web.nix", "networking.domain = lib.mkForce"), repr(used))
    losers = defs_by(o, lambda d: d["status"] == "overridden")
    check("domain three losers", len(losers) == 3, repr(losers))
    check("domain reasons", all(d["reason"].endswith("lost to 50") for d in losers), repr(losers))
    plain = [d for d in losers if d["priority"] == 100]
    check("domain plain losers", sorted(os.path.basename(d["file"]) for d in plain) == ["base.nix", "config.nix"])
    check("domain value", o["value"] == "example.com")


def example_hostname():
    o = nixel_json("why", "examples/modules/config.nix", "networking.hostName", "--json")
    mkdefault, = defs_by(o, lambda d: d["origin"] == "mkDefault")
    check("hostName mkDefault lost", mkdefault["status"] == "overridden" and mkdefault["priority"] == 1000
          and "priority 1000 (mkDefault) lost to 100" == mkdefault["reason"], repr(mkdefault))


# ---- the seed modules -------------------------------------------------------------------------

def old_private_network():
    o = nixel_json("why", "--module", f"{SEED}/containers-old.nix", OLD_TWO, "containers.web.privateNetwork", "--json")
    check("old privateNetwork value", o["value"] is True)
    check("old privateNetwork declaration",
          at(o["declarations"][0], f"{SEED}/containers-old.nix", "privateNetwork = mkOption"), repr(o["declarations"]))
    default, = defs_by(o, lambda d: d["priority"] == 1500)
    check("old privateNetwork default", default["value"] is False and default["status"] == "overridden")
    used, = defs_by(o, lambda d: d["status"] == "used")
    check("old privateNetwork definition", used["priority"] == 100 and at(used, OLD_TWO, "privateNetwork = true;"),
          repr(used))


def old_private_network_real_lib():
    o = nixel_json("why", "-I", "nixpkgs=../shared/nixpkgs-lib/2020-04", "--module", f"{SEED}/containers-old.nix",
                   OLD_TWO, "containers.web.privateNetwork", "--json")
    check("real lib: value", o["value"] is True)
    check("real lib: incomplete, said so", o["complete"] is False and len(o["notes"]) == 1)
    check("real lib: winners only, files only", [("line" in d, d["status"]) for d in o["definitions"]] == [(False, "used")]
          and os.path.realpath(o["definitions"][0]["file"]) == os.path.realpath(OLD_TWO), repr(o["definitions"]))


def new_search():
    o = nixel_json("why", "--module", f"{SEED}/containers-new.nix", NEW_REGISTRIES,
                   "virtualisation.containers.registries.search", "--json")
    check("new search value", o["value"] == ["registry.fedoraproject.org", "docker.io", "quay.io"])
    default, = defs_by(o, lambda d: d["priority"] == 1500)
    check("new search default", default["value"] == ["docker.io", "quay.io"]
          and at(default, f"{SEED}/containers-new.nix", 'default = [ "docker.io" "quay.io" ];'), repr(default))
    used, = defs_by(o, lambda d: d["status"] == "used")
    check("new search definition", at(used, NEW_REGISTRIES, "search = ["), repr(used))
    check("new search elements", [e["value"] for e in o["elements"]] == o["value"])


def new_policy_source():
    o = nixel_json("why", "--module", f"{SEED}/containers-new.nix", NEW_REGISTRIES,
                   'environment.etc."containers/policy.json".source', "--json")
    used, = defs_by(o, lambda d: d["status"] == "used")
    check("policy.json source from the seed",
          at(used, f"{SEED}/containers-new.nix", 'environment.etc."containers/policy.json".source'), repr(used))
    disabled, = defs_by(o, lambda d: d["status"] == "disabled")
    check("policy.json text-made source disabled", disabled["conditions"][0]["value"] is False
          and at(disabled["conditions"][0], "modules/nixos/modules/system/etc/etc.nix", "config.text != null"),
          repr(disabled))


# ---- nixel's own module cases -----------------------------------------------------------------

def own_cases():
    cfg = "tests/why/modules/config.nix"
    o = nixel_json("why", cfg, "demo.upper", "--json")
    check("apply noted", o["apply"] is True and o["value"] == "HELLO")
    o = nixel_json("why", cfg, "demo.level", "--json")
    used, = defs_by(o, lambda d: d["status"] == "used")
    check("mkOverride 90 wins", used["priority"] == 90 and used["origin"] == "mkOverride 90"
          and at(used, "tests/why/modules/two.nix", "demo.level = lib.mkOverride 90"), repr(used))
    o = nixel_json("why", cfg, "demo.sites.www.port", "--json")
    used, = defs_by(o, lambda d: d["status"] == "used")
    check("submodule attribute: mkForce", used["priority"] == 50 and o["value"] == 443
          and at(used, cfg, "demo.sites.www.port = lib.mkForce"), repr(used))
    loser, = defs_by(o, lambda d: d["status"] == "overridden" and d["priority"] == 100)
    check("submodule attribute: loser in one.nix", at(loser, "tests/why/modules/one.nix", "port = 8080"), repr(loser))
    o = nixel_json("why", cfg, "demo.words", "--json")
    disabled, = defs_by(o, lambda d: d["status"] == "disabled")
    check("literal mkIf false: the argument's position", disabled["conditions"][0]["value"] is False
          and at(disabled["conditions"][0], "tests/why/modules/two.nix", "false { demo.words"), repr(disabled))
    o = nixel_json("why", cfg, "demo.sites.docs.enable", "--json")
    used, = defs_by(o, lambda d: d["status"] == "used")
    check("variable condition: the argument, not the variable's definition",
          at(used["conditions"][0], "tests/why/modules/one.nix", "serveDocs { enable"), repr(used))
    o = nixel_json("why", cfg, "demo.hook", "--json")
    line, col = where("tests/why/modules/declare.nix", "x: x;")
    check("a function as «lambda @ F:L:C»",
          o["value"] == f"«lambda @ {os.path.realpath('tests/why/modules/declare.nix')}:{line}:{col}»", repr(o["value"]))
    o = nixel_json("why", cfg, "demo.version", "--json")
    check("read-only noted", o["readOnly"] is True)


def options_new():
    docs = nixel_json("options", "--module", f"{SEED}/containers-new.nix", "virtualisation.containers.registries", "--json")
    names = [d["name"] for d in docs]
    check("options: registries", names == ["virtualisation.containers.registries.block",
                                           "virtualisation.containers.registries.insecure",
                                           "virtualisation.containers.registries.search"], repr(names))
    for d in docs:
        last = d["name"].rsplit(".", 1)[1]
        check(f"options: {last} declared", at(d["declarations"][0], f"{SEED}/containers-new.nix", f"{last} = mkOption"),
              repr(d["declarations"]))
        check(f"options: {last} documented", d["type"] == "list of strings" and d["description"]
              and d["readOnly"] is False and isinstance(d["default"], list))


def path_of(name, fill):
    """An option name from `nixel options` as a path `nixel why` takes, placeholders filled."""
    parts = [fill.get(p, p) for p in name.split(".")]
    return ".".join(p if p.replace("_", "a").isalnum() else '"' + p + '"' for p in parts)


def sweep(seed, config, fill):
    """Every option `nixel options` lists is explained: declared at a line, every definition
    with a status and a position (nixel's lib), the used ones making up the value."""
    docs = nixel_json("options", "--module", f"{SEED}/{seed}", config, "--json")
    bad = []
    for d in docs:
        path = path_of(d["name"], fill)
        p = subprocess.run([NIXEL, "why", "--module", f"{SEED}/{seed}", config, path, "--json"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            if "is a list of 0 submodules" not in p.stderr:  # an element of an empty list
                bad.append(f"{path}: {p.stderr.strip()[:200]}")
            continue
        o = json.loads(p.stdout)
        if not all("line" in x for x in o["declarations"]):
            bad.append(f"{path}: a declaration without a line")
        for x in o["definitions"]:
            if x["status"] not in ("used", "overridden", "disabled") or "file" not in x:
                bad.append(f"{path}: a definition without status or file: {x}")
    check(f"every option of {seed} with {config} explained ({len(docs)})", not bad, "; ".join(bad[:5]))


for name, fn in [("example kernelModules", example_kernel_modules), ("example domain", example_domain),
                 ("example hostName", example_hostname), ("old privateNetwork", old_private_network),
                 ("old privateNetwork real lib", old_private_network_real_lib), ("new search", new_search),
                 ("new policy.json", new_policy_source), ("own cases", own_cases), ("options new", options_new),
                 ("sweep old", lambda: sweep("containers-old.nix", OLD_TWO, {"<name>": "web", "<name?>": "/srv/www", "*": "0"})),
                 ("sweep new", lambda: sweep("containers-new.nix", "../shared/golden/cases/new-users/config.nix",
                                             {"<name>": "root", "<name?>": "x", "*": "0"}))]:
    run(name, fn)
