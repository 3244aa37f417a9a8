"""One trigger in one sentence, as the readings of sentence_events.py see it.

`Scene` is the sentence read once (its parse, triggers, actor hits and dates, and which
triggers are words); `Context` what the article told around it (the chronicle entry's
day, the contacts and trip told before, the words of the sentence before); `Trigger` one
trigger word of the scene. The steps of reading a trigger (trigger_dates.py,
told_status.py, set_aside.py, trigger_actors.py, stand_in_actors.py, trigger_day.py,
trigger_candidate.py) are functions of these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.ingest.dates import DateMention
from app.ingest.events import aside, grouping, split_contacts
from app.ingest.events import attribution as words
from app.ingest.events.adopted_measures import adopted_sanctions
from app.ingest.events.agreed_schedule import without_schedules
from app.ingest.events.answering_laws import answering_law
from app.ingest.events.attach import is_body
from app.ingest.events.backdrop import backdrop
from app.ingest.events.counterparts import visit_gives_way
from app.ingest.events.drafts import drafted
from app.ingest.events.expiring import without_expiring
from app.ingest.events.future_words import future_appearance
from app.ingest.events.lexicon import PRIORITY, SPEECH_TYPES
from app.ingest.events.mend import mend
from app.ingest.events.model import (
    ActorSpan,
    ArticleInput,
    DateReading,
    EventCandidate,
    SentenceParse,
)
from app.ingest.events.parties import Antecedent
from app.ingest.events.sidelines import on_sidelines
from app.ingest.events.syntax import VERBAL, anchor_verb, flat_parse
from app.ingest.events.trigger_parse import confirmed
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Token


@dataclass(frozen=True)
class Scene:
    """One sentence read for its triggers."""

    inp: ArticleInput
    si: int
    start: int
    end: int
    toks: list[Token]
    parse: SentenceParse
    parsed: bool  # a real dependency parse (else a flat one)
    hits: list[ActorSpan]
    mentions: list[DateMention]
    triggers: list[tuple[int, str]]
    statement_idx: set[int]
    proposal_idx: set[int]
    # the statement triggers and the verbs that utter a statement noun
    uttering: set[int]
    # the verbs of the happenings told by a verb
    happening_verbs: set[int]

    @property
    def at(self) -> list[int]:
        return [i for i, _ in self.triggers]

    def person(self, actor_id: str) -> bool:
        return grouping.kind(self.inp, actor_id) == "person"

    def body(self, actor_id: str) -> bool:
        return is_body(self.inp, actor_id)

    def state(self, actor_id: str) -> bool:
        return grouping.kind(self.inp, actor_id) == "state"


@dataclass(frozen=True)
class Context:
    """What the article told around the sentence (see sentence_events' arguments)."""

    entry: DateMention | None = None
    told_day: DateMention | None = None
    contacts: Sequence[Antecedent] = ()
    beside: int | None = None
    trip: tuple[DateMention, frozenset[str]] | None = None
    voice: tuple[str, DateReading] | None = None
    groups_before: Sequence[EventCandidate] = field(default_factory=tuple)


@dataclass(frozen=True)
class Trigger:
    """This trigger word in this sentence."""

    s: Scene
    idx: int
    typ: str

    @property
    def speech(self) -> bool:
        return self.typ in SPEECH_TYPES


def scene_of(
    inp: ArticleInput, si: int, s_start: int, s_end: int, toks: list[Token]
) -> Scene | None:
    """The sentence read for its triggers; None when it has none, or no actor and no parse."""
    triggers = find_triggers(toks)
    if not triggers:
        return None
    hits = [h for h in inp.actor_hits if h.start >= s_start and h.end <= s_end]
    if not hits and si not in inp.parses:
        return None
    parsed = si in inp.parses
    parse = mend(toks, inp.parses[si]) if parsed else flat_parse(len(toks))
    mentions = [d for d in inp.dates if s_start <= d.start < s_end]
    if parsed:
        triggers = [(i, t) for i, t in triggers if confirmed(toks, parse, i, t)]
        # «Путин подписал закон об ответных мерах»: the signer's sanctions (answering_laws.py)
        triggers = [
            (i, "sanctions" if answering_law(inp, toks, parse, hits, i) else t)
            for i, t in triggers
        ]
        triggers = without_expiring(toks, parse, triggers)  # «Соглашение, ..., перестаёт»
        # «принял резолюцию, которая вводит санкции»: the adopter's sanctions, no agreement
        triggers = adopted_sanctions(toks, parse, triggers)  # adopted_measures.py
        # «внесла проект резолюции о санкциях»: a draft, no act in force (drafts.py)
        triggers = drafted(toks, parse, triggers)
        # «договорились перенести его на осень»: the contact, no agreement (agreed_schedule.py)
        triggers = without_schedules(toks, parse, triggers)
    statement_idx = {i for i, t in triggers if t == "statement"}
    proposal_idx = {i for i, t in triggers if t == "proposal"}
    # «распространил заявление», «выступил с заявлением»: the verb that utters a statement
    # noun is a verb of saying too, for what the words were said on.
    uttering = statement_idx | {
        anchor_verb(toks, parse, i) for i in statement_idx if toks[i].pos not in VERBAL
    }
    # Happenings told by a verb: a trigger noun that is only their setting («по итогам
    # переговоров приняли заявление») gives way to them.
    happening_verbs = {
        anchor_verb(toks, parse, i)
        for i, t in triggers
        if t not in SPEECH_TYPES
        and (toks[i].pos in VERBAL or words.told_by_verb(toks, parse, i, statement_idx))
    }
    return Scene(
        inp, si, s_start, s_end, toks, parse, parsed, hits, mentions, triggers,
        statement_idx, proposal_idx, uttering, happening_verbs,
    )  # fmt: skip


def in_order(s: Scene) -> list[Trigger]:
    """The scene's triggers, most telling first: a visit that gives way to what was done on
    it, one told aside and an inner contact come last; then by kind, then in text order."""
    at = s.at
    parsed, toks, parse = s.parsed, s.toks, s.parse
    ordered = sorted(
        s.triggers,
        key=lambda t: (
            parsed and visit_gives_way(toks, parse, t[0], t[1], s.triggers),  # counterparts.py
            parsed and aside.told_aside(toks, parse, t[0], at),
            # «провели переговоры, открыв визит»: the main clause's happening first (not
            # a speaker's: «Ссылаясь на разговор с X, он заметил» tells the call)
            parsed
            and any(
                aside.converb_clause(toks, parse, t[0], j)
                for j, typ in s.triggers
                if typ not in SPEECH_TYPES
            ),
            parsed and len(at) > 1 and backdrop(toks, parse, t[0]),  # «параллельно с»
            parsed and split_contacts.inner(toks, parse, s.triggers, t[0], s.hits, s.person),
            # «подтвердил, что Путин выступит»: the appearance told in the words first
            not (parsed and future_appearance(toks, parse, s.statement_idx, t[0])),
            # «переговоры на полях саммита»: the talks, not the summit (sidelines.py)
            parsed and on_sidelines(toks, parse, t[0], s.triggers),
            PRIORITY[t[1]],
            parsed and converb_of_words(toks, parse, t[0], t[1], s.triggers),
            t[0],
        ),
    )
    return [Trigger(s, i, typ) for i, typ in ordered]


def converb_of_words(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    triggers: Sequence[tuple[int, str]],
) -> bool:
    """«Выступая в Кремле, Песков сказал»: a converb of speaking under a verb of saying
    only sets the scene of the words. The verb it hangs on is read first: its subject is
    who speaks, and what the converb names («в Кремле», «в Белом доме») is where."""
    head = parse.heads[idx]
    return (
        typ in SPEECH_TYPES
        and head >= 0
        and toks[idx].feats.get("VerbForm") == "Conv"
        and any(i == head and t in SPEECH_TYPES for i, t in triggers)
    )


def dated(attached: Sequence[DateMention]) -> bool:
    """Does any of the dates attached give a day, month or year (not only «unknown»)?"""
    return any(d.value.precision != "unknown" for d in attached)
