#!/usr/bin/env python3
"""Checks that every system dependency of dyad's code comes from a Debian
package that scripts/deps.sh installs.

For every C++ source in src/, include/ (through its includers), tools/,
tests/, bench/, fuzz/ and r/ (the R package's native half), the compiler lists the headers it reads (g++ -M,
with the flags of build/compile_commands.json; sources the build does not
compile, such as fuzz targets, get the flags of the library). Each header
outside the source and build trees is resolved to its owning package with
dpkg -S. The same is done for the files CMake found (find_package,
find_library, find_path: the PATH and FILEPATH entries of CMakeCache.txt)
and for the .pc file of every pkg-config module CMakeLists.txt asks for.

The rule: a package is accepted when the profile's list names it, or when a
listed package needs it through hard dependencies (Depends and Pre-Depends,
followed recursively through the installed packages; for alternatives and
virtual packages every installed candidate counts). So libstdc++-12-dev
(g++ -> g++-12 -> libstdc++-12-dev) and libc6-dev are accepted, while a
header from a package that only happens to be installed (a Recommends, or
something installed by hand) is not: a fresh machine would not have it.

Profiles: what builds with the library and the tool (src/, include/, tools/,
tests/, and everything CMake requires) must be in the demo profile; bench/
and optional CMake packages may come from the test profile; fuzz/ from the
test profile plus DYAD_WITH_FUZZ=1.

    check_deps.py --source DIR --build DIR [--deps scripts/deps.sh]
                  [--only SUBSTRING]... [--extra-source FILE]...

Exits 0 when everything is covered, 1 naming every uncovered header or file.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

FOLDERS = ("src", "include", "tools", "tests", "bench", "fuzz", "r", "python")


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def listed(deps, profile, fuzz=False):
    env = dict(os.environ, DYAD_WITH_FUZZ="1" if fuzz else "0")
    r = run(["bash", deps, "--list", profile], env=env)
    if r.returncode != 0:
        sys.exit(f"check_deps: {deps} --list {profile} failed: {r.stderr.strip()}")
    return set(r.stdout.split())


def installed_graph():
    """Installed packages: name -> hard dependencies (each a list of alternatives), and virtual -> providers."""
    r = run(["dpkg-query", "-W", "-f", "${Package}\t${db:Status-Abbrev}\t${Depends}\t${Pre-Depends}\t${Provides}\n"])
    deps, providers = {}, {}
    for line in r.stdout.splitlines():
        name, status, depends, predepends, provides = (line.split("\t") + [""] * 5)[:5]
        if not status.startswith("ii"):
            continue
        groups = []
        for field in (depends, predepends):
            for group in filter(None, (g.strip() for g in field.split(","))):
                groups.append([bare(a) for a in group.split("|")])
        deps[name] = groups
        for p in filter(None, (bare(x) for x in provides.split(","))):
            providers.setdefault(p, set()).add(name)
    return deps, providers


def bare(spec):
    """'libc6 (>= 2.34)' or 'foo:any' -> the package name."""
    return re.sub(r"\s*\(.*?\)", "", spec).strip().split(":")[0]


def closure(roots, graph):
    deps, providers = graph
    seen, todo = set(), list(roots)
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        for group in deps.get(p, []):
            for alt in group:
                for cand in [alt] + sorted(providers.get(alt, ())):
                    if cand in deps and cand not in seen:
                        todo.append(cand)
    return seen


def owners(paths):
    """path -> set of packages (empty when no package owns it)."""
    out = {p: set() for p in paths}
    paths = sorted(paths)
    for i in range(0, len(paths), 200):
        chunk = paths[i:i + 200]
        r = run(["dpkg", "-S"] + chunk)
        for line in r.stdout.splitlines():
            pkgs, _, path = line.partition(": ")
            if path in out:
                out[path] |= {bare(p) for p in pkgs.split(", ")}
    missing = [p for p in paths if not out[p]]
    # dpkg records the path as the package installed it; try the resolved one
    # (usrmerge, alternatives).
    for p in missing:
        real = os.path.realpath(p)
        if real != p:
            r = run(["dpkg", "-S", real])
            for line in r.stdout.splitlines():
                pkgs, _, _ = line.partition(": ")
                out[p] |= {bare(x) for x in pkgs.split(", ")}
    return out


def dep_command(entry, source):
    """The compile command of `entry`, turned into one that prints its dependencies."""
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a == entry["file"]:
            continue
        out.append(a)
    return out + ["-M", source]


def headers_of(cmd, directory, roots):
    r = run(cmd, cwd=directory)
    if r.returncode != 0:
        missing = re.findall(r"fatal error: (\S+): No such file or directory", r.stderr)
        return None, missing or [r.stderr.strip()[-300:]]
    deps = r.stdout.replace("\\\n", " ").split(":", 1)[1].split()
    system = set()
    for d in deps:
        path = os.path.normpath(os.path.join(directory, d))
        real = os.path.realpath(path)
        if not any(real.startswith(root + os.sep) for root in roots):
            system.add(path)
    return system, []


def include_name(path):
    m = re.search(r"/include/(?:c\+\+/\d+/|x86_64-linux-gnu/(?:c\+\+/\d+/)?)?(.*)$", path)
    return m.group(1) if m else path


def profile_of(rel):
    if rel.startswith("bench/"):
        return "test"
    if rel.startswith("fuzz/"):
        return "fuzz"
    return "demo"


def cmake_files(source, build):
    """(what, path, profile) for the files CMake found, and the pkg-config modules' .pc files."""
    text = open(os.path.join(source, "CMakeLists.txt")).read()
    text = re.sub(r"#.*", "", text)
    found = []
    optional, names = set(), {}
    for m in re.finditer(r"find_package\((\w+)([^)]*)\)", text):
        name, rest = m.group(1), m.group(2)
        names[name.lower()] = f"find_package({name})"
        if "QUIET" in rest and "REQUIRED" not in rest:
            optional.add(name.lower())
    for m in re.finditer(r"find_(?:library|path|program)\((\w+)", text):
        names[m.group(1).lower()] = m.group(0) + ")"
    for m in re.finditer(r"pkg_check_modules\((\w+)\s+([^)]*)\)", text):
        prefix = m.group(1)
        mods = [w for w in m.group(2).split() if w not in ("REQUIRED", "QUIET", "IMPORTED_TARGET", "GLOBAL")]
        names["pkgcfg_lib_" + prefix.lower()] = f"pkg_check_modules({prefix})"
        for mod in mods:
            r = run(["pkg-config", "--path", mod])
            if r.returncode != 0 or not r.stdout.strip():
                found.append((f"pkg-config module {mod}", "", "demo"))
            else:
                found.append((f"pkg-config module {mod}", r.stdout.strip(), "demo"))
    cache = os.path.join(build, "CMakeCache.txt")
    for line in open(cache):
        m = re.match(r"([A-Za-z][\w.+-]*):(PATH|FILEPATH)=(/.*)$", line.strip())
        if not m or m.group(1).startswith(("CMAKE_", "DYAD_")):
            continue
        var, value = m.group(1), m.group(3)
        if not os.path.exists(value) or value.startswith((source + "/", build + "/")):
            continue
        key = var.lower()
        what = next((w for n, w in names.items() if key == n or key.startswith(n + "_")), None)
        if what is None:
            what = f"CMake cache {var}"
        base = next((n for n in names if key == n or key.startswith(n + "_")), "")
        if os.path.isdir(value):  # a package's config folder: its config file
            cfg = [f for f in sorted(os.listdir(value)) if re.search(r"(Config|-config)\.cmake$", f)]
            if not cfg:
                continue
            value = os.path.join(value, cfg[0])
        found.append((f"{what} ({var})", value, "test" if base in optional else "demo"))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", required=True)
    ap.add_argument("--build", required=True)
    ap.add_argument("--deps", help="the deps script (default: SOURCE/scripts/deps.sh)")
    ap.add_argument("--only", action="append", default=[], help="check only sources whose path contains this")
    ap.add_argument("--extra-source", action="append", default=[], help="also check this file (as src/)")
    ap.add_argument("--no-cmake", action="store_true", help="skip the CMake and pkg-config check")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    if shutil.which("dpkg") is None:
        print("check_deps: not a Debian system (no dpkg): cannot map headers to packages")
        return 77
    source, build = os.path.realpath(a.source), os.path.realpath(a.build)
    deps_script = a.deps or os.path.join(source, "scripts/deps.sh")

    graph = installed_graph()
    lists = {"demo": listed(deps_script, "demo"), "test": listed(deps_script, "test")}
    lists["fuzz"] = lists["test"] | listed(deps_script, "test", fuzz=True)
    accepted = {p: closure(l, graph) for p, l in lists.items()}

    entries = json.load(open(os.path.join(build, "compile_commands.json")))
    by_file = {os.path.realpath(e["file"]): e for e in entries}
    library = next(e for e in entries if "/src/" in e["file"])
    sources = []
    for folder in FOLDERS:
        for root, _, files in os.walk(os.path.join(source, folder)):
            sources += [os.path.join(root, f) for f in files if f.endswith((".cc", ".cpp"))]
    if a.only:
        sources = [s for s in sources if any(o in s for o in a.only)]
    jobs = [(s, os.path.relpath(s, source)) for s in sorted(sources)]
    jobs += [(os.path.realpath(x), "src/" + os.path.basename(x)) for x in a.extra_source]
    if not jobs:
        sys.exit("check_deps: no sources to check")
    roots = (source, build) + tuple(os.path.dirname(os.path.realpath(x)) for x in a.extra_source)

    def work(job):
        path, rel = job
        entry = by_file.get(path, library)
        return job, headers_of(dep_command(entry, path), entry["directory"], roots)

    problems, uses = [], {}  # uses: system path -> (first includer, profile)
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        for (path, rel), (system, missing) in pool.map(work, jobs):
            if system is None:
                for h in missing:
                    problems.append(f"{rel}: <{h}> is not installed: no package in scripts/deps.sh provides it")
                continue
            for h in system:
                prof = profile_of(rel)
                old = uses.get(h)
                # The strictest profile that uses a header decides.
                if old is None or (prof == "demo" and old[1] != "demo"):
                    uses[h] = (rel, prof)
    items = [(f"{rel}: <{include_name(h)}>", h, prof) for h, (rel, prof) in uses.items()]
    if not a.no_cmake:
        items += cmake_files(source, build)
    own = owners({path for _, path, _ in items if path})
    checked = 0
    uncovered = {}  # (package, profile) -> [(what, path)]
    for what, path, prof in sorted(items):
        if not path:
            problems.append(f"{what}: not found (pkg-config --path gives nothing)")
            continue
        pkgs = own[path]
        checked += 1
        if not pkgs:
            problems.append(f"{what}: {path} belongs to no Debian package (installed by hand?)")
        elif not pkgs & accepted[prof]:
            uncovered.setdefault((", ".join(sorted(pkgs)), prof), []).append((what, path))
    # One line per missing package, naming its most direct-looking header.
    for (pkgs, prof), hits in sorted(uncovered.items()):
        hits.sort(key=lambda h: (h[1].count("/"), len(h[1])))
        what, path = hits[0]
        more = f" (and {len(hits) - 1} more)" if len(hits) > 1 else ""
        problems.append(f"{what}{more}: {path} is from {pkgs}, which the {prof} profile of scripts/deps.sh "
                        f"does not list (nor does any listed package depend on it)")
    for p in problems:
        print("check_deps: " + p)
    if problems:
        print(f"check_deps: FAILED: {len(problems)} dependencies not covered by scripts/deps.sh")
        return 1
    print(f"check_deps: {len(jobs)} sources, {checked} system headers and CMake files, all from packages "
          f"scripts/deps.sh installs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
