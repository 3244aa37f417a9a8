"""References back to a happening the article already tells: no new happenings.

A trigger noun often only points back at a happening the article tells elsewhere: it
situates another act in time («по итогам встречи X заявил», «после переговоров признал»,
«перед началом встречи к участникам обратился»). With no date and no parties of its own,
such a noun names no new happening: it is the article's told happening of that kind (the
sentence becomes one more source of it), and when the article tells none, it is no event
at all — the news is the act it situates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ActorSpan, EventCandidate, SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Prepositions that place an act before or after a happening («после переговоров», «до
# поездки», «перед встречей»), with no noun between.
TIME_PREPOSITIONS = frozenset({"после", "перед", "до"})
# Nouns of a happening's phase or outcome that take it in the genitive and, with their own
# preposition, situate an act in time: «по итогам встречи», «в ходе переговоров», «перед
# началом встречи», «по окончании визита», «во время беседы».
PHASE_NOUNS: dict[str, frozenset[str]] = {
    "итог": frozenset({"по"}),
    "окончание": frozenset({"по", "после", "до", "перед"}),
    "завершение": frozenset({"по", "после", "до", "перед"}),
    "ход": frozenset({"в"}),
    "время": frozenset({"во", "в"}),
    "начало": frozenset({"перед", "до", "после", "в"}),
}
# The nouns of the compound prepositions «во время», «в ходе»: never a noun's attribute.
DURING_WORDS = frozenset({"время", "ход"})
# Families a back reference may stand for: contacts refer to one another («переговоры»
# told as «встреча», «беседа»); other kinds only to their own.
CONTACTS = frozenset({"call", "meeting", "talks"})


def _case_words(toks: list[Token], parse: SentenceParse, i: int) -> set[str]:
    return {
        lemma_of(toks[j])
        for j, h in enumerate(parse.heads)
        if h == i and parse.rels[j] in ("case", "fixed")
    } | {
        lemma_of(toks[k])
        for j, h in enumerate(parse.heads)
        if h == i and parse.rels[j] == "case"
        for k, hk in enumerate(parse.heads)
        if hk == j and parse.rels[k] == "fixed"
    }


def time_adjunct(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Does trigger noun `idx` only situate another act in time: «после переговоров», «по
    итогам встречи», «перед началом встречи», «в ходе беседы»?"""
    if toks[idx].pos in VERBAL:
        return False
    head = parse.heads[idx]
    if head < 0:
        return False
    case = _case_words(toks, parse, idx)
    if case & TIME_PREPOSITIONS or any(case & PHASE_NOUNS[p] for p in case & PHASE_NOUNS.keys()):
        # «после переговоров»; «в ходе встречи», the parser's compound preposition; «просил
        # о помиловании во время разговора»: «во время» hung on the noun before it
        return (
            toks[head].pos in VERBAL
            or parse.rels[idx] in ("obl", "advcl")
            or bool(case & DURING_WORDS)
        )
    phase = lemma_of(toks[head])
    if phase in PHASE_NOUNS and parse.rels[idx] == "nmod":
        return bool(_case_words(toks, parse, head) & PHASE_NOUNS[phase])
    return False


# Phases that put words at the happening itself or at its close, so on its day: «по итогам
# переговоров», «в ходе встречи», «во время беседы», «по завершении визита» (not «после»,
# «перед»: another day may lie between).
SAME_OCCASION = frozenset({"итог", "ход", "время", "окончание", "завершение"})


