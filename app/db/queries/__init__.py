"""Read queries the web layer shares: the filtered timeline, one event, articles, actors.

A package of small modules, one idea each; `from app.db import queries` then
`queries.list_events(...)` as before.
"""

from app.db.queries.articles import (
    article_choices,
    counts,
    get_article,
    list_articles,
)
from app.db.queries.events import (
    get_event,
    load_events,
    neighbours,
    neighbours_sqlite,
    resolve_event_id,
)
from app.db.queries.facets import (
    actors_by_id,
    event_types,
    get_actor,
    list_actors,
    month_histogram,
)
from app.db.queries.records import (
    MAX_REDIRECT_HOPS,
    ActorCount,
    ActorFull,
    ActorRef,
    ArticleFull,
    ArticleHead,
    EventFilter,
    EventItem,
    EventPage,
    MentionSpan,
    Position,
    SourceRef,
)
from app.db.queries.timeline import (
    BodyPage,
    CardPage,
    DateBounds,
    _branches,
    article_exists,
    count_events,
    data_version,
    date_bounds,
    list_bodies,
    list_cards,
    list_events,
    page_ids,
    unknown_actors,
)

__all__ = [
    "BodyPage",
    "CardPage",
    "ActorCount",
    "ActorFull",
    "ActorRef",
    "ArticleFull",
    "ArticleHead",
    "DateBounds",
    "EventFilter",
    "EventItem",
    "EventPage",
    "MAX_REDIRECT_HOPS",
    "MentionSpan",
    "Position",
    "SourceRef",
    "_branches",
    "actors_by_id",
    "article_choices",
    "article_exists",
    "count_events",
    "data_version",
    "counts",
    "date_bounds",
    "event_types",
    "get_actor",
    "get_article",
    "get_event",
    "list_actors",
    "list_articles",
    "list_bodies",
    "list_cards",
    "list_events",
    "page_ids",
    "load_events",
    "month_histogram",
    "neighbours",
    "neighbours_sqlite",
    "resolve_event_id",
    "unknown_actors",
]
