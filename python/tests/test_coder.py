"""dyad.Coder against the CLI: the same events (every key, evidence included),
the same explain/actors/parse output, typed frames, errors as exceptions."""
import json
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import EXAMPLES, jsonl, run_cli

pd = pytest.importorskip("pandas", reason="Debian's python3-pandas is not installed: frames cannot be tested")
import dyad  # noqa: E402

WIRE = os.path.join(EXAMPLES, "wire.jsonl")


def wire_docs():
    with open(WIRE, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_code_gives_the_cli_events_key_for_key(coder, cli):
    for doc in wire_docs():
        one = [json.dumps(doc)]
        path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"dyad-py-{os.getpid()}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(one[0] + "\n")
        expected = jsonl(run_cli("code", path)[0])
        os.remove(path)
        got = coder.code(doc["text"], title=doc.get("title"), date=doc.get("date"), url=doc.get("url"),
                         doc_id=doc["id"])
        assert got == expected, doc["id"]
        assert got, f"{doc['id']} has events"


def test_code_documents_equals_dyad_code_on_the_file(coder, cli):
    expected = jsonl(run_cli("code", WIRE)[0])
    events, account = coder.code_documents(wire_docs())
    assert events == expected
    assert account["coded"] == 3 and account["rejected"] == 0
    assert all("evidence" in e and "sentence" in e["evidence"] for e in events)


def test_code_files_reads_as_the_cli_does(coder, cli):
    txt = os.path.join(EXAMPLES, "border-talks.txt")
    expected = jsonl(run_cli("code", WIRE, txt)[0])
    events, account = coder.code_files([WIRE, txt])
    assert events == expected
    assert account["read"] == 4


def test_explain_actors_parse_mirror_the_cli(coder, cli):
    doc = wire_docs()[0]
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"dyad-py-explain-{os.getpid()}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(doc) + "\n")
    try:
        args = dict(title=doc["title"], date=doc["date"], url=doc["url"], doc_id=doc["id"])
        assert coder.explain(doc["text"], sentence=1, **args) == run_cli("explain", path, "--sentence", "1")[0].decode()
        assert coder.explain(doc["text"], **args) == run_cli("explain", path)[0].decode()
        assert coder.actors(doc["text"], **args) == jsonl(run_cli("actors", "--format", "jsonl", path)[0])
        assert dyad.actors(doc["text"], coder=coder, **args) == coder.actors(doc["text"], **args)
        assert dyad.parse(doc["text"], coder=coder, **args) == jsonl(run_cli("parse", "--format", "jsonl", path)[0])
    finally:
        os.remove(path)
    with pytest.raises(ValueError, match="has 2 sentences"):
        coder.explain("Russia condemned Ukraine.", title="A title", sentence=7)


def test_code_frame_types_and_leading_zeros(coder):
    frame = coder.code_frame(wire_docs())
    assert len(frame) == len(coder.code_documents(wire_docs())[0])
    assert str(frame["code"].dtype) == "string" and str(frame["root"].dtype) == "string"
    assert all(len(r) == 2 for r in frame["root"]), "roots keep their leading zero"
    assert any(c.startswith("0") for c in frame["code"]), "some codes start with 0 (e.g. 051, 112 ...)"
    assert str(frame["sentence"].dtype) == "Int64" and str(frame["quad_class"].dtype) == "Int64"
    assert str(frame["goldstein"].dtype) == "float64" and str(frame["confidence"].dtype) == "float64"
    assert str(frame["date"].dtype).startswith("datetime64")
    assert str(frame["date_resolved"].dtype) == "boolean"
    assert isinstance(frame["evidence"].iloc[0], dict)
    assert frame.attrs["account"]["coded"] == 3


def test_frame_columns_are_the_library_keys(coder):
    from dyad.frame import EVENT_COLUMNS, GEO_KEYS

    events = coder.code_documents(wire_docs())[0]
    keys = []
    for k in events[0]:
        keys += ["action_geo_" + g for g in GEO_KEYS] if k == "action_geo" else [k]
    assert tuple(keys) == EVENT_COLUMNS
    geo = next(e["action_geo"] for e in events if e["action_geo"])
    assert tuple(geo) == GEO_KEYS
    empty = coder.code_frame([])
    assert list(empty.columns) == list(EVENT_COLUMNS) and len(empty) == 0


def test_code_frame_maps_columns_and_uses_the_index(coder):
    docs = wire_docs()
    renamed = pd.DataFrame({"body": [d["text"] for d in docs], "headline": [d["title"] for d in docs],
                            "pubDate": pd.to_datetime([d["date"] for d in docs])},
                           index=[d["id"] for d in docs])
    frame = coder.code_frame(renamed, fields={"text": "body", "title": "headline", "date": "pubDate"})
    expected = coder.code_frame(docs)
    cols = ["doc_id", "sentence", "source", "target", "code", "date"]
    pd.testing.assert_frame_equal(frame[cols].reset_index(drop=True), expected[cols].reset_index(drop=True))
    with pytest.raises(ValueError, match="unknown field target"):
        coder.code_frame(renamed, fields={"body": "text"})
    # Missing cells (None, NaN, NaT, pandas' NA) leave their field out, as an absent key would.
    gaps = pd.DataFrame({"text": [docs[0]["text"]], "title": pd.array([None], dtype="string"),
                         "date": [pd.NaT], "url": [float("nan")]}, index=["gap"])
    assert coder.code_frame(gaps)["doc_id"].tolist() == coder.code_frame(
        [{"id": "gap", "text": docs[0]["text"]}])["doc_id"].tolist()


def test_bad_documents_are_named_and_the_rest_is_coded(coder, cli, tmp_path):
    docs = wire_docs()
    bad = [docs[0], {"id": "no-text"}, {"id": "bad-date", "text": "Russia attacked Ukraine.", "date": "2025-02-30"},
           docs[1]]
    with pytest.raises(dyad.DocumentError) as e:
        coder.code_frame(bad)
    msg = str(e.value)
    assert "document 1: record has no \"text\"" in msg
    assert "document 2: \"date\" is not a date: \"2025-02-30\"" in msg
    assert isinstance(e.value, ValueError)
    frame = e.value.result
    assert set(frame["doc_id"]) == {docs[0]["id"], docs[1]["id"]}
    # The same account as the CLI over the same records.
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in bad), encoding="utf-8")
    out, err, rc = run_cli("code", str(path))
    assert rc == 1
    assert "2 rejected" in err and "3 coded" not in err
    acc = e.value.account
    assert (acc["read"], acc["coded"], acc["rejected"]) == (4, 2, 2)
    assert f"{acc['read']} documents read, {acc['coded']} coded, {acc['empty']} empty, {acc['rejected']} rejected" in err
    with pytest.warns(UserWarning, match="2 of 4 documents rejected"):
        assert len(coder.code_frame(bad, errors="warn")) == len(frame)


