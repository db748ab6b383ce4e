#!/usr/bin/env python3
"""Judged sample of dyad's events on real news (issue 13, item 6).

  judge_sample.py draw  [--dyad BIN] [--data DIR] [--corpus FILE] [--n 160] [--out bench/voa-judged.tsv]
                        [--seed N] [--verdicts-from FILE ...]
  judge_sample.py score [--judged bench/voa-judged.tsv] [--dyad BIN] [--data DIR] [--corpus FILE]
  judge_sample.py agree [--judged bench/voa-judged.tsv] [--second bench/voa-judged-2.tsv]

draw: runs `dyad code` on the VOA stories, draws the N events ranked first by a hash of
the seed 20261207 (the eleventh session's draw; earlier samples used 20261205) and the event id
and writes a TSV with empty verdict/reason columns. If the TSV already exists, the
verdicts and reasons of events still drawn (same id) are kept; new ones are left empty.

score: prints the judged count, precision (verdict ok / judged), precision by
target_how and by confidence band, and the share among ALL events of the run of events
whose target came from another sentence (context) and of reciprocal pairs, each with its
precision in the sample.

agree: compares two judges' verdicts on the same rows (a second judge judged the sample
blind, without the first judge's verdicts or reasons): rows judged alike, Cohen's kappa,
each judge's precision, and the precision when an event counts as right only if both
judges say so (strict) or if either does (lenient). It reads no dyad output.

Verdict rule: ok when source and target are right at the country-prefix level (first
three letters; a --- side is wrong) and the CAMEO root fits what the sentence reports.
Standard library only.
"""
import argparse
import csv
import hashlib
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 20261207
COLUMNS = ["id", "doc_id", "sentence", "source", "target", "code", "event_name", "rule",
           "confidence", "target_how", "source_text", "target_text", "evidence",
           "verdict", "reason"]


def default_dyad():
    for p in (os.path.join(ROOT, "build", "dyad"), "/work/main/build/dyad"):
        if os.path.exists(p):
            return p
    return "dyad"


def default_corpus():
    return os.path.join(ROOT, "..", "shared", "corpora", "voa", "voa_stories.jsonl")


def run_dyad(dyad, data, corpus):
    cmd = [dyad, "code", "--threads", "1"]
    if data:
        cmd += ["--data", data]
    cmd.append(corpus)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True).stdout
    events = [json.loads(line) for line in out.splitlines() if line.strip()]
    # Order independent of threading: sort by document order as given, then sentence.
    return events


def event_id(e):
    return "%s:%s:%s:%s:%s" % (e["doc_id"], e["sentence"], e["source"], e["target"], e["code"])


def clean(s):
    return " ".join(str(s if s is not None else "").split())


def row_of(e):
    ev = e.get("evidence") or {}
    return {
        "id": event_id(e), "doc_id": e["doc_id"], "sentence": e["sentence"],
        "source": e["source"], "target": e["target"], "code": e["code"],
        "event_name": clean(e.get("event_name")), "rule": clean(e.get("rule")),
        "confidence": e.get("confidence"), "target_how": clean(ev.get("target_how")),
        "source_text": clean(e.get("source_text")), "target_text": clean(e.get("target_text")),
        "evidence": clean(ev.get("sentence")), "verdict": "", "reason": "",
    }


def read_judged(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def write_judged(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE,
                           escapechar="\\", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: clean(r.get(k, "")).replace("\t", " ") for k in COLUMNS})


def draw(args):
    events = run_dyad(args.dyad, args.data, args.corpus)
    # A stable order before sampling, so the draw depends only on the set of events.
    # Each event gets a fixed random rank from the seed and its id; the N lowest
    # are drawn. An event that survives a coder change keeps its rank, so a
    # redraw reuses every verdict it can and only new events need judging.
    def rank(e):
        return hashlib.sha1(("%d:%s" % (args.seed, event_id(e))).encode("utf-8")).hexdigest()
    events.sort(key=lambda e: (str(e["doc_id"]), int(e["sentence"]), event_id(e)))
    seen, unique = set(), []
    for e in events:
        if event_id(e) not in seen:
            seen.add(event_id(e))
            unique.append(e)
    n = min(args.n, len(unique))
    picked = sorted(sorted(unique, key=rank)[:n], key=lambda e: (str(e["doc_id"]), int(e["sentence"]), event_id(e)))
    rows = [row_of(e) for e in picked]
    kept = 0
    # Verdicts are kept from the output file itself and, for a check sample
    # drawn with another seed, from other judged files (an event's verdict does
    # not depend on which sample drew it).
    sources = [f for f in [args.out] + (args.verdicts_from or []) if os.path.exists(f)]
    if sources:
        old = {}
        for f in reversed(sources):
            old.update({r["id"]: r for r in read_judged(f) if r.get("verdict")})
        for r in rows:
            o = old.get(r["id"])
            if o and o.get("verdict"):
                r["verdict"], r["reason"] = o["verdict"], o.get("reason", "")
                kept += 1
    write_judged(args.out, rows)
    print("%d events in the run, %d drawn, %d verdicts kept, %d to judge -> %s"
          % (len(events), n, kept, n - kept, args.out))


