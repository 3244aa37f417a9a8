"""The co-chairs of a joint body are the parties of its session: «Заседание межправкомиссии
прошло в понедельник, сопредседатели X и Y подписали протокол», «Заседание комитета
перенесено. Новую дату сопредседатели — министр X и глава Y — не согласовали».

A session of an intergovernmental commission or committee is told by its body alone, and
read so its parties are the two states (attendance.joint_body_parties). News name whoever
led it in apposition to the word for its co-chairs, in the same sentence or further on, often
paragraphs later («Протокол подписали сопредседатели группы X и Y» closing the report): those
persons are the parties, beside the states. The co-chairs are the body's standing leaders, not
one sitting's guests, so the first sentence after the session that names both is enough.
When the session's sides are read as states, a sentence telling who leads two sides, each
right after its side's word («Российскую часть группы возглавляет X, монгольскую — Y»;
delegations.heads), names them as well as the co-chairs word does (within a paragraph or two,
as delegations.led reads it); and when no such sentence follows, the nearest one before the
session is read, but only if the article told another sitting before it: the report names
the chairs of the sitting it is about, and the sitting it then announces or puts off
(«Следующее заседание группы пройдёт в сентябре») is the same standing body's, led by them.
Chairs told before any sitting is told («В прошлом году сопредседатели X и Y обсуждали ...»)
are an earlier time's, and not read. When no sentence names both, each side's chair named
apart with the side's word («сообщил сопредседатель группы с российской стороны X» ...
«Американскую делегацию возглавляет Y») makes the pair, within the same reach.
Read only when the session names no person of its own, or (its sides read as states) only
chairs among those found; the word is one lexical class (chairs of a body held by two sides
together).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events import delegations
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.syntax import span_head
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Token

# Words for the chairs of a body held by two sides together.
COCHAIR_WORDS = frozenset({"сопредседатель"})
# The word's stem: a capitalised «Сопредседатели» opening a sentence is tagged an adjective
# and keeps its plural as lemma, so the form is read too; «сопредседательство» is the office.
COCHAIR_STEM = "сопредседател"
OFFICE_STEM = "сопредседательств"
SESSIONS = frozenset({"meeting", "talks"})
# How a predicative noun in the instrumental hangs on its verb («выступили сопредседателями»),
# and who it is said of: the verb's subject, or the object of a verb of naming («назначили
# X сопредседателем»).
PREDICATIVE = frozenset({"xcomp", "obl", "advcl"})
SAID_OF = frozenset({"nsubj", "nsubj:pass", "obj"})
DASHES = frozenset({"—", "–", "-"})
# Tokens from a co-chairs word to the colon opening its list: the body it is of
# («сопредседатели российско-казахстанской межправкомиссии:»).
LIST_REACH = 4


def cochair_word(t: Token) -> bool:
    """The token is a form of the word for a co-chair, whatever its tag."""
    if t.lemma.lower() in COCHAIR_WORDS:
        return True
    form = t.text.lower()
    return form.startswith(COCHAIR_STEM) and not form.startswith(OFFICE_STEM)


def _descends(heads: Sequence[int], i: int, top: int) -> bool:
    seen: set[int] = set()
    while i >= 0 and i not in seen:
        if i == top:
            return True
        seen.add(i)
        i = heads[i]
    return False


def cochairs(
    inp: ArticleInput, si: int, trigger_tok: Token, typ: str, named: list[ActorSpan],
    of_body: bool = False,
) -> list[ActorSpan]:
    """The persons named as chairs in sentence si or the first one after it that names two
    (else the nearest before it, after a sitting told), as spans on the trigger, when the
    session at `trigger_tok` names no person itself, or only some of those chairs."""
    if typ not in SESSIONS:
        return []
    # A sitting told with one chair («заседание ..., сообщил сопредседатель X») lacks only
    # the other: the chairs sentence must name every person the sitting names.
    persons = {a.actor_id for a in named if _person(inp, a.actor_id)}
    # The sitting's sides already read as states: a body's (or a round's) sitting whose
    # chairs the article may name apart. A sitting with no side at all («эти встречи») is
    # read from the co-chairs word after it only. A sentence of leading is read within a
    # paragraph or two of the sitting, as delegations.led reads it: further off, it is as
    # likely another contact's heads.
    # A sitting to come of a body the reader named itself («заседание рабочей группы по
    # ...», `of_body`) is a body's sitting too.
    sided = of_body or any(_kind(inp, a.actor_id) == "state" for a in named)
    if persons and not sided:
        return []
    sentences = inp.analysis.sentences
    for sj in range(si, len(sentences)):
        found = _chairs_in(inp, sj, sided and sj - si <= delegations.BOTH_SIDES_REACH)
        if len(found) >= 2:  # the two sides' chairs, or none at all
            return _spans(trigger_tok, found, persons)
    for sj in range(si - 1, -1, -1) if sided else ():
        found = _chairs_in(inp, sj, si - sj <= delegations.BOTH_SIDES_REACH)
        if len(found) >= 2:
            if not _sitting_told_by(inp, sj, si):
                return []  # an earlier time's chairs: nothing nearer is read either
            return _spans(trigger_tok, found, persons)
    if sided:  # «сопредседатель с российской стороны X» ... «американскую делегацию — Y»
        return _spans(trigger_tok, _roster(inp, si), persons)
    return []


def _spans(trigger_tok: Token, found: list[str], persons: set[str]) -> list[ActorSpan]:
    """The chairs the sitting lacks, as spans on its trigger; none when it names a person
    who is not among them (another sitting's chairs, or no chairs at all)."""
    if not persons <= set(found):
        return []
    return [ActorSpan(trigger_tok.start, trigger_tok.end, a) for a in found if a not in persons]


def _chairs_in(inp: ArticleInput, sj: int, leads: bool) -> list[str]:
    """The persons sentence sj names as chairs: under a co-chairs word, or (`leads`) as the
    heads of the sides' delegations or parts of the body («возглавляет»)."""
    parse = inp.parses.get(sj)
    sent = inp.analysis.sentences[sj]
    toks = inp.analysis.tokens_in(sent.start, sent.end)
    tops = [i for i, t in enumerate(toks) if t.lemma.lower() in COCHAIR_WORDS]
    if not tops:
        return _side_heads(inp, sj, toks) if leads else []
    if parse is not None and len(parse.heads) != len(toks):
        return []
    if parse is not None:
        tops += _predicated(toks, parse, tops)
    listed = _listed_from(toks, tops)
    found: list[str] = []
    for h in inp.actor_hits:
        if not (sent.start <= h.start and h.end <= sent.end) or not _person(inp, h.actor_id):
            continue
        if listed is not None and h.start >= listed:
            # «сопредседатели группы: министр X и глава Y»: the list the colon opens is
            # the word's, however the parser hung it.
            under = True
        elif parse is None:
            # A sentence with no happening of its own is not parsed: the names that
            # follow the word («сопредседатели — министр X и глава Y») are its apposition.
            under = h.start > toks[tops[0]].start
        else:
            head = span_head(toks, parse, h.start, h.end)
            under = head is not None and any(_descends(parse.heads, head, t) for t in tops)
        if under and h.actor_id not in found:
            found.append(h.actor_id)
    return found


def _listed_from(toks: Sequence[Token], tops: list[int]) -> int | None:
    """Where a list opened by a colon right after a co-chairs word (and the body it is of)
    starts: «сопредседатели группы: X и Y»."""
    for t in tops:
        for k in range(t + 1, min(t + 1 + LIST_REACH, len(toks))):
            if toks[k].text == ":":
                return toks[k].end
            if toks[k].pos not in ("NOUN", "PROPN", "ADJ"):
                break
    return None


def _predicated(toks: Sequence[Token], parse: SentenceParse, tops: list[int]) -> list[int]:
    """The subjects (or objects) a co-chairs word in the instrumental is said of
    («Сопредседателями выступили X и Y», «X и Y являются сопредседателями», «X назначен
    сопредседателем»): the word is the predicate of its verb, whose subject names the chairs."""
    out: list[int] = []
    for t in tops:
        verb = parse.heads[t]
        if verb < 0 or toks[t].feats.get("Case") != "Ins" or parse.rels[t] not in PREDICATIVE:
            continue
        out += [
            k for k, h in enumerate(parse.heads)
            if h == verb and k != t and parse.rels[k] in SAID_OF
        ]
    return out


def _side_heads(inp: ArticleInput, sj: int, toks: Sequence[Token]) -> list[str]:
    """The heads a sentence of leading names for two sides or more, each right after its
    side's word («Российскую часть группы возглавляет X, монгольскую — Y»): a head whose
    side the sentence does not give leads some delegation, not a side of the body. The
    other side may follow in a sentence of its own with the verb left out («Российскую
    делегацию возглавит X. Американскую — Y.»)."""
    out = [person for _, person in _lead_pairs(inp, sj, toks)]
    return out if len(out) >= 2 else []


def _lead_pairs(inp: ArticleInput, sj: int, toks: Sequence[Token]) -> list[tuple[str, str]]:
    """(side, head) for each head a sentence of leading names right after its side's word,
    with the gapped other side of the next sentence."""
    heads = delegations.heads(toks, inp.actor_hits, lambda a: _person(inp, a))
    out = _sides_of(inp, toks, heads)
    if len(out) == 1 and sj + 1 < len(inp.analysis.sentences):
        other = _gapped_head(inp, sj + 1)
        if other is not None and other[0] != out[0][0] and other[1] != out[0][1]:
            out.append(other)
    return out


def _sides_of(
    inp: ArticleInput, toks: Sequence[Token], people: Sequence[ActorSpan]
) -> list[tuple[str, str]]:
    """(side, person) for each person with a side's word before it, after the person named
    before («российскую часть возглавляет X, монгольскую — Y», «сопредседатель с российской
    стороны X»); one person a side, the first."""
    out: list[tuple[str, str]] = []
    prev_end = toks[0].start if toks else 0
    for h in people:
        side = next(
            (
                inp.state_words[t.lemma.lower()]
                for t in reversed(toks)
                if prev_end <= t.start and t.end <= h.start and t.lemma.lower() in inp.state_words
            ),
            None,
        )
        prev_end = h.end
        if side is not None and all(side != o[0] and h.actor_id != o[1] for o in out):
            out.append((side, h.actor_id))
    return out


def _roster(inp: ArticleInput, si: int) -> list[str]:
    """The chairs of two sides or more named one side at a time in the sentences about the
    sitting si («сообщил сопредседатель группы с российской стороны X» ... «Американскую
    делегацию возглавляет Y»): the nearest naming of each side within a paragraph or two,
    after the sitting first, then before it once a sitting was told."""
    sides: dict[str, str] = {}
    n = len(inp.analysis.sentences)
    reach = delegations.BOTH_SIDES_REACH
    after = list(range(si, min(n, si + reach + 1)))
    before = [
        sj for sj in range(si - 1, max(-1, si - reach - 1), -1) if _sitting_told_by(inp, sj, si)
    ]
    for sj in [*after, *before]:
        for side, person in _side_chairs(inp, sj):
            if side not in sides and person not in sides.values():
                sides[side] = person
    return list(sides.values()) if len(sides) >= 2 else []


def _side_chairs(inp: ArticleInput, sj: int) -> list[tuple[str, str]]:
    """(side, person) for the chairs sentence sj names with their sides."""
    sent = inp.analysis.sentences[sj]
    toks = inp.analysis.tokens_in(sent.start, sent.end)
    if not any(t.lemma.lower() in COCHAIR_WORDS for t in toks):
        return _lead_pairs(inp, sj, toks)
    found = _chairs_in(inp, sj, False)
    people = sorted(
        (h for h in inp.actor_hits
         if sent.start <= h.start and h.end <= sent.end and h.actor_id in found),
        key=lambda h: h.start,
    )
    return _sides_of(inp, toks, people)


def _gapped_head(inp: ArticleInput, sj: int) -> tuple[str, str] | None:
    """(side, person) of a sentence that goes on from a sentence of leading with its verb
    gapped: a side's word opening it, a dash, and a person's name, with no verb of its own
    («Американскую — директор отдела Госдепартамента Y.»)."""
    sent = inp.analysis.sentences[sj]
    toks = inp.analysis.tokens_in(sent.start, sent.end)
    if len(toks) < 3 or toks[1].text not in DASHES:
        return None
    side = inp.state_words.get(toks[0].lemma.lower())
    if side is None or any(t.pos in ("VERB", "AUX") for t in toks):
        return None
    person = next(
        (h for h in inp.actor_hits
         if toks[1].end <= h.start and h.end <= sent.end and _person(inp, h.actor_id)),
        None,
    )
    return (side, person.actor_id) if person is not None else None


def _sitting_told_by(inp: ArticleInput, sj: int, si: int) -> bool:
    """The article told a sitting (a meeting or talks) before the sitting of sentence si,
    not only after the chairs of sentence sj were named: in a sentence before si other
    than sj, or in sj before the chairs' word («Заседание прошло в Москве, сопредседатели
    X и Y ...»)."""
    for sk in range(si):
        sent = inp.analysis.sentences[sk]
        toks = list(inp.analysis.tokens_in(sent.start, sent.end))
        limit = len(toks)
        if sk == sj:
            limit = next(
                (i for i, t in enumerate(toks) if cochair_word(t)
                 or t.lemma.lower() in delegations.LEAD_VERBS),
                len(toks),
            )
        if any(i < limit and kind in SESSIONS for i, kind in find_triggers(toks)):
            return True
    return False


def _person(inp: ArticleInput, actor_id: str) -> bool:
    return _kind(inp, actor_id) == "person"


def _kind(inp: ArticleInput, actor_id: str) -> str | None:
    info = inp.actors.get(actor_id)
    return info.kind if info is not None else None
