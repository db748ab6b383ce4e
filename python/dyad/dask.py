"""dyad.dask: coding a corpus spread over many files on a Dask cluster.

    from distributed import Client
    import dyad.dask
    client = Client("tcp://scheduler:8786")
    events = dyad.dask.code(["news/2024-01.jsonl", "news/2024-02.warc.gz", ...], client=client)
    events.groupby("root").size().compute()
    dyad.dask.code(paths, client=client, store="postgresql://host/db")   # or write to a store

Each worker process loads one Coder (and opens one store connection) the
first time it codes, and reuses it for every later partition: the load
(about a second) is paid once per process, not per partition. A partition is
`partition_size` input files (JSON Lines, WARC, HTML, text, compressed, or
folders), read and coded by the library as ``dyad code`` reads them, or a
partition of a dask bag of document dicts.

Writing to a store is idempotent: a store keys documents by their content
and skips those it holds, and writes each batch in one transaction, so a
partition that is retried after its worker died adds nothing twice
(PostgreSQL resolves concurrent writers of one event by its constraints).

Duplicates (the same URL or text) are dropped within a partition; across
partitions the store drops them (store=), a DataFrame result keeps them.

``python3 -m dyad.dask --scheduler tcp://HOST:PORT FILES...`` (and ``dyad
dask``) writes the events as ``dyad code`` does.
"""
import argparse
import logging
import os
import sys
import threading

from .coder import Coder
from .frame import events_frame

_log = logging.getLogger("dyad.dask")
_lock = threading.Lock()
_coders = {}  # per worker process: options -> Coder
_stores = {}  # per worker process and thread: location -> Store
coders_loaded = 0  # how many Coders this process loaded (the tests read it)


def _options(data_dir=None, petrarch=None, min_confidence=0.0, unknown_sides=False):
    return {"data_dir": data_dir, "petrarch": petrarch, "min_confidence": min_confidence,
            "unknown_sides": unknown_sides}


def worker_coder(coder_options):
    """This process's Coder for these options, loaded on first use and kept."""
    global coders_loaded
    key = repr(sorted(coder_options.items()))
    with _lock:
        coder = _coders.get(key)
        if coder is None:
            coder = Coder(threads=1, **coder_options)
            _coders[key] = coder
            coders_loaded += 1
        return coder


def worker_store(location):
    """This process's connection to the store (one per thread: a connection is not shared)."""
    from .store import Store

    key = (location, threading.get_ident())
    with _lock:
        store = _stores.get(key)
        if store is None:
            store = Store(location)
            _stores[key] = store
        return store


def _read(read_options):
    return {k: read_options[k] for k in ("fields", "date", "keep_duplicates", "all_languages")}


def _log_account(account):
    for p in account["problems"]:
        if p["rejected"]:
            _log.warning("dyad: %s:%s: %s", p["file"], p["line"], p["reason"])


def code_paths_partition(paths, coder_options, read_options):
    """One partition of files: a DataFrame of their events."""
    events, account = worker_coder(coder_options).code_files(paths, **_read(read_options))
    _log_account(account)
    return events_frame(events)


def code_docs_partition(docs, coder_options, read_options):
    """One partition of a bag of document dicts: a DataFrame of their events."""
    events, account = worker_coder(coder_options).code_documents(list(docs), errors="ignore",
                                                                **_read(read_options))
    _log_account(account)
    return events_frame(events)


def code_lines_partition(paths, coder_options, read_options):
    """One partition of files: the library's JSON Lines (what ``dyad code`` writes) and the account."""
    out, account = worker_coder(coder_options).code_files_jsonl(paths, **_read(read_options))
    return out, account


def ingest_partition(paths_or_docs, location, coder_options, read_options, from_paths):
    """One partition into the store; the counts (with the account)."""
    store = worker_store(location)
    coder = worker_coder(coder_options)
    if from_paths:
        return store.ingest(paths=paths_or_docs, coder=coder, errors="ignore", **_read(read_options))
    return store.ingest(list(paths_or_docs), coder=coder, errors="ignore", **_read(read_options))


def meta():
    """An empty events frame with the columns and types of every partition."""
    return events_frame([])


def _partitions(paths, partition_size):
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.path.abspath(os.fspath(p)) for p in paths]
    size = max(1, int(partition_size or 1))
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def code(paths_or_bag, client=None, partition_size=None, store=None, fields=None, date=None,
         keep_duplicates=False, all_languages=False, data_dir=None, petrarch=None, min_confidence=0.0,
         unknown_sides=False):
    """Codes a corpus on Dask.

    paths_or_bag: input files (a path or a list; each partition reads
    `partition_size` of them, default 1, so the paths must be readable
    from the workers), or a dask.bag of document dicts (its own
    partitions). Without `store`, returns a dask DataFrame of events (the
    columns of Coder.code_frame), persisted on `client` when one is given.
    With `store` (a SQLite path or a postgresql:// URI), writes the events
    there and returns the summed counts (documents_added,
    documents_skipped, events_added, mentions_added, documents read,
    rejected). The other arguments are Coder's and code_frame's.
    """
    import dask
    import dask.bag as db
    import dask.dataframe as dd

    coder_options = _options(data_dir, petrarch, min_confidence, unknown_sides)
    read_options = {"fields": fields, "date": date, "keep_duplicates": keep_duplicates,
                    "all_languages": all_languages}
    is_bag = isinstance(paths_or_bag, db.Bag)
    if is_bag:
        parts = paths_or_bag.to_delayed()
    else:
        parts = _partitions(paths_or_bag, partition_size)
    if store is not None:
        location = os.fspath(store)
        if not location.startswith(("postgresql://", "postgres://")):
            location = os.path.abspath(location)
        tasks = [dask.delayed(ingest_partition, pure=False)(p, location, coder_options, read_options, not is_bag)
                 for p in parts]
        results = client.gather(client.compute(tasks)) if client is not None else dask.compute(*tasks)
        total = {"documents_added": 0, "documents_skipped": 0, "events_added": 0, "mentions_added": 0,
                 "read": 0, "rejected": 0, "problems": []}
        for r in results:
            for k in ("documents_added", "documents_skipped", "events_added", "mentions_added"):
                total[k] += r[k]
            total["read"] += r["account"]["read"]
            total["rejected"] += r["account"]["rejected"]
            total["problems"] += r["account"]["problems"]
        return total
    fn = code_docs_partition if is_bag else code_paths_partition
    tasks = [dask.delayed(fn, pure=True)(p, coder_options, read_options) for p in parts]
    frame = dd.from_delayed(tasks, meta=meta(), verify_meta=False)
    return client.persist(frame) if client is not None else frame


