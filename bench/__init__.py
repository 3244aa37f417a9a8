"""Benchmarks of Letopis: synthetic corpus, database filler, ingest and web load (see run.py)."""
