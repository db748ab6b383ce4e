"""dyad: political event data (CAMEO) from news text, in Python.

The package is a thin layer over dyad's C++ library (the extension
dyad._dyad), the same library the ``dyad`` command runs: events have exactly
the keys of ``dyad code``'s JSON Lines, stored events and exports are what
``dyad query`` and ``dyad export`` write.

    import dyad
    coder = dyad.Coder()                      # loads once (about a second); reuse it
    events = coder.code("Russia and China signed an agreement on Monday.", date="2025-03-14")
    frame = coder.code_frame(df)              # one row per event, typed columns
    store = dyad.Store("events.sqlite")       # or "postgresql://..."
    store.ingest(df, coder=coder)
    store.query(dyad=("CHN", "RUS"))

dyad.dask codes a corpus on a Dask cluster (Debian's python3-dask and
python3-distributed).
"""
from ._dyad import version as _library_version
from .coder import Coder, DocumentError, actors, parse
from .exports import read_gdelt, read_phoenix
from .store import Store

__version__ = _library_version.split()[-1]
__all__ = ["Coder", "DocumentError", "Store", "actors", "parse", "read_gdelt", "read_phoenix"]
