"""The parties of a trigger's happening when its sentence names none (or names only some):
the holders of the titles told, the parties of the contact told before, those listed
after it, the states of unnamed officials, the body's co-chairs, the next round's sides.
"""

from __future__ import annotations

from app.ingest.actors.named_bodies import coined as coined_name
from app.ingest.dates import DateMention
from app.ingest.events import (
    accepted,
    attendance,
    documents,
    evaluated,
    joint,
    joint_bodies,
    next_round,
    plural_refs,
    retold,
    round_plans,
    said_and_done,
    title_pairs,
    titled,
)
from app.ingest.events.body_people import bodies_met
from app.ingest.events.body_series import series_body
from app.ingest.events.clause_mood import future_clause
from app.ingest.events.cochairs import cochairs
from app.ingest.events.document_anaphora import after_parties
from app.ingest.events.expiring import expiring_parties, without_document_names
from app.ingest.events.lexicon import JOINT_SPEECH
from app.ingest.events.model import ActorInfo, ActorSpan
from app.ingest.events.numbered_rounds import numbered_round
from app.ingest.events.parties import Antecedent, stand_ins
from app.ingest.events.person_profiles import person_heads
from app.ingest.events.plural_chairs import chairs_before
from app.ingest.events.previous_round import previous_of_kind
from app.ingest.events.put_off_after import put_off_after
from app.ingest.events.side_chair import side_chair
from app.ingest.events.signatures import signers
from app.ingest.events.trigger_scene import Context, Trigger
from app.ingest.events.unnamed_sides import states_of_unnamed

# Statuses of a sitting still to come when told: planned, or put off or called off.
TO_COME = frozenset({"planned", "postponed", "cancelled"})


