"""read_gdelt and read_phoenix: GDELT 2.0 event files and Phoenix files into typed DataFrames.

The column names are the formats' own (docs/export.md lists each column and
what dyad writes in it); ``dyad export`` writes both without a header, as
GDELT and Phoenix publish them. Codes (CAMEO event and actor codes, FIPS and
ADM codes, feature ids) stay strings with their leading zeros.
"""
import pandas as pd

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple("Actor1" + c for c in _ACTOR) + tuple("Actor2" + c for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple("Actor1Geo_" + c for c in _GEO) + tuple("Actor2Geo_" + c for c in _GEO)
    + tuple("ActionGeo_" + c for c in _GEO) + ("DATEADDED", "SOURCEURL"))

PHOENIX_COLUMNS = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources")

_GDELT_INT = ("GLOBALEVENTID", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
              "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type")
_GDELT_FLOAT = ("FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
                "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long")
_PHOENIX_INT = ("Year", "Month", "Day", "PentaClass")
_PHOENIX_FLOAT = ("GoldsteinScore", "Lat", "Lon")


def _read(path, columns, ints, floats, dates, date_format):
    try:
        frame = pd.read_csv(path, sep="\t", header=None, dtype=str, quoting=3, keep_default_na=False,
                            na_values=[""])
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame(columns=range(len(columns)), dtype=str)
    if frame.shape[1] != len(columns):
        raise ValueError(f"{path}: {frame.shape[1]} columns, not the {len(columns)} of the format")
    frame.columns = list(columns)
    for c in columns:
        if c in ints:
            frame[c] = pd.to_numeric(frame[c]).astype("Int64")
        elif c in floats:
            frame[c] = pd.to_numeric(frame[c]).astype("float64")
        elif c in dates:
            frame[c] = pd.to_datetime(frame[c], format=date_format)
        else:
            frame[c] = frame[c].astype("string")
    return frame


def read_gdelt(path):
    """A GDELT 2.0 event file (61 tab-separated columns, no header; .zip/.gz too) as a DataFrame.

    SQLDATE becomes a datetime64 (NaT when undated), DATEADDED stays a
    YYYYMMDDHHMMSS string; counts are integers, coordinates and scores floats.
    """
    return _read(path, GDELT_COLUMNS, _GDELT_INT, _GDELT_FLOAT, ("SQLDATE",), "%Y%m%d")


def read_phoenix(path):
    """A Phoenix file (26 tab-separated columns, no header) as a DataFrame; Date becomes a datetime64."""
    return _read(path, PHOENIX_COLUMNS, _PHOENIX_INT, _PHOENIX_FLOAT, ("Date",), "%Y%m%d")
