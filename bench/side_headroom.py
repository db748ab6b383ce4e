#!/usr/bin/env python3
"""How much a learned side picker could gain (issue 13): the tuning part's argument recall, split
by what stands in the way.

  python3 bench/side_headroom.py [--dyad build/dyad]

Over the tuning sentences of ../shared/dev/conflibert/cameo_ner.train.txt that have an S and a T
span (the args set's tuning part, as `measure.py args` draws it), dyad codes every sentence once as
its own document (`dyad code`, `dyad actors`, as measure.py does). Each sentence goes in the first
class that fits:

  a  right already: an event with its source in S and its target in T (score-arguments' rule)
  d  S or T has no recognised actor (a dictionary or parse problem, not a picking problem)
  b  an event was coded, and a recognised actor lies in S and one in T: a picker choosing among
     the sentence's actors could make it right
  c  no event, but a pattern matched (`dyad explain`: "matches") and S and T each have an actor: a
     picker that supplies the missing side could make it right
  e  no pattern matched any verb

a+b+c is the "oracle" argument recall: a perfect picker over today's actors and patterns. For b
and c it prints how often the right actor is the nearest recognised actor before the verb (S) and
after it (T), the baseline any picker must beat, and one table of features a picker could use,
counted over the S actors, the T actors and the other candidates of those sentences, and how a
picker learned from those features (logistic regression, cross-validated in five folds over the a,
b and c sentences) would do on each class. As in
score-arguments --actors, a mention with the code of an actor inside a span counts as that span's.

`dyad explain` runs once, over all these sentences joined into one document (it explains a single
document). Only what is local to a sentence is read from it: which patterns matched, the clause's
verb, subject and object. Actors and events come from the per-sentence runs, so a context carried
from one sentence to the next in the joined document changes nothing here.

Only the tuning part is read (Split in bench/measure.py); nothing here is used by dyad itself.
"""
import argparse
import collections
import importlib.machinery
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure  # noqa: E402  (SHARED, ARGS_SCORER, code_args_part)


def Scorer():
    """../shared/tools/score-arguments as a module (read_spans, overlaps)."""
    loader = importlib.machinery.SourceFileLoader("score_arguments", measure.ARGS_SCORER)
    spec = importlib.util.spec_from_loader("score_arguments", loader)
    sa = importlib.util.module_from_spec(spec)
    loader.exec_module(sa)
    return sa


def ReadJsonl(path):
    out = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[int(r["doc_id"])].append(r)
    return out


