"""The ratchet: the realistic set (bench/reading) read by today's pipeline must score at
least the committed baseline on every headline figure (duplicates: at most the baseline).

The baseline is raised with `python -m bench.reading --raise-baseline` when the figures rise,
and never lowered: a change that reads real news worse fails here.
"""

from __future__ import annotations

import json

from bench.reading.__main__ import BASELINE, run
from bench.reading.score import HEADLINE, LOWER_IS_BETTER, summary


def test_the_realistic_set_reads_no_worse_than_the_baseline() -> None:
    assert BASELINE.exists(), f"{BASELINE} is missing: the ratchet needs it"
    baseline = json.loads(BASELINE.read_text())
    res, _, _ = run(workers=2)
    worse = [
        f"{name} {res.figures[name]:.4f} vs baseline {baseline[name]:.4f}"
        for name in HEADLINE
        if name in baseline
        and (
            res.figures[name] > baseline[name] + 1e-9
            if name in LOWER_IS_BETTER
            else res.figures[name] < baseline[name] - 1e-9
        )
    ]
    assert not worse, summary(res) + "\nbelow the baseline: " + "; ".join(worse)
    assert set(HEADLINE) <= set(baseline), "baseline.json lacks headline figures"
