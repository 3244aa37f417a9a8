"""One event per happening: the merge rules of app/ingest/events/identity.py on plain
readings (type family, the same parties, compatible dates), as tables."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity, merged_date, same_voice
from app.ingest.events.model import DateReading

D = dt.date


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


UNDATED = DateReading(DateValue(None, None, "unknown", "unknown"), text=None, explicit=False)
NO_KEYS: frozenset[str] = frozenset()
PUTIN, ALIEV, PASHINYAN, LAVROV, RUSSIA = "putin", "aliev", "pashinyan", "lavrov", "russia"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «встреча» in one report and «переговоры» in another, same parties, same day.
        (("meeting", [PUTIN, ALIEV], day(D(2024, 3, 5))),
         ("talks", [PUTIN, ALIEV], day(D(2024, 3, 5))), True),
        # One outlet names two of the three leaders.
        (("meeting", [PUTIN, ALIEV, PASHINYAN], day(D(2024, 3, 5))),
         ("talks", [PUTIN, ALIEV], day(D(2024, 3, 5))), True),
        # A meeting on arrival and talks the next day stay two happenings.
        (("meeting", [PUTIN, ALIEV], day(D(2024, 3, 5))),
         ("talks", [PUTIN, ALIEV], day(D(2024, 3, 6))), False),
        # Sharing one party is not enough for the family rule.
        (("meeting", [PUTIN, ALIEV], day(D(2024, 3, 5))),
         ("talks", [PUTIN, PASHINYAN], day(D(2024, 3, 5))), False),
        # A report without a date of the same two parties' call is the dated call.
        (("call", [PUTIN, ALIEV], UNDATED), ("call", [PUTIN, ALIEV], day(D(2024, 3, 5))), True),
        # ...but not when the undated report names another party too.
        (("call", [PUTIN, ALIEV, PASHINYAN], UNDATED),
         ("call", [PUTIN, ALIEV], day(D(2024, 3, 5))), False),
        # A minister and his state are not two parties.
        (("meeting", [LAVROV, RUSSIA], UNDATED),
         ("talks", [LAVROV], day(D(2024, 3, 5))), False),
        # A call and a meeting are never one happening.
        (("call", [PUTIN, ALIEV], day(D(2024, 3, 5))),
         ("meeting", [PUTIN, ALIEV], day(D(2024, 3, 5))), False),
    ],
)  # fmt: skip
def test_same_happening(
    a: tuple[str, list[str], DateReading], b: tuple[str, list[str], DateReading], same: bool
) -> None:
    ta, xa, da = a
    tb, xb, db = b
    assert identity.same_happening(ta, xa, da, NO_KEYS, tb, xb, db, NO_KEYS) is same
    assert identity.same_happening(tb, xb, db, NO_KEYS, ta, xa, da, NO_KEYS) is same


@pytest.mark.parametrize(
    ("type_", "family"),
    [
        ("meeting", {"meeting", "talks"}),
        ("talks", {"meeting", "talks"}),
        ("statement", {"statement", "interview", "press-conference", "answers"}),
        ("call", {"call"}),
    ],
)
def test_family_of(type_: str, family: set[str]) -> None:
    assert identity.family_of(type_) == family


def test_earlier_occasion_is_not_undated() -> None:
    """«Ранее Путин и Алиев говорили по телефону» in an article without a publication date
    is another, earlier call: not merged with a dated one by the undated rule."""
    earlier = DateReading(
        DateValue(None, None, "unknown", "before-publication"), text="Ранее", explicit=True
    )
    assert not same_voice.undated(earlier)
    dated = day(D(2024, 3, 5))
    assert not identity.same_happening(
        "call", [PUTIN, ALIEV], earlier, NO_KEYS, "call", [PUTIN, ALIEV], dated, NO_KEYS
    )


def before(d: D) -> DateReading:
    return DateReading(DateValue(None, d, "before", "before-publication"), explicit=False)


@pytest.mark.parametrize(
    ("keys_a", "keys_b", "same"),
    [
        # «прилетел в монгольскую столицу» / «приехал в Улан-Батор по приглашению
        # монгольского коллеги»: the place's root is much of their few words.
        ({"монгол", "столиц", "вечер"}, {"монгол", "улан-б", "пригла", "коллег"}, True),
        # Two visits of one man to different places that week.
        ({"монгол", "столиц"}, {"вьетна", "ханой"}, False),
        # One common word among many is no shared place.
        (
            {"официа", "азерба", "бак", "вступл", "заявк", "подал"},
            {"официа", "китай", "пекин", "торгов", "экспорт", "догово"},
            False,
        ),
    ],
)
def test_visits_of_one_visitor_to_one_place(keys_a: set[str], keys_b: set[str], same: bool) -> None:
    a, b = before(D(2024, 9, 3)), before(D(2024, 9, 4))
    assert (
        identity.same_happening(
            "visit", [PUTIN], a, frozenset(keys_a), "visit", [PUTIN], b, frozenset(keys_b)
        )
        is same
    )


def span(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "range", "explicit"), text=f"{a}–{b}")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «прибыл 8 июля» and «находился с визитом 8–9 июля»: one visit.
        (day(D(2024, 7, 8)), span(D(2024, 7, 8), D(2024, 7, 9)), True),
        # A day outside the stay is another trip.
        (day(D(2024, 7, 11)), span(D(2024, 7, 8), D(2024, 7, 9)), False),
        # A week («на прошлой неделе») is too loose to place a visit.
        (day(D(2024, 7, 11)), span(D(2024, 7, 8), D(2024, 7, 14)), False),
    ],
)
def test_a_day_inside_a_stated_stay(a: DateReading, b: DateReading, same: bool) -> None:
    assert (
        identity.same_happening("visit", [PUTIN], a, NO_KEYS, "visit", [PUTIN], b, NO_KEYS) is same
    )


def test_a_visit_is_dated_by_its_stay_not_its_arrival() -> None:
    arrival, stay = day(D(2024, 7, 8)), span(D(2024, 7, 8), D(2024, 7, 9))
    assert merged_date.best_reading([arrival, stay]) is arrival
    assert merged_date.best_reading([arrival, stay], "visit") is stay


@pytest.mark.parametrize(
    ("keys_a", "keys_b", "same"),
    [
        # «Ранее Минфин США ввёл блокирующие санкции против Роснефти» and the dated report.
        ({"роснеф", "блокир"}, {"роснеф", "дочерн", "компан", "объяви", "список"}, True),
        # The same body's sanctions against another target.
        ({"роснеф", "блокир"}, {"лукойл", "дочерн", "компан", "объяви", "список"}, False),
    ],
)
def test_sanctions_of_one_body_against_one_target(
    keys_a: set[str], keys_b: set[str], same: bool
) -> None:
    earlier = DateReading(DateValue(None, D(2024, 11, 25), "before", "before-publication"))
    dated = day(D(2024, 11, 21))
    body = ["us-treasury"]
    got = identity.same_happening(
        "sanctions", body, earlier, frozenset(keys_a), "sanctions", body, dated, frozenset(keys_b)
    )
    assert got is same


def published(d: D) -> DateReading:
    """A reported statement with no date of its own: the publication day."""
    return DateReading(DateValue(d, d, "day", "publication-date"), explicit=False)


ZAKHAROVA, PESKOV, MFA, TREASURY, USA = "zakharova", "peskov", "russian-mfa", "us-treasury", "usa"
BODIES = {MFA: RUSSIA, TREASURY: USA}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «Захарова вечером 5 июня назвала ...» / «в воскресенье Захарова сообщила ...»
        # (the same Sunday), told in other words: one statement.
        (("statement", [ZAKHAROVA], day(D(2023, 6, 4))),
         ("statement", [ZAKHAROVA], day(D(2023, 6, 4))), True),
        # A press conference told with its day and a report of her words on that same day.
        (("press-conference", [ZAKHAROVA], day(D(2023, 6, 4))),
         ("statement", [ZAKHAROVA], published(D(2023, 6, 4))), True),
        # Two outlets that give no day, published the same day.
        (("statement", [PESKOV], published(D(2023, 6, 4))),
         ("statement", [PESKOV], published(D(2023, 6, 4))), True),
        # The body and the body with its state are one speaker.
        (("statement", [TREASURY, USA], day(D(2023, 6, 4))),
         ("statement", [TREASURY], day(D(2023, 6, 4))), True),
        # The next day is another briefing.
        (("statement", [ZAKHAROVA], day(D(2023, 6, 4))),
         ("statement", [ZAKHAROVA], day(D(2023, 6, 5))), False),
        # Another speaker on that day.
        (("statement", [ZAKHAROVA], day(D(2023, 6, 4))),
         ("statement", [PESKOV], day(D(2023, 6, 4))), False),
        # A speaker beside others is not the same voice.
        (("statement", [ZAKHAROVA], day(D(2023, 6, 4))),
         ("statement", [ZAKHAROVA, PESKOV], day(D(2023, 6, 4))), False),
        # Words told as said «before» publication have no day to share.
        (("statement", [ZAKHAROVA], before(D(2023, 6, 4))),
         ("statement", [ZAKHAROVA], day(D(2023, 6, 4))), False),
        # A call is no statement, whoever took part.
        (("call", [PESKOV], day(D(2023, 6, 4))),
         ("statement", [PESKOV], day(D(2023, 6, 4))), False),
    ],
)  # fmt: skip
def test_one_speakers_words_of_one_day(
    a: tuple[str, list[str], DateReading], b: tuple[str, list[str], DateReading], same: bool
) -> None:
    """Across outlets, which share few words when they retell in their own."""
    ta, xa, da = a
    tb, xb, db = b
    assert identity.same_happening(ta, xa, da, NO_KEYS, tb, xb, db, NO_KEYS, BODIES) is same
    assert identity.same_happening(tb, xb, db, NO_KEYS, ta, xa, da, NO_KEYS, BODIES) is same


def earlier(published_on: D) -> DateReading:
    """«Ранее ...»: before the article's publication, said by the text."""
    return DateReading(DateValue(None, published_on, "before", "before-publication"), text="Ранее")


