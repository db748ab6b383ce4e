"""Documents from Python values to the JSON Lines the library reads.

Every batch of documents goes through the library's JSON Lines reader, so
that a dict is checked, mapped and rejected exactly as a line of a .jsonl
file would be (the same reasons, the same dates). Here values only become
JSON: dates and timestamps become ISO dates, missing values (None, NaN,
NaT) leave their key out.
"""
import datetime
import json
import math

from . import _dyad


def _plain(value):
    """A JSON value for a cell, or None when it is missing."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):  # pandas' NA and NaT
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime.datetime, datetime.date)):
        # pandas' Timestamp and NaT are datetimes too.
        try:
            return value.date().isoformat() if isinstance(value, datetime.datetime) else value.isoformat()
        except ValueError:
            return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    return value


def _records(docs):
    """(records, labels): dicts, and how each is named in an error."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency of frames only
        pd = None
    if pd is not None and isinstance(docs, pd.DataFrame):
        frame = docs
        records = frame.to_dict("records")
        labels = [f"row {i!r}" for i in frame.index]
        return records, labels, list(frame.index)
    if isinstance(docs, (str, bytes, dict)):
        raise TypeError("documents must be an iterable of dicts or a pandas DataFrame, not a single "
                        + type(docs).__name__)
    records = list(docs)
    return records, [f"document {i}" for i in range(len(records))], None


def to_jsonl(docs, fields=None):
    """JSON Lines text of `docs` and the label of each line (1-based line -> label).

    `fields` maps dyad's names to the documents' own ({"text": "body"}), as
    ``--field text=body`` does; the library applies it. A DataFrame without
    the id column gets its index as the id.
    """
    records, labels, index = _records(docs)
    id_key = (fields or {}).get("id", "id")
    lines = []
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            raise TypeError(f"{labels[i]} is a {type(rec).__name__}, not a dict")
        out = {}
        for k, v in rec.items():
            v = _plain(v)
            if v is not None:
                out[str(k)] = v
        if index is not None and id_key not in out:
            out[id_key] = str(_plain(index[i]))
        lines.append(json.dumps(out, ensure_ascii=False, allow_nan=False, default=str))
    return "\n".join(lines) + ("\n" if lines else ""), labels


def read_settings(fields=None, date=None, keep_duplicates=False, all_languages=False):
    """The reading options of every command (--field, --date, --keep-duplicates, --all-languages)."""
    s = _dyad.ReadSettings()
    if fields:
        if not isinstance(fields, dict):
            raise TypeError("fields must be a dict such as {'text': 'body'}")
        for target, name in fields.items():
            if target not in ("id", "text", "title", "url", "date"):
                raise ValueError(f'unknown field target "{target}" (id, text, title, url or date)')
            s.fields = s.fields + [(target, str(name))]
    if date is not None:
        s.default_date = _plain(date) if not isinstance(date, str) else date
    s.dedupe = not keep_duplicates
    s.english_only = not all_languages
    return s
