#!/usr/bin/env python3
"""Would a learned side picker keep its precision on real news? (issue 13)

  python3 bench/picker_realnews.py [--dyad build/dyad] [--picks FILE] [--thresholds 0.5,0.6,...]

side_headroom.py found that a picker learned from the candidates' features, used only in its
class c (no event, a pattern matched, actors in S and T), would make about 35 more tuning sentences
right. In ConfliBERT's c sentences a right answer always exists; in real news the pattern's missing
side is often simply not in the sentence. This script measures both sides of that question:

1. Tuning part (the args set's, Split in bench/measure.py; held-out sentences are never read): the
   picker (side_headroom's Candidates and Train) cross-validated in five folds over the a, b and c
   sentences, as side_headroom does. Each pick is scored by the picker's probability that the
   source is right and that the target is right; a pick counts at threshold x when both are >= x.
   It prints, per threshold, the c sentences picked and those made right (both sides right).
2. Real news: the picker trained on all tuning a, b and c sentences is applied to every sentence
   of the VOA stories (less the judged samples' sentences, those of bench/voa-judged.tsv and
   bench/voa-judged-check.tsv), TR-News, GeoVirus and the article bodies (the articleBody of
   ../shared/html-extraction/ground-truth.json, dated 2019-01-01) that has no event and where `dyad
   explain` shows a pattern that matched (side_headroom's MatchedVerb, the class c test) and gave
   nothing because it lost its source or target. It prints how many such sentences each threshold
   keeps and writes every pick (id, score, source, target, the pattern's code, why, sentence) to
   --picks, for judging by hand. With --judged FILE (a TSV with columns id, score, verdict, ...;
   bench/picker-realnews-judged.tsv holds the picks of main ea4415d judged by hand at country
   prefix + CAMEO root) it also prints, per threshold, how many of today's picks that file judged
   and how many of those are right.

The source is the best-scored candidate, the target the best-scored other candidate with another
code (the same code on both sides is no event in dyad). Standard library only.
"""
import argparse
import collections
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure  # noqa: E402
import side_headroom as sh  # noqa: E402

LOST = ("no source or target", "no source", "no target")
CORPORA = [
    ("voa", os.path.join(measure.SHARED, "corpora", "voa", "voa_stories.jsonl")),
    ("tr", os.path.join(measure.SHARED, "dev", "geo", "tr-news.docs.jsonl")),
    ("gv", os.path.join(measure.SHARED, "dev", "geo", "geovirus.docs.jsonl")),
    ("htmlx", None),  # written from the extraction benchmark's true bodies (HtmlxDocs)
]
TRUTH = os.path.join(measure.SHARED, "html-extraction", "ground-truth.json")
JUDGED_SAMPLES = [os.path.join(HERE, "voa-judged.tsv"), os.path.join(HERE, "voa-judged-check.tsv")]