@pytest.mark.parametrize(
    ("vague", "dated", "same_article", "same"),
    [
        # «Ранее Лавров и Ван И провели переговоры» a month after the talks of 9 April.
        (earlier(D(2024, 5, 14)), day(D(2024, 4, 9)), False, True),
        # An undated past report published two days after the dated talks.
        (before(D(2024, 4, 11)), day(D(2024, 4, 9)), False, True),
        # Talks of 2–3 days told elsewhere with their days.
        (earlier(D(2024, 5, 14)), span(D(2024, 4, 8), D(2024, 4, 9)), False, True),
        # Months later «ранее» points to more recent talks of the two, not these.
        (earlier(D(2024, 12, 14)), day(D(2024, 4, 9)), False, False),
        # Talks after the vague report's publication are other talks.
        (earlier(D(2024, 4, 1)), day(D(2024, 4, 9)), False, False),
        # A week («на этой неделе») is no day to match.
        (earlier(D(2024, 5, 14)), span(D(2024, 4, 8), D(2024, 4, 14)), False, False),
        # One article that gives the day and says «ранее» of the same two means two talks.
        (earlier(D(2024, 5, 14)), day(D(2024, 4, 9)), True, False),
    ],
)
def test_a_day_matches_before_a_later_publication(
    vague: DateReading, dated: DateReading, same_article: bool, same: bool
) -> None:
    parties = [LAVROV, "wang-yi"]
    for a, b in ((vague, dated), (dated, vague)):
        got = identity.same_happening(
            "talks", parties, a, NO_KEYS, "talks", parties, b, NO_KEYS, same_article=same_article
        )
        assert got is same


