#!/usr/bin/env python3
"""The event contract (docs/events.md, docs/event.schema.json), end to end.

Codes the same documents on every path that writes events (dyad code, the
store through query --format jsonl and csv, export --format jsonl, the API's
GET /api/events, GET /api/events/ID and POST /api/code) and checks that:
  - every object validates against the schema;
  - a key means the same on every path: each coded event is a mention of a
    stored event with the same event fields, and the same report fields;
  - the CSV rows are the JSON objects flattened;
  - the offsets, sliced out of the document's full text as Python strings
    (code points), give source_text, verb_text, target_text and the sentence.
With ../shared present the offsets are also checked on the VOA stories.
Exit 77 (skipped) without python3-jsonschema.
"""
import argparse
import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (scripts/deps.sh test)")
    sys.exit(77)

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(args, **kw):
    p = subprocess.run(args, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(args)} exited {p.returncode}: {p.stderr[-2000:]}")
    return p.stdout


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def full_texts(path):
    """doc id -> the document's full text: title, two newlines and text, or
    the text alone when there is no title (docs/events.md)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            title = d.get("title") or ""
            out[str(d["id"])] = f"{title}\n\n{d['text']}" if title else d["text"]
    return out


def slices(full, ev, source_text, target_text):
    """The (name, found, wanted) triples of one report's evidence."""
    e = ev["evidence"]
    cut = lambda span: full[span[0]:span[1]]
    return [("sentence", cut(e["sentence_span"]), e["sentence"]), ("source_text", cut(e["source"]), source_text),
            ("verb_text", cut(e["verb"]), e["verb_text"]), ("target_text", cut(e["target"]), target_text)]


def check_offsets(texts, coded, stored, label):
    for name, reports in (("dyad code", [(c, c["source_text"], c["target_text"]) for c in coded]),
                          ("the store", [(m, m["source_text"], m["target_text"]) for s in stored for m in s["mentions"]])):
        total = right = 0
        wrong = []
        for r, st, tt in reports:
            for part, found, wanted in slices(texts[r["doc_id"]], r, st, tt):
                total += 1
                if found == wanted:
                    right += 1
                elif len(wrong) < 3:
                    wrong.append(f"{r['doc_id']}/{r['sentence']} {part}: {found!r} != {wanted!r}")
        check(total > 0 and right == total,
              f"{label}: slicing {name}'s offsets finds the text for {right} of {total} spans "
              f"(sentence, source, verb, target of {len(reports)} reports) {'; '.join(wrong)}")


EVENT_KEYS = ["date", "action_geo", "source", "target", "code", "root", "event_name", "quad_class", "penta_class",
              "goldstein", "plover", "plover_mode", "plover_context"]
REPORT_KEYS = ["doc_id", "url", "sentence", "date_resolved", "date_precision", "source_text", "target_text", "modality", "evidence",
               "rule", "confidence", "coder", "data_version"]


def flatten(e):
    row = {}
    for k, v in e.items():
        if k == "mentions":
            continue
        if k == "action_geo":
            for g in ("name", "country_code", "admin1", "lat", "lon", "feature_type", "geonameid", "how"):
                row[f"action_geo_{g}"] = None if v is None else v[g]
        else:
            row[k] = v
    return row


def cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return None  # compared as numbers below
    return str(v)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, data=None):
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read().decode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    schema = json.load(open(os.path.join(a.source, "docs/event.schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    defs = schema["$defs"]

    def validator(name):
        return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{name}", "$defs": defs})

    coded_v, stored_v = validator("coded_event"), validator("stored_event")

    def validate(v, objs, what):
        errors = []
        for o in objs:
            for err in v.iter_errors(o):
                errors.append(f"{'/'.join(map(str, err.absolute_path))}: {err.message}")
        check(objs and not errors, f"{what}: {len(objs)} objects validate {'; '.join(errors[:3])}")

    shutil.rmtree(a.out, ignore_errors=True)
    os.makedirs(a.out)
    docs = os.path.join(a.source, "tests/contract/documents.jsonl")
    db = os.path.join(a.out, "contract.sqlite")
    coded = jsonl(run([a.dyad, "code", docs]))
    run([a.dyad, "ingest", docs, "--db", db])
    queried = jsonl(run([a.dyad, "query", "--db", db, "--format", "jsonl"]))
    exported = jsonl(run([a.dyad, "export", "--db", db, "--format", "jsonl"]))
    rows = list(csv.DictReader(run([a.dyad, "query", "--db", db, "--format", "csv"]).splitlines()))

    validate(coded_v, coded, "dyad code --format jsonl")
    validate(stored_v, queried, "dyad query --format jsonl")
    validate(stored_v, exported, "dyad export --format jsonl")
    check(queried == exported, "query and export write the same JSON objects")

    # Every coded event is a report of a stored event: the same event fields,
    # and a mention with the same report fields.
    by_report = {}
    for e in exported:
        for m in e["mentions"]:
            by_report[(m["doc_id"], m["sentence"], tuple(m["evidence"]["verb"]), e["code"], e["source"], e["target"])] = (e, m)
    unmatched = []
    for c in coded:
        hit = by_report.get((c["doc_id"], c["sentence"], tuple(c["evidence"]["verb"]), c["code"], c["source"], c["target"]))
        if not hit or any(c[k] != hit[0][k] for k in EVENT_KEYS) or any(c[k] != hit[1][k] for k in REPORT_KEYS):
            diff = [k for k in EVENT_KEYS if hit and c[k] != hit[0][k]] + [k for k in REPORT_KEYS if hit and c[k] != hit[1][k]]
            unmatched.append(f"{c['doc_id']}/{c['sentence']} {c['code']} {diff if hit else 'not stored'}")
    check(not unmatched and len(coded) == sum(len(e["mentions"]) for e in exported),
          f"each of {len(coded)} coded events is a stored mention with the same keys and values {unmatched[:3]}")

    # CSV: the JSON objects flattened, in the JSON's key order.
    flat = [flatten(e) for e in queried]
    header_ok = rows and list(rows[0].keys()) == list(flat[0].keys())
    bad = []
    for r, f in zip(rows, flat):
        for k, v in f.items():
            want = cell(v)
            if want is None:
                if abs(float(r[k]) - v) > 1e-9:
                    bad.append(f"{f['id']}.{k}")
            elif r[k] != want:
                bad.append(f"{f['id']}.{k}: {r[k]!r} != {want!r}")
    check(header_ok and len(rows) == len(flat) and not bad,
          f"query --format csv: {len(rows)} rows are the JSON objects flattened {bad[:3]}")

    texts = full_texts(docs)
    check_offsets(texts, coded, exported, "test documents")

    # A merged store and a recoded one hold the same events (ids included):
    # only the time they were stored may differ.
    def undated(objs):
        return [{k: v for k, v in o.items() if k != "date_added"} for o in objs]

    merged_db = os.path.join(a.out, "merged.sqlite")
    run([a.dyad, "merge", db, "-o", merged_db])
    merged = jsonl(run([a.dyad, "export", "--db", merged_db, "--format", "jsonl"]))
    validate(stored_v, merged, "dyad merge, then export --format jsonl")
    check(undated(merged) == undated(exported), "dyad merge keeps every event, id and mention")
    run([a.dyad, "recode", "--db", merged_db, "--all"])
    recoded = jsonl(run([a.dyad, "export", "--db", merged_db, "--format", "jsonl"]))
    validate(stored_v, recoded, "dyad recode --all, then export --format jsonl")
    check(undated(recoded) == undated(exported), "dyad recode --all with the same coder changes no event")

    # The API, on the same store.
    port = free_port()
    server = subprocess.Popen([a.dyad, "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                get(base + "/api/stats")
                break
            except OSError:
                time.sleep(0.1)
        page = get(base + "/api/events?mentions=1&limit=1000")["events"]
        validate(stored_v, page, "GET /api/events?mentions=1")
        local = [dict(e, mentions=[dict(m, source_file=os.path.basename(m["source_file"])) for m in e["mentions"]])
                 for e in exported]
        check(page == local, "GET /api/events gives the export's objects (input files by name only)")
        bare = get(base + "/api/events?limit=1000")["events"]
        validate(stored_v, bare, "GET /api/events")
        check(bare == [{k: v for k, v in e.items() if k != "mentions"} for e in local],
              "GET /api/events without mentions: the same objects without the mentions key")
        one = get(f"{base}/api/events/{exported[0]['id']}")
        validate(stored_v, [one], "GET /api/events/ID")
        check(one == local[0], "GET /api/events/ID gives the export's object")
        d = json.loads(open(docs, encoding="utf-8").readline())
        posted = get(base + "/api/code", json.dumps(d).encode("utf-8"))["events"]
        validate(coded_v, posted, "POST /api/code")
        check(posted == [c for c in coded if c["doc_id"] == d["id"]], "POST /api/code gives what dyad code gives")
    finally:
        server.terminate()
        server.wait(timeout=30)

    voa = os.path.join(a.source, "../shared/corpora/voa/voa_stories.jsonl")
    if os.path.exists(voa):
        vdb = os.path.join(a.out, "voa.sqlite")
        vcoded = jsonl(run([a.dyad, "code", voa]))
        run([a.dyad, "ingest", voa, "--db", vdb])
        vexported = jsonl(run([a.dyad, "export", "--db", vdb, "--format", "jsonl"]))
        validate(coded_v, vcoded, "VOA: dyad code")
        validate(stored_v, vexported, "VOA: dyad export")
        check_offsets(full_texts(voa), vcoded, vexported, "VOA stories")
    else:
        print("note: ../shared/corpora/voa is absent: the offsets are checked on the test documents only")

    if failures:
        print(f"{len(failures)} checks failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
