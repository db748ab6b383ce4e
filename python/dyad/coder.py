"""dyad.Coder: coding documents with the library's coder.

A Coder is loaded once (dictionaries, patterns, gazetteer) and then reused;
it is immutable, so Python threads may share it: every method releases the
GIL while the library works. Events are the library's own JSON Lines
(``dyad code``) turned into dicts, so they have exactly its keys.
"""
import json
import os
import threading
import warnings

from . import _dyad
from .documents import read_settings, to_jsonl

_BATCH_NAME = "documents"


class DocumentError(ValueError):
    """Documents of a batch were rejected (the message names each, with the reason).

    The rest of the batch was coded: `result` holds it (a list of events or
    a DataFrame) and `account` the run's account (read, coded, empty,
    rejected, ...), as the CLI's end-of-run summary gives it.
    """

    def __init__(self, message, result=None, account=None):
        super().__init__(message)
        self.result = result
        self.account = account


def default_data_dir():
    """The data installed with the package (share/dyad beside it), else "" (the library then tries $DYAD_DATA)."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "share", "dyad")
    return here if os.path.isdir(here) else ""


def _rejections(account, labels):
    """One line per rejected document: its label (and position) and the reader's reason."""
    out = []
    for p in account["problems"]:
        if not p["rejected"]:
            continue
        if p["file"] == _BATCH_NAME and 1 <= p["line"] <= len(labels):
            out.append(f"{labels[p['line'] - 1]}: {p['reason']}")
        else:
            out.append(f"{p['file']}:{p['line']}: {p['reason']}" if p["line"] else f"{p['file']}: {p['reason']}")
    return out


def check_account(account, labels, result, errors):
    """Raises DocumentError (errors="raise") or warns (errors="warn") when documents were rejected."""
    bad = _rejections(account, labels)
    if not bad:
        return
    message = f"{len(bad)} of {account['read']} documents rejected (the rest coded): " + "; ".join(bad)
    if errors == "raise":
        raise DocumentError(message, result=result, account=account)
    if errors == "warn":
        warnings.warn(message, stacklevel=3)
    elif errors != "ignore":
        raise ValueError('errors must be "raise", "warn" or "ignore"')


def _loads(jsonl_bytes):
    return [json.loads(line) for line in jsonl_bytes.decode("utf-8").splitlines() if line]