def pct(a, b):
    return "%5.1f%% (%d/%d)" % (100.0 * a / b, a, b) if b else "   n/a (0/0)"


def band(c):
    c = float(c)
    return ">=0.8" if c >= 0.8 else ("0.6-0.8" if c >= 0.6 else "<0.6")


def score(args):
    rows = read_judged(args.judged)
    judged = [r for r in rows if r["verdict"] in ("ok", "wrong")]
    ok = lambda rs: sum(1 for r in rs if r["verdict"] == "ok")
    print("sample rows: %d, judged: %d" % (len(rows), len(judged)))
    print("precision: %s" % pct(ok(judged), len(judged)))
    print("by target_how:")
    hows = sorted({r["target_how"] for r in judged}, key=lambda h: -sum(r["target_how"] == h for r in judged))
    for h in hows:
        rs = [r for r in judged if r["target_how"] == h]
        print("  %-20s %s" % (h, pct(ok(rs), len(rs))))
    print("by confidence:")
    for b in (">=0.8", "0.6-0.8", "<0.6"):
        rs = [r for r in judged if band(r["confidence"]) == b]
        print("  %-20s %s" % (b, pct(ok(rs), len(rs))))
    events = run_dyad(args.dyad, args.data, args.corpus)
    total = len(events)
    print("all events in the run: %d" % total)
    for how in ("context", "reciprocal"):
        n = sum(1 for e in events if (e.get("evidence") or {}).get("target_how") == how)
        rs = [r for r in judged if r["target_how"] == how]
        print("  target_how=%-11s share of all events %s; precision in sample %s"
              % (how, pct(n, total), pct(ok(rs), len(rs))))


def agree(args):
    first = {r["id"]: r["verdict"] for r in read_judged(args.judged) if r["verdict"] in ("ok", "wrong")}
    second = {r["id"]: r["verdict"] for r in read_judged(args.second) if r["verdict"] in ("ok", "wrong")}
    ids = [i for i in first if i in second]
    n = len(ids)
    if not n:
        sys.exit("no row judged by both: %s, %s" % (args.judged, args.second))
    ok1 = sum(first[i] == "ok" for i in ids)
    ok2 = sum(second[i] == "ok" for i in ids)
    same = sum(first[i] == second[i] for i in ids)
    both = sum(first[i] == second[i] == "ok" for i in ids)
    either = sum("ok" in (first[i], second[i]) for i in ids)
    p1, p2, po = ok1 / n, ok2 / n, same / n
    pe = p1 * p2 + (1 - p1) * (1 - p2)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    print("rows judged by both: %d (first %d, second %d)" % (n, len(first), len(second)))
    print("judged alike: %s; Cohen's kappa %.2f" % (pct(same, n), kappa))
    print("precision, first judge:  %s" % pct(ok1, n))
    print("precision, second judge: %s" % pct(ok2, n))
    print("precision, both say ok (strict):   %s" % pct(both, n))
    print("precision, either says ok (lenient): %s" % pct(either, n))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("draw", "score", "agree"):
        p = sub.add_parser(name)
        p.add_argument("--dyad", default=default_dyad())
        p.add_argument("--data", default=None, help="dyad data directory (--data)")
        p.add_argument("--corpus", default=default_corpus())
        if name == "draw":
            p.add_argument("--n", type=int, default=160)
            p.add_argument("--out", default=os.path.join(HERE, "voa-judged.tsv"))
            p.add_argument("--seed", type=int, default=SEED,
                           help="another seed draws a fresh check sample (e.g. one no rule was written from)")
            p.add_argument("--verdicts-from", nargs="*", help="judged TSVs whose verdicts are reused by event id")
        else:
            p.add_argument("--judged", default=os.path.join(HERE, "voa-judged.tsv"))
        if name == "agree":
            p.add_argument("--second", default=os.path.join(HERE, "voa-judged-2.tsv"),
                           help="the same rows judged by a second judge")
    args = ap.parse_args()
    {"draw": draw, "score": score, "agree": agree}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
