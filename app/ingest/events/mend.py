"""Mending a known flaw of the dependency parse before events are read from it.

The parser sometimes leaves an adjective that opens a noun group as a second root of the
sentence («Заседание российско-венгерской межправительственной комиссии ... перенесено»:
«российско-венгерской» hangs on nothing). The noun group then loses the adjective, and with
it the states a compound adjective names. An adjective agrees with its noun in case, number
and (in the singular) gender, so a stray adjective root is put back on the first noun after
it that agrees with it, across the adjectives between them.

When the stray adjective heads its own noun group right after a finite verb root («я
вручал верительные грамоты президенту»), the group is the verb's object: it goes under the
verb, and the adjective under its noun.

A word the parser hangs on itself (a conjunct: «встреча России и ССАГПЗ») is put on the
nearest noun before it in its case, the first conjunct.

Likewise a relative clause is hung on the nearest noun, where «который» agrees in number
and (in the singular) gender with a noun further up («консультации рабочей группы, которые
перенесли»): the clause is put on the noun it agrees with.

A verb closing the words before it takes its own subject after it («..., сообщил помощник
Ушаков»); a second subject the parser hangs on it from before the comma («Президент Путин
посетит Монголию ..., сообщил помощник Ушаков») is the subject of the words' own verb, the
finite verb before the comma with no subject of its own.
"""

from __future__ import annotations

from app.ingest.events.colon_subject import colon_subjects
from app.ingest.events.conjuncts import conjuncts_over_comma, conjuncts_over_verb
from app.ingest.events.dashed_appos import dashed_apposition
from app.ingest.events.fronted_object import fronted_objects, objects_of_subject_infinitive
from app.ingest.events.guest_at_place import guest_to_host
from app.ingest.events.infinitive_objects import objects_of_infinitive
from app.ingest.events.model import SentenceParse
from app.ingest.events.participles import (
    back_to_noun,
    close_phrases,
    loop_participles,
    subject_participles,
)
from app.ingest.events.projective import (
    back_over_infinitive,
    before_conjunction,
    noun_back_over_verb,
    over_governor,
    partner_over_verb,
)
from app.ingest.events.relatives import (
    close_clauses,
    happening_antecedent,
    nearest_antecedent,
)
from app.ingest.events.said_clause import (
    conj_to_words_verb,
    subject_to_verb,
    words_to_closing_verb,
    words_to_verb,
)
from app.ingest.events.stray_subject import (
    appositive_subjects,
    conjunct_subjects,
    doubled_subjects,
    next_clause_subjects,
    stray_subjects,
)
from app.ingest.events.syntax import hangs_under
from app.ingest.nlp import Token

_AGREEMENT = ("Case", "Number", "Gender")