def code_lines(paths, client, partition_size=None, **options):
    """The events of files as ``dyad code`` writes them (JSON Lines bytes, input order) and the accounts."""
    import dask

    coder_keys = ("data_dir", "petrarch", "min_confidence", "unknown_sides")
    coder_options = _options(**{k: options[k] for k in coder_keys if k in options})
    read_options = {"fields": options.get("fields"), "date": options.get("date"),
                    "keep_duplicates": options.get("keep_duplicates", False),
                    "all_languages": options.get("all_languages", False)}
    tasks = [dask.delayed(code_lines_partition, pure=True)(p, coder_options, read_options)
             for p in _partitions(paths, partition_size)]
    return client.gather(client.compute(tasks))


def _summary(accounts):
    keys = ("read", "coded", "empty", "rejected", "duplicates", "skipped_language", "events")
    t = {k: sum(a[k] for a in accounts) for k in keys}
    lines = [f"dyad: {t['read']} documents read, {t['coded']} coded, {t['empty']} empty, {t['rejected']} rejected, "
             f"{t['duplicates']} duplicates (within a partition), {t['skipped_language']} skipped (not English); "
             f"{t['events']} events"]
    for a in accounts:
        for p in a["problems"]:
            where = f"{p['file']}:{p['line']}" if p["line"] else p["file"]
            lines.append(f"dyad: {'rejected' if p['rejected'] else 'warning'}: {where}: {p['reason']}")
    return "\n".join(lines) + "\n", t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="dyad dask", description="Code documents on a Dask cluster "
                                 "(events as dyad code writes them, or into a store with --db)")
    ap.add_argument("inputs", nargs="+", help="input files or folders, readable from every worker")
    ap.add_argument("--scheduler", required=True, help="the Dask scheduler, tcp://HOST:PORT")
    ap.add_argument("-o", "--output", help="write the events to this file instead of standard output")
    ap.add_argument("--db", help="store the events here (SQLite file or postgresql:// URI) instead")
    ap.add_argument("--partition-size", type=int, default=1, help="input files per partition (default 1)")
    ap.add_argument("--field", action="append", default=[], help="TARGET=NAME, as dyad code --field")
    ap.add_argument("--date", help="default publication date (YYYY-MM-DD)")
    ap.add_argument("--data", help="dyad data directory on the workers")
    ap.add_argument("--keep-duplicates", action="store_true")
    ap.add_argument("--all-languages", action="store_true")
    a = ap.parse_args(argv)
    fields = {}
    for f in a.field:
        target, eq, name = f.partition("=")
        if not eq or not name:
            ap.error(f"--field {f}: expected TARGET=NAME")
        fields[target] = name
    try:
        from distributed import Client
    except ImportError as e:
        print(f"dyad: dask needs Debian's python3-distributed ({e})", file=sys.stderr)
        return 1
    options = dict(fields=fields or None, date=a.date, keep_duplicates=a.keep_duplicates,
                   all_languages=a.all_languages, data_dir=a.data)
    try:
        client = Client(a.scheduler, timeout="30s")
    except (OSError, TimeoutError) as e:
        print(f"dyad: cannot reach the scheduler {a.scheduler}: {e}", file=sys.stderr)
        return 1
    try:
        if a.db:
            r = code(a.inputs, client=client, partition_size=a.partition_size, store=a.db, **options)
            print(f"dyad: store {a.db if '://' not in a.db else '(postgresql)'}: {r['documents_added']} new documents "
                  f"({r['documents_skipped']} already stored), {r['events_added']} new events, "
                  f"{r['mentions_added']} mentions; {r['read']} documents read, {r['rejected']} rejected",
                  file=sys.stderr)
            return 1 if r["rejected"] else 0
        results = code_lines(a.inputs, client, a.partition_size, **options)
        out = open(a.output, "wb") if a.output else sys.stdout.buffer
        try:
            for lines, _ in results:
                out.write(lines)
            out.flush()
        finally:
            if a.output:
                out.close()
        summary, totals = _summary([acc for _, acc in results])
        sys.stderr.write(summary)
        return 1 if totals["rejected"] else 0
    except ValueError as e:
        print(f"dyad: {e}", file=sys.stderr)
        return 1
    finally:
        client.close()


if __name__ == "__main__":
    # Run as `python3 -m dyad.dask`: this file is __main__, whose functions
    # Dask would ship by value (with this module's locks); the package's own
    # module is the one workers import.
    from dyad.dask import main as _main

    sys.exit(_main())
