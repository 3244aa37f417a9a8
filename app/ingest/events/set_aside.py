"""Checks that set a trigger aside: its sentence tells no happening of its own by it (a
possibility, a denial, a description, the setting of other words or of another
happening, a document's subject), or it is not the reading sentence_events.py is after.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events import (
    accompanying,
    ahead_of,
    anaphora,
    appearances,
    aside,
    asked,
    charged,
    evaluated,
    grouping,
    handed,
    in_touch,
    inaugurated,
    joined,
    joint_bodies,
    of_a_kind,
    participles,
    proposals,
    received,
    receptions,
    repeated,
    responded,
    results,
    round_plans,
    said_and_done,
    speeches,
    standing,
    unheld,
)
from app.ingest.events import attribution as words
from app.ingest.events.agreed_on import agreed_on
from app.ingest.events.attach import background_place, date_attached
from app.ingest.events.backdrop import backdrop
from app.ingest.events.call_content import discussed_on_call
from app.ingest.events.clause_mood import negated
from app.ingest.events.clause_pair import clause_pair
from app.ingest.events.cleared_with import cleared_with
from app.ingest.events.document_anaphora import signed_after
from app.ingest.events.document_content import document_content
from app.ingest.events.lexicon import HOST_VERBS
from app.ingest.events.model import ActorSpan
from app.ingest.events.status import agreed_to_do
from app.ingest.events.trigger_scene import Context, Trigger, dated
from app.ingest.events.triggers import lemma_of

# Contacts whose two sides a «где»/«когда»-clause may take from its main clause.
CONTACTS = frozenset({"call", "meeting", "talks"})


def _pair(t: Trigger) -> bool:
    """Does the trigger's «где»/«когда»-clause take its two sides from the main clause?"""
    s = t.s
    return bool(clause_pair(s.toks, s.parse, s.hits, t.idx, s.person))


def apart_or_quoted(t: Trigger, beside: int | None, pair: object | None) -> bool:
    """Read beside another trigger, one not told apart from it (and no second contact); or
    a verb of saying whose words are someone else's, told after («..., сообщил Песков»)."""
    s, idx = t.s, t.idx
    if (
        beside is not None
        and not aside.told_apart(s.toks, s.parse, idx, beside)
        and not pair
        and not (s.parsed and backdrop(s.toks, s.parse, idx))
    ):
        return True
    return (
        t.speech
        and s.parsed
        and any(i > idx and words.after_words(s.toks, s.parse, i) for i in s.statement_idx)
    )  # «Путин и Кисида подтвердили ..., сообщил Песков»: Peskov's words


def agreed_to_come(t: Trigger) -> bool:
    """«договорились подписать до конца февраля протокол»: the signing to come, with its
    own date, is the news (without one, the agreeing is)."""
    s = t.s
    to_do = agreed_to_do(s.toks, s.parse, t.idx, s.triggers) if s.parsed else None
    return to_do is not None and any(
        date_attached(s.toks, s.parse, True, d, to_do) for d in s.mentions
    )