def Explain(dyad, tmp, sents, keys):
    """One `dyad explain` run over the sentences `keys`; returns, per key, the sections (dyad's
    sentences) that lie inside it, each with its offset in the sentence."""
    path = os.path.join(tmp, "explain.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "all", "text": "\n\n".join(sents[k]["text"] for k in keys)}) + "\n")
    run = subprocess.run([dyad, "explain", "--keep-duplicates", path], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"dyad explain failed: {run.stderr}")
    out = run.stdout
    sections = collections.defaultdict(list)
    j = 0
    for block in re.split(r"^== doc .*\n", out, flags=re.M)[1:]:
        text = block.split("\n", 1)[0]
        # Sentences are met in order; dyad may split one in two, never merge two across a blank line.
        for step in range(j, min(j + 3, len(keys))):
            at = sents[keys[step]]["text"].find(text)
            if at >= 0:
                j = step
                sections[keys[j]].append((at, block))
                break
    return sections


def Clauses(block):
    """The clauses of an explain section: lemma -> (verb text, subject text, object text)."""
    out = {}
    for m in re.finditer(r"^   verb=(.*?) \(lemma (\S+)\) subject=(.*?) object=(.*?)(?= \w+[=(]|$)", block, re.M):
        out.setdefault(m.group(2), (m.group(1), m.group(3), m.group(4)))
    return out


def Find(text, part, start=0):
    """The span of `part` in `text` from `start`, or None. Explain prints words spaced as tokens
    ("China 's"), so spaces are not compared."""
    if not part or part == "-":
        return None
    m = re.compile(r"\s*".join(map(re.escape, part.replace(" ", "")))).search(text, start)
    return m.span() if m else None


def Why(block, start):
    """Why the pattern matched at `start` of an explain section gave no event, in a few words."""
    m = re.compile(r"^   (?:noun )?pattern \S+:? (.*)$", re.M).search(block, start)
    why = m.group(1) if m else "?"
    for short in ("no source or target", "no source", "no target", "same actor", "not coded", "already coded"):
        if short in why:
            return short
    return "other"


def MatchedVerb(text, sections):
    """For a sentence with no event: whether a pattern matched, the span of the word it matched on
    (the verb of a verb pattern, the noun of a noun pattern), its clause and why it gave nothing."""
    for at, block in sections:
        for m in re.finditer(r'^     try \S+ \[\S+\] "(~?)([^" ]+)[^"]*": matches$', block, re.M):
            noun, word = m.group(1), m.group(2)
            clauses = Clauses(block)
            why = ("noun: " if noun else "verb: ") + Why(block, m.end())
            if not noun and word in clauses:
                verb, subj, obj = clauses[word]
                span = Find(text, verb.split()[-1], at)
                return True, span, (verb, subj, obj, at), why
            span = Find(text.lower(), word.lower(), at)
            return True, span, None, why
    return False, None, None, None


def ClauseOf(sections, verb_span, text):
    """The clause whose verb is at `verb_span`."""
    for at, block in sections:
        for verb, subj, obj in Clauses(block).values():
            span = Find(text, verb.split()[-1], at)
            if span and span[0] < verb_span[1] and verb_span[0] < span[1]:
                return verb, subj, obj, at
    return None


def Tokens(text):
    return len(re.findall(r"\w+|[^\w\s]", text))


def Features(m, verb, clause, text):
    """The features of one candidate actor mention relative to the verb at `verb`."""
    b, e = m["begin"], m["end"]
    before = e <= verb[0]
    role = "after verb, not object" if not before else "before verb, not subject"
    if clause:
        _, subj, obj, at = clause
        s, o = Find(text, subj, at), Find(text, obj, verb[1])
        if s and s[0] <= b and e <= s[1]:
            role = "subject"
        elif o and o[0] <= b and e <= o[1]:
            role = "object"
    code = m["code"]
    sector = code[3:6] if len(code) >= 6 else "none"
    if code[:3] == "---":
        kind = "sector only (---)"
    elif code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        kind = "organisation (" + code[:3] + ")"
    elif len(code) == 3:
        kind = "country alone"
    else:
        kind = "country with sector"
    gap = Tokens(text[e:verb[0]] if before else text[verb[1]:b])
    dist = "0-1" if gap <= 1 else "2-3" if gap <= 3 else "4-7" if gap <= 7 else "8+"
    return [("position", "before verb" if before else "after verb"), ("role", role), ("sector", sector),
            ("kind", kind), ("how found", m["how"]), ("tokens between", dist)]


def Candidates(ms, verb, clause, text, nearest):
    """The picker's features of each mention in `ms` (in order): Features, whether it is the nearest
    mention before or after the verb (`nearest`, as Classify's), and position crossed with role."""
    out = []
    for m in ms:
        f = Features(m, verb, clause, text)
        f += [("nearest", "before" if m is nearest[0] else "after" if m is nearest[1] else "no"),
              ("position x role", dict(f)["position"] + " / " + dict(f)["role"])]
        out.append(f)
    return out


def Train(rows, epochs=30, rate=0.1, l2=1e-3):
    """Logistic regression (one weight per feature value) for each side, by stochastic gradient."""
    w = {"S": collections.defaultdict(float), "T": collections.defaultdict(float)}
    for _ in range(epochs):
        for _, _, cands in rows:
            for f, is_s, is_t in cands:
                for side, y in (("S", is_s), ("T", is_t)):
                    z = sum(w[side][x] for x in f) + w[side]["bias"]
                    p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
                    for x in f + ["bias"]:
                        w[side][x] += rate * ((y - p) - l2 * w[side][x])
    return w


def CrossValidate(rows, folds=5):
    """How a picker learned from the table's features would do: five folds over the a, b and c
    sentences, each picking the best-scored candidate as source and the best other one as target;
    both sides right counted per class, beside the nearest-actor baseline. Returns, per sentence,
    whether both of the picker's sides were right."""
    right = collections.Counter()
    picked = {}
    total = collections.Counter()
    for k in range(folds):
        w = Train([r for n, r in enumerate(rows) if n % folds != k])
        for n, (i, c, cands) in enumerate(rows):
            if n % folds != k or not cands:
                continue
            total[c] += 1
            score = {side: [sum(w[side][x] for x in f) for f, _, _ in cands] for side in ("S", "T")}
            s = max(range(len(cands)), key=lambda j: score["S"][j])
            rest = [j for j in range(len(cands)) if j != s]
            t = max(rest, key=lambda j: score["T"][j]) if rest else None
            picked[i] = bool(cands[s][1] and t is not None and cands[t][2])
            right[c] += picked[i]
    print(f"picker learned from these features ({folds}-fold cross-validation over the a, b and c sentences, "
          "logistic regression per side), both sides right: " +
          ", ".join(f"{c} {right[c]}/{total[c]} ({right[c] / max(total[c], 1):.0%})" for c in "abc"))
    return picked


def Load(dyad):
    """Codes the args set's tuning part and explains its sentences with an S and a T span: returns the
    scorer module, the sentences, their events and actors (per sentence), the keys of the sentences
    with S and T, and their explain sections."""
    if not os.path.isdir(measure.SHARED):
        sys.exit("../shared is absent: nothing to measure")
    sa = Scorer()
    with tempfile.TemporaryDirectory() as tmp:
        spans_path, _, pred_path, actors_path = measure.code_args_part(dyad, tmp, "tune")
        sents = sa.read_spans(spans_path)
        events, actors = ReadJsonl(pred_path), ReadJsonl(actors_path)
        keys = [i for i, s in enumerate(sents) if s["S"] and s["T"]]
        sections = Explain(dyad, tmp, sents, keys)
    return sa, sents, events, actors, keys, sections


def Classify(sa, sents, events, actors, keys, sections):
    """Each sentence's class (module docstring), as a dict: "class", and for a, b and c also "verb"
    (its span, None where not found), "clause", "why" (c: why the matched pattern gave nothing),
    "event" (a and b: the event whose verb is taken), "actors" (the sentence's mentions), "nearest"
    (the nearest mention before and after the verb), "right" (whether picking a mention for side
    "S" or "T" is right: in the span, or its code is the span's) and "side" (whether an event's
    "source" or "target" is right for side "S" or "T")."""
    out = {}
    for i in keys:
        s, evs, ms = sents[i], events[i], actors[i]
        text = s["text"]
        inside = {k: [m for m in ms if sa.overlaps([m["begin"], m["end"]], s[k])] for k in ("S", "T")}
        codes = {k: {m["code"] for m in inside[k]} for k in ("S", "T")}

        def Side(e, key, k, s=s, codes=codes):
            return sa.overlaps(e["evidence"].get(key), s[k]) or e.get(key) in codes[k]

        def Right(m, k, inside=inside, codes=codes):
            """Whether picking mention m for side k is right (in the span, or its code is the span's)."""
            return m is not None and (m in inside[k] or m["code"] in codes[k])

        right = [e for e in evs if Side(e, "source", "S") and Side(e, "target", "T")]
        r = {"class": None, "verb": None, "clause": None, "why": None, "event": None, "actors": ms,
             "inside": inside, "right": Right, "side": Side, "nearest": (None, None)}
        out[i] = r
        if right:
            r["class"], r["event"] = "a", right[0]
        elif not (inside["S"] and inside["T"]):
            r["class"] = "d"
            continue
        elif evs:
            r["class"], r["event"] = "b", evs[0]
        else:
            matched, r["verb"], r["clause"], r["why"] = MatchedVerb(text, sections[i])
            r["class"] = "c" if matched else "e"
            continue
        r["verb"] = tuple(r["event"]["evidence"]["verb"])
        r["clause"] = ClauseOf(sections[i], r["verb"], text)
    for i, r in out.items():
        verb = r["verb"]
        if r["class"] in ("a", "b", "c") and verb:
            before = [m for m in r["actors"] if m["end"] <= verb[0]]
            after = [m for m in r["actors"] if m["begin"] >= verb[1]]
            r["nearest"] = (max(before, key=lambda m: m["end"]) if before else None,
                            min(after, key=lambda m: m["begin"]) if after else None)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default=os.path.join(HERE, "..", "build", "dyad"))
    ap.add_argument("--list", choices=list("abcde"), help="print the sentences of this class with their spans")
    a = ap.parse_args()
    sa, sents, events, actors, keys, sections = Load(a.dyad)
    classes = Classify(sa, sents, events, actors, keys, sections)

    cls = {}
    near = collections.Counter()
    feats = collections.defaultdict(collections.Counter)
    rows = []
    for i in keys:
        r = classes[i]
        ms, text = actors[i], sents[i]["text"]
        inside, Right = r["inside"], r["right"]
        c = cls[i] = r["class"]
        if c in ("d", "e"):
            continue
        verb, clause, why = r["verb"], r["clause"], r["why"]
        if c == "c":
            near["c", "why", why] += 1
        if not verb:
            near[c, "verb not found"] += 1
            continue
        near[c, "sentences"] += 1
        ns, nt = r["nearest"]
        s_ok = Right(ns, "S")
        t_ok = Right(nt, "T")
        near[c, "S nearest before"] += s_ok
        near[c, "T nearest after"] += t_ok
        near[c, "both"] += s_ok and t_ok
        # Passives and reports name the target first: how often the reverse is right.
        rs = Right(nt, "S")
        rt = Right(ns, "T")
        near[c, "reversed both"] += rs and rt
        if c == "c":
            near["c", "both by why", why] += s_ok and t_ok
        # Every candidate with its features, for the cross-validated picker below.
        cands = [(f, Right(m, "S"), Right(m, "T")) for m, f in zip(ms, Candidates(ms, verb, clause, text, (ns, nt)))]
        rows.append((i, c, cands))
        if c == "a":
            continue  # the baseline's agreement with events already right; no features
        # The side the pattern lacked, supplied by the nearest actor on its side of the verb.
        if why and why.endswith("no target"):
            near[c, "missing side", "target"] += 1
            near[c, "missing side right", "target"] += t_ok
        elif why and why.endswith("no source"):
            near[c, "missing side", "source"] += 1
            near[c, "missing side right", "source"] += s_ok
        for m in ms:
            col = ("S actor" if m in inside["S"] else "T actor" if m in inside["T"] else
                   "S actor" if Right(m, "S") else "T actor" if Right(m, "T") else "other")
            for f in Features(m, verb, clause, text):
                feats[f][col] += 1
            feats[("all", "candidates")][col] += 1

    n = len(keys)
    count = collections.Counter(cls.values())
    print(f"side headroom, tuning part: {n} sentences with S and T")
    names = {"a": "right already", "b": "event coded, S and T actors exist (pick among actors)",
             "c": "no event, a pattern matched, S and T actors exist (supply the side)",
             "d": "S or T has no recognised actor", "e": "no pattern matched any verb"}
    for c in "abcde":
        print(f"  {c}  {count[c]:4d}  {count[c] / n:6.1%}  {names[c]}")
    oracle = count["a"] + count["b"] + count["c"]
    print(f"oracle argument recall (a+b+c): {oracle}/{n} = {oracle / n:.4f} (today a: {count['a'] / n:.4f})")
    for c in "abc":
        k = near[c, "sentences"]
        if not k:
            continue
        print(f"nearest-actor baseline, {c} ({k} sentences with the verb found, {near[c, 'verb not found']} without): "
              f"S = nearest before the verb {near[c, 'S nearest before']} ({near[c, 'S nearest before'] / k:.0%}), "
              f"T = nearest after {near[c, 'T nearest after']} ({near[c, 'T nearest after'] / k:.0%}), "
              f"both {near[c, 'both']} ({near[c, 'both'] / k:.0%}); reversed (S after, T before) both "
              f"{near[c, 'reversed both']} ({near[c, 'reversed both'] / k:.0%})")
    for side in ("source", "target"):
        k = near["c", "missing side", side]
        if k:
            ok = near["c", "missing side right", side]
            print(f"  c, pattern lacked its {side}: {k} sentences; the nearest actor on that side is in the span in "
                  f"{ok} ({ok / k:.0%})")
    whys = sorted(((k[2], v) for k, v in near.items() if len(k) == 3 and k[1] == "why"), key=lambda x: -x[1])
    print("  c, why the first matched pattern gave no event (and of those, nearest before and after both right): " +
          ", ".join(f"{w} {v} ({near['c', 'both by why', w]})" for w, v in whys))
    print("features of the candidate actors in b and c (actor mentions; S/T actor: inside that span or with the code of an actor inside it):")
    print(f"  {'feature':16s} {'value':36s} {'S actor':>8s} {'T actor':>8s} {'other':>8s}")
    rare = [f for f in feats if f[0] == "sector" and sum(feats[f].values()) < 4]
    for f in rare:
        feats["sector", "other (fewer than 4 each)"].update(feats.pop(f))
    order = ["0-1", "2-3", "4-7", "8+"]
    for f in sorted(feats, key=lambda f: (f[0] != "all", f[0], order.index(f[1]) if f[1] in order else 0,
                                          -sum(feats[f].values()))):
        row = feats[f]
        print(f"  {f[0]:16s} {f[1]:36s} {row['S actor']:8d} {row['T actor']:8d} {row['other']:8d}")
    CrossValidate(rows)
    for i in (k for k in keys if cls[k] == a.list):
        s, t = sents[i], sents[i]["text"]
        print(f"\n{i}: {t}\n   S: {' | '.join(t[x:y] for x, y in s['S'])}   T: {' | '.join(t[x:y] for x, y in s['T'])}")
        print("   actors: " + ", ".join(f"{m['text']}={m['code']}" for m in actors[i]))
        for e in events[i]:
            print(f"   got {e['source']} -> {e['target']} {e['code']} ({e['source_text']!r} -> {e['target_text']!r})")


if __name__ == "__main__":
    main()
