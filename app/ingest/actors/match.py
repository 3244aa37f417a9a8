"""Find actors in an analysed text: gazetteer aliases, roles by date, natasha persons.

Rules, in order:

1. Every gazetteer phrase (alias, surname, capital-as-state, role title, ignore phrase) is
   matched over the token sequence by lemma keys (see ``lemmas``). Overlapping candidates are
   resolved longest first, so «министр иностранных дел России» is one role and «МИД России»
   is the Russian MFA, not Russia.
2. A role title right after a head like «заместитель», «помощник», «советник» names somebody
   else («заместитель министра иностранных дел России»): it yields nothing.
3. A role resolves by date ``on`` (None: the latest holder). «бывший»/«экс-» before it: the
   holder whose term had ended by then; «тогдашний» is just the date. A plural title names
   the holders of each state listed after it (plural_titles.py).
4. A role directly followed by a person's name is one hit for the named person
   («министр иностранных дел России Сергей Лавров»).
5. Capitals stand for their state except after в/во/из/... or in the locative.
6. Context aliases and context roles («МИД», «глава дипломатического ведомства») count only when
   one of their context actors is found elsewhere in the text.
7. A natasha PER entity overlapping no person hit becomes a new actor (``unknown_person``).
8. A state at the end of a body's name the gazetteer lacks is that body (bodies.py); so
   is a state's adjective before the body's head («в индийском МИД»: «МИД Индии»).
9. A compound adjective of states names each state («российско-индийская комиссия»).
10. A state's adjective before a noun for those who act for a state («украинские
   переговорщики», «японское правительство») is the state.
11. A natasha ORG entity overlapping no hit is an organisation of its own (orgs.py): a
   company, a bank, a medium. Unmatched LOC entities are dropped: too noisy to be actors.
12. Adjectives joined by «и» before one plural head each name an actor («российская и
   американская стороны»: Russia and the USA; shared_head.py).
13. A body's head noun with «по» and a dative noun that overlaps no hit («экспертная группа
   по приграничному сотрудничеству») is a body of its own (named_bodies.py).

Rules 8–11 and the records of the actors found live in state_bodies.py,
state_adjectives.py, new_organisations.py and hit_records.py; a hit is actor_hit.py's.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.ingest.actors.actor_hit import ActorHit, Via
from app.ingest.actors.dated_surnames import dated_namesake
from app.ingest.actors.gazetteer import Gazetteer, Pattern
from app.ingest.actors.hit_records import actors_of, unknown_person
from app.ingest.actors.lemmas import is_capitalised, norm
from app.ingest.actors.name_parts import first_name_tokens
from app.ingest.actors.named_bodies import named_bodies
from app.ingest.actors.names import article_names
from app.ingest.actors.new_organisations import new_organisations
from app.ingest.actors.outlet_names import without_outlet_names
from app.ingest.actors.own_titles import TitleMention, name_start, same_person, with_own_bearers
from app.ingest.actors.plural_titles import plural_title_roles, unheld_states
from app.ingest.actors.plus_names import with_plus
from app.ingest.actors.shared_head import shared_head_actors
from app.ingest.actors.short_names import known_full_names
from app.ingest.actors.state_adjectives import compound_states, represented_states, state_adjectives
from app.ingest.actors.state_bodies import adjective_bodies, with_bodies
from app.ingest.nlp import Analysis, Token

__all__ = ["ActorHit", "actors_of", "match_actors", "unknown_person"]


# A role after one of these heads is somebody else's title («заместитель министра ...»).
_SUBORDINATE_HEADS = frozenset(
    {
        "заместитель",
        "замминистр",
        "зам",
        "замглава",
        "помощник",
        "советник",
        "представитель",
        "пресс-секретарь",
        "секретарь",
        "референт",
        "посол",
        "супруга",
        "жена",
        "муж",
        "сын",
        "дочь",
        "кандидат",
        "преемник",
        "предшественник",
        "соперник",
        "оппонент",
        "охрана",
        "замглавы",
        "спикер",
        "постпред",
        "сотрудник",
        "аппарат",
        "канцелярия",
        # envoys and plenipotentiaries speak for their principal but are not him:
        # «спецпредставитель президента России по Сирии»
        "спецпредставитель",
        "спецпосланник",
        "посланник",
        "полпред",
        "уполномоченный",
        "эмиссар",
    }
)
_FORMER = frozenset({"бывший", "экс", "прежний", "предыдущий"})
_LOCATIVE_PREPS = frozenset(
    {"в", "во", "из", "под", "до", "через", "около", "возле", "близ", "у", "над", "между"}
)


@dataclass(slots=True)
class _Cand:
    i: int  # first token index
    j: int  # one past the last token index
    pattern: Pattern


def _token_keys(gaz: Gazetteer, tokens: list[Token]) -> list[tuple[frozenset[str], bool]]:
    return [gaz.lemmatizer.token_keys(t.text, t.lemma) for t in tokens]


def _candidates(
    tokens: list[Token], keys: list[tuple[frozenset[str], bool]], gaz: Gazetteer
) -> list[_Cand]:
    out: list[_Cand] = []
    n = len(tokens)
    for i in range(n):
        seen: set[int] = set()
        for k in keys[i][0]:
            for p in gaz.index.get(k, ()):
                if id(p) in seen:
                    continue
                seen.add(id(p))
                m = len(p.words)
                if i + m > n:
                    continue
                if any(not (p.words[w] & keys[i + w][0]) for w in range(1, m)):
                    continue
                if p.needs_capital and not is_capitalised(tokens[i].text):
                    continue
                if p.kind == "metonym" and _locative(tokens, i):
                    continue
                out.append(_Cand(i, i + m, p))
    return out


def _locative(tokens: list[Token], i: int) -> bool:
    if tokens[i].feats.get("Case") == "Loc":
        return True
    return i > 0 and norm(tokens[i - 1].text) in _LOCATIVE_PREPS


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidates first, no overlaps; at equal length the earlier one."""
    taken: set[int] = set()
    chosen: list[_Cand] = []
    order = {"ignore": 0, "role": 1, "alias": 2, "surname": 3, "metonym": 4, "context": 5}
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), c.i, order[c.pattern.kind])):
        span = range(c.i, c.j)
        if any(t in taken for t in span):
            continue
        taken.update(span)
        chosen.append(c)
    chosen.sort(key=lambda c: c.i)
    return chosen