def HtmlxDocs(tmp):
    """The article bodies of the extraction benchmark as JSON Lines in tmp (None when absent)."""
    if not os.path.exists(TRUTH):
        return None
    path = os.path.join(tmp, "htmlx.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for k, v in json.load(open(TRUTH, encoding="utf-8")).items():
            f.write(json.dumps({"id": k, "date": "2019-01-01", "text": v["articleBody"]}) + "\n")
    return path


def JudgedSampleSentences():
    """doc:sentence of every VOA sentence in the judged samples, which this script never looks at."""
    keys = set()
    for path in JUDGED_SAMPLES:
        if os.path.exists(path):
            for line in list(open(path, encoding="utf-8"))[1:]:
                f = line.split("\t")
                if len(f) > 2:
                    keys.add(f"{f[1]}:{f[2]}")
    return keys


def Sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def Pick(w, feats, codes):
    """The picker's source and target (indexes into feats) and each one's probability of being
    right; target None where no candidate with another code is left."""
    p = {side: [Sigmoid(sum(w[side][x] for x in f) + w[side]["bias"]) for f in feats] for side in ("S", "T")}
    s = max(range(len(feats)), key=lambda j: p["S"][j])
    rest = [j for j in range(len(feats)) if codes[j] != codes[s]]
    if not rest:
        return s, None, p["S"][s], 0.0
    t = max(rest, key=lambda j: p["T"][j])
    return s, t, p["S"][s], p["T"][t]


def Tuning(dyad):
    """The tuning rows (index, class, candidates, codes, why) and the cross-validated c picks:
    per c sentence, (score, both sides right, why)."""
    sa, sents, events, actors, keys, sections = sh.Load(dyad)
    classes = sh.Classify(sa, sents, events, actors, keys, sections)
    rows = []
    for i in keys:
        r = classes[i]
        if r["class"] not in ("a", "b", "c") or not r["verb"]:
            continue
        ms, text, Right = actors[i], sents[i]["text"], r["right"]
        feats = sh.Candidates(ms, r["verb"], r["clause"], text, r["nearest"])
        cands = [(f, Right(m, "S"), Right(m, "T")) for m, f in zip(ms, feats)]
        rows.append((i, r["class"], cands, [m["code"] for m in ms], r["why"]))
    counts = collections.Counter(r["class"] for r in classes.values())
    picks = []
    folds = 5
    for k in range(folds):
        w = sh.Train([(i, c, cands) for n, (i, c, cands, _, _) in enumerate(rows) if n % folds != k])
        for n, (i, c, cands, codes, why) in enumerate(rows):
            if n % folds != k or c != "c" or not cands:
                continue
            s, t, ps, pt = Pick(w, [f for f, _, _ in cands], codes)
            right = bool(cands[s][1] and t is not None and cands[t][2])
            picks.append((min(ps, pt), right, why))
    return rows, picks, counts


def Sections(dyad, path, doc):
    """`dyad explain` of one document: sentence number -> its section."""
    run = subprocess.run([dyad, "explain", "--keep-duplicates", "--doc", doc, path], capture_output=True, text=True)
    out = {}
    for m in re.finditer(r"^== doc [^\n]* sentence (\d+)\n(.*?)(?=^== doc |\Z)", run.stdout, re.M | re.S):
        out[int(m.group(1))] = m.group(2)
    return out


def Jsonl(dyad, args, path):
    run = subprocess.run([dyad] + args + ["--keep-duplicates", path], capture_output=True, text=True)
    return [json.loads(l) for l in run.stdout.splitlines() if l.strip()]


def SentenceMentions(text, ms):
    """The mentions of one sentence with begin and end in characters of `text` (dyad's actors give
    bytes of the document): anchored on the first mention found in the text. None where the
    mentions cannot be placed."""
    if not ms:
        return []
    raw = text.encode("utf-8")
    first = sh.Find(text, ms[0]["text"])
    if not first:
        return None
    start = ms[0]["begin"] - len(text[:first[0]].encode("utf-8"))
    out = []
    for m in ms:
        b, e = m["begin"] - start, m["end"] - start
        if b < 0 or raw[b:e].decode("utf-8", "ignore").replace(" ", "") != m["text"].replace(" ", ""):
            return None
        cb = len(raw[:b].decode("utf-8", "ignore"))
        out.append(dict(m, begin=cb, end=cb + len(raw[b:e].decode("utf-8", "ignore"))))
    return out


def PatternCode(block):
    """The code of the first pattern that matched in an explain section."""
    m = re.search(r'^     try (\S+) \[(\S+)\] "[^"]*": matches$', block, re.M)
    return (m.group(1), m.group(2)) if m else ("?", "?")


def RealNews(dyad, w):
    """Every real-news sentence of the class c test whose pattern lost a side, with the picker's
    pick: dicts with id, corpus, score, source, target, code, rule, why, sentence."""
    exclude = JudgedSampleSentences()
    out, skipped = [], collections.Counter()
    tmp = tempfile.TemporaryDirectory()
    for name, path in CORPORA:
        if name == "htmlx":
            path = HtmlxDocs(tmp.name)
        if not path or not os.path.exists(path):
            print(f"  {name}: {path} absent, skipped")
            continue
        ids = [json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()]
        coded = {(e["doc_id"], e["sentence"]) for e in Jsonl(dyad, ["code"], path)}
        mentions = collections.defaultdict(list)
        for m in Jsonl(dyad, ["actors", "--format", "jsonl"], path):
            mentions[m["doc_id"], m["sentence"]].append(m)
        for doc in ids:
            for n, block in sorted(Sections(dyad, path, doc).items()):
                key = f"{doc}:{n}"
                if name == "voa" and key in exclude:
                    skipped["judged sample"] += 1
                    continue
                if (doc, n) in coded:
                    continue
                text = block.split("\n", 1)[0]
                matched, verb, clause, why = sh.MatchedVerb(text, [(0, block)])
                if not matched or not why.split(": ")[1] in LOST:
                    continue
                ms = SentenceMentions(text, mentions[doc, n])
                if ms is None or not verb:
                    skipped["mentions or verb not placed"] += 1
                    continue
                if len({m["code"] for m in ms}) < 2:
                    skipped["fewer than two actors"] += 1
                    continue
                before = [m for m in ms if m["end"] <= verb[0]]
                after = [m for m in ms if m["begin"] >= verb[1]]
                nearest = (max(before, key=lambda m: m["end"]) if before else None,
                           min(after, key=lambda m: m["begin"]) if after else None)
                feats = sh.Candidates(ms, verb, clause, text, nearest)
                s, t, ps, pt = Pick(w, feats, [m["code"] for m in ms])
                rule, code = PatternCode(block)
                out.append({"id": f"{name}/{key}", "score": round(min(ps, pt), 3), "source": ms[s]["code"],
                            "source_text": ms[s]["text"], "target": ms[t]["code"], "target_text": ms[t]["text"],
                            "code": code, "rule": rule, "why": why, "verb": text[verb[0]:verb[1]],
                            "sentence": text})
    return out, skipped


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default=os.path.join(HERE, "..", "build", "dyad"))
    ap.add_argument("--picks", default="/tmp/picker-realnews.jsonl", help="where to write the real-news picks")
    ap.add_argument("--thresholds", default="0,0.5,0.6,0.7,0.8,0.85,0.9,0.95")
    ap.add_argument("--judged", default=os.path.join(HERE, "picker-realnews-judged.tsv"),
                    help="picks judged by hand (id, score, verdict, ...): precision per threshold")
    a = ap.parse_args()
    thresholds = [float(x) for x in a.thresholds.split(",")]

    rows, picks, counts = Tuning(a.dyad)
    lost = [p for p in picks if p[2] and p[2].split(": ")[1] in LOST]
    print(f"tuning part: {sum(counts.values())} sentences with S and T; a {counts['a']}, b {counts['b']}, "
          f"c {counts['c']}; c with the verb found {len(picks)}, of them the pattern lost a side {len(lost)}")
    w = sh.Train([(i, c, cands) for i, c, cands, _, _ in rows])
    news, skipped = RealNews(a.dyad, w)
    with open(a.picks, "w", encoding="utf-8") as f:
        for p in sorted(news, key=lambda p: -p["score"]):
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"real news: {len(news)} sentences with no event where a pattern lost a side and two actors exist "
          f"(skipped: {dict(skipped)}); picks in {a.picks}")
    print(f"{'threshold':>9s} | {'tuning c: picked':>16s} {'right':>6s} {'(lost side: picked':>19s} {'right)':>7s} | "
          f"{'real news picked':>16s}  by corpus")
    for x in thresholds:
        pk = [p for p in picks if p[0] >= x]
        lk = [p for p in lost if p[0] >= x]
        nk = [p for p in news if p["score"] >= x]
        by = collections.Counter(p["id"].split("/")[0] for p in nk)
        print(f"{x:9.2f} | {len(pk):16d} {sum(p[1] for p in pk):6d} {len(lk):19d} {sum(p[1] for p in lk):7d} | "
              f"{len(nk):16d}  " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))
    if a.judged and os.path.exists(a.judged):
        verdicts = {}
        for line in list(open(a.judged, encoding="utf-8"))[1:]:
            f = line.rstrip("\n").split("\t")
            if len(f) > 2 and f[2] in ("ok", "right", "wrong"):
                verdicts[f[0]] = f[2]
        print(f"precision of today's picks judged in {os.path.relpath(a.judged)} (ok / judged, of picked):")
        for x in thresholds:
            nk = [p for p in news if p["score"] >= x]
            judged = [verdicts[p["id"]] for p in nk if p["id"] in verdicts]
            ok = len(judged) - judged.count("wrong")
            print(f"{x:9.2f} | {ok} / {len(judged)} of {len(nk)}" +
                  (f" ({100.0 * ok / len(judged):.1f}%)" if judged else ""))


if __name__ == "__main__":
    main()
