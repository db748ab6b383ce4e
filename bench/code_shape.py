#!/usr/bin/env python3
"""The shape of the code at a git revision: the folder-level include graph of
src/ (with its cycles) and the longest functions of src/ and tools/.

    python3 bench/code_shape.py            # the working tree
    python3 bench/code_shape.py e9bd2c2    # a revision (read with git archive)

A folder is a folder of src/; a public header (include/dyad/X.h) counts as the
folder HACKING.md's "public:" lines give it. An edge A -> B
is "a file of A includes a header of B" (with the number of #include lines);
a public header HACKING.md does not place (older revisions) counts as the
folder with its X.cc, else the folder that includes it most.
Function lengths come from Universal Ctags (the line a definition starts on
to the line of its closing brace, both counted).
"""
import collections
import os
import re
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def checkout(rev, into):
    """The files of src/, include/, tools/ and HACKING.md at `rev`, under `into`."""
    archive = subprocess.run(["git", "-C", ROOT, "archive", "--format=tar", rev, "src", "include", "tools",
                              "HACKING.md"], check=True, capture_output=True).stdout
    with tempfile.TemporaryFile() as f:
        f.write(archive)
        f.seek(0)
        tarfile.open(fileobj=f).extractall(into)
    return into


def public_owners(tree):
    owners = {}
    path = os.path.join(tree, "HACKING.md")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("public: "):
                folder, *headers = line[len("public: "):].split()
                for h in headers:
                    owners["dyad/" + h] = folder.rstrip(":")
    return owners


def guess_owners(src, folders, owners):
    """Public headers HACKING.md does not place (older revisions): the folder
    with X.cc for dyad/X.h, else the folder whose .cc files include it most."""
    users = collections.defaultdict(collections.Counter)
    for f in folders:
        for n in os.listdir(os.path.join(src, f)):
            if n.endswith(".cc"):
                text = open(os.path.join(src, f, n), encoding="utf-8").read()
                for m in re.finditer(r'^\s*#\s*include\s+"(dyad/[^"]+)"', text, re.M):
                    users[m.group(1)][f] += 1
                users["dyad/" + n[:-3] + ".h"]["=" + f] += 1
    for h, c in users.items():
        if h in owners:
            continue
        own = [k[1:] for k in c if k.startswith("=")]
        if own:
            owners[h] = own[0]
        elif c:
            owners[h] = c.most_common(1)[0][0]
    return owners


def folder_of(include, owners, folders):
    if include.startswith("dyad/"):
        return owners.get(include, "include")
    head = include.split("/")[0]
    return head if head in folders else None


def include_graph(tree):
    src = os.path.join(tree, "src")
    folders = sorted(d for d in os.listdir(src) if os.path.isdir(os.path.join(src, d)))
    owners = guess_owners(src, folders, public_owners(tree))
    edges = collections.Counter()
    files = [(f, os.path.join(src, f, n)) for f in folders for n in os.listdir(os.path.join(src, f))]
    inc = os.path.join(tree, "include", "dyad")
    if os.path.isdir(inc):
        files += [(owners.get("dyad/" + n, "include"), os.path.join(inc, n)) for n in os.listdir(inc)]
    for folder, path in files:
        if not path.endswith((".h", ".cc", ".in")):
            continue
        for m in re.finditer(r'^\s*#\s*include\s+"([^"]+)"', open(path, encoding="utf-8").read(), re.M):
            to = folder_of(m.group(1), owners, folders)
            if to and to != folder:
                edges[(folder, to)] += 1
    return folders, edges


def cycles(edges):
    """Pairs of folders that include each other, directly or through others."""
    graph = collections.defaultdict(set)
    for a, b in edges:
        graph[a].add(b)

    def reach(a):
        seen, todo = set(), [a]
        while todo:
            for b in graph[todo.pop()]:
                if b not in seen:
                    seen.add(b)
                    todo.append(b)
        return seen

    r = {a: reach(a) for a in list(graph)}
    return sorted({tuple(sorted((a, b))) for a in r for b in r[a] if a != b and a in r.get(b, set())})


def longest_functions(tree, n=10):
    out = subprocess.run(["ctags", "-R", "--languages=C++", "--c++-kinds=f", "--fields=+ne", "-o", "-",
                          "src", "tools"], cwd=tree, check=True, capture_output=True, text=True).stdout
    funcs = []
    for line in out.splitlines():
        parts = line.split("\t")
        fields = dict(p.split(":", 1) for p in parts[3:] if ":" in p)
        if "line" not in fields or "end" not in fields or parts[0].startswith("__anon"):
            continue  # (a lambda is counted in the function that holds it)
        scope = fields.get("class", fields.get("struct", "")).split("::")[-1]
        name = (scope + "::" if scope and not scope.startswith("__anon") else "") + parts[0]
        funcs.append((int(fields["end"]) - int(fields["line"]) + 1, name, parts[1], int(fields["line"])))
    funcs.sort(key=lambda f: (-f[0], f[2], f[3]))
    return funcs[:n]


def main():
    rev = sys.argv[1] if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory() as tmp:
        tree = checkout(rev, tmp) if rev else ROOT
        folders, edges = include_graph(tree)
        print(f"# include graph of src/ at {rev or 'the working tree'}: {len(folders)} folders, {len(edges)} edges")
        for (a, b), count in sorted(edges.items()):
            print(f"{a} -> {b} ({count})")
        c = cycles(edges)
        print(f"# folder pairs in a cycle: {len(c)}" + ("" if not c else ": " + ", ".join(f"{a}<->{b}" for a, b in c)))
        print("# the 10 longest functions (lines)")
        for length, name, path, line in longest_functions(tree):
            print(f"{length:5d}  {name}  {path}:{line}")


if __name__ == "__main__":
    main()