def test_errors_are_exceptions_with_the_library_message(coder, tmp_path):
    with pytest.raises(ValueError, match="not a date"):
        coder.code("Russia attacked Ukraine.", date="yesterday")
    with pytest.raises(ValueError, match="no dyad data|cannot|not"):
        dyad.Coder(data_dir=str(tmp_path / "nowhere"))
    with pytest.raises(TypeError):
        coder.code(42)
    with pytest.raises(TypeError):
        coder.code_frame("one string")
    with pytest.raises(ValueError):
        dyad.Coder(threads=0)
    with pytest.raises(ValueError, match="unknown petrarch keys"):
        dyad.Coder(petrarch={"verb": "x"})


def test_petrarch_dictionaries_as_the_cli(tmp_path, cli):
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("this is not a PETRARCH dictionary\n")
    c = dyad.Coder(petrarch={"verbs": str(verbs)})
    assert c.load_notes, "an unusable dictionary line is a load note, not a crash"


def test_threads_share_one_coder(coder):
    docs = wire_docs()
    expected = [coder.code(d["text"], title=d["title"], date=d["date"], doc_id=d["id"]) for d in docs]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: coder.code(docs[i % 3]["text"], title=docs[i % 3]["title"],
                                                     date=docs[i % 3]["date"], doc_id=docs[i % 3]["id"]),
                                range(24)))
    for i, r in enumerate(results):
        assert r == expected[i % 3]


def test_code_releases_the_gil(coder):
    # With a switch interval of an hour a thread gives up the GIL only when it
    # blocks or releases it. The main thread wakes from wait() only when the
    # coding thread lets go of the GIL: if coding held it, the thread would
    # have finished (done is set) before the main thread could look.
    # (The coding lasts long enough, some tens of milliseconds, for a busy
    # machine to schedule the main thread while it runs; and a try in which
    # the scheduler was slower still is tried again: a coder that held the
    # GIL would fail every try.)
    text = " ".join(d["text"] for d in wire_docs()) * 400
    old = sys.getswitchinterval()

    def one_try():
        started, done = threading.Event(), []

        def work():
            started.set()
            coder.code(text, date="2022-03-02")
            done.append(True)

        sys.setswitchinterval(3600)
        try:
            t = threading.Thread(target=work)
            t.start()
            started.wait()
            seen_running = not done
        finally:
            sys.setswitchinterval(old)
        t.join()
        return seen_running

    assert any(one_try() for _ in range(3)), "another thread ran while the coder worked"


def test_non_english_is_skipped_as_in_the_cli(coder):
    text = "Le gouvernement français a condamné l'attaque contre les civils dans la capitale du pays."
    assert coder.code(text * 3) == []
    assert coder.code_documents([{"id": "fr", "text": text * 3}])[1]["skipped_language"] == 1
