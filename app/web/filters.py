"""The one parser of timeline query parameters, shared by HTML pages, the API and exports.

Parameters (all optional; blank values, as a GET form sends them, count as absent):

- `actor` (repeatable): events involving ALL the given actors (an intersection: picking
  Putin and Trump shows what they did together, not everything either did);
- `from`, `to`: YYYY-MM-DD, or YYYY-MM / YYYY meaning the first (for `from`) or last (for
  `to`) day of that month or year; an event matches when its date interval OVERLAPS
  [from, to] (open ends count as open; undated events never match a date filter);
- `q`: full-text words (punctuation and quotes are ignored, never a syntax error);
- `type`: event type (one of EVENT_TYPES); `status`: happened, planned, postponed or
  cancelled; `article`: events mentioned in that article;
- `order`: `newest` or `oldest` first (the page defaults to newest, the API and exports to
  oldest, as they always did); the cursor remembers it;
- `limit`: 1..max_page_size; `cursor`: the opaque `next` token of the previous page.

Malformed values raise FilterError(400); ids that name nothing raise FilterError(422).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlencode

from sqlalchemy.orm import Session
from starlette.datastructures import QueryParams

from app.db import queries
from app.db.queries import EventFilter, Position
from app.db.vocabulary import EVENT_TYPES, STATUSES
from app.web import cursor as cursor_codec

MAX_ACTORS = 10
MAX_Q_CHARS = 300
MAX_ID_CHARS = 160

ORDERS: tuple[str, ...] = ("newest", "oldest")

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


class FilterError(ValueError):
    """A query parameter the timeline cannot use; `status` is 400 or 422."""

    def __init__(self, param: str, message: str, status: int = 400) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message
        self.status = status


@dataclass(frozen=True)
class TimelineQuery:
    filter: EventFilter
    limit: int
    cursor: Position | None
    cursor_token: str | None
    # The filter's total, carried by the cursor from the first page.
    cursor_total: int | None = None
    # The text typed into the actor picker's search box (HTML only; not a filter).
    actor_q: str | None = None
    # Names of the parameters given with a value (exports honour `limit` only if given).
    explicit: frozenset[str] = frozenset()
    # "newest" or "oldest" first; `order_default` is the surface's own default (left out of
    # links when it is the order shown, so that plain URLs stay plain).
    order: str = "oldest"
    order_default: str = "oldest"

    @property
    def newest(self) -> bool:
        return self.order == "newest"

    def params(self, **changes: object) -> list[tuple[str, str]]:
        """The filter as query parameters (without cursor), with `changes` applied.

        A change to None removes the parameter; `actor` takes a list.
        """
        f = self.filter
        values: dict[str, object] = {
            "actor": list(f.actors),
            "from": f.date_from.isoformat() if f.date_from else None,
            "to": f.date_to.isoformat() if f.date_to else None,
            "q": f.q,
            "type": f.type,
            "status": f.status,
            "article": f.article,
            # links keep a chosen order; the page's export links name it (exports default
            # to oldest first)
            "order": None if self.order == self.order_default else self.order,
        }
        values.update(changes)
        out: list[tuple[str, str]] = []
        for key, value in values.items():
            if isinstance(value, list):
                out.extend((key, str(v)) for v in value)
            elif value is not None and value != "":
                out.append((key, str(value)))
        return out

    def query_string(self, **changes: object) -> str:
        return urlencode(self.params(**changes))

    # Pages build hundreds of links from one filter (chips, histogram bars): the parts of
    # the query string that do not change are encoded once per request.

    @cached_property
    def _actors_qs(self) -> str:
        return urlencode([("actor", a) for a in self.filter.actors])

    @cached_property
    def _after_actors_qs(self) -> str:
        return urlencode(self.params(actor=[]))

    @cached_property
    def _after_dates_qs(self) -> str:
        return urlencode(self.params(actor=[], **{"from": None, "to": None}))

    def chip_qs_parts(self) -> tuple[str, str]:
        """What `with_actor_qs` puts before and after an actor not chosen yet: the chosen
        actors' parameters, and the rest of the filter (either may be empty)."""
        return self._actors_qs, self._after_actors_qs

    def with_actor_qs(self, actor_id: str) -> str:
        """This filter narrowed to events that also involve `actor_id` (chip links)."""
        if actor_id in self.filter.actors:
            return _join(self._actors_qs, self._after_actors_qs)
        return _join(self._actors_qs, _actor_param(actor_id), self._after_actors_qs)

    def month_qs(self, month: str) -> str:
        """This filter limited to one "YYYY-MM" month (histogram bars)."""
        dates = urlencode([("from", month), ("to", month)])
        return _join(self._actors_qs, dates, self._after_dates_qs)

    def is_month(self, month: str) -> bool:
        f = self.filter
        return bool(
            f.date_from
            and f.date_to
            and f.date_from.isoformat()[:7] == month
            and f.date_to.isoformat()[:7] == month
        )


