"""bench.ingest splits a run's CPU by process: the writer, the fork server, each worker."""

from __future__ import annotations

import pytest

from bench.ingest import cpu_by_role

SERVER = "python -B -c from multiprocessing.forkserver import main; main(3, 5, ['x'])"
TRACKER = "python -B -c from multiprocessing.resource_tracker import main;main(4)"
MAIN = "python -m app ingest corpus --db sqlite:///x.db --workers 2"


@pytest.mark.parametrize(
    ("cpu", "parent", "cmdline", "expected"),
    [
        (  # two workers forked from the server, the tracker beside them
            {10: 6.4, 11: 0.02, 12: 2.1, 13: 5.6, 14: 5.8},
            {11: 10, 12: 10, 13: 12, 14: 12},
            {10: MAIN, 11: TRACKER, 12: SERVER, 13: SERVER, 14: SERVER},
            {
                "main": 6.4,
                "resource tracker": 0.02,
                "fork server": 2.1,
                "worker 1": 5.6,
                "worker 2": 5.8,
            },
        ),
        (  # one worker: everything in the ingest command
            {20: 11.0},
            {},
            {20: MAIN},
            {"main": 11.0},
        ),
        (  # a process of the command that is none of these
            {30: 1.0, 31: 0.5},
            {31: 30},
            {30: MAIN, 31: "sh -c something"},
            {"main": 1.0, "other": 0.5},
        ),
    ],
)
def test_cpu_by_role(
    cpu: dict[int, float],
    parent: dict[int, int],
    cmdline: dict[int, str],
    expected: dict[str, float],
) -> None:
    main = min(cpu)
    assert cpu_by_role(cpu, parent, cmdline, main) == expected