@pytest.mark.parametrize(
    ("vague_parties", "keys", "same_article", "same"),
    [
        # «Ранее Путин провёл переговоры с президентом Египта» and «встреча Путина и
        # ас-Сиси прошла 23 октября» (which also names the host governor): one happening.
        ([PUTIN, "sisi"], (NO_KEYS, NO_KEYS), False, True),
        # Named in other cities: two.
        ([PUTIN, "sisi"], (frozenset({"@сочи"}), frozenset({"@каир"})), False, False),
        # With only one of them: «ранее Путин провёл переговоры» with whom?
        ([PUTIN], (NO_KEYS, NO_KEYS), False, False),
        # One article that dates the meeting and says «ранее» of talks means two.
        ([PUTIN, "sisi"], (NO_KEYS, NO_KEYS), True, False),
    ],
)
def test_talks_before_a_later_publication_are_the_dated_meeting(
    vague_parties: list[str],
    keys: tuple[frozenset[str], frozenset[str]],
    same_article: bool,
    same: bool,
) -> None:
    dated = ("meeting", [PUTIN, "sisi", "governor"], day(D(2019, 10, 23)), keys[0])
    vague = ("talks", vague_parties, earlier(D(2019, 10, 24)), keys[1])
    for a, b in ((vague, dated), (dated, vague)):
        assert identity.same_happening(*a, *b, same_article=same_article) is same


