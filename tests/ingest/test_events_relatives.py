"""Relative clauses with «который» (relatives.py), on sentences of our own: the relative
word stands for its antecedent, the clause's happening is told beside the main one with the
antecedent as its party, and the clause's own subject and date stay inside it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.mend import mend
from app.ingest.events.model import EventCandidate, SentenceParse
from app.ingest.events.relatives import antecedent_party, relative_clause
from app.ingest.pipeline import Pipeline, paragraph_sentences
from tests.ingest.helpers import raw_article

D = dt.date
P, S = "participant", "speaker"

# Each row: text (published on Thursday 5 June 2025), then (type, sorted actor ids, their
# roles, date) for each event, in the order read.
CASES: list[tuple[str, list[tuple[str, list[str], list[str], str | None]]]] = [
    # «с которым X провёл переговоры»: the antecedent is X's counterpart; X is no speaker
    # of the antecedent's thanks, and the clause's Tuesday is the talks'.
    (
        "Глава МИД Турции Хакан Фидан, с которым Лавров провёл переговоры во вторник, "
        "поблагодарил Россию за помощь.",
        [
            ("statement", ["hakan-fidan"], [S], "2025-06-05"),
            ("talks", ["hakan-fidan", "sergey-lavrov"], [P, P], "2025-06-03"),
        ],
    ),
    # «которого X принял»: the one received is the antecedent; the host verb is a
    # meeting by its animate object, the relative word.
    (
        "Эрдоган, которого Путин принял в Сочи в понедельник, пригласил его посетить Анкару.",
        [
            ("proposal", ["recep-tayyip-erdogan", "vladimir-putin"], [P, P], "2025-06-05"),
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"], [P, P], "2025-06-02"),
        ],
    ),
    (
        "Президент Египта, которого Путин принял во вторник, заявил о важности визита.",
        [
            ("statement", ["abdel-fattah-el-sisi"], [S], "2025-06-05"),
            ("meeting", ["abdel-fattah-el-sisi", "vladimir-putin"], [P, P], "2025-06-03"),
        ],
    ),
    # The clause hung on the name in apposition stands for the whole titled name.
    (
        "Президент Турции Эрдоган, которого в понедельник принял Путин, заявил о поддержке.",
        [
            ("statement", ["recep-tayyip-erdogan"], [S], "2025-06-05"),
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"], [P, P], "2025-06-02"),
        ],
    ),
    # The parser hangs the clause on the plural «гостей»; «которым» agrees with the
    # premier named last before the comma.
    (
        "Кроме гостей из Азии, на форум приехал президент Турции Эрдоган, с которым Путин "
        "встретился во вторник.",
        [
            ("visit", ["recep-tayyip-erdogan"], [P], None),
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"], [P, P], "2025-06-03"),
        ],
    ),
    # A day past the main verb that follows the clause is the main clause's, however a
    # parser hangs it on the clause's verb.
    (
        "Лавров, который прилетел в Анкару в пятницу, провёл переговоры с Фиданом в понедельник.",
        [
            ("talks", ["hakan-fidan", "sergey-lavrov"], [P, P], "2025-06-02"),
            ("visit", ["sergey-lavrov"], [P], "2025-05-30"),
        ],
    ),
    # So is a day past the main verb after a participle phrase set off the same way.
    (
        "Лавров, прилетевший в Анкару во вторник, провёл переговоры с Фиданом в среду.",
        [
            ("talks", ["hakan-fidan", "sergey-lavrov"], [P, P], "2025-06-04"),
            ("visit", ["sergey-lavrov"], [P], "2025-06-03"),
        ],
    ),
    # A clause telling when a happening was due hangs on the happening, not on the city
    # that «который» agrees with too; its date is the day the visit was due.
    (
        "Визит делегации Малайзии во Владивосток, который планировался на конец октября, "
        "перенесен на весну.",
        [("visit", ["malaysia"], [P], "2025-10-21")],
    ),
    (
        "Визит Лаврова в Хельсинки, который должен был пройти в конце октября, отменили.",
        [("visit", ["sergey-lavrov"], [P], "2025-10-21")],
    ),
    # A month inside the clause, which a parser hangs on the main verb, is the clause's.
    (
        "Министр иностранных дел Турции Хакан Фидан, с которым Лавров беседовал в мае в "
        "Анталье, заявил о поддержке переговоров.",
        [
            ("statement", ["hakan-fidan"], [S], "2025-06-05"),
            ("meeting", ["hakan-fidan", "sergey-lavrov"], [P, P], "2025-05"),
        ],
    ),
]



def _day(e: EventCandidate) -> str | None:
    value = e.date.value
    if value.start is None:
        return None
    return value.start.isoformat()[:7] if value.precision == "month" else value.start.isoformat()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_clauses(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 6, 5)))
    got = [
        (e.type, sorted(e.actors), [e.roles.get(a, P) for a in sorted(e.actors)], _day(e))
        for e in facts.events
    ]
    assert got == expected


# Whether the relative word names a party to the clause's happening: by its case and
# preposition. Each row: a sentence and whether its clause's antecedent takes part.
PARTY_CASES: list[tuple[str, bool]] = [
    ("Министр, с которым встретился Путин, уехал.", True),
    ("Посол, которого принял министр, уехал.", True),
    ("Посол, которому Путин вручил орден, уехал.", True),
    ("Посол, который посетил Минск, уехал.", True),
    ("Страна, в которую прилетел министр, ждёт решения.", False),
    ("Договор, о котором говорил министр, подписан.", False),
    ("Саммит, в ходе которого встретились лидеры, завершился.", False),
]


@pytest.mark.parametrize(("text", "party"), PARTY_CASES)
def test_antecedent_party(pipeline: Pipeline, text: str, party: bool) -> None:
    an = paragraph_sentences(pipeline.nlp.analyse(text))
    toks = an.tokens_in(an.sentences[0].start, an.sentences[0].end)
    heads, rels = pipeline.nlp.parse([[t.text for t in toks]])[0]
    parse = mend(toks, SentenceParse(heads, rels))
    verb = next(i for i, r in enumerate(parse.rels) if r == "acl:relcl")
    assert relative_clause(toks, parse, verb) == verb
    assert antecedent_party(toks, parse, verb) is party
