"""dyad.Store: the event store (SQLite file or PostgreSQL), as ``dyad ingest/query/series/export``.

A Store is one connection to the store (the library's EventStore): ingest
codes documents with a Coder and writes them, skipping documents the store
holds already (a document is its content: its normalised text and URL), one
transaction per batch, so that ingesting again adds nothing. query, series
and export give what the CLI's commands write, as DataFrames or files.
Threads sharing one Store take turns; use one Store per process.
"""
import io
import json
import os

import pandas as pd

from . import _dyad
from .coder import _BATCH_NAME, Coder, check_account, default_data_dir
from .documents import read_settings, to_jsonl
from .frame import csv_frame

_FILTERS = ("source", "target", "dyad", "directed", "code", "root", "quad", "actor_type", "country", "near",
            "from_", "to", "limit")


def _filter(filters):
    unknown = set(filters) - set(_FILTERS)
    if unknown:
        raise TypeError(f"unknown filter {', '.join(sorted(unknown))} (filters: {', '.join(_FILTERS)})")
    f = dict(filters)
    if "from_" in f:
        f["from"] = f.pop("from_")
    for key in ("from", "to"):
        if f.get(key) is not None and not isinstance(f[key], str):
            f[key] = f[key].isoformat()[:10]  # a date or Timestamp
    if isinstance(f.get("dyad"), str):
        f["dyad"] = f["dyad"].split(",")
    return f


class Store:
    """``Store(path_or_url)``: a SQLite file (created when missing) or a postgresql:// URI.

    read_only=True opens it as query, series and export do (nothing is
    created or changed; a store in a read-only folder can be read).
    Filters (query, series, export, events) are those of ``dyad query``:
    source, target, dyad=("A", "B"), directed, code ("0311" or "03*"), root,
    quad (1-4), actor_type, country, near=(lat, lon, km), from_, to, limit.
    """

    def __init__(self, path_or_url, read_only=False):
        # The exports read dyad's data (actor names, FIPS country codes) from
        # share/dyad beside the running program, else $DYAD_DATA: the
        # program is Python here, so the package's data is named there.
        if default_data_dir():
            os.environ.setdefault("DYAD_DATA", default_data_dir())
        self.location = os.fspath(path_or_url)
        self._lib = _dyad.Store(self.location, bool(read_only))
        self._coder = None

    @property
    def backend(self):
        """"sqlite" or "postgresql"."""
        return self._lib.backend

    def ingest(self, docs=None, coder=None, paths=(), fields=None, date=None, keep_duplicates=False,
               all_languages=False, batch=256, errors="raise"):
        """Codes documents and stores them (``dyad ingest``); returns the counts.

        docs: dicts or a DataFrame (as Coder.code_frame), and/or paths:
        files read as ``dyad ingest FILES`` reads them. coder: a Coder
        (default: one made for this store, once). Documents the store holds
        are not coded again and add nothing. Returns a dict: documents_added,
        documents_skipped, events_added, mentions_added, and the run's
        account. Rejected documents raise DocumentError (its `result` has
        the counts) after the rest was stored.
        """
        if coder is None:
            if self._coder is None:
                self._coder = Coder()
            coder = self._coder
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        jsonl, labels = to_jsonl(docs if docs is not None else [], fields)
        settings = read_settings(fields, date, keep_duplicates, all_languages)
        counts, account = self._lib.ingest(coder._lib, jsonl, _BATCH_NAME, [os.fspath(p) for p in paths],
                                           settings, int(batch))
        counts = dict(counts, account=account)
        check_account(account, labels, counts, errors)
        return counts

    def query(self, **filters):
        """Stored events matching the filters, in (date, id) order: ``dyad query --format csv`` as a DataFrame."""
        return csv_frame(self._lib.write("csv", _filter(filters)).decode("utf-8"))

    def events(self, **filters):
        """Stored events with their mentions and evidence, as dicts (``dyad query --format jsonl``)."""
        out = self._lib.write("jsonl", _filter(filters)).decode("utf-8")
        return [json.loads(line) for line in out.splitlines() if line]

    def series(self, dyad, by="month", **filters):
        """Events between two actors per day, week or month (``dyad series --format csv``) as a DataFrame."""
        f = _filter(dict(filters, dyad=dyad))
        text = self._lib.series(f, by).decode("utf-8")
        frame = pd.read_csv(io.StringIO(text), dtype={"period": "string"})
        for c in ("q1", "q2", "q3", "q4", "events"):
            frame[c] = frame[c].astype("Int64")
        for c in ("goldstein_sum", "goldstein_mean", "coop_minus_conflict"):
            frame[c] = frame[c].astype("float64")
        return frame

    def export(self, format, file, **filters):
        """Writes stored events as ``dyad export --format FORMAT``: gdelt, phoenix or jsonl.

        file: a path or a binary/text file object. Returns the number of
        events written.
        """
        if format not in ("gdelt", "phoenix", "jsonl"):
            raise ValueError(f'format must be gdelt, phoenix or jsonl, not "{format}"')
        data = self._lib.write(format, _filter(filters))
        if hasattr(file, "write"):
            try:
                file.write(data)
            except TypeError:
                file.write(data.decode("utf-8"))
        else:
            with open(file, "wb") as f:
                f.write(data)
        return data.count(b"\n")

    def stats(self):
        """Documents, events and mentions stored."""
        return dict(self._lib.stats())

    def check(self):
        """Raises ValueError naming the first event whose counts disagree with its mentions."""
        self._lib.check_consistency()