def stand_in_actors(
    t: Trigger,
    ctx: Context,
    actors: list[ActorSpan],
    attached: list[DateMention],
    plural: list[ActorSpan],
    own_date: bool,
    status: str,
    invited: bool,
) -> tuple[list[ActorSpan], Antecedent | None, tuple[int, int] | None, bool]:
    """The actors with those read in when none (or not all) are named; the contact told
    before they were taken from; the sentence listing them after; and whether the trigger
    only retells a happening told before (then it may stay with no actor)."""
    s, idx, typ, speech = t.s, t.idx, t.typ, t.speech
    inp, si, toks, parse, parsed, hits = s.inp, s.si, s.toks, s.parse, s.parsed, s.hits
    contacts, groups_before, at = ctx.contacts, ctx.groups_before, s.at
    contact = None
    # «заседание рабочей группы по ...» with no list knowing the group (named_bodies.py):
    # those named or told as its sides are the parties; the group itself is the last resort
    coined = [a for a in actors if _coined(inp.actors.get(a.actor_id))]
    actors = [a for a in actors if a not in coined]
    if not actors and parsed:  # «сопредседатели подписали протокол» (plural_chairs.py)
        actors = chairs_before(inp, si, toks, parse, idx)
    if not actors and parsed and not speech:  # «встреча президентов»: the two holders
        actors = title_pairs.pair(inp, toks, parse, idx, typ, attached, person_heads(inp))
    named_apart = documents.people_among(inp, plural)  # «министры двух стран»: not them
    if not actors and contacts and parsed and not speech and not named_apart:
        # «По итогам переговоров лидеры подписали заявление»: the parties told before.
        actors, contact = stand_ins(toks, parse, idx, typ, contacts, s.triggers)
    elif not actors and contacts and parsed:  # «министры провели пресс-конференцию»
        actors, contact = joint.speakers(toks, parse, idx, typ, contacts, s.triggers)
        if not actors and typ in JOINT_SPEECH:  # «президенты провели пресс-конференцию»
            actors, contact = plural_refs.titled_speakers(
                inp, toks, parse, idx, contacts, s.triggers
            )
    if (
        actors
        and contacts
        and parsed
        and not speech
        and all(s.state(a.actor_id) for a in actors)
        and not evaluated.rated(toks, parse, idx)  # «обмен ... министры оценили»: raters
    ):
        # «Президенты приняли заявление о новых отношениях между Россией и США»: the states
        # named are the document's matter; the title its subject is stands for the holders
        # among the parties of the contact told before (plural_refs.titled_subject)
        held, found = plural_refs.titled_speakers(inp, toks, parse, idx, contacts, s.triggers)
        if held:
            actors, contact = [*held, *actors], found
    if not actors and parsed and not speech:  # «Они уже виделись в Сингапуре»
        actors = plural_refs.parties(inp, si, toks, parse, idx, groups_before, at)
    elif parsed and not speech:  # «с ними встретился Токаев»: the two told before
        ids_here = [a.actor_id for a in actors]
        actors += plural_refs.partners(inp, si, toks, parse, idx, groups_before, ids_here)
    listed = None
    if parsed and not speech:
        # «Саммит открылся 29 июня. В нём участвуют президенты ...»: listed after it.
        own = bool(actors) and not joint_bodies.only_body_states(toks, actors)
        more, listed = attendance.attendees(inp, si, toks, hits, idx, typ, own)
        actors += [h for h in more if h not in actors]
        if not actors and own_date:  # «Группа последний раз собиралась в 2018 году»
            actors = joint_bodies.referred_body(inp, toks, parse, idx, typ)
        if not actors:
            # «Заседание межправкомиссии перенесено»: the two states the article is about
            actors = attendance.joint_body_parties(inp, toks, typ)
        if not actors and typ == "agreement":  # «согласовано после переговоров X и Y»
            actors = after_parties(toks, parse, idx, hits, s.triggers)
        if not actors and typ == "agreement":  # «поставили подписи X и Y» (signatures.py)
            actors = signers(toks, parse, idx, hits)
        if not actors:  # «Соглашение было подписано в 2015 году»: the article's two states
            actors = documents.unnamed_signatories(inp, toks, parse, idx, typ, attached)
        if not actors:  # «Соглашение между Россией и США прекратило действие» (expiring.py)
            actors = expiring_parties(inp, toks, parse, hits, idx, typ, attached)
        if not actors and (own_date or inp.published is not None):
            # «министры обороны США и России провели переговоры» (unnamed_sides.py); a
            # contact of states with no date at all, on an undated page, is not placed
            actors = states_of_unnamed(toks, parse, hits, idx, typ, s.body)
        if not actors:  # «президент Алжира приезжал в Россию в 2008 году»: Algeria
            actors = titled.unnamed_holder(inp, toks, parse, hits, idx, typ, attached)
    if not actors and not speech and parsed and next_round.next_of_kind(toks, parse, idx):
        to_come = status == "planned" or future_clause(toks, parse, idx)  # «следующая встреча»
        if to_come or round_plans.next_to_come(toks, parse, idx):  # «провести очередной раунд»
            actors = next_round.next_parties(toks, typ, idx, contacts)
    if actors and not speech and parsed and round_plans.next_to_come(toks, parse, idx):
        actors += round_plans.other_sides(inp, toks, idx, typ, actors, contacts)  # «пригласила»
    if not actors and not speech and parsed and put_off_after(toks, parse, idx):
        # «Первоначально встреча должна была пройти в Вене, однако её перенесли»: the plan
        # first made for the contact just told, between its parties (put_off_after.py)
        actors = next_round.next_parties(toks, typ, idx, contacts)
    if not actors and not speech and parsed and own_date and previous_of_kind(toks, parse, idx):
        actors = next_round.next_parties(toks, typ, idx, contacts)  # «предыдущая встреча»
    if not actors and not coined and not speech and parsed:
        # «Третье заседание прошло 3 июня»: of the one body named before (body_series.py)
        actors = series_body(
            inp, toks, parse, idx, typ, lambda a: _coined(inp.actors.get(a))
        )
    if not actors and not speech and parsed and own_date and numbered_round(toks, parse, idx):
        # «Второй раунд прошел в Москве 18 марта»: the series told (numbered_rounds.py)
        actors = next_round.next_parties(toks, typ, idx, contacts)
    if parsed and not speech:  # «заседание комиссии ..., сопредседатели X и Y» (cochairs.py)
        # A sitting to come of a body the reader named itself («следующее заседание пройдет
        # в Джуно», the group told before): led by the chairs the report named.
        of_body = (status in TO_COME or future_clause(toks, parse, idx)) and (
            bool(coined) or any(_coined(inp.actors.get(a.actor_id)) for a in actors)
        )
        actors += cochairs(inp, si, toks[idx], typ, actors, of_body=of_body)
        # «принял американского сопредседателя группы»: the one named so before (side_chair.py)
        actors += side_chair(inp, si, toks, toks[idx], typ, actors)
        # «встретился с руководством Минпромторга»: the body (body_people.py)
        actors += bodies_met(toks, parse, hits, idx, typ, s.body, actors)
    if invited and not actors:  # «Путин принял приглашение Раиси посетить Иран»: Putin
        actors = accepted.acceptors(toks, parse, hits, idx)
    if ctx.beside is not None and typ in said_and_done.ACTS and parsed:
        # «... и предложил», «... и выдвинул на его место X»: the speaker proposes, beside
        # whom the act names («... и пригласил его в Россию»)
        shared = said_and_done.shared_subject(toks, parse, hits, idx, ctx.beside)
        actors = [*shared, *(h for h in actors if h not in shared)]
    if typ == "expiry" and parsed and actors:
        # «договор СНВ-1 истекает»: the document's own name is no party; its parties are
        # those named under it, or the article's two states (expiring.py)
        kept = without_document_names(inp, toks, parse, actors, idx)
        if kept != actors:
            actors = kept or expiring_parties(inp, toks, parse, hits, idx, typ, attached)
            if not actors:
                return actors, contact, listed, False
    if not actors:
        actors = coined
    # «Приглашение прозвучало накануне»: the happening told before, retold (retold.py)
    again = not actors and parsed and not speech and retold.retelling(toks, parse, idx, hits)
    return actors, contact, listed, again


def _coined(info: ActorInfo | None) -> bool:
    """A body the reader named itself (actors/named_bodies.py), no list's."""
    return info is not None and info.kind == "organisation" and coined_name(info.name_ru)