def set_aside(t: Trigger, status: str, attached: list[DateMention], invited: bool) -> bool:
    """The trigger only characterises, is negated, is the setting of other words or of
    another happening, is a document's subject, or is proposed and not done."""
    s, idx, typ, speech = t.s, t.idx, t.typ, t.speech
    toks, parse, parsed, triggers = s.toks, s.parse, s.parsed, s.triggers
    if parsed and len(triggers) > 1 and anaphora.characterises(toks, parse, idx):
        return True  # «провел переговоры — это первый визит»: the talks are the telling
    if parsed and status != "cancelled" and negated(toks, parse, idx):
        return True  # «не встретились», «не планируется»: no happening to place
    if not speech and parsed and unheld.unheld(toks, parse, idx):
        return True  # «год несостоявшихся встреч», «отсутствие договорённостей» (unheld.py)
    if parsed and not dated(attached) and in_touch.kept_in_touch(toks, parse, idx):
        return True  # «стороны условились поддерживать контакты»: nothing concluded (in_touch.py)
    if not speech and parsed and of_a_kind.of_a_kind(toks, parse, idx):
        return True  # «в подобных переговорах»: a kind of talks, not one round (of_a_kind.py)
    if parsed and not repeated.placed(attached) and repeated.repeated(toks, parse, idx, typ):
        return True  # «не раз встречались», «два разговора»: many occasions (repeated.py)
    if (
        not speech
        and parsed
        and not dated(attached)
        and standing.standing(toks, parse, idx, set(s.at), typ == "agreement")
    ):
        return True  # «Москва использует переговоры с США»: a standing thing (standing.py)
    if not speech and not dated(attached) and asked.asked(s.inp.text[s.start : s.end]):
        return True  # «Почему переговоры зашли в тупик?»: asked about, not told (asked.py)
    if not speech and parsed and asked.asked_whether(toks, parse, idx):
        return True  # «спросили, состоится ли разговор»: whether is asked (asked.py)
    if not speech and parsed and ahead_of.ahead_of(toks, parse, idx, attached):
        return True  # «перед встречей с Трампом Путин провёл»: a time to come (ahead_of.py)
    if not speech and parsed and evaluated.evaluated(toks, parse, idx, attached):
        return True  # «в воскресенье назвал переговоры полезными»: rated, not told (evaluated.py)
    if not speech and parsed and charged.charged(toks, parse, idx, attached):
        return True  # «упрекнул США в затягивании переговоров»: reproached for (charged.py)
    if parsed and handed.handed(toks, parse, idx):
        return True  # «передал коллеге меморандум»: a paper handed over (handed.py)
    if parsed and responded.responded(toks, parse, idx, attached):
        return True  # «Путин это предложение принял»: another's proposal answered (responded.py)
    if typ == "meeting" and parsed and speeches.spoken_at(toks, parse, idx, s.uttering):
        return True  # «выступил на пленарной сессии»: the speech is the news (speeches.py)
    if (
        not speech
        and parsed
        and words.setting(toks, parse, s.happening_verbs, idx)
        and not discussed_on_call(toks, parse, idx, typ, triggers)
        and not agreed_on(toks, parse, idx, typ, triggers)
    ):
        # «по итогам переговоров приняли»; not «в ходе разговора обсудили» (call_content.py)
        # nor «договорённость достигнута в ходе разговора» (agreed_on.py)
        return True
    if (
        parsed
        and signed_after(toks, parse, idx, typ, triggers)
        and not agreed_on(toks, parse, idx, typ, triggers)
    ):
        return True  # «согласовано после переговоров министров»: the document is the news
    if parsed and document_content(toks, parse, idx, typ):
        return True  # «подписан План консультаций на 2024–2025 годы»: the document's subject
    if parsed and cleared_with(toks, parse, idx, typ):
        return True  # «шаг согласован с Москвой»: a step cleared with one party (cleared_with.py)
    if not speech and parsed and results.setting_of_other(toks, parse, idx, triggers):
        return True  # «пресс-конференция по итогам переговоров»: the talks are its setting
    if not speech and parsed and words.thanked_for(toks, parse, idx):
        return True  # «поблагодарил за приглашение»: made before, by the one thanked
    if typ == "appointment" and parsed and inaugurated.inaugurated(toks, parse, idx):
        return True  # «президент, который вступит в должность»: no envoy's (inaugurated.py)
    if not speech and parsed and joined.joined(toks, parse, idx):
        return True  # «к переговорам присоединился ...»: told elsewhere (joined.py)
    if parsed and received.received(toks, parse, idx):
        return True  # «получило приглашения»: made before, by someone else (received.py)
    if parsed and received.addressee_only(toks, parse, idx):
        return True  # «Обама приглашён в Москву»: who invited is not told (received.py)
    if parsed and received.still_standing(toks, parse, idx):
        return True  # «приглашение остаётся в силе»: made before (received.py)
    if parsed and not invited and proposals.proposed(toks, parse, s.proposal_idx, idx):
        # «передал приглашение посетить Москву»: the visit is only proposed; not so the
        # next round of a format, dated («пригласила провести следующий раунд в мае»)
        round_dated = dated(attached)
        if not (round_dated and round_plans.next_to_come(toks, parse, idx)):
            return True
    # «провёл переговоры в Казани, где проходил саммит»: the talks are news; not so
    # «передал приглашение в Бишкеке, где они встретились» (the main clause's two met)
    return (
        not speech
        and parsed
        and background_place(toks, parse, triggers, idx)
        and not _pair(t)
    )


def background_or_beside(
    t: Trigger,
    ctx: Context,
    said: bool,
    setting: bool,
    attached: list[DateMention],
    status: str,
    pair: object | None,
) -> bool:
    """Undated background, a description beside the sentence's own event, or a companion's
    trip."""
    s, idx, typ, speech = t.s, t.idx, t.typ, t.speech
    toks, parse, parsed, mentions = s.toks, s.parse, s.parsed, s.mentions
    beside, own_date = ctx.beside, dated(attached)
    # «выступил на пресс-конференции, а затем дал интервью»: a second appearance
    again = parsed and beside is not None and (
        appearances.second(toks, parse, s.triggers, idx, beside)
        or backdrop(toks, parse, idx)  # «параллельно со встречей X проходит встреча Y»
    )
    if parsed and not own_date and joint_bodies.background_sitting(toks, parse, idx):
        return True  # «Комитет последний раз собирался в Москве»: undated background
    if beside is not None and (
        (speech and not again)
        or said
        or setting
        or not (
            aside.own_date(toks, parse, idx, attached)
            # «прибыла в конце января и тогда же передала копии грамот»: on its day
            or (
                (
                    ctx.entry is not None
                    or said_and_done.beside_words(typ, s.triggers, beside)
                    or aside.signed_undated(typ, mentions)  # «... и подписали меморандум»
                )
                and aside.coordinated(toks, parse, idx, beside)
                and aside.other_kind(typ, s.triggers, beside)
            )
            # «переговоры с президентом, прилетевшим в Москву»: arrived for it (participles.py)
            or (typ == "visit" and participles.arrived_for(toks, parse, mentions, idx))
            # «вылетел в Брюссель и отменил визит в Москву»: called off beside the held
            or (status in grouping.CALLED_OFF and aside.coordinated(toks, parse, idx, beside))
            or pair is not None
            or again
            # «передал приглашение в Бишкеке, где они встретились»: the two's own contact
            or (typ in CONTACTS and parsed and _pair(t))
        )
    ):
        return True  # «Каллас, вступившая в должность»: a description, not news
    # «Вместе с премьером прилетел министр»: the premier's trip (accompanying.py)
    return (
        typ == "visit" and parsed and not own_date and accompanying.accompanies(toks, parse, idx)
    )


def host_retold(t: Trigger, attached: list[DateMention], actors: list[ActorSpan]) -> bool:
    """«X принял Y» with no date of its own mostly retells a meeting the article dates
    elsewhere, under another word: that one stands for it unless both are named
    (receptions.py)."""
    host_undated = (
        t.typ == "meeting" and lemma_of(t.s.toks[t.idx]) in HOST_VERBS and not attached
    )
    return host_undated and not receptions.names_both(actors, t.s.person)
