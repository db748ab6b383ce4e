"""Typed pandas DataFrames of events.

The rows come from the library's own output (events' JSON Lines, the store's
CSV); here they only get their column types: codes and actor codes stay
strings with their leading zeros ("010", "0311"), dates become datetime64
(NaT when undated), counts integers, scores floats. action_geo's keys
become action_geo_* columns, as in ``dyad query --format csv``; evidence
stays one dict per row.
"""
import pandas as pd

# The places' keys (docs/events.md), flattened as the store's CSV does.
GEO_KEYS = ("name", "country_code", "admin1", "lat", "lon", "feature_type", "geonameid", "how")

# Column types by name, for coded and stored events alike; others are left
# as pandas reads them. A test checks these against the library's keys.
STRING = ("doc_id", "source", "target", "source_text", "target_text", "code", "root", "event_name", "plover",
          "plover_mode", "plover_context", "modality", "rule", "url", "coder", "data_version", "source_name",
          "target_name", "source_url", "date_added", "action_geo_name", "action_geo_country_code",
          "action_geo_admin1", "action_geo_feature_type", "action_geo_how", "date_precision")
INTEGER = ("sentence", "quad_class", "penta_class", "id", "num_mentions", "num_sources", "num_articles",
           "action_geo_geonameid")
FLOAT = ("goldstein", "confidence", "action_geo_lat", "action_geo_lon")
BOOLEAN = ("date_resolved",)
DATE = ("date",)

# The columns of a coded event (``dyad code``'s keys, action_geo flattened),
# in the library's order: the columns of an empty frame (and of dask's meta).
EVENT_COLUMNS = (
    ("doc_id", "sentence", "date", "date_resolved", "date_precision")
    + tuple("action_geo_" + k for k in GEO_KEYS)
    + ("source", "target", "source_text", "target_text", "code", "root", "event_name", "quad_class",
       "penta_class", "goldstein", "plover", "plover_mode", "plover_context", "modality", "evidence", "rule",
       "confidence", "url", "coder", "data_version"))


def _flatten(event):
    out = {}
    for k, v in event.items():
        if k == "action_geo":
            for g in GEO_KEYS:
                out["action_geo_" + g] = v.get(g) if v else None
        else:
            out[k] = v
    return out


def typed(frame):
    """Gives `frame`'s known columns their types (in place) and returns it."""
    for c in frame.columns:
        if c in STRING:
            frame[c] = frame[c].astype("string")
        elif c in INTEGER:
            frame[c] = pd.to_numeric(frame[c]).astype("Int64")
        elif c in FLOAT:
            frame[c] = pd.to_numeric(frame[c]).astype("float64")
        elif c in BOOLEAN:
            frame[c] = frame[c].astype("boolean")
        elif c in DATE:
            frame[c] = pd.to_datetime(frame[c], format="%Y-%m-%d")
    return frame


def events_frame(events):
    """A DataFrame of coded events (dicts with ``dyad code``'s keys), one row per event."""
    rows = [_flatten(e) for e in events]
    columns = list(EVENT_COLUMNS)
    for r in rows:  # keys the library added since this table was written keep their place at the end
        for k in r:
            if k not in columns:
                columns.append(k)
    return typed(pd.DataFrame(rows, columns=columns))


def csv_frame(text, dates=("date",)):
    """A DataFrame from the library's CSV (``dyad query``/``dyad series --format csv``), every cell read as text first."""
    import io

    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])
    return typed(frame)
