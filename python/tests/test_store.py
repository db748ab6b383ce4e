"""dyad.Store on SQLite and PostgreSQL against the CLI's ingest, query, series and export."""
import io
import json
import os

import pytest

from conftest import EXAMPLES, jsonl, run_cli

pd = pytest.importorskip("pandas", reason="Debian's python3-pandas is not installed: frames cannot be tested")
import dyad  # noqa: E402

WIRE = os.path.join(EXAMPLES, "wire.jsonl")
TXT = os.path.join(EXAMPLES, "border-talks.txt")


def wire_docs():
    with open(WIRE, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "py.sqlite")
    return request.getfixturevalue("postgres")


def test_ingest_is_idempotent_and_matches_the_cli(location, coder, cli, tmp_path):
    store = dyad.Store(location)
    first = store.ingest(wire_docs(), coder=coder)
    assert first["documents_added"] == 3 and first["events_added"] > 0
    again = store.ingest(wire_docs(), coder=coder)
    assert again["documents_added"] == 0 and again["documents_skipped"] == 3
    assert again["events_added"] == 0 and again["mentions_added"] == 0
    assert again["account"]["stored"] == 3
    files = store.ingest(paths=[TXT], coder=coder)
    assert files["documents_added"] == 1
    store.check()
    # The CLI's store from the same input.
    other = str(tmp_path / "cli.sqlite")
    run_cli("ingest", "--db", other, WIRE, TXT)
    ours = store.query()
    theirs = dyad.Store(other, read_only=True).query()
    cols = ["date", "source", "target", "code", "root", "quad_class", "goldstein", "num_mentions", "action_geo_name"]
    key = ["date", "source", "target", "code"]
    pd.testing.assert_frame_equal(ours[cols].sort_values(key).reset_index(drop=True),
                                  theirs[cols].sort_values(key).reset_index(drop=True))
    assert store.stats() == {"documents": 4, "events": len(ours), "mentions": store.stats()["mentions"]}
    assert store.backend == ("sqlite" if "://" not in location else "postgresql")


def test_query_series_export_equal_the_cli(tmp_path, coder, cli):
    db = str(tmp_path / "q.sqlite")
    run_cli("ingest", "--db", db, WIRE, TXT)
    store = dyad.Store(db, read_only=True)
    out, _, _ = run_cli("query", "--db", db, "--format", "csv", "--dyad", "IND,CHN")
    frame = store.query(dyad=("IND", "CHN"))
    assert len(frame) == out.decode().count("\n") - 1 > 0
    assert str(frame["code"].dtype) == "string" and str(frame["id"].dtype) == "Int64"
    assert str(frame["date"].dtype).startswith("datetime64")
    assert store.query(dyad="IND,CHN").equals(frame)
    for fmt in ("gdelt", "phoenix", "jsonl"):
        expected, _, _ = run_cli("export", "--db", db, "--format", fmt)
        buf = io.BytesIO()
        n = store.export(fmt, buf)
        assert buf.getvalue() == expected and n == expected.count(b"\n")
    path = tmp_path / "events.gdelt.tsv"
    store.export("gdelt", str(path))
    assert path.read_bytes() == run_cli("export", "--db", db, "--format", "gdelt")[0]
    series = store.series(("IND", "CHN"), by="month")
    csv, _, _ = run_cli("series", "--db", db, "--dyad", "IND,CHN", "--format", "csv")
    assert len(series) == csv.decode().count("\n") - 1
    assert list(series.columns) == csv.decode().splitlines()[0].split(",")
    assert str(series["events"].dtype) == "Int64"
    events = store.events(dyad=("IND", "CHN"))
    assert events == jsonl(run_cli("query", "--db", db, "--format", "jsonl", "--dyad", "IND,CHN")[0])
    assert events and "mentions" in events[0]


def test_read_gdelt_and_phoenix_typed(tmp_path, cli):
    db = str(tmp_path / "r.sqlite")
    run_cli("ingest", "--db", db, WIRE, TXT)
    store = dyad.Store(db, read_only=True)
    g, p = tmp_path / "e.gdelt.tsv", tmp_path / "e.phoenix.tsv"
    store.export("gdelt", str(g))
    store.export("phoenix", str(p))
    gdelt = dyad.read_gdelt(str(g))
    assert gdelt.shape == (len(store.query()), 61)
    assert str(gdelt["EventCode"].dtype) == "string" and all(len(c) >= 3 for c in gdelt["EventCode"])
    assert str(gdelt["EventRootCode"].dtype) == "string" and all(len(c) == 2 for c in gdelt["EventRootCode"])
    assert str(gdelt["SQLDATE"].dtype).startswith("datetime64")
    assert str(gdelt["NumMentions"].dtype) == "Int64" and str(gdelt["GoldsteinScale"].dtype) == "float64"
    phoenix = dyad.read_phoenix(str(p))
    assert phoenix.shape == (len(gdelt), 26)
    assert str(phoenix["EventCode"].dtype) == "string" and str(phoenix["Date"].dtype).startswith("datetime64")
    bad = tmp_path / "bad.tsv"
    bad.write_text("\t".join(["x"] * 70) + "\n")
    with pytest.raises(ValueError, match="70 columns, not the 26"):
        dyad.read_phoenix(str(bad))
    empty = tmp_path / "empty.tsv"
    empty.write_text("")
    assert list(dyad.read_gdelt(str(empty)).columns) == list(gdelt.columns)


def test_store_errors_are_exceptions(tmp_path):
    db = str(tmp_path / "e.sqlite")
    dyad.Store(db).ingest([{"id": "a", "text": "Russian troops attacked Ukrainian positions near Kharkiv on Monday.",
                            "date": "2024-05-06"}])
    store = dyad.Store(db, read_only=True)
    with pytest.raises(ValueError, match="must be a date"):
        store.query(from_="May 2024")
    with pytest.raises(ValueError, match="three-letter"):
        store.query(source="RU")
    with pytest.raises(ValueError):
        store.query(source="ZZZ")  # an actor no event has: named, not an empty answer
    with pytest.raises(TypeError, match="unknown filter"):
        store.query(sauce="RUS")
    with pytest.raises(ValueError, match="format"):
        store.export("xml", io.BytesIO())
    with pytest.raises(ValueError, match="quad"):
        store.query(quad=9)
    other = tmp_path / "other.sqlite"
    import sqlite3
    con = sqlite3.connect(other)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(ValueError):
        dyad.Store(str(other))
    with pytest.raises(dyad.DocumentError, match="record has no"):
        dyad.Store(db).ingest([{"id": "b"}])
