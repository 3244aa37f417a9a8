"""Ingest's workers fork from a server that loaded the models once (fork_server.py)."""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

from app.ingest import fork_server, runner
from app.ingest.pipeline import Pipeline

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no fork server there")


def _worker_state() -> tuple[bool, bool]:
    """In a worker: was the server's pipeline preloaded, and is it the one it uses?"""
    loaded = fork_server.preloaded()
    return isinstance(loaded, Pipeline), runner._PIPELINE[0] is loaded


def test_every_worker_uses_the_pipeline_its_server_loaded() -> None:
    fork_server.start_early(2)
    with ProcessPoolExecutor(
        2, mp_context=fork_server.context(), initializer=runner._init_worker
    ) as pool:
        states = [pool.submit(_worker_state).result() for _ in range(4)]
    assert states == [(True, True)] * 4
