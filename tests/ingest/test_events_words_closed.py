"""A verb after «, и» that closes a verb of saying's words is the speaker's second act
(said_clause.conj_to_words_verb, attribution._speakers_own): «Премьер сказал, что страна
будет ..., и предложил ...» is words and a proposal. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.said_clause import conj_to_words_verb
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

MASC_PAST = {"VerbForm": "Fin", "Tense": "Past", "Number": "Sing", "Gender": "Masc"}
FEM_PAST = {"VerbForm": "Fin", "Tense": "Past", "Number": "Sing", "Gender": "Fem"}
MASC = {"Number": "Sing", "Gender": "Masc"}
FEM = {"Number": "Sing", "Gender": "Fem"}


def _tok(i: int, text: str, lemma: str, pos: str, feats: dict[str, str]) -> Token:
    return Token(start=i, end=i + 1, text=text, lemma=lemma, pos=pos, feats=dict(feats))


def _sentence(
    told_subject: dict[str, str], told_verb: dict[str, str], aux: bool, comma: bool,
    second: dict[str, str],
) -> tuple[list[Token], list[int], list[str]]:
    """«Министр заявил, что <subject> [будет] <verb> [,] и <second> ...», the parser's
    way: the last verb a conjunct of the words' verb."""
    words = [
        ("Министр", "министр", "NOUN", MASC),
        ("заявил", "заявить", "VERB", MASC_PAST),
        (",", ",", "PUNCT", {}),
        ("что", "что", "SCONJ", {}),
        ("страна", "страна", "NOUN", told_subject),
        ("будет" if aux else "уже", "быть" if aux else "уже", "AUX" if aux else "ADV",
         {"Tense": "Fut"} if aux else {}),
        ("помогать", "помогать", "VERB", told_verb),
    ]  # fmt: skip
    if comma:
        words.append((",", ",", "PUNCT", {}))
    words += [("и", "и", "CCONJ", {}), ("предложил", "предложить", "VERB", second)]
    toks = [_tok(i, *w) for i, w in enumerate(words)]
    n = len(toks)
    heads = [1, -1, 6, 6, 6, 6, 1] + ([n - 1] if comma else []) + [n - 1, 6]
    rels = ["nsubj", "root", "punct", "mark", "nsubj", "aux" if aux else "advmod", "ccomp"]
    rels += (["punct"] if comma else []) + ["cc", "conj"]
    return toks, heads, rels


# (subject of the words, their verb, «будет», comma, last verb, moved onto «заявил»)
CASES = [
    # «страна будет помогать, и предложил»: gender and tense both say it is the speaker's
    (FEM, {"VerbForm": "Inf"}, True, True, MASC_PAST, True),
    # «министр ... помогал, и предложил»: same gender and tense, the words' may go on
    (MASC, MASC_PAST, False, True, MASC_PAST, False),
    # no comma before «и»: predicates of the words' own subject («помогала и предложила»)
    (FEM, FEM_PAST, False, False, FEM_PAST, False),
    (FEM, {"VerbForm": "Inf"}, True, False, MASC_PAST, False),
    # the last verb agrees with the words' subject, not the speaker: it stays
    (FEM, {"VerbForm": "Inf"}, True, True, FEM_PAST, False),
    # «страна уже помогала, и предложил»: the gender tells the speaker
    (FEM, FEM_PAST, False, True, MASC_PAST, True),
]


@pytest.mark.parametrize(("subject", "verb", "aux", "comma", "second", "moved"), CASES)
def test_conj_to_words_verb(
    subject: dict[str, str],
    verb: dict[str, str],
    aux: bool,
    comma: bool,
    second: dict[str, str],
    moved: bool,
) -> None:
    toks, heads, rels = _sentence(subject, verb, aux, comma, second)
    last = len(toks) - 1
    conj_to_words_verb(toks, heads, rels)
    assert heads[last] == (1 if moved else 6)


SENTENCES = [
    (
        "На итоговом брифинге канцлер Шольц заявил, что Германия не будет поставлять "
        "эти ракеты, и предложил партнерам обсудить новый пакет помощи.",
        {"press-conference", "proposal"},
    ),
    (
        "Фумио Кисида сказал, что Япония готова к диалогу, и предложил провести "
        "консультации в Токио.",
        {"statement", "proposal"},
    ),
]


@pytest.mark.parametrize(("text", "types"), SENTENCES)
def test_words_and_proposal(pipeline: Pipeline, text: str, types: set[str]) -> None:
    """The words (or the briefing they were said at) and the proposal beside them."""
    events = pipeline.process(raw_article(text, dt.date(2023, 3, 9))).events
    assert {e.type for e in events} == types


# (text, publication, the statement's actors, the proposal's actors)
ACTORS = [
    # the invitation's «в Японию» is where the guest is asked, not company of the words
    (
        "Премьер-министр Кисида назвал беседу полезной и пригласил Моди в Японию.",
        {"fumio-kishida"},
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ACTORS)
def test_act_beside_keeps_its_own(pipeline: Pipeline, text: str, speakers: set[str]) -> None:
    events = pipeline.process(raw_article(text, dt.date(2023, 3, 9))).events
    statements = [e for e in events if e.type == "statement"]
    assert [set(e.actors) for e in statements] == [speakers]
    proposals = [e for e in events if e.type == "proposal"]
    assert proposals and all(speakers <= set(e.actors) for e in proposals)


def test_proposal_takes_the_press_conference_day(pipeline: Pipeline) -> None:
    """«На пресс-конференции заявил ..., и предложил»: the proposal is made on the day the
    press conference was told to be on, not the publication day."""
    text = (
        "Переговоры лидеров прошли во вторник, 7 марта, в Берлине.\n\n"
        "На итоговой пресс-конференции канцлер Шольц заявил, что Германия не будет "
        "поставлять эти ракеты, и предложил партнерам обсудить новый пакет помощи."
    )
    events = pipeline.process(raw_article(text, dt.date(2023, 3, 9))).events
    days = {e.type: e.date.value.start for e in events}
    assert days.get("proposal") == dt.date(2023, 3, 7)