def same_occasion(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Does trigger noun `idx` situate words at the happening itself or its close?"""
    if not time_adjunct(toks, parse, idx):
        return False
    head = parse.heads[idx]
    case = _case_words(toks, parse, idx)
    if case & SAME_OCCASION:
        return True  # the parser's compound preposition «в ходе»
    return lemma_of(toks[head]) in SAME_OCCASION and parse.rels[idx] == "nmod"


# Subjects that point back at what the sentence or the text has told: «это первый визит».
DEICTIC = frozenset({"это"})


def characterises(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` only the predicate that characterises a happening told
    («провел переговоры с Лавровым — это первый визит главы евродипломатии», «это был
    первый обмен после паузы»)? Its subject is a pointing word, not a party."""
    return toks[idx].pos not in VERBAL and any(
        h == idx and lemma_of(toks[j]) in DEICTIC and parse.rels[j] in ("expl", "nsubj")
        for j, h in enumerate(parse.heads)
    )


# Verbs that tell who conducted a happening («встречу вел представитель ЕС», «кто вел
# переговоры»): a role in the one told, no happening of its own («провести» holds one).
CONDUCTING = frozenset({"вести"})


def conducted(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` what a verb of conducting has as its object («встречу вел
    Мора»)? Who ran it is told, of a happening the article tells."""
    head = parse.heads[idx]
    return (
        head >= 0
        and toks[idx].pos not in VERBAL
        and parse.rels[idx] in ("obj", "nsubj:pass")
        and lemma_of(toks[head]) in CONDUCTING
    )


def _descendant(parse: SentenceParse, i: int, top: int) -> bool:
    return i == top or top in ancestors(parse, i)


def _under(
    toks: list[Token], parse: SentenceParse, idx: int, spans: Sequence[tuple[int, int]]
) -> bool:
    """Is one of `spans` (character offsets) headed below the trigger noun at `idx`?"""
    for start, end in spans:
        head = span_head(toks, parse, start, end)
        if head is not None and head != idx and _descendant(parse, head, idx):
            return True
    return False


def own_parties(
    toks: list[Token], parse: SentenceParse, idx: int, hits: Sequence[ActorSpan]
) -> bool:
    """Does the trigger noun name parties of its own («после встречи с Лавровым»,
    «российско-китайских переговоров»)?"""
    return _under(toks, parse, idx, [(h.start, h.end) for h in hits])


def own_date(
    toks: list[Token], parse: SentenceParse, idx: int, mentions: Sequence[DateMention]
) -> bool:
    """Is a date said of the trigger noun itself («после переговоров 5 мая»)?"""
    return _under(toks, parse, idx, [(d.start, d.end) for d in mentions])


def refers_back(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    hits: Sequence[ActorSpan],
    mentions: Sequence[DateMention],
) -> bool:
    """Trigger noun `idx`, of type `typ`, points back at a happening rather than telling
    a new one. Words are left alone: «после заявления МИД» is no contact."""
    return (
        typ not in SPEECH_TYPES
        and (
            (
                (time_adjunct(toks, parse, idx) or characterises(toks, parse, idx))
                and not own_parties(toks, parse, idx, hits)
            )
            or conducted(toks, parse, idx)
        )
        and not own_date(toks, parse, idx, mentions)
    )


def _kin(told: str, ref: str) -> bool:
    """May a back reference of kind `ref` stand for a told happening of kind `told`? A
    call is a contact read as by telephone («во время их телефонного разговора»; talks
    by phone are read as a call too): it points back at no meeting or talks, which the
    parties held face to face. A meeting noun may still point back at a call («в ходе
    беседы» after «провёл телефонный разговор»)."""
    if ref == "call":
        return told == "call"
    return told == ref or (told in CONTACTS and ref in CONTACTS)


def antecedent(groups: Sequence[EventCandidate], ref: EventCandidate) -> EventCandidate | None:
    """The told happening `ref` points back at: of its kind and status, the one last told
    before it."""
    at = ref.sentences[0][0]
    told = [
        (max(s for s, _ in g.sentences if s < at), i)
        for i, g in enumerate(groups)
        if _kin(g.type, ref.type) and g.status == ref.status and any(s < at for s, _ in g.sentences)
    ]
    return groups[max(told)[1]] if told else None


def resolve(
    groups: Sequence[EventCandidate],
    ref: EventCandidate,
    absorb: Callable[[EventCandidate, EventCandidate], None],
) -> EventCandidate | None:
    """A back reference joins its told happening as one more source (and None is
    returned). One with nothing told before it is no happening when it names a single
    side (a contact needs two: «по итогам встречи Рябков заявил»); with both sides named
    («Путин и Кисида в ходе разговора подтвердили») it is the first telling, returned to
    be grouped as such."""
    g = antecedent(groups, ref)
    if g is not None:
        ref.type = g.type  # «встреча» told of «переговоры»: the told kind stands
        absorb(g, ref)
        return None
    return ref if len(ref.actors) >= 2 else None
