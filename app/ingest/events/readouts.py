"""Words that only read out a contact the article has already told are that contact's
source, not a statement of their own.

A phone call is known only through its readouts, and news tell them sentence by sentence:
«Путин провёл телефонный разговор с Трампом. Как говорится в сообщении Кремля, Путин
поблагодарил Трампа за информацию.» The thanks are what the call held, said by one party to
the other in it (addressed_words.py reads them when the same sentence names the call); told
in the next sentence they are still the call's content. So are a body's words confirming the
contact itself: «В Белом доме подтвердили факт разговора», «В Белом доме уточнили, что
звонок был инициирован российской стороной» — the contact is the news, the body where it
came from (sourcing.py reads «Как сообщили в МИД, звонок состоялся ...» alike). So are
a body's words that the parties agreed only to stay in touch («условились поддерживать
контакты по этой теме», — говорится в сообщении Кремля; in_touch.py).

Words with a day of their own («в понедельник Трамп рассказал о звонке») are an occasion
of their own; so are a person's words about the contact (a minister's own statement on the
talks stays his), a body's words on anything else the parties did («стороны условились
создать группу», what the readout adds), and words on another contact still to come
(«уточнили, что встреча остаётся в силе», «новая встреча пока не планируется»: an
announcement). A body's aside on what the parties discussed or said, and its clarifying a
contact told, are read in readout_asides.py.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.events.attribution import denied
from app.ingest.events.in_touch import kept_in_touch
from app.ingest.events.lexicon import ADDRESSED_LEMMAS, SPEECH_TYPES
from app.ingest.events.model import ArticleInput, EventCandidate, SentenceParse
from app.ingest.events.readout_asides import passed_on, sentence_of
from app.ingest.events.sourcing import ANONYMOUS_SPEAKERS, CONFIRMING_VERBS
from app.ingest.events.syntax import anchor_verb
from app.ingest.events.trigger_scene import scene_of
from app.ingest.events.triggers import find_triggers, lemma_of
from app.ingest.nlp import Token


def _load() -> dict[str, list[str]]:
    with (resources.files("app") / "data" / "speech.toml").open("rb") as f:
        data: dict[str, list[str]] = tomllib.load(f)["readout"]
    return data


_DATA = _load()
DISCUSSED_VERBS = frozenset(_DATA["discussed"])
TOPIC_NOUNS = frozenset(_DATA["topics"])
UNNAMED_SPEAKERS = ANONYMOUS_SPEAKERS | frozenset(_DATA["unnamed"])
_CONTACTS = frozenset({"call", "meeting", "talks"})
CALL_NOUNS = frozenset(_DATA["call"])
MEETING_NOUNS = frozenset(_DATA["meeting"])
# How many sentences back a call may be told for thanks to be read as its content: the
# readout follows the call's own sentence closely.
_NEAR = 3
# How many sentences back talks may be told for an unnamed source to speak of them: a
# report of talks under way tells them, then what each side says of them.
_TALKS_NEAR = 6
# «поблагодарил российского коллегу», «поздравил собеседника»: the other party by its role.
_PARTNER_NOUNS = frozenset(_DATA["partners"])
# Links of the contact noun in the words: object of the verb of saying («подтвердили
# телефонные переговоры»), or subject of the clause it says («что звонок был инициирован»).
_OBJECT = frozenset({"obj"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_AUX = frozenset({"aux", "aux:pass", "cop"})
# A predicate that tells what was done («был инициирован», «продлились»), not a rating
# («переговоры были полезными»: words of the body's own).
_VERBAL = frozenset({"VERB"})
# «факт разговора», «информацию о звонке»: a noun that only stands for the contact told.
_FACT_NOUNS = frozenset(_DATA["fact"])


def _last_contact(
    inp: ArticleInput, groups: Sequence[EventCandidate], si: int, types: frozenset[str]
) -> tuple[EventCandidate, int] | None:
    """The contact of `types` told last before sentence `si`, happened, with its sentence."""
    best: tuple[EventCandidate, int] | None = None
    for g in groups:
        if g.type not in types or g.status != "happened" or len(g.actors) < 2:
            continue
        told = [k for k in (sentence_of(inp, s) for s, _ in g.sentences) if 0 <= k < si]
        if told and (best is None or max(told) > best[1]):
            best = (g, max(told))
    return best


def _speakers(c: EventCandidate) -> list[str]:
    return [a for a in c.actors if c.roles.get(a) == "speaker"] or list(c.actors)


def _thanks_in_call(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    verbs: list[int],
    c: EventCandidate,
    groups: Sequence[EventCandidate],
) -> bool:
    """Are `c`'s words thanks or wishes one party of the call told just before addresses
    to the other («Путин поблагодарил Трампа за информацию»)?"""
    if not any(lemma_of(toks[v]) in ADDRESSED_LEMMAS for v in verbs):
        return False
    found = _last_contact(inp, groups, si, frozenset({"call"}))
    if found is None or si - found[1] > _NEAR:
        return False
    call = found[0]
    speakers = set(_speakers(c))
    # Told by a party, or by a body passing the readout on («Как сообщили в Кремле, ...»).
    if not speakers or not all(a in call.actors or _body(inp, a) for a in speakers):
        return False
    sent = inp.analysis.sentences[si]
    named = {h.actor_id for h in inp.actor_hits if sent.start <= h.start < sent.end}
    parties = (named | speakers) & set(call.actors)
    partner = any(lemma_of(t) in _PARTNER_NOUNS for t in toks)
    return len(parties) >= 2 or (len(parties) == 1 and partner)


def _body(inp: ArticleInput, actor_id: str) -> bool:
    info = inp.actors.get(actor_id)
    return info is not None and info.kind != "person"


def _names_contact(toks: list[Token], parse: SentenceParse, verb: int, noun: int) -> bool:
    """Is contact noun `noun` what verb of saying `verb` says: the object confirmed, or
    that object's «факт»/«информация», or the subject of the clause it says (or is said of)
    with a verb of what was done?"""
    head, rel = parse.heads[noun], parse.rels[noun]
    confirming = lemma_of(toks[verb]) in CONFIRMING_VERBS  # not «назвал переговоры полезными»
    if confirming and head == verb and rel in _OBJECT:
        return True
    if (
        confirming
        and head >= 0
        and parse.heads[head] == verb
        and parse.rels[head] in _OBJECT
        and lemma_of(toks[head]) in _FACT_NOUNS
    ):
        return True
    if rel in _SUBJECT and head >= 0 and head != verb and toks[head].pos in _VERBAL:
        said = parse.heads[head] == verb or parse.heads[verb] == head
        return said and _done(toks, parse, head)
    return False


def _done(toks: list[Token], parse: SentenceParse, pred: int) -> bool:
    """Does predicate `pred` tell the contact as done («звонок был инициирован», «разговор
    продлился час»), not denied, planned or still standing («встреча не планируется»,
    «встреча остаётся в силе»: words on a contact to come are an announcement)?"""
    below = [j for j in range(len(toks)) if parse.heads[j] == pred]
    if any(lemma_of(toks[j]) == "не" for j in below):
        return False
    verbs = [pred, *(j for j in below if parse.rels[j] in _AUX)]
    tenses = {toks[j].feats.get("Tense") for j in verbs} - {None}
    return "Past" in tenses and not tenses & {"Pres", "Fut"}


def _body_confirms_contact(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    verbs: list[int],
    c: EventCandidate,
    groups: Sequence[EventCandidate],
) -> bool:
    """Are `c`'s words a body's confirming the contact told before, and nothing else
    («В Белом доме подтвердили факт разговора»)?"""
    speakers = _speakers(c)
    if not speakers or not all(_body(inp, a) for a in speakers):
        return False
    for j, tok in enumerate(toks):
        lemma = lemma_of(tok)
        kinds = frozenset(
            {*(("call",) if lemma in CALL_NOUNS else ()),
             *(("meeting", "talks") if lemma in MEETING_NOUNS else ())}
        )  # fmt: skip
        if not kinds or tok.pos != "NOUN":
            continue
        if not any(_names_contact(toks, parse, anchor_verb(toks, parse, v), j) for v in verbs):
            continue
        if _last_contact(inp, groups, si, kinds) is not None:
            return True
    return False


def _topic_taken_up(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    verbs: list[int],
    groups: Sequence[EventCandidate],
) -> bool:
    """Are the words what a contact told before took up or left aside («Вопрос о визите
    обсуждался лишь в общих чертах, отметил Ушаков», «по словам X, тема не поднималась»)?"""
    said = {anchor_verb(toks, parse, v) for v in verbs}
    for p, tok in enumerate(toks):
        if lemma_of(tok) not in DISCUSSED_VERBS or p in said:
            continue
        if not any(parse.heads[p] == v or parse.heads[v] == p for v in said):
            continue  # not the words of this verb of saying
        if any(
            parse.heads[j] == p and parse.rels[j] in _SUBJECT and lemma_of(toks[j]) in TOPIC_NOUNS
            for j in range(len(toks))
        ):
            return _last_contact(inp, groups, si, _CONTACTS) is not None
    return False


def _unnamed_at_contact(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    verbs: list[int],
    c: EventCandidate,
    groups: Sequence[EventCandidate],
) -> bool:
    """Are the words an unnamed source's on talks the article has told («Источник в
    делегации рассказал, что главные расхождения касаются сроков»)? No one's statement:
    how the talks go, told by whoever passed it on."""
    if any(not _body(inp, a) for a in _speakers(c)):
        return False  # «представитель МИД Мария Захарова»: a named speaker
    if denied(toks, set(verbs)) or any(t not in SPEECH_TYPES for _, t in find_triggers(toks)):
        return False  # a denial, or words on another happening: the speaker's own news
    said = {anchor_verb(toks, parse, v) for v in verbs}
    unnamed = any(
        parse.heads[j] in said
        and parse.rels[j] in _SUBJECT
        and lemma_of(toks[j]) in UNNAMED_SPEAKERS
        for j in range(len(toks))
    )
    found = _last_contact(inp, groups, si, frozenset({"meeting", "talks"}))
    if not unnamed or found is None or si - found[1] > _TALKS_NEAR:
        return False
    # «..., что Джакарта не рассматривает вступления в БРИКС»: a state or a person beside
    # the talks' parties is what the words are about, a stance of its own.
    sent = inp.analysis.sentences[si]
    beside = {
        h.actor_id
        for h in inp.actor_hits
        if sent.start <= h.start < sent.end
        and (info := inp.actors.get(h.actor_id)) is not None
        and info.kind in ("state", "person")
    } - set(found[0].actors) - set(_speakers(c))
    return not beside


def _touch_kept(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    c: EventCandidate,
    groups: Sequence[EventCandidate],
) -> bool:
    """Are `c`'s words a readout's that the parties of the contact told just before agreed
    only to stay in touch («Путин и Трамп условились поддерживать контакты», — говорится в
    сообщении Кремля)? Told by a body or by the parties themselves, they add nothing."""
    if not any(kept_in_touch(toks, parse, j) for j in range(len(toks))):
        return False
    found = _last_contact(inp, groups, si, _CONTACTS)
    if found is None or si - found[1] > _NEAR:
        return False
    return all(_body(inp, a) or a in found[0].actors for a in _speakers(c))


def _without_passed_on(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    cands: list[EventCandidate],
    groups: Sequence[EventCandidate],
) -> list[EventCandidate]:
    """`cands` without a body's statement that only passes on what a contact held
    (readout_asides.py); whatever else the sentence tells stays («... предложил во время
    разговора» is still a proposal)."""
    sent = inp.analysis.sentences[si]
    scene = scene_of(inp, si, sent.start, sent.end, toks)
    if scene is None or not scene.parsed or not scene.statement_idx:
        return cands
    verbs = sorted(scene.statement_idx)
    held = [c for c in cands if c.type in _CONTACTS and c.status == "happened"]
    return [
        c
        for c in cands
        if not passed_on(inp, si, toks, scene.parse, verbs, c, groups)
        and not (held and _earlier_source(inp, c))
    ]


def _earlier_source(inp: ArticleInput, c: EventCandidate) -> bool:
    """Is statement `c` a body's earlier report of the contact its sentence tells, dated
    only «before the news» («Ранее в Кремле сообщили, что Путин и Махатхир провели
    встречу»)? The contact is the news; the body, whenever it spoke, where it came from."""
    return (
        c.type == "statement"
        and c.date.value.precision == "before"
        and c.date.value.start is None
        and bool(_speakers(c))
        and all(_body(inp, a) for a in _speakers(c))
    )


def fold_readouts(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    cands: list[EventCandidate],
    groups: Sequence[EventCandidate],
) -> list[EventCandidate]:
    """`cands` of sentence `si` without the statements that only read out a contact the
    article told before (`groups`: the events so far)."""
    if any(c.type == "statement" for c in cands):
        cands = _without_passed_on(inp, si, toks, cands, groups)
    words = [c for c in cands if c.type == "statement" and not c.date.explicit]
    others = [c for c in cands if c not in words]
    if not words or not all(c.type in _CONTACTS and c.status == "happened" for c in others):
        # the sentence tells a happening of its own, or words of a day; a contact it
        # names again («уточнили, что переговоры продлились час») is the one told
        return cands
    sent = inp.analysis.sentences[si]
    scene = scene_of(inp, si, sent.start, sent.end, toks)
    if scene is None or not scene.parsed:
        return cands
    verbs = sorted(scene.statement_idx)
    if not verbs:
        return cands
    return [
        c
        for c in cands
        if not (
            _thanks_in_call(inp, si, toks, verbs, c, groups)
            or _body_confirms_contact(inp, si, toks, scene.parse, verbs, c, groups)
            or _topic_taken_up(inp, si, toks, scene.parse, verbs, groups)
            or _unnamed_at_contact(inp, si, toks, scene.parse, verbs, c, groups)
            or _touch_kept(inp, si, toks, scene.parse, c, groups)
        )
    ]
