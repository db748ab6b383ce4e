"""dyad.dask on a distributed.LocalCluster of 2 worker processes on loopback.

The VOA stories (../shared) split into 8 files are coded on the cluster: the
events must be the events of one `dyad code` run over the same input (as a
set); with a worker killed in the middle, the result is still complete and
has no duplicates; writes to PostgreSQL are idempotent when a partition is
retried or runs twice at once.
"""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import cli_path, jsonl, run_cli

pytest.importorskip("pandas", reason="Debian's python3-pandas is not installed")
pytest.importorskip("dask.dataframe", reason="Debian's python3-dask is not installed: dyad.dask cannot be tested")
distributed = pytest.importorskip("distributed",
                                  reason="Debian's python3-distributed is not installed: no LocalCluster to test on")
import dyad  # noqa: E402
import dyad.dask  # noqa: E402
from dyad.frame import events_frame  # noqa: E402


def make_cluster():
    return distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                    dashboard_address=None, silence_logs=40)


@pytest.fixture(scope="module")
def cluster():
    c = make_cluster()
    yield c
    c.close()


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def split(voa, tmp_path_factory):
    """voa_stories.jsonl in 8 files of consecutive stories (input order kept)."""
    with open(voa, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    folder = tmp_path_factory.mktemp("voa8")
    size = -(-len(lines) // 8)
    paths = []
    for i in range(8):
        p = folder / f"part-{i}.jsonl"
        p.write_text("".join(lines[i * size:(i + 1) * size]), encoding="utf-8")
        paths.append(str(p))
    return paths


@pytest.fixture(scope="module")
def expected(voa, cli):
    out, err, rc = run_cli("code", voa)
    assert rc == 0, err
    return out


def rows(frame):
    """The frame's rows as a multiset (sorted list) of tuples of text."""
    frame = frame.reset_index(drop=True)
    return sorted(tuple(str(v) for v in r) for r in frame.astype(str).itertuples(index=False))


def test_cluster_events_equal_one_dyad_code_run(client, split, expected):
    frame = dyad.dask.code(split, client=client).compute()
    want = events_frame(jsonl(expected))
    assert len(want) > 100
    assert rows(frame) == rows(want)
    # The library's own lines too (what `dyad dask` writes), in input order.
    results = dyad.dask.code_lines(split, client)
    assert b"".join(lines for lines, _ in results) == expected
    assert sum(acc["read"] for _, acc in results) == sum(sum(1 for line in open(p) if line.strip()) for p in split)


def test_each_worker_loads_one_coder(client, split):
    dyad.dask.code(split, client=client, partition_size=1).compute()
    loaded = client.run(lambda: __import__("dyad.dask").dask.coders_loaded)
    assert len(loaded) == 2
    assert all(n <= 1 for n in loaded.values()), f"a Coder per worker process, reused: {loaded}"
    assert sum(loaded.values()) >= 1


def test_a_bag_of_documents(client, voa, expected):
    import dask.bag as db

    with open(voa, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    frame = dyad.dask.code(db.from_sequence(docs, npartitions=8), client=client).compute()
    assert rows(frame) == rows(events_frame(jsonl(expected)))


def test_dyad_dask_command(cluster, split, expected, tmp_path):
    out = tmp_path / "events.jsonl"
    env = dict(os.environ, DYAD_PYTHON=sys.executable)
    r = subprocess.run([cli_path(), "dask", "--scheduler", cluster.scheduler_address, "-o", str(out), *split],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=600)
    assert r.returncode == 0, r.stderr.decode()
    assert out.read_bytes() == expected
    assert "documents read" in r.stderr.decode()
    bad = subprocess.run([cli_path(), "dask", *split], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert bad.returncode == 2, "--scheduler is required"


def kill_one_worker_when_running(client, futures):
    """Waits until a partition is done and others are running, then kills a worker process (SIGKILL)."""
    deadline = time.time() + 300
    while not any(f.done() for f in futures):
        assert time.time() < deadline, "no partition finished"
        time.sleep(0.05)
    assert not all(f.done() for f in futures), "the run ended before a worker could be killed"
    pids = client.run(os.getpid)
    victim = sorted(pids)[0]
    os.kill(pids[victim], signal.SIGKILL)
    return victim


def test_a_killed_worker_leaves_the_result_complete(voa, split, expected):
    import dask

    cluster = make_cluster()
    try:
        with distributed.Client(cluster) as client:
            frame = dyad.dask.code(split, client=None)
            parts = frame.to_delayed()
            futures = client.compute(parts)
            kill_one_worker_when_running(client, futures)
            result = [f.result() for f in futures]
            import pandas as pd

            got = pd.concat(result)
            assert rows(got) == rows(events_frame(jsonl(expected))), "complete, no duplicates"
    finally:
        cluster.close()


def test_postgres_writes_are_idempotent(client, split, postgres, cli):
    loc = postgres
    total = dyad.dask.code(split, client=client, store=loc)
    assert total["documents_added"] > 0 and total["rejected"] == 0
    store = dyad.Store(loc)
    before = store.stats()
    # A retried partition, and a partition run twice at once (a retry racing
    # the worker it replaced), add nothing.
    again = dyad.dask.code(split[:2], client=client, store=loc)
    assert again["documents_added"] == 0 and again["events_added"] == 0 and again["mentions_added"] == 0
    coder_options = dyad.dask._options()
    read_options = {"fields": None, "date": None, "keep_duplicates": False, "all_languages": False}
    twice = [client.submit(dyad.dask.ingest_partition, [split[3]], loc, coder_options, read_options, True,
                           pure=False, workers=[w]) for w in client.scheduler_info()["workers"]]
    assert all(r["documents_added"] == 0 for r in client.gather(twice))
    assert store.stats() == before
    store.check()


def test_postgres_with_a_killed_worker_has_no_duplicates(voa, split, postgres, cli, tmp_path):
    import dask

    reference = tmp_path / "ref.sqlite"
    run_cli("ingest", "--db", str(reference), *split)
    want = dyad.Store(str(reference), read_only=True)
    cluster = make_cluster()
    try:
        with distributed.Client(cluster) as client:
            coder_options = dyad.dask._options()
            read_options = {"fields": None, "date": None, "keep_duplicates": False, "all_languages": False}
            futures = [client.submit(dyad.dask.ingest_partition, [p], postgres, coder_options, read_options, True,
                                     pure=False) for p in split]
            kill_one_worker_when_running(client, futures)
            client.gather(futures)
    finally:
        cluster.close()
    store = dyad.Store(postgres)
    store.check()
    assert store.stats() == want.stats()
    key = ["date", "source", "target", "code", "action_geo_name"]
    got, exp = store.query(), want.query()
    assert not got.duplicated(key).any()
    assert rows(got[key + ["num_mentions", "num_articles"]].sort_values(key)) == \
        rows(exp[key + ["num_mentions", "num_articles"]].sort_values(key))
