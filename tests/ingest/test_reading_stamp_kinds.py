"""Publication dates of page layouts not seen before (issue 11): which stamp of a line is the
publication (a label says so), a site's today above a ticker with a heading, a dateline
carrying its hour. Lines written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.reading import parse_layout

D = date.fromisoformat
TITLE = "Послы обсудили продление визового соглашения"
LEAD = "Стороны договорились продолжить консультации и обменялись проектами документов."

# (text, published, published_how, partial)
STAMPS: list[tuple[str, str | None, str, tuple[int, int] | None]] = [
    # a line with two labelled stamps: the publication's, not the later edit's
    (
        f"Вестник\nМир | Азия\nОпубликовано 05.03.2021 09:10 • Изменено 06.03.2021 11:00\n"
        f"{TITLE}\nИван Петров\n\n{LEAD}",
        "2021-03-05",
        "header",
        None,
    ),
    (
        f"Вестник\nUpdated 07.04.2022 18:30 | Posted 06.04.2022 08:05\n{TITLE}\n\n{LEAD}",
        "2022-04-06",
        "header",
        None,
    ),
    (
        f"Вестник\nОбновлено 09.11.2020 12:00 · Дата публикации 08.11.2020 10:00\n"
        f"{TITLE}\n\n{LEAD}",
        "2020-11-08",
        "header",
        None,
    ),
    # one stamp only, labelled as an edit: still the page's date (the only one it gives)
    (f"{TITLE}\nОбновлено: 3 ФЕВ 2021, 15:10\n\n{LEAD}", "2021-02-03", "header", None),
    # a site's today above its ticker, the ticker under a heading: the article's stamp wins
    (
        f"Казань\n14 мая 2022 / 10:00\nКурсы валют\nUSD 14/05 70.1234 +0.1\n"
        f"EUR 14/05 74.5678 -0.2\nМир\n{TITLE}\n3 марта 2021 / 18:20\n\n{LEAD}",
        "2021-03-03",
        "header",
        None,
    ),
    (
        f"Пятница, 14 мая 2022\nПогода\n+18 °C\n{TITLE}\n02.03.2021 12:00\n\n{LEAD}",
        "2021-03-02",
        "header",
        None,
    ),
    # ... but a date line above a heading with no ticker under it is a stamp
    (f"14 мая 2022 / 10:00\nМир\n{TITLE}\n\n{LEAD}", "2022-05-14", "header", None),
    # an agency dateline with its year and hour opening the first paragraph
    (
        f"{TITLE}\nКазань, 14 мая 2022, 09:45 — ИА Вестник. {LEAD}",
        "2022-05-14",
        "dateline",
        None,
    ),
    (f"{TITLE}\nОмск, 3 апреля, 11:20 — ИА Вестник. {LEAD}", None, "dateline", (3, 4)),
    (f"{TITLE}\nОмск. 3 апреля 2020 года, 11:20. /ТАСС/. {LEAD}", "2020-04-03", "dateline", None),
]


@pytest.mark.parametrize(("text", "published", "how", "partial"), STAMPS)
def test_stamp_kinds(
    text: str, published: str | None, how: str, partial: tuple[int, int] | None
) -> None:
    lay = parse_layout(text)
    assert (lay.published, lay.published_how, lay.partial_date) == (
        D(published) if published else None,
        how,
        partial,
    )
    assert lay.title == TITLE
    assert LEAD in text  # the lead stays body: only the stamp or dateline is furniture
    start = text.index(LEAD)
    assert all(b <= start or a >= start + len(LEAD) for a, b in lay.excluded)