def test_a_day_before_needs_the_same_parties() -> None:
    """«Ранее Лавров провёл переговоры» (with whom?) is not the dated talks of two."""
    got = identity.same_happening(
        "talks", [LAVROV], earlier(D(2024, 5, 14)), NO_KEYS,
        "talks", [LAVROV, "wang-yi"], day(D(2024, 4, 9)), NO_KEYS,
    )  # fmt: skip
    assert not got


def weekday(text: str) -> DateReading:
    """A weekday with no publication date to count from («в среду»): unanchored."""
    return DateReading(DateValue(None, None, "unknown", "unanchored"), text=text)


@pytest.mark.parametrize(
    ("vague", "dated", "same"),
    [
        # «в среду провёл переговоры» (an article without a date) and «встретились
        # 16 октября 2024 года», a Wednesday: they resolve alike.
        (weekday("в среду"), day(D(2024, 10, 16)), True),
        (weekday("в минувшую среду"), day(D(2024, 10, 16)), True),
        # A Thursday is another day.
        (weekday("в четверг"), day(D(2024, 10, 16)), False),
        # Not a weekday at all: «ранее» with nothing to count from.
        (weekday("ранее"), day(D(2024, 10, 16)), False),
    ],
)
def test_an_unanchored_weekday_matches_a_day_that_is_that_weekday(
    vague: DateReading, dated: DateReading, same: bool
) -> None:
    parties = [PUTIN, ALIEV]
    for a, ta, b, tb in ((vague, "talks", dated, "meeting"), (dated, "call", vague, "call")):
        got = identity.same_happening(ta, parties, a, NO_KEYS, tb, parties, b, NO_KEYS)
        assert got is same


ANKARA, ISTANBUL = "@анкар", "@стамбу"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «Ранее Лавров провёл переговоры в Анкаре» and the dated talks of Lavrov and his
        # counterpart in Ankara: the place, and one party named by both.
        (("talks", [LAVROV], earlier(D(2024, 6, 20)), {ANKARA, "зерн"}),
         ("talks", [LAVROV, "fidan"], day(D(2024, 6, 3)), {ANKARA, "транзит"}), True),
        # «встреча прошла 15 мая в Анкаре» with no year to place it, and talks there.
        (("meeting", ["fidan"], weekday("15 мая"), {ANKARA}),
         ("talks", [LAVROV, "fidan"], day(D(2024, 5, 14)), {ANKARA}), True),
        # Another city is another happening.
        (("talks", [LAVROV], earlier(D(2024, 6, 20)), {ISTANBUL}),
         ("talks", [LAVROV, "fidan"], day(D(2024, 6, 3)), {ANKARA}), False),
        # Each names someone the other does not: two meetings in one city.
        (("talks", [LAVROV, "wang-yi"], earlier(D(2024, 6, 20)), {ANKARA}),
         ("talks", [LAVROV, "fidan"], day(D(2024, 6, 3)), {ANKARA}), False),
        # A plain word the reports share is no place.
        (("talks", [LAVROV], earlier(D(2024, 6, 20)), {"анкар"}),
         ("talks", [LAVROV, "fidan"], day(D(2024, 6, 3)), {"анкар"}), False),
        # Outlets a day apart on talks in one city, one naming a single party.
        (("talks", ["pandor"], day(D(2023, 1, 24)), {"@претор", "осужда"}),
         ("talks", [LAVROV, "pandor"], day(D(2023, 1, 23)), {"@претор", "совмес"}), True),
        # ...but two days apart in different cities stay two.
        (("talks", ["pandor"], day(D(2023, 1, 24)), {"@кейпта"}),
         ("talks", [LAVROV, "pandor"], day(D(2023, 1, 23)), {"@претор"}), False),
    ],
)  # fmt: skip
def test_the_place_two_reports_share(
    a: tuple[str, list[str], DateReading, set[str]],
    b: tuple[str, list[str], DateReading, set[str]],
    same: bool,
) -> None:
    ta, xa, da, ka = a
    tb, xb, db, kb = b
    got = identity.same_happening(ta, xa, da, frozenset(ka), tb, xb, db, frozenset(kb))
    assert got is same
    back = identity.same_happening(tb, xb, db, frozenset(kb), ta, xa, da, frozenset(ka))
    assert back is same
    # Inside one article the extraction has already told them apart.
    inside = identity.same_happening(
        ta, xa, da, frozenset(ka), tb, xb, db, frozenset(kb), same_article=True
    )
    assert not inside or same


