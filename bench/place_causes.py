#!/usr/bin/env python3
"""Why matched place mentions are 160 km or more off: counts by cause.

    python3 bench/measure.py places --keep /tmp/places     # writes NAME.pred.jsonl there
    python3 bench/place_causes.py /tmp/places geovirus [--list N]

Pairs predictions with gold toponyms exactly as ../shared/tools/score-places does (its own
pairing function, loaded from the file), keeps the pairs whose error is 160 km or more, and
puts each in one cause:

- "KIND: the place meant, another point": the reading names the gold's place (the same
  GeoNames id where the gold has one, else the same name as the gold's Wikipedia page or
  gazetteer name, or a demonym read as its country), but the point dyad writes for it is
  not the gold's. KIND is what dyad read: country, first-level region, continent, world
  region, town.
- "town: a namesake": a town of the gold's name, but another one (London, Ontario).
- "KIND: another place": the gold means something else (a town read as its region, a
  feature or division the gazetteer lacks read as a namesake).

Nothing here is used by dyad itself; it reads only ../shared and the predictions.
"""
import argparse
import collections
import importlib.machinery
import importlib.util
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
KINDS = {"PCLI": "country", "ADM1": "first-level region", "CONT": "continent", "RGN": "world region"}


def scorer():
    path = os.path.join(SHARED, "tools", "score-places")
    loader = importlib.machinery.SourceFileLoader("score_places", path)
    spec = importlib.util.spec_from_loader("score_places", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def gold_name(g):
    """The name the gold gives its place: its Wikipedia page's title, else its gazetteer name."""
    if g.get("wikipedia"):
        return urllib.parse.unquote(g["wikipedia"].rsplit("/", 1)[-1]).replace("_", " ")
    return g.get("name") or ""


def cause(g, p, km):
    kind = KINDS.get(p.get("feature_code"), "town")
    base = gold_name(g).split(",")[0].split(" (")[0].strip().lower()
    name = (p.get("name") or "").lower()
    same_name = bool(base) and (base == name or base in name or name in base)
    if g.get("geonameid") and p.get("geonameid"):
        same = str(p["geonameid"]) == str(g["geonameid"])
    else:
        # (Continents have no GeoNames id in dyad; a town of the same name
        # 160 km off is rather a namesake than another point.)
        same = same_name and kind != "town"
    if p.get("kind") == "demonym":
        return "country (demonym): the place meant, another point" if km < 2500 else "demonym: another place"
    if same:
        return f"{kind}: the place meant, another point"
    if kind == "town" and same_name:
        return "town: a namesake"
    return f"{kind}: another place"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", help="the folder measure.py places --keep wrote")
    ap.add_argument("set", choices=["geovirus", "tr-news"])
    ap.add_argument("--list", type=int, default=0, help="list N pairs of each cause")
    a = ap.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit("../shared is absent: nothing to measure")
    sp = scorer()
    gold = {}
    with open(os.path.join(SHARED, "dev", "geo", f"{a.set}.gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gold[d["id"]] = d["toponyms"]
    preds = collections.defaultdict(list)
    with open(os.path.join(a.keep, f"{a.set}.pred.jsonl"), encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            p["span"] = (p["start"], p["end"])
            preds[p["doc_id"]].append(p)
    counts, rows, pairs = collections.Counter(), collections.defaultdict(list), 0
    for doc, toponyms in gold.items():
        ps = preds.get(doc, [])
        for gi, pi in sp.match_overlap(toponyms, ps).items():
            g, p = toponyms[gi], ps[pi]
            if g["lat"] is None:
                continue
            pairs += 1
            km = sp.haversine_km((g["lat"], g["lon"]), (p["lat"], p["lon"]))
            if km < 160:
                continue
            c = cause(g, p, km)
            counts[c] += 1
            rows[c].append(f"{km:7.0f} km  {g['phrase']!r:30} gold {gold_name(g)!r:36} "
                           f"read {p['name']} ({p['country']}, {p['feature_code']}, {p['how']})")
    print(f"{a.set}: {sum(counts.values())} of {pairs} pairs 160 km or more off")
    for c, n in counts.most_common():
        print(f"{n:6}  {c}")
        for r in sorted(rows[c])[: a.list]:
            print("          " + r)


if __name__ == "__main__":
    main()
