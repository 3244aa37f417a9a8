"""Who attended a meeting or talks the sentence tells without naming a party: those the same
sentence or the next one names as taking part.

«Саммит открылся утром 29 июня в Ашхабаде. В нём участвуют президенты России, Азербайджана и
Ирана»; «В среду пройдут консультации, где российскую делегацию возглавит Рябков, а
американскую — Шерман». News often opens with the happening and lists who came after it;
without this rule such a happening has no party and is lost.

Only words that say someone takes part count (участвовать, принять участие, возглавить
делегацию, собраться): a next sentence that only mentions people («Лавров ранее заявлял ...»)
lists no attendees, and one that tells a happening of its own is that happening's.

A meeting of the ministers or leaders of an organisation («встреча министров иностранных
дел стран «Большой двадцатки»», «совещание министров БРИКС») is the organisation's: it is
a party, not only a word qualifying the ministers.

A state named in the quoted name of a format right after the happening's noun («саммит
«Центральная Азия – Россия»») names the format, not a party: the parties are those the
text lists as taking part. A quoted name that is the actor's own name and nothing more, on a
noun told as a happening of its own («Саммит «Большой двадцатки» пройдёт 28–29 июня») is the
group that meets: a party. Under a preposition («на полях саммита «двадцатки»», «участие в
саммите «восьмёрки»») the summit is only the setting of another happening or of someone's
part in it, and the group stays out of it as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.per_article import per_article
from app.ingest.events.state_pair import state_of, states_pair, top_two
from app.ingest.events.syntax import span_head
from app.ingest.events.triggers import find_triggers, lemma_of
from app.ingest.nlp import Analysis, Token

# Lemmas that say who takes part in a happening.
ATTEND = frozenset({"участвовать", "участие", "участник", "возглавить", "возглавлять", "собраться"})
# The happenings whose parties may be listed apart from them (a call or a visit names its
# parties in its own clause).
LISTED = frozenset({"meeting", "talks"})
# Joint bodies of two states whose sittings news tell without naming the states again
# («заседание межправительственной комиссии», «встреча рабочей группы по миграции»).
JOINT_BODIES = frozenset({"комиссия", "межправкомиссия", "комитет", "межправкомитет", "группа"})


_OPEN_QUOTES = frozenset({"«", '"', "„", "“"})
_CLOSE_QUOTES = frozenset({"»", '"', "“", "”"})


def in_format_name(
    toks: Sequence[Token], h: ActorSpan, trigger: int, parse: SentenceParse | None = None
) -> bool:
    """Is the actor named inside quotes that open right after the trigger noun («саммит
    «Центральная Азия – Россия»», «в формате «Россия – Китай»» is not this: the quote
    must follow the happening's own noun)?"""
    k = trigger + 1
    if k >= len(toks) or toks[k].text not in _OPEN_QUOTES or h.start < toks[k].end:
        return False
    for j in range(k + 1, len(toks)):
        if toks[j].text in _CLOSE_QUOTES:
            # the whole name is the actor's own: the group itself meets
            whole = j > k + 1 and h.start <= toks[k + 1].start and h.end >= toks[j - 1].end
            return h.end <= toks[j].start and not (whole and told_itself(parse, trigger))
    return False


_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass", "root"})


def told_itself(parse: SentenceParse | None, trigger: int) -> bool:
    """Is the trigger noun told as a happening of its own: parsed, and the subject of its
    clause («Саммит ... пройдёт»), not a setting («на полях саммита ...») or what someone
    takes part in («участие в саммите»)?"""
    return parse is not None and parse.rels[trigger] in _SUBJECT_RELS


# Those who meet for an organisation: «министры», «главы», «лидеры» of its states.
MEMBERS = frozenset({"министр", "глава", "лидер", "руководитель", "президент", "премьер"})
_ORG_PATH = MEMBERS | {"страна", "государство", "дело", "член"}


def organisation_met(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    trigger: int,
    type_: str,
) -> list[ActorSpan]:
    """The organisation whose members' meeting the trigger noun is: an organisation (no
    state's body) hung, through the members' title («министров», «стран»), on the noun."""
    if type_ != "meeting":
        return []
    out: list[ActorSpan] = []
    for h in hits:
        info = inp.actors.get(h.actor_id)
        if info is None or info.kind != "organisation" or inp.parents.get(h.actor_id):
            continue
        head = span_head(list(toks), parse, h.start, h.end)
        if head is None:
            continue
        cur, members = parse.heads[head], False
        while cur >= 0 and cur != trigger and lemma_of(toks[cur]) in _ORG_PATH:
            members = members or lemma_of(toks[cur]) in MEMBERS
            cur = parse.heads[cur]
        if cur == trigger and members:
            out.append(h)
    return out


def _attend_at(toks: Sequence[Token], after: int = -1) -> int | None:
    return next((i for i, t in enumerate(toks) if i > after and lemma_of(t) in ATTEND), None)


_ATTRIBUTION_MARKS = frozenset({",", "—", "–", "-"})


def teller_from(toks: Sequence[Token], triggers: Sequence[tuple[int, str]], after: int) -> int:
    """Where the teller of a list of attendees begins: a verb of saying after the list,
    opening a clause of its own («..., 17 из них возглавят главы государств, сообщил
    помощник президента»). Who tells who comes is not among them. Without one, the end."""
    for i, kind in triggers:
        if (
            kind == "statement"
            and i > after
            and i > 0
            and toks[i].pos in ("VERB", "AUX")
            and toks[i - 1].text in _ATTRIBUTION_MARKS
        ):
            return toks[i].start
    return toks[-1].end + 1 if toks else 0


def lists_attendees(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Does a sentence without a happening of its own say who takes part in one? «приняли
    участие» is taking part, not a reception («принял гостя»)."""
    own = [i for i, _ in triggers if not (i + 1 < len(toks) and lemma_of(toks[i + 1]) in ATTEND)]
    return not own and _attend_at(toks) is not None


def attendees(
    inp: ArticleInput,
    si: int,
    toks: Sequence[Token],
    hits: Sequence[ActorSpan],
    idx: int,
    type_: str,
    has_parties: bool = False,
) -> tuple[list[ActorSpan], tuple[int, int] | None]:
    """Parties of the meeting or talks at `toks[idx]` named apart from it: those after a
    word of taking part later in the sentence, else, when its own clause names none
    (`has_parties` false), those of the next sentence when it only says who takes part. The
    second value is the next sentence's span when the parties come from it (it is evidence
    too)."""
    if type_ not in LISTED:
        return [], None
    at = _attend_at(toks, idx)
    if at is not None:
        told = teller_from(toks, find_triggers(list(toks)), at)
        named = [h for h in hits if toks[at].start <= h.start < told]
        return _people_first(inp, named), None
    if has_parties:
        return [], None
    sentences = inp.analysis.sentences
    if si + 1 >= len(sentences):
        return [], None
    nxt = sentences[si + 1]
    ntoks = inp.analysis.tokens_in(nxt.start, nxt.end)  # once per such happening: rare
    ntriggers = find_triggers(ntoks)
    if not lists_attendees(ntoks, ntriggers):
        return [], None
    told = teller_from(ntoks, ntriggers, -1)
    named = _people_first(
        inp, [h for h in inp.actor_hits if nxt.start <= h.start and h.end <= min(nxt.end, told)]
    )
    return (named, (nxt.start, nxt.end)) if named else ([], None)


def _people_first(inp: ArticleInput, named: list[ActorSpan]) -> list[ActorSpan]:
    """Without the body or state that only qualifies the title of the person named right
    after it («глава МИД Турции Мевлют Чавушоглу»: the minister takes part)."""

    def kind(h: ActorSpan) -> str | None:
        info = inp.actors.get(h.actor_id)
        return info.kind if info else None

    out = []
    for i, h in enumerate(named):
        nxt = named[i + 1] if i + 1 < len(named) else None
        between = inp.text[h.end : nxt.start] if nxt else ""
        if nxt and kind(h) != "person" and kind(nxt) == "person" and not between.strip():
            continue
        out.append(h)
    return out


def worth_parsing(
    analysis: Analysis,
    si: int,
    triggers: Sequence[tuple[int, str]],
    within: Callable[[int, int], list[Token]],
    has_hit: Callable[[int, int], bool],
) -> bool:
    """A sentence with a meeting or talks but no actor is worth a parse when the next
    sentence lists who takes part in it."""
    if not {k for _, k in triggers} & LISTED or si + 1 >= len(analysis.sentences):
        return False
    nxt = analysis.sentences[si + 1]
    ntoks = within(nxt.start, nxt.end)
    return has_hit(nxt.start, nxt.end) and lists_attendees(ntoks, find_triggers(ntoks))


def bilateral_apart(
    a_actors: Sequence[str], a_bilateral: bool, b_actors: Sequence[str], b_bilateral: bool
) -> bool:
    """«Саммит открылся ... В нём участвуют президенты пяти стран» and «Путин провёл
    двустороннюю встречу с президентом Туркменистана»: a meeting called bilateral is held
    beside a meeting of three or more parties, never the same happening."""
    return (a_bilateral and len(set(b_actors)) >= 3) or (b_bilateral and len(set(a_actors)) >= 3)


def _joint_body(toks: Sequence[Token]) -> int | None:
    return next((i for i, t in enumerate(toks) if lemma_of(t) in JOINT_BODIES), None)


_DASHES = frozenset({"—", "–", "-"})


def _chronicle_line(toks: Sequence[Token]) -> int | None:
    """A line of a chronicle («28 июля 2021 г. — первый раунд консультаций в Женеве»): the
    index of the dash after the opening date, when the sentence opens with a day, a month
    and a year before it."""
    dash = next((i for i, t in enumerate(toks[:8]) if t.text in _DASHES), None)
    if dash is None or dash < 2 or not toks[0].text.isdigit():
        return None
    return dash if any(t.text.isdigit() and len(t.text) == 4 for t in toks[:dash]) else None


def joint_sitting(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Does the sentence tell a meeting or talks of a joint body, or as a line of a
    chronicle (worth a parse without an actor of its own)?"""
    return bool({k for _, k in triggers} & LISTED) and (
        _joint_body(toks) is not None or _chronicle_line(toks) is not None
    )


@per_article
def article_pair(inp: ArticleInput) -> tuple[str, str] | None:
    """The two states the article is about: each named at least twice, any other less often
    than the second (an article on Russia and Mongolia, with China named once). Counted by
    actor hits; when these name no pair, by the words naming states too (state_pair.py:
    «в Вашингтоне надеются» is the United States' voice, «в Каире» only a place)."""
    counts: dict[str, int] = {}
    for h in inp.actor_hits:
        state = state_of(inp, h.actor_id)
        if state:
            counts[state] = counts.get(state, 0) + 1
    return top_two(counts) or states_pair(inp)


def joint_body_parties(inp: ArticleInput, toks: Sequence[Token], type_: str) -> list[ActorSpan]:
    """«Заседание межправительственной комиссии перенесено» with no party named: the sitting
    of a joint body is the two states' the article is about, marked on the body's word. So
    is a meeting or talks told as a line of the article's chronicle of their contacts
    («Хронология контактов: 28 июля 2021 г. — первый раунд консультаций в Женеве»),
    marked on its dash."""
    if type_ not in LISTED:
        return []
    at = _joint_body(toks)
    if at is None:
        at = _chronicle_line(toks)
    pair = article_pair(inp)
    if at is None or pair is None:
        return []
    return [ActorSpan(toks[at].start, toks[at].end, state) for state in pair]