# A page's chips name the same popular actors request after request: their encoded
# parameter is kept (percent-encoding each chip's id per request showed in profiles).
@lru_cache(maxsize=8192)
def _actor_param(actor_id: str) -> str:
    return urlencode([("actor", actor_id)])


def _join(*parts: str) -> str:
    return "&".join(p for p in parts if p)


def _blank_to_none(params: QueryParams, name: str) -> str | None:
    values = [v.strip() for v in params.getlist(name) if v.strip()]
    if len(values) > 1:
        raise FilterError(name, "give it once")
    return values[0] if values else None


def parse_date(name: str, value: str, *, end: bool) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first or (end=True) last day."""
    try:
        if _DAY.fullmatch(value):
            return dt.date.fromisoformat(value)
        if _MONTH.fullmatch(value):
            year, month = int(value[:4]), int(value[5:])
            day = calendar.monthrange(year, month)[1] if end else 1
            return dt.date(year, month, day)
        if _YEAR.fullmatch(value):
            year = int(value)
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except (ValueError, calendar.IllegalMonthError):
        pass
    raise FilterError(name, f"{value[:40]!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def parse_limit(value: str | None, default: int, maximum: int) -> int:
    if value is None:
        return default
    if not re.fullmatch(r"[+-]?\d{1,6}", value):
        raise FilterError("limit", f"{value[:40]!r} is not a whole number")
    n = int(value)
    if not 1 <= n <= maximum:
        raise FilterError("limit", f"must be between 1 and {maximum}")
    return n


def _one_of(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is not None and value not in allowed:
        raise FilterError(name, f"{value[:40]!r} is not one of: {', '.join(allowed)}")
    return value


def _check_id(name: str, value: str) -> str:
    if len(value) > MAX_ID_CHARS or any(c in value for c in "\x00\r\n"):
        raise FilterError(name, "is not an id")
    return value


def parse_timeline(
    params: QueryParams, *, default_limit: int, max_limit: int, default_order: str = "oldest"
) -> TimelineQuery:
    """Parse (but do not look up) the timeline parameters."""
    actors: list[str] = []
    for raw in params.getlist("actor"):
        value = raw.strip()
        if value and value not in actors:
            actors.append(_check_id("actor", value))
    if len(actors) > MAX_ACTORS:
        raise FilterError("actor", f"at most {MAX_ACTORS} actors")
    raw_from = _blank_to_none(params, "from")
    raw_to = _blank_to_none(params, "to")
    date_from = parse_date("from", raw_from, end=False) if raw_from else None
    date_to = parse_date("to", raw_to, end=True) if raw_to else None
    if date_from and date_to and date_from > date_to:
        raise FilterError("from", "is after to")
    q = _blank_to_none(params, "q")
    if q is not None and len(q) > MAX_Q_CHARS:
        raise FilterError("q", f"at most {MAX_Q_CHARS} characters")
    type_ = _one_of("type", _blank_to_none(params, "type"), EVENT_TYPES)
    status = _one_of("status", _blank_to_none(params, "status"), STATUSES)
    order = _one_of("order", _blank_to_none(params, "order"), ORDERS) or default_order
    article = _blank_to_none(params, "article")
    if article is not None:
        _check_id("article", article)
    limit = parse_limit(_blank_to_none(params, "limit"), default_limit, max_limit)
    token = _blank_to_none(params, "cursor")
    position = None
    known_total = None
    if token is not None:
        try:
            position, known_total, newest = cursor_codec.decode_full(token)
        except cursor_codec.BadCursor as exc:
            raise FilterError("cursor", str(exc)) from None
        if newest != (order == "newest"):
            raise FilterError("cursor", f"was made for the other order, not order={order}")
    actor_q = _blank_to_none(params, "actor_q")
    return TimelineQuery(
        filter=EventFilter(
            actors=tuple(actors),
            date_from=date_from,
            date_to=date_to,
            q=q,
            type=type_,
            article=article,
            status=status,
        ),
        limit=limit,
        cursor=position,
        cursor_token=token,
        cursor_total=known_total,
        actor_q=actor_q[:100] if actor_q else None,
        explicit=frozenset(k for k, v in params.multi_items() if v.strip()),
        order=order,
        order_default=default_order,
    )


def check_ids(session: Session, tq: TimelineQuery) -> None:
    """Reject filter ids that name nothing (422), so a typo is not an empty timeline."""
    missing = queries.unknown_actors(session, tq.filter.actors)
    if missing:
        raise FilterError("actor", f"no actor {missing[0]!r}", status=422)
    if tq.filter.article and not queries.article_exists(session, tq.filter.article):
        raise FilterError("article", f"no article {tq.filter.article!r}", status=422)
