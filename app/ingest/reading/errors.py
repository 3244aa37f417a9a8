"""Errors raised while reading articles.

Two kinds:

* :class:`ContentError` -- the bytes or text themselves are unusable (binary, undecodable,
  no article text). It knows nothing of files; it carries only a reason.
* :class:`RejectedFile` -- a file (or one line of a ``.jsonl`` file) that ingest refuses,
  with the path and a short human reason ready for one line on stderr.
"""

from __future__ import annotations


class ContentError(ValueError):
    """Unusable content; ``reason`` is a short human sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RejectedFile(Exception):
    """A file that ingest refuses. ``str(exc)`` is ``"<path>: <reason>"``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __repr__(self) -> str:
        return f"RejectedFile(path={self.path!r}, reason={self.reason!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RejectedFile):
            return NotImplemented
        return (self.path, self.reason) == (other.path, other.reason)

    def __hash__(self) -> int:
        return hash((self.path, self.reason))
