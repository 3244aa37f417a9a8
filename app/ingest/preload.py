"""The ingest workers' models, loaded once in the process they are forked from.

`letopis ingest --workers N` runs its workers from multiprocessing's fork server. The
runner names this module as the fork server's preload and starts the server before it
migrates the database and lists the files, so natasha's models and the gazetteer load
while the main process does that, once, and every worker (of this run, of a pool started
again after a worker died, of every batch in watch mode) begins with them in memory,
shared copy-on-write, instead of spending a second or two loading its own.

Imported only by the fork server. A load that fails leaves `PIPELINE` None: each worker
then loads its own and meets the same error where it is reported per article.
"""

from __future__ import annotations

import trafilatura  # noqa: F401  # read_source imports it on first use: once here, shared

from app.ingest.pipeline import Pipeline

PIPELINE: Pipeline | None
try:
    PIPELINE = Pipeline.load()
except Exception:  # reported where each worker loads its own (runner._init_worker)
    PIPELINE = None
