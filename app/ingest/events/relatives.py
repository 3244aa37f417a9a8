"""Relative clauses with «который»: the relative word stands for its antecedent, the noun
the clause (acl:relcl) hangs on.

«Премьер Малайзии, с которым Путин встретился в четверг, заявил ...» tells two
happenings: the meeting (Putin's, with the premier: «с которым» is the premier as a
counterpart) and the statement (the premier's). Inside the clause the relative word fills
the role its case and preposition give; the clause's own subject and date are the clause's,
never the main verb's (Putin is no speaker of the premier's words).

A clause on a happening noun («переговоры, в ходе которых ...», «встреча, которая прошла
...») still describes that happening: the antecedent is the trigger itself, and what the
clause tells belongs to it (tree.py keeps that reading).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from app.ingest.events.lexicon import NOUN_TRIGGERS, SCHEDULED_LEMMAS, TOOK_PLACE_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, anchor_verb
from app.ingest.nlp import Token

RELATIVE_LEMMA = "который"
# The link by which a finite relative clause hangs on its noun.
RELATIVE_LINK = "acl:relcl"
# Prepositions with which «который» names the place, the topic or the frame of the clause's
# happening, not a party to it («страна, в которую ...», «договор, о котором ...»,
# «саммит, на полях которого ...»).
NOT_A_PARTY = frozenset({"о", "об", "обо", "про", "в", "во", "на", "из", "по", "после", "до"})


def relative_word(tokens: Sequence[Token], parse: SentenceParse, clause: int) -> int | None:
    """The «который» of the relative clause headed at `clause` (the nearest one inside it:
    «с которым», «в ходе которого» under a noun of the clause), or None."""
    for j, t in enumerate(tokens):
        if t.lemma.lower() == RELATIVE_LEMMA and (
            parse.heads[j] == clause or clause in ancestors(parse, j)
        ):
            return j
    return None


def relative_clause(tokens: Sequence[Token], parse: SentenceParse, verb: int) -> int | None:
    """The head of the relative clause the verb `verb` belongs to (itself, or a verb above
    it inside the same clause), or None."""
    for v in [verb, *ancestors(parse, verb)]:
        if tokens[v].pos not in VERBAL:
            return None
        if parse.rels[v] == RELATIVE_LINK:
            return v if relative_word(tokens, parse, v) is not None else None
    return None


def _prepositions(tokens: Sequence[Token], parse: SentenceParse, word: int) -> set[str]:
    return {
        tokens[j].lemma.lower()
        for j, h in enumerate(parse.heads)
        if h == word and parse.rels[j] == "case"
    }


def antecedent_party(tokens: Sequence[Token], parse: SentenceParse, clause: int) -> bool:
    """Does the clause's «который» stand for a party to the clause's happening? Its subject
    («который посетил»), object («которого принял»), addressee («которому вручил») or
    counterpart («с которым встретился») is; a place, a topic or a frame is not («в
    которую прилетел», «о котором говорил», «в ходе которого»)."""
    word = relative_word(tokens, parse, clause)
    if word is None:
        return False
    if parse.heads[word] != clause:
        return False  # «в ходе которого», «на полях которого»: under a noun of the clause
    return not (_prepositions(tokens, parse, word) & NOT_A_PARTY)


def foreign_clause(
    tokens: Sequence[Token], parse: SentenceParse, clause: int, targets: Collection[int]
) -> bool:
    """Is the verb `clause` the head of a relative clause on a noun that is no target of
    the happening being read? Its words then tell the clause's own happening: its subject
    is not a party to the verb the noun hangs under («глава МИД, с которым Лавров
    беседовал, поблагодарил»: Lavrov does not thank)."""
    if parse.rels[clause] != RELATIVE_LINK or tokens[clause].pos not in VERBAL:
        return False
    noun = parse.heads[clause]
    return noun >= 0 and noun not in targets and relative_word(tokens, parse, clause) is not None


def no_party(tokens: Sequence[Token], parse: SentenceParse, clause: int) -> bool:
    """The clause has a «который» that names no party («в которую прилетел», «о котором
    говорил»): its antecedent takes no part in the clause's happening."""
    return relative_word(tokens, parse, clause) is not None and not antecedent_party(
        tokens, parse, clause
    )