def _foreign_title(tokens: list[Token], j: int) -> bool:
    """A bare title («министр иностранных дел») followed by a name in the genitive is
    the title of that country's official, not of the one the context would suggest."""
    if j >= len(tokens):
        return False
    t = tokens[j]
    if t.pos == "ADJ" and is_capitalised(t.text) and j + 1 < len(tokens):
        t = tokens[j + 1]  # «Северной Македонии», «Саудовской Аравии»
    return t.pos == "PROPN" and t.feats.get("Case") == "Gen" and is_capitalised(t.text)


def _prev_lemmas(tokens: list[Token], i: int) -> set[str]:
    if i == 0:
        return set()
    t = tokens[i - 1]
    return {norm(t.lemma), norm(t.text)}


def match_actors(
    analysis: Analysis,
    gazetteer: Gazetteer,
    on: date | None = None,
    day_at: Callable[[int], date | None] | None = None,
) -> list[ActorHit]:
    """Actor mentions of ``analysis`` in text order (see the module docstring for the rules).
    ``day_at``: the day a title at a character offset is read at (title_days.py); ``on``
    everywhere when not given."""
    tokens = analysis.tokens
    text = analysis.text
    keys = _token_keys(gazetteer, tokens)
    # A surname matches the surname of a written name, never its first name (name_parts.py).
    first_names = first_name_tokens(tokens, analysis.entities)
    cands = _candidates(tokens, keys, gazetteer)
    chosen = _select([c for c in cands if not (c.pattern.kind == "surname" and c.i in first_names)])

    def day_of(i: int) -> date | None:
        return day_at(tokens[i].start) if day_at is not None else on

    def day(c: _Cand) -> date | None:
        return day_of(c.i)

    def hit(c: _Cand, actor_id: str, via: Via) -> ActorHit:
        s, e = tokens[c.i].start, tokens[c.j - 1].end
        return ActorHit(s, e, actor_id, text[s:e], via)

    # Pass 1: everything that needs no context.
    resolved: list[tuple[_Cand, ActorHit | None]] = []
    deferred: list[int] = []
    subordinate: set[int] = set()  # token index of roles that name somebody's deputy/aide
    for c in chosen:
        p = c.pattern
        if p.kind == "ignore":
            continue
        if p.kind == "role":
            if _SUBORDINATE_HEADS & _prev_lemmas(tokens, c.i):
                resolved.append((c, None))  # somebody's deputy/aide: consume, yield nothing
                subordinate.add(c.i)
                continue
            if gazetteer.roles[p.target].context:
                if _foreign_title(tokens, c.j):
                    resolved.append((c, None))  # «министр иностранных дел Турции»
                    continue
                deferred.append(len(resolved))
                resolved.append((c, None))
                continue
            former = keys[c.i][1] or bool(_FORMER & _prev_lemmas(tokens, c.i))
            holder = gazetteer.holder(p.target, day(c), former=former)
            resolved.append((c, hit(c, holder, "role") if holder else None))
        elif p.kind == "context":
            deferred.append(len(resolved))
            resolved.append((c, None))
        else:
            resolved.append((c, hit(c, p.target, "alias")))

    # Pass 2: context aliases and context roles.
    present = Counter(h.actor_id for _, h in resolved if h is not None)
    for idx in deferred:
        c, _ = resolved[idx]
        p = c.pattern
        if p.kind == "role":
            ctx = gazetteer.roles[p.target].context
            if any(present[a] for a in ctx):
                former = keys[c.i][1] or bool(_FORMER & _prev_lemmas(tokens, c.i))
                holder = gazetteer.holder(p.target, day(c), former=former)
                if holder:
                    resolved[idx] = (c, hit(c, holder, "role"))
        else:
            best, best_score = None, 0
            for target in gazetteer.context_targets.get(p.key, ()):
                score = sum(present[a] for a in gazetteer.context.get(target, ()))
                if score > best_score:
                    best, best_score = target, score
            if best:
                resolved[idx] = (c, hit(c, best, "alias"))

    # Rule 3b: «президенты России, Ирана и Казахстана»: each listed state's holder.
    listed = plural_title_roles(tokens, gazetteer, [(c.i, c.j, c.pattern) for c, _ in resolved])
    for idx, role in listed.items():
        c, _ = resolved[idx]
        holder = gazetteer.holder(role, day(c))
        resolved[idx] = (c, hit(c, holder, "role") if holder else None)
    # Rule 3c: a plural title whose holders are unknown on the day names its states.
    unheld = unheld_states(
        tokens,
        gazetteer,
        [(c.i, c.j, c.pattern) for c in cands],
        [(c.i, c.j, c.pattern, h is not None) for c, h in resolved],
        listed,
        subordinate,
    )
    for idx in sorted(unheld, reverse=True):
        states = [_Cand(i, j, p) for i, j, p in unheld[idx]]
        resolved[idx : idx + 1] = [(s, hit(s, s.pattern.target, "alias")) for s in states]

    listed_at = {resolved[idx][0].i for idx in listed}
    mentions = [
        TitleMention(
            c.i,
            c.j,
            c.pattern.target,
            free=c.i not in subordinate
            and c.i not in listed_at
            and not (keys[c.i][1] or _FORMER & _prev_lemmas(tokens, c.i))
            and tokens[c.i].feats.get("Number") != "Plur"
            and not _foreign_title(tokens, c.j),
        )
        for c in chosen
        if c.pattern.kind == "role"
    ]

    # Rule 4: a role directly followed by a person's name is that person.
    hits: list[ActorHit] = []
    items = [(c, h) for c, h in resolved]
    k = 0
    while k < len(items):
        c, h = items[k]
        if c.pattern.kind == "role" and c.i not in subordinate and k + 1 < len(items):
            c2, h2 = items[k + 1]
            if (
                c2.i == c.j
                and h2 is not None
                and c2.pattern.kind in ("alias", "surname")
                and _is_person(gazetteer, h2.actor_id)
            ):
                s = tokens[c.i].start
                hits.append(ActorHit(s, h2.end, h2.actor_id, text[s : h2.end], "alias"))
                k += 2
                continue
            if _named_after(gazetteer, tokens, c, items[k + 1 :]):
                k += 1  # «президент ОАЭ (...) Мухаммед бен Заид»: the name says who
                continue
        if h is not None:
            hits.append(h)
        k += 1

    hits = with_plus(hits, text, gazetteer.actors)  # «ОПЕК+»
    hits = with_bodies(hits, tokens, gazetteer, text)
    hits += compound_states(tokens, gazetteer, text, hits)
    hits += represented_states(tokens, gazetteer, text, hits)
    hits = adjective_bodies(tokens, gazetteer, text, hits)
    # Rule 12: «российская и американская стороны»: the earlier adjective shares the head.
    shared = shared_head_actors(
        tokens, [k for k, _ in keys], gazetteer, hits, state_adjectives(gazetteer)
    )
    for a, end, actor in shared:
        s = tokens[a].start
        hits.append(ActorHit(s, end, actor, text[s:end], "alias"))
    hits.sort(key=lambda h: (h.start, h.end))

    # Rule 7: persons natasha finds that the gazetteer does not know.
    person_spans = [(h.start, h.end) for h in hits if _is_person(gazetteer, h.actor_id)]
    all_spans = [(h.start, h.end) for h in hits]
    names = article_names(analysis.entities, tokens)
    # A short name the article's full name stands for («Мухаммед» after «Мухаммед бен Заид
    # Аль Нахайян», names.py) is the person the gazetteer found under that full name.
    known_full = known_full_names(
        analysis.entities, names, hits, lambda a: _is_person(gazetteer, a)
    )
    for ent in analysis.entities:
        if ent.type != "PER":
            continue
        if any(s < ent.end and ent.start < e for s, e in person_spans):
            continue
        full = names.get((ent.start, ent.end))
        if len(ent.text.split()) == 1 and full in known_full:
            hits.append(ActorHit(ent.start, ent.end, known_full[full], ent.text, "alias"))
            continue
        if any(s <= ent.start and ent.end <= e for s, e in all_spans):
            continue  # inside an organisation/role phrase
        if (ent.start, ent.end) not in names:
            continue  # a common word natasha took for a name
        # Rule 4 for a name the gazetteer lacks: «глава Минфина США Джанет Йеллен» is
        # Yellen, not whoever holds the title on the article's date; a name spelt another
        # way than the holder's is the holder («главой МИД Саудовской Аравии принцем
        # Файсалом бин Фарханом»; own_titles.py).
        titles = [h for h in hits if h.via == "role" and _title_of(tokens, h, ent.start)]
        titled = next(
            (
                h
                for h in titles
                if (rec := gazetteer.get(h.actor_id)) is not None
                and same_person(names[(ent.start, ent.end)], rec)
            ),
            None,
        )
        hits = [h for h in hits if h not in titles]
        if titled is not None:
            # One hit over title and name, unless another stands between («(ОАЭ)»).
            between = any(titled.end <= h.start and h.end <= ent.start for h in hits)
            s = ent.start if between else titled.start
            hits.append(ActorHit(s, ent.end, titled.actor_id, text[s : ent.end], "alias"))
            continue
        # A surname the gazetteer shares out by the day («Клинтон» of 1999: the
        # president; dated_surnames.py).
        said_on = day_at(ent.start) if day_at is not None else on
        if namesake := dated_namesake(gazetteer, names[(ent.start, ent.end)], said_on):
            hits.append(ActorHit(ent.start, ent.end, namesake, ent.text, "alias"))
            continue
        record = unknown_person(ent, names[(ent.start, ent.end)])
        if record is None:
            continue
        hits.append(ActorHit(ent.start, ent.end, record.id, ent.text, "ner", record))

    # A bare title is the person the article names with it (own_titles.py).
    hits = with_own_bearers(
        hits,
        tokens,
        mentions,
        lambda h: h.via != "role" and (h.via == "ner" or _is_person(gazetteer, h.actor_id)),
        lambda s, e, bearer: ActorHit(s, e, bearer.actor_id, text[s:e], "role", bearer.record),
        lambda m, actor: _could_hold(gazetteer, m.role, actor, day_of(m.i)),
    )

    hits = without_outlet_names(tokens, hits)  # «телеканалу «Россия 24»» (outlet_names.py)
    hits += new_organisations(analysis, hits, gazetteer)
    hits += named_bodies(analysis, hits)  # «экспертная группа по ...» (rule 13)
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def _named_after(
    gaz: Gazetteer, tokens: list[Token], c: _Cand, rest: list[tuple[_Cand, ActorHit | None]]
) -> bool:
    """Is a title followed by a known person's name past a parenthesis or a rank
    («президент ОАЭ (Объединенных Арабских Эмиратов) Мухаммед бен Заид»)?"""
    k = name_start(tokens, c.j)
    if k == c.j:
        return False
    return any(
        c2.i == k
        and h2 is not None
        and c2.pattern.kind in ("alias", "surname")
        and _is_person(gaz, h2.actor_id)
        for c2, h2 in rest
    )


def _title_of(tokens: list[Token], title: ActorHit, name_at: int) -> bool:
    """Does a name at character ``name_at`` follow the title hit ``title`` as its
    bearer's name (right after it, or past a parenthesis or a rank)?"""
    if title.end > name_at:
        return False
    starts = [t.start for t in tokens]
    j = bisect.bisect_left(starts, title.end)  # the token after the title
    k = name_start(tokens, j)
    return k < len(tokens) and tokens[k].start == name_at


def _could_hold(gaz: Gazetteer, role: str, actor_id: str, day: date | None) -> bool:
    """Could ``actor_id`` hold ``role`` on ``day``? Not when the gazetteer gives his terms
    in it and none covers the day; a person it does not know could."""
    rec = gaz.actors.get(actor_id)
    terms = [t for t in rec.roles if t.role == role] if rec is not None else []
    return day is None or not terms or any(t.holds_on(day) for t in terms)


def _is_person(gaz: Gazetteer, actor_id: str) -> bool:
    rec = gaz.actors.get(actor_id)
    return rec is not None and rec.kind == "person"