def stated(text: str) -> DateReading:
    """A date the text gives with no publication date to anchor it on."""
    return DateReading(DateValue(None, None, "unknown", "year-unknown"), text=text)


@pytest.mark.parametrize(
    ("vague", "same"),
    [
        # Read as if published on the other report's day, «15 мая» is a day later: outlets
        # that disagree by a day.
        (stated("15 мая"), True),
        (stated("в конце мая"), False),  # 21–31 May: a week and more after the 14th
        (stated("в начале мая"), False),  # 1–10 May
        (stated("17 февраля"), False),  # months apart
        (stated("ранее"), False),  # an earlier occasion, not a day
        (stated("с 11 по 13 августа"), False),
    ],
)
def test_an_unanchored_date_read_against_the_other_reports_day(
    vague: DateReading, same: bool
) -> None:
    ankara = frozenset({"@анкар"})
    got = identity.same_happening(
        "meeting", ["fidan"], vague, ankara, "talks", [LAVROV, "fidan"], day(D(2024, 5, 14)), ankara
    )
    assert got is same


def test_named_places_that_differ_keep_two_happenings() -> None:
    """«Ранее X и Y встретились в Стамбуле» is not their meeting of a day in Abu Dhabi."""
    parties = [LAVROV, "wang-yi"]
    dated, vague = day(D(2024, 4, 9)), earlier(D(2024, 5, 14))
    for keys_a, keys_b, same in (
        ({"@стамбу"}, {"@абу-да"}, False),
        ({"@стамбу"}, {"@стамбу"}, True),
        ({"@стамбу"}, set(), True),  # one report names no place: no contradiction
    ):
        got = identity.same_happening(
            "meeting", parties, vague, frozenset(keys_a), "meeting", parties, dated,
            frozenset(keys_b),
        )  # fmt: skip
        assert got is same


def dateline(d: D) -> DateReading:
    """«Москва. 8 октября. ИНТЕРФАКС -»: the day the report was written."""
    return DateReading(DateValue(d, d, "day", "publication-date"), text=f"Москва. {d}.")


KISHIDA = "kishida"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # A call reported under a dateline and the call told «накануне» elsewhere.
        (("call", [PUTIN, KISHIDA], dateline(D(2021, 3, 9))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), True),
        # A report with no date of its own, published the day after the dated call.
        (("call", [PUTIN, KISHIDA], published(D(2021, 3, 9))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), True),
        # A call three weeks before the dateline is an earlier call.
        (("call", [PUTIN, KISHIDA], dateline(D(2021, 3, 30))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), False),
        # Nor a call after it.
        (("call", [PUTIN, KISHIDA], dateline(D(2021, 3, 9))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 12))), False),
        # Another party on the line: not the same call.
        (("call", [PUTIN, KISHIDA, ALIEV], dateline(D(2021, 3, 9))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), False),
        # Words are not dated by a dateline this way (one speaker's words keep their day).
        (("statement", [PESKOV], dateline(D(2021, 3, 9))),
         ("statement", [PESKOV], day(D(2021, 3, 8))), False),
    ],
)  # fmt: skip
def test_a_report_dated_by_its_publication_alone(
    a: tuple[str, list[str], DateReading], b: tuple[str, list[str], DateReading], same: bool
) -> None:
    ta, xa, da = a
    tb, xb, db = b
    assert identity.same_happening(ta, xa, da, NO_KEYS, tb, xb, db, NO_KEYS) is same
    assert identity.same_happening(tb, xb, db, NO_KEYS, ta, xa, da, NO_KEYS) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «Лидеры накануне договорились поддерживать контакты» and their call that day.
        (("agreement", [PUTIN, KISHIDA], day(D(2021, 3, 8))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), True),
        # The agreement under the next day's dateline, the call stated on its day.
        (("agreement", [PUTIN, KISHIDA], dateline(D(2021, 3, 9))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), True),
        # An agreement of another day is another happening.
        (("agreement", [PUTIN, KISHIDA], day(D(2021, 3, 10))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), False),
        # An agreement with a third party is not what two men said on the phone.
        (("agreement", [PUTIN, KISHIDA, ALIEV], day(D(2021, 3, 8))),
         ("call", [PUTIN, KISHIDA], day(D(2021, 3, 8))), False),
        # Documents signed at talks stay an event of their own.
        (("agreement", [PUTIN, KISHIDA], day(D(2021, 3, 8))),
         ("talks", [PUTIN, KISHIDA], day(D(2021, 3, 8))), False),
    ],
)  # fmt: skip
def test_an_agreement_on_a_call_is_the_call(
    a: tuple[str, list[str], DateReading], b: tuple[str, list[str], DateReading], same: bool
) -> None:
    ta, xa, da = a
    tb, xb, db = b
    assert identity.same_happening(ta, xa, da, NO_KEYS, tb, xb, db, NO_KEYS) is same
    assert identity.same_happening(tb, xb, db, NO_KEYS, ta, xa, da, NO_KEYS) is same