def beside_words(
    tokens: list[Token], parse: SentenceParse, triggers: Sequence[tuple[int, str]], main: int
) -> bool:
    """Does a trigger of the sentence stand in a relative clause on a noun under the main
    event's verb («Премьер, с которым Путин встретился в четверг, заявил ...»)? The clause
    then tells a happening of its own, beside the main one (aside.py keeps it when dated)."""
    main_verb = anchor_verb(tokens, parse, main)
    for i, _ in triggers:
        if i == main:
            continue
        clause = relative_clause(tokens, parse, anchor_verb(tokens, parse, i))
        if clause is None:
            continue
        noun = parse.heads[clause]
        if noun >= 0 and main_verb in ancestors(parse, noun):
            return True
    return False


# Links inside one name or title phrase, climbed to reach its head («президент Турции
# Эрдоган»: the title heads the name in apposition).
_NAME_LINKS = frozenset({"flat", "flat:name", "flat:foreign", "appos"})


def _agrees(pron: Token, noun: Token) -> bool:
    """«который» agrees with its antecedent in number and, in the singular, gender."""
    number = pron.feats.get("Number")
    if number is None or number != noun.feats.get("Number"):
        return False
    return number == "Plur" or pron.feats.get("Gender") == noun.feats.get("Gender")


def nearest_antecedent(
    tokens: Sequence[Token], heads: Sequence[int], rels: Sequence[str], pron: int, verb: int
) -> int | None:
    """The nearest noun before the clause whose «который» at `pron` agrees with it (the
    head of its phrase: «..., премьер Махатхир Мохамад, с которым ...»), for when the
    parser hung the clause on a noun it does not agree with («гостей ..., с которым»)."""
    start = pron
    while start > 0 and tokens[start - 1].text not in (",", "—", "–", "("):
        start -= 1  # «с которым», «по приглашению которого»: the clause opens at its comma
    for j in range(start - 1, -1, -1):
        if tokens[j].pos not in ("NOUN", "PROPN") or not _agrees(tokens[pron], tokens[j]):
            continue
        k = j
        while rels[k] in _NAME_LINKS and 0 <= heads[k] < k:
            k = heads[k]
        cur, seen = k, 0
        while cur >= 0 and seen <= len(heads):  # never hang the clause under itself
            if cur == verb:
                return None
            cur, seen = heads[cur], seen + 1
        return k
    return None


def animate_antecedent(tokens: Sequence[Token], parse: SentenceParse, word: int) -> bool:
    """Is `word` a «который» whose antecedent is a person («Моди, которого Путин принял»:
    the one received is Modi)?"""
    if tokens[word].lemma.lower() != RELATIVE_LEMMA:
        return False
    clause = next(
        (v for v in [word, *ancestors(parse, word)] if parse.rels[v] == RELATIVE_LINK), None
    )
    if clause is None or parse.heads[clause] < 0:
        return False
    noun = tokens[parse.heads[clause]]
    return noun.pos in ("NOUN", "PROPN") and noun.feats.get("Animacy") == "Anim"


# Marks that close a relative clause set off after its noun.
_CLOSING = frozenset({",", ";", ":", "—", "–", "(", ")", ".", "!", "?", "«", "»"})


