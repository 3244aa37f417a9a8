"""The ratchet: the realistic set (bench/reading) read by today's pipeline must score at
least the committed baseline on every headline figure (duplicates: at most the baseline)
and read at least as many of its date pairs right (bench/reading/datepairs.py);
the figures over the found events and the duplicates are kept by their counts, with a
ratio that may fall by at most a little (bench/reading/score.py, OF_FOUND).

The baseline is raised with `python -m bench.reading --raise-baseline` when the figures rise,
and never lowered: a change that reads real news worse fails here.
"""

from __future__ import annotations

import json

from bench.reading.__main__ import BASELINE, run, worse_than
from bench.reading.datepairs import date_pairs
from bench.reading.gold import load
from bench.reading.score import HEADLINE, summary


def test_the_realistic_set_reads_no_worse_than_the_baseline() -> None:
    assert BASELINE.exists(), f"{BASELINE} is missing: the ratchet needs it"
    baseline = json.loads(BASELINE.read_text())
    res, _, _ = run(workers=2)
    pairs_right = sum(p.right for p in date_pairs(load()[0]))
    worse = worse_than(res, baseline, pairs_right)
    assert not worse, summary(res) + "\nbelow the baseline: " + "; ".join(worse)
    assert set(HEADLINE) <= set(baseline), "baseline.json lacks headline figures"