def test_a_call_is_looked_up_among_agreements() -> None:
    assert identity.lookup_types("call") == {"call", "agreement"}
    assert identity.lookup_types("agreement") == {"call", "agreement"}
    # (and visits: a guest's visit to a house is the contact there, host_house.py)
    assert identity.lookup_types("talks") == {"meeting", "talks", "visit"}
    # The merged event stays a call (the gold and the timeline show the call).
    assert identity.merged_type("agreement", "call") == "call"


def test_the_narrowest_stated_stay_dates_the_event() -> None:
    """«Побывал в Ташкенте на этой неделе» and «визит прошёл 14–15 марта»: the two days."""
    week, stay = span(D(2025, 3, 10), D(2025, 3, 16)), span(D(2025, 3, 14), D(2025, 3, 15))
    assert merged_date.best_reading([week, stay]) is stay
    assert merged_date.best_reading([stay, week], "visit") is stay


@pytest.mark.parametrize(
    ("a", "b", "same_article", "same"),
    [
        # Two outlets of the same day, each only «ранее» of the same two.
        (("talks", earlier(D(2023, 5, 3))), ("talks", earlier(D(2023, 5, 3))), False, True),
        # «Провёл переговоры» with no date (a perfective past) in both.
        (("talks", before(D(2023, 5, 3))), ("talks", before(D(2023, 5, 5))), False, True),
        # Publications three days apart, «встреча» in one, «переговоры» in the other.
        (("meeting", before(D(2023, 5, 6))), ("talks", before(D(2023, 5, 3))), False, True),
        # Publications a month apart: each may mean another, more recent occasion.
        (("talks", before(D(2023, 6, 5))), ("talks", before(D(2023, 5, 3))), False, False),
        # One article telling «ранее» twice of the same two keeps what grouping decides.
        (("meeting", before(D(2023, 5, 3))), ("talks", before(D(2023, 5, 3))), True, False),
        # A day the other outlet gives, «встреча» against «переговоры».
        (("meeting", day(D(2023, 5, 2))), ("talks", earlier(D(2023, 5, 4))), False, True),
        # Words are one speaker's own: two «ранее заявил» stay what the speech rules say.
        (("statement", before(D(2023, 5, 3))), ("statement", before(D(2023, 5, 4))), False, False),
    ],
)
def test_two_reports_each_only_before_their_publication(
    a: tuple[str, DateReading], b: tuple[str, DateReading], same_article: bool, same: bool
) -> None:
    parties = [LAVROV, "choe"]
    for (ta, da), (tb, db) in ((a, b), (b, a)):
        got = identity.same_happening(
            ta, parties, da, NO_KEYS, tb, parties, db, NO_KEYS, same_article=same_article
        )
        assert got is same


@pytest.mark.parametrize(
    ("actors_b", "keys_b", "same"),
    [
        ([LAVROV, "choe"], set(), True),
        ([LAVROV], set(), False),  # with whom? not the talks of two
        ([LAVROV, "choe", PUTIN], set(), False),  # another party: all of them must agree
        ([LAVROV, "choe"], {"@пхенья"}, False),  # another named place
    ],
)
def test_two_before_reports_need_the_same_parties_and_place(
    actors_b: list[str], keys_b: set[str], same: bool
) -> None:
    got = identity.same_happening(
        "talks", [LAVROV, "choe"], before(D(2023, 5, 3)), frozenset({"@москв"}),
        "talks", actors_b, before(D(2023, 5, 4)), frozenset(keys_b),
    )  # fmt: skip
    assert got is same


