#!/usr/bin/env python3
"""Groups the tuning part's "who did it to whom" misses by cause (issue 13).

  python3 bench/miss_groups.py [--dyad build/dyad] [--list GROUP]

A miss is a tuning sentence of ../shared/dev/conflibert/cameo_ner.train.txt with an S and a
T span where no event has its source in S and its target in T (`measure.py args --misses`).
Each miss is put in the first group that fits, read from `dyad explain` of its sentence:

  actor not recognised (S|T|S+T)   no actor mention of dyad's overlaps the span
  wrong source/target              an event was coded, but not from S to T
  same actor                       a pattern matched; source and target were one actor
  no target / no source            a pattern matched; no actor was attached to that side
  other drop                       a pattern matched; the event was not asserted (negated,
                                   hypothetical, governed by a noun of intent, ...)
  no pattern                       no pattern of any verb of the sentence matched

--list GROUP prints the group's sentences with their spans. Only the tuning part is read
(Split in bench/measure.py); nothing here is used by dyad itself.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure  # noqa: E402  (Split and SHARED)


def Words(s):
    return set(re.sub(r"\W+", " ", s.lower()).split()) - {"the", "of", "a", "an", "s", "and", "in"}


def TuningMisses(dyad, tmp):
    scorer = measure.ARGS_SCORER
    spans, docs, pred, actors = measure.code_args_part(dyad, tmp, "tune")
    out = subprocess.run([sys.executable, scorer, "score", spans, pred, "--actors", actors, "--misses", "100000"],
                         capture_output=True, text=True, check=True).stdout + "\n"
    misses = {}
    for m in re.finditer(r"MISSED (\d+): (.*)\n   S: (.*?)   T: (.*)\n((?:   got .*\n)*)", out):
        misses[m.group(1)] = {"text": m.group(2), "S": [x.strip() for x in m.group(3).split("|")],
                              "T": [x.strip() for x in m.group(4).split("|")], "got": m.group(5).strip()}
    return docs, misses


def Group(miss, explain):
    mentions = [Words(a) for a in re.findall(r"^   (.*?) => \S+", explain, re.M)]
    recognised = [any(any(m & Words(span) for m in mentions) for span in miss[side]) for side in ("S", "T")]
    if not all(recognised):
        return "actor not recognised (" + ("S+T" if not any(recognised) else "S" if recognised[1] else "T") + ")"
    if miss["got"]:
        return "wrong source/target (an event was coded)"
    if "source and target are the same actor" in explain:
        return "pattern matched: same actor"
    side = re.search(r"matched: no (source|target) actor", explain)
    if side:
        return "pattern matched: no " + side.group(1)
    if re.search(r": matches$", explain, re.M):
        return "pattern matched: other drop"
    return "no pattern for any verb"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default=os.path.join(HERE, "..", "build", "dyad"))
    ap.add_argument("--list", help="print the sentences of this group")
    a = ap.parse_args()
    if not os.path.isdir(measure.SHARED):
        sys.exit("../shared is absent: nothing to measure")
    groups = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        docs, misses = TuningMisses(a.dyad, tmp)
        for i, miss in misses.items():
            explain = subprocess.run(["timeout", "60", a.dyad, "explain", "--keep-duplicates", docs, "--doc", i],
                                     capture_output=True, text=True).stdout
            groups[Group(miss, explain)].append((i, miss))
    print(f"tuning misses: {sum(len(v) for v in groups.values())}")
    for g, items in sorted(groups.items(), key=lambda x: (-len(x[1]), x[0])):
        print(f"{len(items):4d}  {g}")
    if a.list:
        for i, miss in groups.get(a.list, []):
            print(f"\n{i}: {miss['text']}\n   S: {' | '.join(miss['S'])}   T: {' | '.join(miss['T'])}")
            if miss["got"]:
                print("   " + miss["got"])


if __name__ == "__main__":
    main()