def mend(toks: list[Token], parse: SentenceParse) -> SentenceParse:
    """The parse with stray adjective roots, and relative clauses, on the noun they agree
    with."""
    roots = [i for i, h in enumerate(parse.heads) if h < 0]
    heads, rels = list(parse.heads), list(parse.rels)
    for r in roots:
        if toks[r].pos != "ADJ" or not any(j != r and heads[j] < 0 for j in range(len(heads))):
            continue
        noun = _agreeing_noun(toks, r)
        if noun is None:
            continue
        if _regroup(toks, heads, rels, r, noun):
            continue  # «я вручал верительные грамоты президенту» (below)
        if hangs_under(heads, noun, r):
            continue
        heads[r], rels[r] = noun, "amod"
    for v, rel in enumerate(rels):
        if rel == "acl:relcl" and heads[v] >= 0:
            heads[v] = _antecedent(toks, heads, rels, v)
    close_clauses(toks, heads, rels)  # «, с которым беседовал в сентябре,» (relatives.py)
    for i, h in enumerate(heads):
        if h == i:
            heads[i] = _first_conjunct(toks, heads, i)
    loop_participles(toks, heads, rels)  # «с президентом X, приехавшим на саммит» as a loop
    back_to_noun(toks, heads, rels)  # «Переговоры делегаций, прошедшие накануне, ...»
    close_phrases(toks, heads, rels)  # «..., прилетевшим в Москву с визитом» (participles.py)
    subject_participles(toks, heads, rels)  # «Визит, намеченный на ..., не состоится»
    _return_fronted_subjects(toks, heads, rels)
    fronted_objects(toks, heads, rels)  # «Следующий раунд стороны договорились провести»
    objects_of_subject_infinitive(toks, heads, rels)  # «Переговоры планируется провести»
    colon_subjects(toks, heads, rels)  # «Работал канал: Лавров и Помпео говорили»
    objects_of_infinitive(toks, heads, rels)  # «предложил провести ... саммит ОБСЕ»
    stray_subjects(toks, heads, rels)  # a titled subject parsed as a tree of its own
    conjunct_subjects(toks, heads, rels)  # «Пока ... обсуждали программу, советник X провёл»
    next_clause_subjects(toks, heads, rels)  # «X приехал в мае, а в июне Y стоял ...»
    appositive_subjects(toks, heads, rels)  # «По приглашению президента X Y прибыл»
    doubled_subjects(toks, heads, rels)  # «X и Y созванивались: ... Y изложил»
    dashed_apposition(toks, heads, rels)  # «подписали сопредседатели комиссии — X и Y»
    over_governor(toks, heads, rels)  # «по итогам встречи сообщил, что ...» (projective.py)
    partner_over_verb(toks, heads, rels)  # «поговорил с Х и обсудил подготовку к встрече»
    before_conjunction(toks, heads, rels)  # «принял посла Х и обсудил с ним ...»
    noun_back_over_verb(toks, heads, rels)  # «переговоры ... и обсудил подготовку к визиту»
    back_over_infinitive(toks, heads, rels)  # «провели ... и договорились продолжить ... в мае»
    conjuncts_over_verb(toks, heads, rels)  # «губернатор А и министр Б подписали меморандум»
    conjuncts_over_comma(toks, heads, rels)  # «Как сообщили в МИД, А и Б встретились»
    words_to_verb(toks, heads, rels)  # «заявил на пресс-конференции, что ...» (said_clause.py)
    conj_to_words_verb(toks, heads, rels)  # «заявил, что X будет ..., и предложил ...»
    subject_to_verb(toks, heads, rels)  # «группа ... объявила, что «дочка» прекращает»
    words_to_closing_verb(toks, heads, rels)  # «..., сообщил представитель» as two roots
    guest_to_host(toks, heads, rels)  # «принял в резиденции госсекретаря» (guest_at_place.py)
    return SentenceParse(tuple(heads), tuple(rels))


