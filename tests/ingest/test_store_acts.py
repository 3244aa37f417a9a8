"""One event per act across outlets (issue 12): the ordinal that tells a union's acts
apart («11-й пакет», «12-й пакет»), a union's body as part of the union («Совет ЕС» and
«Евросоюз»), a report of two actors' separate acts that must not weld their events, and
a «ранее» with nothing to count from that names the place. Unit tables on keys and
readings, then the store step on SQLite with the real pipeline. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest import same_stored
from app.ingest.dates import DateValue
from app.ingest.events import identity, ordinals
from app.ingest.events.model import DateReading
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date
NO_KEYS: frozenset[str] = frozenset()


def tok(text: str, lemma: str, pos: str) -> Token:
    return Token(0, len(text), text, lemma, pos)


@pytest.mark.parametrize(
    ("toks", "keys"),
    [
        # «утвердил 12-й пакет санкций»
        ([tok("12-й", "12-й", "ADJ"), tok("пакет", "пакет", "NOUN")], {"#пакет=12"}),
        # «двенадцатого пакета» by the word, an adjective between: «второй очный раунд».
        ([tok("двенадцатого", "двенадцатый", "ADJ"), tok("пакета", "пакет", "NOUN")],
         {"#пакет=12"}),
        ([tok("второй", "второй", "ADJ"), tok("очный", "очный", "ADJ"),
          tok("раунд", "раунд", "NOUN")], {"#раунд=2"}),
        # «7-я встреча» (tagged a numeral by the parser).
        ([tok("7-я", "7-я", "NUM"), tok("встреча", "встреча", "NOUN")], {"#встреча=7"}),
        # A compound ordinal is not read by its last word; a cardinal is no ordinal.
        ([tok("тридцать", "тридцать", "NUM"), tok("второй", "второй", "ADJ"),
          tok("саммит", "саммит", "NOUN")], set()),
        ([tok("12", "12", "NUM"), tok("пакетов", "пакет", "NOUN")], set()),
        # An ordinal with no noun after it.
        ([tok("второй", "второй", "ADJ"), tok("раз", "раз", "ADV")], set()),
    ],
)  # fmt: skip
def test_ordinal_keys(toks: list[Token], keys: set[str]) -> None:
    got = ordinals.ordinal_keys(toks, lambda t: t.lemma, lambda t: False)
    assert got == keys


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({"#пакет=11", "пакет"}, {"#пакет=12", "пакет"}, True),
        ({"#пакет=12"}, {"#пакет=12", "брюссе"}, False),
        # One report numbers it, the other does not: nothing tells them apart.
        ({"#пакет=12"}, {"пакет"}, False),
        # Different nouns say nothing about each other («первый визит», «второй день»).
        ({"#визит=1"}, {"#день=2"}, False),
        # An event whose reports named two packages still is one of them.
        ({"#пакет=11", "#пакет=12"}, {"#пакет=12"}, False),
    ],
)
def test_ordinals_apart(a: set[str], b: set[str], apart: bool) -> None:
    assert ordinals.apart(a, b) is apart
    assert ordinals.apart(b, a) is apart


def reading(start: D | None, end: D | None, precision: str, text: str | None) -> DateReading:
    return DateReading(DateValue(start, end, precision, "explicit"), text=text)  # type: ignore[arg-type]


MONDAY = reading(D(2023, 12, 18), D(2023, 12, 18), "day", "18 декабря")
ON_A_MONDAY = reading(None, None, "unknown", "в понедельник")  # no publication date


def test_another_number_is_another_act_on_the_same_weekday() -> None:
    council = ["eu-council"]
    for keys, same in (({"#пакет=11", "пакет"}, False), ({"#пакет=12", "пакет"}, True)):
        got = identity.same_happening(
            "sanctions", council, ON_A_MONDAY, frozenset(keys),
            "sanctions", council, MONDAY, frozenset({"#пакет=12", "пакет", "брюссе"}),
        )  # fmt: skip
        assert got is same


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (["eu-council"], ["eu"], True),
        (["eu"], ["european-commission", "germany"], True),
        (["eu-council"], ["uk"], False),
        (["eu-council"], ["european-parliament"], False),
    ],
)
def test_a_unions_body_is_part_of_the_union(a: list[str], b: list[str], overlap: bool) -> None:
    assert identity.actors_overlap(a, b) is overlap
    assert identity.actors_overlap(b, a) is overlap


# --- the store step ---------------------------------------------------------------------



TWELFTH = (
    "Совет Евросоюза утвердил 12-й пакет санкций против России на заседании в Брюсселе "
    "в понедельник, 18 декабря."
)
ELEVENTH_MONDAY = "Совет Евросоюза в понедельник утвердил 11-й пакет санкций против России."


def test_the_eleventh_package_is_not_the_twelfth(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, TWELFTH, D(2023, 12, 18), "twelfth.txt")
    _store(session, pipeline, ELEVENTH_MONDAY, None, "eleventh.txt")  # no date: any Monday
    assert len(_events(session, "sanctions")) == 2


def test_the_union_and_its_council_adopt_one_package(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, TWELFTH, D(2023, 12, 18), "council.txt")
    union = "Евросоюз накануне утвердил 12-й пакет ограничительных мер против России."
    _store(session, pipeline, union, D(2023, 12, 19), "union.txt")
    (ev,) = _events(session, "sanctions")
    assert _files(session, ev) == {"council.txt", "union.txt"}


def test_a_report_of_two_actors_acts_does_not_weld_them(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, TWELFTH, D(2023, 12, 18), "eu.txt")
    uk = "Великобритания 18 декабря ввела санкции против двадцати танкеров."
    _store(session, pipeline, uk, D(2023, 12, 18), "uk.txt")
    both = "Евросоюз и Великобритания 18 декабря ввели санкции против России."
    _store(session, pipeline, both, D(2023, 12, 19), "both.txt")
    assert len(_events(session, "sanctions")) == 2


# --- one visitor's trip to one destination ------------------------------------------------


def week(a: D, b: D) -> DateReading:
    return reading(a, b, "range", "на этой неделе")


def told_before(published_on: D) -> DateReading:
    return DateReading(DateValue(None, published_on, "before", "before-publication"), text="ранее")


STAY = reading(D(2023, 10, 18), D(2023, 10, 19), "range", "18–19 октября")
TO_MONGOLIA, TO_CHINA = {"%mongolia"}, {"%china"}


@pytest.mark.parametrize(
    ("vague", "keys", "visitors", "same"),
    [
        # «посетит Монголию на этой неделе» and the stay of 18–19 October there.
        (week(D(2023, 10, 16), D(2023, 10, 22)), TO_MONGOLIA, ["lavrov"], True),
        # «ранее побывал в Монголии», published the week after.
        (told_before(D(2023, 10, 25)), TO_MONGOLIA, ["lavrov"], True),
        # Months later «ранее» points to another trip.
        (told_before(D(2024, 3, 25)), TO_MONGOLIA, ["lavrov"], False),
        # Another destination that week, another visitor, or a visitor with his minister.
        (week(D(2023, 10, 16), D(2023, 10, 22)), TO_CHINA, ["lavrov"], False),
        (week(D(2023, 10, 16), D(2023, 10, 22)), TO_MONGOLIA, ["shoigu"], False),
        (week(D(2023, 10, 16), D(2023, 10, 22)), TO_MONGOLIA, ["lavrov", "shoigu"], False),
        # A month is no week.
        (reading(D(2023, 10, 1), D(2023, 10, 31), "month", "в октябре"), TO_MONGOLIA,
         ["lavrov"], False),
    ],
)  # fmt: skip
def test_one_visitors_trip_to_one_destination(
    vague: DateReading, keys: set[str], visitors: list[str], same: bool
) -> None:
    stay_keys = frozenset(TO_MONGOLIA | {"официа"})
    for a, ka, xa, b, kb, xb in (
        (vague, frozenset(keys), visitors, STAY, stay_keys, ["lavrov"]),
        (STAY, stay_keys, ["lavrov"], vague, frozenset(keys), visitors),
    ):
        assert identity.same_happening("visit", xa, a, ka, "visit", xb, b, kb) is same


def test_a_visit_announced_for_the_week_is_the_stay(session: Session, pipeline: Pipeline) -> None:
    announced = "Министр иностранных дел России Сергей Лавров посетит Монголию на этой неделе."
    _store(session, pipeline, announced, D(2023, 10, 16), "announced.txt")
    stay = "Сергей Лавров находился в Монголии с официальным визитом 18–19 октября."
    _store(session, pipeline, stay, D(2023, 10, 20), "stay.txt")
    (ev,) = _events(session, "visit")
    assert _files(session, ev) == {"announced.txt", "stay.txt"}
    assert (ev.date_start, ev.date_end) == (D(2023, 10, 18), D(2023, 10, 19))


# --- an envoy received on the day he took up his post -------------------------------------

TUESDAY = reading(D(2024, 3, 5), D(2024, 3, 5), "day", "во вторник")


@pytest.mark.parametrize(
    ("meeting", "appointment", "same"),
    [
        # «Руденко принял нового посла» and «посол вручил копии грамот Руденко», one day.
        ((["rudenko", "envoy"], TUESDAY), (["rudenko", "envoy"], TUESDAY), True),
        # The next day is another meeting.
        ((["rudenko", "envoy"], reading(D(2024, 3, 6), D(2024, 3, 6), "day", "6 марта")),
         (["rudenko", "envoy"], TUESDAY), False),
        # Someone else received, or one of them with a third party.
        ((["galuzin", "envoy"], TUESDAY), (["rudenko", "envoy"], TUESDAY), False),
        ((["rudenko", "envoy", "lavrov"], TUESDAY), (["rudenko", "envoy"], TUESDAY), False),
    ],
)  # fmt: skip
def test_a_reception_and_the_appointment_of_that_day(
    meeting: tuple[list[str], DateReading],
    appointment: tuple[list[str], DateReading],
    same: bool,
) -> None:
    (xa, da), (xb, db) = meeting, appointment
    got = identity.same_happening("meeting", xa, da, NO_KEYS, "appointment", xb, db, NO_KEYS)
    back = identity.same_happening("appointment", xb, db, NO_KEYS, "meeting", xa, da, NO_KEYS)
    assert got is same and back is same


def test_the_merged_type_is_the_appointment() -> None:
    assert identity.merged_type("meeting", "appointment") == "appointment"
    assert identity.merged_type("appointment", "meeting") == "appointment"
    assert "appointment" in identity.lookup_types("meeting")
    assert "meeting" in identity.lookup_types("appointment")


# --- what one caller agreed on the call's day ---------------------------------------------

SUNDAY = reading(D(2022, 5, 29), D(2022, 5, 29), "day", "в воскресенье")
UNDATED = DateReading(DateValue(None, None, "unknown", "unknown"), explicit=False)


@pytest.mark.parametrize(
    ("deal", "date", "same"),
    [
        # «провёл разговор с Путиным и договорился о продлении поставок газа»
        (["vucic"], SUNDAY, True),
        (["vucic", "putin"], SUNDAY, True),
        # Another day, or no day at all: one caller's agreement may be another one.
        (["vucic"], reading(D(2022, 5, 31), D(2022, 5, 31), "day", "31 мая"), False),
        (["vucic"], UNDATED, False),
        # Someone the call did not have.
        (["vucic", "orban"], SUNDAY, False),
    ],
)
def test_one_callers_agreement_on_the_calls_day(
    deal: list[str], date: DateReading, same: bool
) -> None:
    call = ["vucic", "putin"]
    got = identity.same_happening("call", call, SUNDAY, NO_KEYS, "agreement", deal, date, NO_KEYS)
    back = identity.same_happening("agreement", deal, date, NO_KEYS, "call", call, SUNDAY, NO_KEYS)
    assert got is same and back is same


# --- one person's meetings with two others on one day --------------------------------------

PEOPLE = frozenset({"putin", "aliev", "pashinyan", "lavrov"})


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # Putin with Aliev, Putin with Pashinyan: each names a person the other lacks.
        (("meeting", ["putin", "aliev"]), ("meeting", ["putin", "pashinyan"]), True),
        (("call", ["putin", "aliev"]), ("call", ["pashinyan", "putin"]), True),
        # One outlet names fewer of the people, or a state beside them.
        (("meeting", ["putin", "aliev"]), ("talks", ["putin", "aliev", "pashinyan"]), False),
        (("meeting", ["putin", "aliev"]), ("meeting", ["putin", "azerbaijan"]), False),
        # What came of a meeting may be told with the wrong side; words are one speaker's.
        (("agreement", ["putin", "aliev"]), ("agreement", ["putin", "pashinyan"]), False),
        (("statement", ["lavrov", "aliev"]), ("statement", ["lavrov", "pashinyan"]), False),
    ],
)
def test_other_counterparts_across_outlets(
    a: tuple[str, list[str]], b: tuple[str, list[str]], apart: bool
) -> None:
    assert same_stored.other_counterparts(*a, *b, PEOPLE) is apart
    assert same_stored.other_counterparts(*b, *a, PEOPLE) is apart


STATES = frozenset({"russia", "laos", "algeria", "china"})


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # A sitting of Russia and Laos, one of Russia and Algeria: two happenings.
        (("meeting", ["russia", "laos"]), ("meeting", ["russia", "algeria"]), True),
        (("talks", ["laos", "russia"]), ("meeting", ["algeria", "russia", "putin"]), True),
        # One report names a third state, or fewer: the same parties may be one happening.
        (("meeting", ["russia", "laos"]), ("meeting", ["russia", "laos", "china"]), False),
        (("meeting", ["russia", "laos"]), ("meeting", ["russia", "putin"]), False),
        # What came of a contact is not compared so (one report may name the wrong side).
        (("agreement", ["russia", "laos"]), ("agreement", ["russia", "algeria"]), False),
    ],
)
def test_contacts_of_two_states_sharing_one_are_two(
    a: tuple[str, list[str]], b: tuple[str, list[str]], apart: bool
) -> None:
    assert same_stored.other_partner_states(*a, *b, STATES) is apart
    assert same_stored.other_partner_states(*b, *a, STATES) is apart


def test_two_meetings_of_one_leader_on_one_day(session: Session, pipeline: Pipeline) -> None:
    aliev = "Президент России Владимир Путин 20 июня встретился с Ильхамом Алиевым."
    pashinyan = "Владимир Путин 20 июня провёл встречу с Николом Пашиняном."
    _store(session, pipeline, aliev, D(2024, 6, 21), "aliev.txt")
    _store(session, pipeline, pashinyan, D(2024, 6, 21), "pashinyan.txt")
    assert len(_events(session, "meeting", "talks")) == 2
    again = "Путин и Алиев 20 июня провели встречу в Кремле."
    _store(session, pipeline, again, D(2024, 6, 22), "again.txt")
    assert len(_events(session, "meeting", "talks")) == 2


# --- a weekday with nothing to count from is not another weekday's stated day -------------


@pytest.mark.parametrize(
    ("vague", "same"),
    [
        # 12 June 2025 was a Thursday.
        (reading(None, None, "unknown", "в четверг"), True),
        (reading(None, None, "unknown", "в субботу"), False),
        (reading(None, None, "unknown", "в минувший понедельник"), False),
    ],
)
def test_an_unanchored_weekday_and_a_day_of_another_weekday(vague: DateReading, same: bool) -> None:
    thursday = reading(D(2025, 6, 12), D(2025, 6, 12), "day", "12 июня 2025 года")
    words = frozenset({"диплом", "миссий", "работ", "обсуд"})  # the same wording
    two = ["lavrov", "rubio"]
    assert identity.same_happening("call", two, vague, words, "call", two, thursday, words) is same
    assert identity.same_happening("call", two, thursday, words, "call", two, vague, words) is same


def weekday_only(text: str) -> DateReading:
    return reading(None, None, "unknown", text)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # Two undated articles: «в субботу» and «в понедельник» are two days.
        (weekday_only("в субботу"), weekday_only("в понедельник"), False),
        (weekday_only("в субботу"), weekday_only("в субботу"), True),
        # «7 марта» with no year to place it, beside a call of 12 June: months apart.
        (reading(None, None, "unknown", "7 марта"),
         reading(D(2025, 6, 12), D(2025, 6, 12), "day", "12 июня 2025 года"), False),
        # «13 июня» beside 12 June: outlets a day apart on one call.
        (reading(None, None, "unknown", "13 июня"),
         reading(D(2025, 6, 12), D(2025, 6, 12), "day", "12 июня 2025 года"), True),
    ],
)  # fmt: skip
def test_dates_with_nothing_to_count_from(a: DateReading, b: DateReading, same: bool) -> None:
    words = frozenset({"диплом", "миссий", "работ", "обсуд"})  # the same wording
    two = ["lavrov", "rubio"]
    assert identity.same_happening("call", two, a, words, "call", two, b, words) is same
    assert identity.same_happening("call", two, b, words, "call", two, a, words) is same