class Coder:
    """The whole coder, loaded once: ``Coder(data_dir=None, petrarch=None, threads=1)``.

    data_dir: dyad's data (default: the data installed with the package,
    else $DYAD_DATA). petrarch: PETRARCH 2 dictionaries, a dict with any of
    "verbs", "actors" (a path or a list), "agents", "discards" and
    "no_default_dictionaries" (as ``dyad code --verbs ...``). threads: worker
    threads for each batch (code_frame, Store.ingest). min_confidence and
    unknown_sides are ``dyad code``'s --min-confidence and --unknown-sides.
    """

    def __init__(self, data_dir=None, petrarch=None, threads=1, min_confidence=0.0, unknown_sides=False):
        if threads is None or int(threads) < 1 or int(threads) > 256:
            raise ValueError("threads must be 1 to 256")
        p = dict(petrarch or {})
        unknown = set(p) - {"verbs", "actors", "agents", "discards", "no_default_dictionaries"}
        if unknown:
            raise ValueError(f"unknown petrarch keys: {', '.join(sorted(unknown))} "
                             "(verbs, actors, agents, discards, no_default_dictionaries)")
        actors = p.get("actors") or []
        if isinstance(actors, (str, os.PathLike)):
            actors = [actors]
        if not 0.0 <= float(min_confidence) <= 1.0:
            raise ValueError("min_confidence must be between 0 and 1")
        self.data_dir = os.fspath(data_dir) if data_dir is not None else default_data_dir()
        self._lib = _dyad.Coder(self.data_dir, os.fspath(p.get("verbs") or ""), [os.fspath(a) for a in actors],
                                os.fspath(p.get("agents") or ""), os.fspath(p.get("discards") or ""),
                                bool(p.get("no_default_dictionaries", False)), int(threads),
                                float(min_confidence), bool(unknown_sides))

    @property
    def data_version(self):
        """A hash of the data files this coder read (events' ``data_version``)."""
        return self._lib.data_version

    @property
    def load_notes(self):
        """What loading had to say (PETRARCH entries that could not be used, missing optional parts)."""
        return list(self._lib.load_notes)

    @property
    def threads(self):
        return self._lib.threads

    def _one(self, text, title, date, url, doc_id):
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        doc = {"id": "text" if doc_id is None else doc_id, "text": text}
        for key, value in (("title", title), ("date", date), ("url", url)):
            if value is not None:
                doc[key] = value
        return [doc]

    def code(self, text, title=None, date=None, url=None, doc_id=None, all_languages=False):
        """The events of one document: a list of dicts with the keys of ``dyad code``'s JSON Lines.

        A bad document (a date that is not a day, an id that is not a
        string or integer) raises ValueError with the library's reason. A
        document in another language than English has no events unless
        all_languages (as ``dyad code``).
        """
        events, _ = self.code_documents(self._one(text, title, date, url, doc_id), all_languages=all_languages)
        return events

    def code_documents(self, docs, fields=None, date=None, keep_duplicates=False, all_languages=False,
                       errors="raise", paths=()):
        """Codes many documents: (events as dicts, account). See code_frame for the arguments."""
        jsonl, labels = to_jsonl(docs, fields)
        settings = read_settings(fields, date, keep_duplicates, all_languages)
        out, account = self._lib.code(jsonl, _BATCH_NAME, [os.fspath(p) for p in paths], settings)
        events = _loads(out)
        check_account(account, labels, events, errors)
        return events, account

    def code_frame(self, docs, fields=None, date=None, keep_duplicates=False, all_languages=False, errors="raise"):
        """Codes documents into a pandas DataFrame, one row per event.

        docs: an iterable of dicts, or a DataFrame, with id, text and
        optionally title, date (or published) and url; other names are
        mapped with fields={"text": "body", "date": "pubDate"} as
        ``--field``. A DataFrame without an id column uses its index.
        date: the default publication date. Duplicates (same URL or text)
        are coded once and non-English documents skipped unless
        keep_duplicates / all_languages, as in ``dyad code``.
        Rejected documents (the same reasons as a .jsonl file's records)
        raise DocumentError naming each, after the rest was coded (the
        error's `result` holds the frame); errors="warn" warns and returns
        the frame. The run's account is in ``frame.attrs["account"]``.
        """
        from .frame import events_frame

        jsonl, labels = to_jsonl(docs, fields)
        settings = read_settings(fields, date, keep_duplicates, all_languages)
        out, account = self._lib.code(jsonl, _BATCH_NAME, [], settings)
        frame = events_frame(_loads(out))
        frame.attrs["account"] = account
        check_account(account, labels, frame, errors)
        return frame

    def code_files(self, paths, fields=None, date=None, keep_duplicates=False, all_languages=False):
        """Codes files (.jsonl, .txt, .html, .warc, compressed, folders) as ``dyad code FILES`` reads them.

        Returns (events as dicts, account); problems are in the account, as
        in the CLI's summary, and raise nothing.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        settings = read_settings(fields, date, keep_duplicates, all_languages)
        out, account = self._lib.code("", _BATCH_NAME, [os.fspath(p) for p in paths], settings)
        return _loads(out), account

    def code_files_jsonl(self, paths, fields=None, date=None, keep_duplicates=False, all_languages=False):
        """As code_files, but the events as the library's JSON Lines bytes (what ``dyad code`` writes)."""
        settings = read_settings(fields, date, keep_duplicates, all_languages)
        return self._lib.code("", _BATCH_NAME, [os.fspath(p) for p in paths], settings)

    def explain(self, text, title=None, date=None, url=None, doc_id=None, sentence=None):
        """``dyad explain``: the parse, actors, patterns tried and decisions, as text.

        sentence: one sentence (0-based; the title is 0), else all.
        """
        return self._describe("explain", self._one(text, title, date, url, doc_id), sentence=sentence)

    def actors(self, text, title=None, date=None, url=None, doc_id=None):
        """``dyad actors --format jsonl``: every actor mention, its code and how it was decided."""
        return _loads(self._describe("actors", self._one(text, title, date, url, doc_id), raw=True))

    def parse(self, text, title=None, date=None, url=None, doc_id=None):
        """``dyad parse --format jsonl``: one dict per sentence (tokens, tags, lemmas, chunks, clauses)."""
        return _loads(self._describe("parse", self._one(text, title, date, url, doc_id), raw=True))

    def _describe(self, what, docs, sentence=None, raw=False):
        if sentence is not None and int(sentence) < 0:
            raise ValueError("sentence must be 0 or more")
        jsonl, labels = to_jsonl(docs)
        settings = read_settings(all_languages=True, keep_duplicates=True)
        out, account = self._lib.describe(what, jsonl, _BATCH_NAME, settings, "",
                                          -1 if sentence is None else int(sentence))
        check_account(account, labels, None, "raise")
        return out if raw else out.decode("utf-8")


_default = None
_default_lock = threading.Lock()


def _default_coder():
    global _default
    with _default_lock:
        if _default is None:
            _default = Coder()
        return _default


def parse(text, title=None, date=None, url=None, doc_id=None, coder=None):
    """``dyad parse --format jsonl`` on one text: a dict per sentence (uses a shared default Coder)."""
    return (coder or _default_coder()).parse(text, title, date, url, doc_id)


def actors(text, title=None, date=None, url=None, doc_id=None, coder=None):
    """``dyad actors --format jsonl`` on one text: a dict per actor mention (uses a shared default Coder)."""
    return (coder or _default_coder()).actors(text, title, date, url, doc_id)
