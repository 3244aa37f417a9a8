"""The timeline's filter form put together per request from parts made once.

The form (`_filters.html`) holds the actor picker (`_actor_options.html`: up to 60
checkboxes, the chosen actors first and checked), and the picker changes with the chosen
actors. Both were rendered through Jinja per (data version, language, chosen actors), and
under varied URLs (each request a different actor) those renders were a per-actor warm-up
that a run of a few hundred requests kept paying. Now each picker line is written here once
per (data version, language, actor, checked) and a request joins its lines, and the form is
rendered with stand-ins for the picker and the two date values and cut at them once, so a
request only joins strings. tests/web/test_form_html.py renders both templates for the same
pages and compares.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup, escape

from app.db.queries import ActorCount
from app.render.ui import UI

# Stand-ins in the cached form (private-use characters, which escaping leaves alone and no
# value contains after escaping), in the order the template writes them.
ACTORS = "\ue000actors\ue000"
FROM = "\ue000from\ue000"
TO = "\ue000to\ue000"


def _line(a: ActorCount, ui: UI, checked: bool) -> str:
    """One `<li>` of `_actor_options.html`."""
    aid = escape(a.id)
    on = " checked" if checked else ""
    return (
        f'<li><input type="checkbox" id="actor-{aid}" name="actor" value="{aid}"{on}>'
        f'<label for="actor-{aid}">{escape(ui.name(a))} <span class="count">{escape(a.events)}'
        "</span></label></li>\n"
    )


def actor_options(
    lines: dict[tuple[str, bool], str],
    ui: UI,
    picker: Iterable[ActorCount],
    chosen: Sequence[str],
) -> Markup:
    """`_actor_options.html` for `picker` with the `chosen` ids checked; `lines` keeps each
    line made, and must be one per (data version, language): a line is a function of the
    actor's record (names, count of events) in that version, the language and the box."""
    parts = ['<ul id="actor-options" class="actor-options">\n']
    for a in picker:
        key = (a.id, a.id in chosen)
        found = lines.get(key)
        if found is None:
            # Two threads may both make a missing line: the same string either way.
            found = lines[key] = _line(a, ui, key[1])
        parts.append(found)
    parts.append("</ul>")
    # Every value in a line is escaped; the markup is this module's.
    return Markup("".join(parts))  # noqa: S704


def cut(form: str) -> tuple[str, str, str, str]:
    """The form rendered with the stand-ins, cut at them (each is there once)."""
    head, _, rest = form.partition(ACTORS)
    middle, _, rest = rest.partition(FROM)
    between, _, tail = rest.partition(TO)
    return head, middle, between, tail


def fill(parts: tuple[str, str, str, str], actors: str, lo: str, hi: str) -> Markup:
    """The cut form with the picker and the two date values (ISO dates or empty: nothing
    to escape) put back."""
    head, middle, between, tail = parts
    # The parts are an autoescaped template's output, `actors` is `actor_options`'.
    return Markup("".join((head, actors, middle, lo, between, hi, tail)))  # noqa: S704


def template_context(ui: UI, tq: Any, filtered: bool, options: dict[str, Any]) -> dict[str, Any]:
    """What `_filters.html` is rendered with to be cut (the picker and dates as stand-ins)."""
    return {
        "ui": ui,
        "tq": tq,
        "filtered": filtered,
        "from_value": FROM,
        "to_value": TO,
        **options,
        "actor_options": Markup(ACTORS),  # noqa: S704 (a constant without markup)
    }