def close_clauses(toks: Sequence[Token], heads: list[int], rels: list[str]) -> None:
    """Hang on a relative clause's verb the words of its clause that the parse gave to a
    word outside it (in place). A clause after its noun opens at «, который» and, up to
    its verb, runs unbroken to the next mark of punctuation: in «глава МИД, с которым
    Лавров беседовал в сентябре в Нью-Йорке, поблагодарил» September is the talk's, not
    the thanks'. Words past the main verb that follows the clause are the main clause's."""
    for v, rel in enumerate(rels):
        if rel != RELATIVE_LINK or toks[v].pos not in VERBAL:
            continue
        pron = next(
            (j for j in range(v) if toks[j].lemma.lower() == RELATIVE_LEMMA and heads[j] == v),
            None,
        )
        if pron is None:
            continue
        start = pron
        while start > 0 and toks[start - 1].text not in _CLOSING:
            start -= 1
        if start == 0 or toks[start - 1].text != ",":
            continue
        end = next((k for k in range(v + 1, len(toks)) if toks[k].text in _CLOSING), len(toks))
        if any(toks[k].text in _CLOSING for k in range(start, v)):
            continue
        for j in range(start, end):
            if j != v and not start <= heads[j] < end:
                heads[j] = v
                rels[j] = "obl" if rels[j] == "nmod" else rels[j]
        _past_main_verb(toks, heads, v, start, end)
    for v, rel in enumerate(rels):
        # a participle phrase set off after its noun, the same way («Лавров, прилетевший
        # в пятницу, провёл переговоры в понедельник»)
        if rel == "acl" and toks[v].pos in VERBAL and v > 0 and toks[v - 1].text == ",":
            end = next((k for k in range(v + 1, len(toks)) if toks[k].text in _CLOSING), len(toks))
            _past_main_verb(toks, heads, v, v, end)


def _past_main_verb(toks: Sequence[Token], heads: list[int], v: int, start: int, end: int) -> None:
    """Past the main verb after a describing clause (words start..end, headed at v), a word
    is the main clause's, not the clause's («Лавров, который прилетел в пятницу, провёл
    переговоры в понедельник»: Monday is the talks')."""
    noun = heads[v]
    main = heads[noun] if noun >= 0 else -1
    if main < end or toks[main].pos not in VERBAL:
        return
    for j in range(main + 1, len(toks)):
        if start <= heads[j] < end:
            heads[j] = main


# A clause telling when a happening was due or took place («..., который планировался на
# конец октября», «..., который прошёл в Казани»): its antecedent is that happening.
_OF_HAPPENING = SCHEDULED_LEMMAS | TOOK_PLACE_LEMMAS


def _happening_clause(toks: Sequence[Token], heads: Sequence[int], verb: int) -> bool:
    """The clause's verb, or the infinitive it governs («должен был пройти»), schedules a
    happening or tells that it took place."""
    return toks[verb].lemma.lower() in _OF_HAPPENING or any(
        h == verb and toks[j].pos in VERBAL and toks[j].lemma.lower() in _OF_HAPPENING
        for j, h in enumerate(heads)
    )


def happening_antecedent(
    toks: Sequence[Token], heads: Sequence[int], verb: int, pron: int
) -> int | None:
    """A clause of scheduling or taking place hung on a noun that is no happening («Визит
    делегации во Владивосток, который планировался ...»: «который» agrees with the city
    too): the happening noun up the chain it agrees with, or None."""
    head = heads[verb]
    if head < 0 or toks[head].lemma.lower() in NOUN_TRIGGERS:
        return None
    if not _happening_clause(toks, heads, verb):
        return None
    cur, seen = heads[head], 0
    while 0 <= cur < verb and seen <= len(heads):
        if toks[cur].pos not in ("NOUN", "PROPN"):
            return None
        if toks[cur].lemma.lower() in NOUN_TRIGGERS and _agrees(toks[pron], toks[cur]):
            return cur
        cur, seen = heads[cur], seen + 1
    return None


def phrase_head(tokens: Sequence[Token], parse: SentenceParse, noun: int) -> int:
    """The head of the titled name `noun` stands in («президент Турции Эрдоган»: the
    title), climbing names in apposition and their parts."""
    k = noun
    while parse.rels[k] in _NAME_LINKS and 0 <= parse.heads[k] < k:
        k = parse.heads[k]
    return k