@pytest.mark.parametrize(
    ("speaker_b", "date_b", "keys_b", "same_article", "same"),
    [
        # A reprint without any date: the same body, its place and a few words.
        ("embassy", UNDATED, {"@ташкен", "опроверг", "визит"}, False, True),
        # Another speaker's words.
        ("consulate", UNDATED, {"@ташкен", "опроверг", "визит"}, False, False),
        # No place the two share.
        ("embassy", UNDATED, {"@самарк", "опроверг", "визит"}, False, False),
        # A single shared plain word is too little.
        ("embassy", UNDATED, {"@ташкен", "опроверг", "газ"}, False, False),
        # Both dated, a week apart: the dates tell them apart.
        ("embassy", day(D(2024, 3, 12)), {"@ташкен", "опроверг", "визит"}, False, False),
    ],
)
def test_an_undated_reprint_of_one_speakers_words(
    speaker_b: str, date_b: DateReading, keys_b: set[str], same_article: bool, same: bool
) -> None:
    keys_a = frozenset({"@ташкен", "опроверг", "визит", "премье"})
    got = identity.same_happening(
        "statement", ["embassy"], day(D(2024, 3, 5)), keys_a,
        "statement", [speaker_b], date_b, frozenset(keys_b), same_article=same_article,
    )  # fmt: skip
    assert got is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «в среду встретились» in a reprint without a date, and «ранее встретились» of the
        # same two in an article of 9 August: nothing tells them apart.
        (("meeting", [PUTIN, ALIEV], weekday("в среду")),
         ("meeting", [PUTIN, ALIEV], before(D(2024, 8, 9))), True),
        # Another party on one side: not the same parties.
        (("meeting", [PUTIN, ALIEV], weekday("в среду")),
         ("meeting", [PUTIN, "fidan"], before(D(2024, 8, 9))), False),
        # Not a weekday: «ранее» with nothing to count from.
        (("meeting", [PUTIN, ALIEV], weekday("ранее")),
         ("meeting", [PUTIN, ALIEV], before(D(2024, 8, 9))), False),
    ],
)  # fmt: skip
def test_a_bare_weekday_and_a_before_publication_report_of_the_same_parties(
    a: tuple[str, list[str], DateReading], b: tuple[str, list[str], DateReading], same: bool
) -> None:
    got = identity.same_happening(a[0], a[1], a[2], NO_KEYS, b[0], b[1], b[2], NO_KEYS)
    assert got is same


def kw(*stems: str) -> frozenset[str]:
    return frozenset(stems)


@pytest.mark.parametrize(
    ("undated_keys", "dated_keys", "same"),
    [
        # An aide's undated words on one summit's schedule and his dated words of another
        # month on another trip share only the frame of any briefing («помощник
        # президента сообщил журналистам», «делегация»): two statements.
        (kw("помощн", "журнал", "делега", "график", "саммит", "формат", "участ"),
         kw("помощн", "журнал", "делега", "контин", "ожида", "возгла"), False),
        # A reprint without a date of the press office's words on the talks' topics and an
        # outlet's dated report of them share the topic itself: one statement.
        (kw("пресс-", "лидер", "обсуд", "урегул", "сотруд", "палест", "утр"),
         kw("пресс-", "лидер", "обсуд", "урегул", "сотруд", "палест", "эконом"), True),
        # A head of government's undated summary of a visit and the dated report of it.
        (kw("вывод", "иностр", "сил", "групп", "совмес", "итог", "заня"),
         kw("вывод", "иностр", "сил", "групп", "совмес", "итог", "возвра"), True),
    ],
)  # fmt: skip
def test_undated_words_join_another_outlets_dated_words_only_on_their_topic(
    undated_keys: frozenset[str], dated_keys: frozenset[str], same: bool
) -> None:
    who = ["ushakov"]
    dated = day(D(2023, 7, 24))
    for a, ka, b, kb in (
        (UNDATED, undated_keys, dated, dated_keys),
        (dated, dated_keys, weekday("в понедельник"), undated_keys),
    ):
        got = identity.same_happening("statement", who, a, ka, "statement", who, b, kb)
        assert got is same
    # Inside one article the speaker's words stay one statement whatever they share.
    assert identity.same_happening(
        "statement", who, UNDATED, undated_keys, "statement", who, dated, dated_keys,
        same_article=True,
    )  # fmt: skip
