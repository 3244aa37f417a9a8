"""Where ingest's worker processes come from: multiprocessing's fork server, with the
models loaded in it (app/ingest/preload.py) so that each worker forks with them in
memory instead of loading its own.

Light on purpose (multiprocessing only): `letopis ingest` starts the server first thing,
before it imports the ingest machinery and migrates the database, so the models load
while the main process does that.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from multiprocessing.context import BaseContext

PRELOAD = "app.ingest.preload"


def context() -> BaseContext:
    """The workers' start method: forked from a server that has the models loaded."""
    if sys.platform == "win32":
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload([PRELOAD])
    return ctx


def start_early(workers: int) -> None:
    """Start the fork server now (it loads the models as it starts), when a run will
    use several workers; a later pool forks from it, ready or nearly so."""
    if workers > 1 and sys.platform != "win32":
        from multiprocessing import forkserver

        context()
        forkserver.ensure_running()


def preloaded() -> object | None:
    """The pipeline the fork server loaded, in a worker forked from it (else None)."""
    return getattr(sys.modules.get(PRELOAD), "PIPELINE", None)