def _return_fronted_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Put a subject hung on an inverted verb from before its comma back on the verb of
    the words it closes (in place)."""
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or v == 0:
            continue
        subjects = [j for j, h in enumerate(heads) if h == v and rels[j] == "nsubj"]
        comma = _clause_comma(toks, subjects, v)
        if comma is None:
            continue
        for j in (j for j in subjects if j < comma):
            verb = _subjectless_verb(toks, heads, rels, j, comma)
            if verb is None:
                continue
            # what else hangs on v from before the comma is of the first clause too
            # («Фидан, по данным телеканала, провёл ..., но МИД не подтвердил»)
            for k in range(j, comma):
                if heads[k] == v and k != verb:
                    heads[k] = verb


def _clause_comma(toks: list[Token], subjects: list[int], v: int) -> int | None:
    """The comma opening verb v's own clause, when v has a subject of its own in that
    clause too: right before v with a subject after it («..., сообщил помощник Ушаков»),
    or before a subject of v's before v («..., а Керри позже написал»: a clause joined by
    «, а» keeps its subject, and one hung on it from the clause before belongs there)."""
    if toks[v - 1].text == ",":
        return v - 1 if any(j > v for j in subjects) else None
    own = [j for j in subjects if j < v]
    if len(own) < 2:
        return None
    for k in range(v - 1, own[0], -1):
        if toks[k].text == ",":
            joined = k + 1 < v and toks[k + 1].text.lower() in _NEW_SUBJECT_JOINERS
            return k if joined and any(k < j for j in own) else None
    return None


# Conjunctions opening a clause that sets a new subject against the one before
# («..., а Керри написал», «..., зато Рябков провёл»); after «, и» or «, но» the parser's
# second subject is as often the first clause's own words told on.
_NEW_SUBJECT_JOINERS = frozenset({"а", "зато"})


def _subjectless_verb(
    toks: list[Token], heads: list[int], rels: list[str], subject: int, comma: int
) -> int | None:
    """The first finite verb after `subject` and before `comma`, with no subject of its own
    and agreeing with it in number."""
    for k in range(subject + 1, comma):
        t = toks[k]
        if t.pos != "VERB" or t.feats.get("VerbForm") != "Fin":
            continue
        if any(heads[j] == k and rels[j] in ("nsubj", "nsubj:pass") for j in range(len(heads))):
            return None
        number = t.feats.get("Number")
        return k if number is None or number == toks[subject].feats.get("Number") else None
    return None


def _first_conjunct(toks: list[Token], heads: list[int], i: int) -> int:
    """Where a word the parser hung on itself belongs: the nearest noun before it in its
    case («встреча России и ССАГПЗ»: «ССАГПЗ» is a conjunct of «России»), else nowhere
    (a root) — a word that is its own head is on no path to anything."""
    case = toks[i].feats.get("Case")
    for j in range(i - 1, -1, -1):
        if toks[j].pos in ("NOUN", "PROPN") and case and toks[j].feats.get("Case") == case:
            return j if heads[j] != i else -1
    return -1


def _antecedent(toks: list[Token], heads: list[int], rels: list[str], verb: int) -> int:
    """The noun up the chain from the clause's head that its «который» agrees with."""
    head = heads[verb]
    rel_pron = next(
        (j for j, h in enumerate(heads) if h == verb and toks[j].lemma.lower() == "который"),
        None,
    )
    if rel_pron is None:
        return head
    # «визит делегации во Владивосток, который планировался ...»: the visit (relatives.py)
    happening = happening_antecedent(toks, heads, verb, rel_pron)
    if happening is not None:
        return happening
    if _agrees_in_number(toks[rel_pron], toks[head]):
        return head
    cur = heads[head]
    for _ in range(len(heads)):
        if cur < 0 or cur > verb or toks[cur].pos not in ("NOUN", "PROPN"):
            break
        if _agrees_in_number(toks[rel_pron], toks[cur]):
            return cur
        cur = heads[cur]
    # none up the chain: the nearest agreeing noun before the clause (relatives.py)
    near = nearest_antecedent(toks, heads, rels, rel_pron, verb)
    return head if near is None else near


def _agrees_in_number(pron: Token, noun: Token) -> bool:
    number = pron.feats.get("Number")
    if number is None or number != noun.feats.get("Number"):
        return False
    return number == "Plur" or pron.feats.get("Gender") == noun.feats.get("Gender")


def _regroup(toks: list[Token], heads: list[int], rels: list[str], r: int, noun: int) -> bool:
    """Adjective root r right after a finite verb root, with its noun the verb's object or
    hung on the adjective itself: the noun goes under the verb (in the relation it had),
    what else hung on the adjective (the dative «президенту») too, and the adjective under
    its noun. Whether it did."""
    verb = r - 1
    if verb < 0 or heads[verb] >= 0 or toks[verb].feats.get("VerbForm") != "Fin":
        return False
    if heads[noun] not in (r, verb):
        return False
    for j, h in enumerate(heads):
        if h == r and j != noun:
            heads[j] = verb
    heads[noun] = verb
    heads[r], rels[r] = noun, "amod"
    return True


def _agreeing_noun(toks: list[Token], i: int) -> int | None:
    """The first noun after adjective i, across agreeing adjectives, when it agrees too."""
    for j in range(i + 1, len(toks)):
        if not _agree(toks[i], toks[j]):
            return None
        if toks[j].pos in ("NOUN", "PROPN"):
            return j
        if toks[j].pos != "ADJ":
            return None
    return None


def _agree(adj: Token, word: Token) -> bool:
    for feat in _AGREEMENT:
        if feat == "Gender" and adj.feats.get("Number") == "Plur":
            continue  # plural adjectives have no gender
        a, b = adj.feats.get(feat), word.feats.get(feat)
        if a is None or b is None or a != b:
            return False
    return True
