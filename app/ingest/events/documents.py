"""A document told as concluded with no party named: whose it is.

«Соглашение было подписано в Каире 19 ноября 2015 года», «Договор был подписан в Праге в
2010 году», «межправительственное соглашение ... было заключено в 2018 году». News recalls
an old treaty or agreement of the two states it is about in a passive clause, naming
neither: the parties are then the article's pair of states, as a joint body's sitting is
theirs (attendance.article_pair). Here the states are counted by their names and also by
their adjectives («российский», «египетский»): an article on Russia and Egypt names Russia
mostly through its people («российский министр», Лавров), and a third state named twice
must not outweigh it; a capital told as a place («в Каире») is not counted (state_pair.py).

So is an exchange of notes told as the means of a passive act («Комиссия была создана
обменом нотами в марте»). Only a passive predicate with a date of its own counts: an
active verb has a subject the parse reads (or a plural subject «стороны» that parties.py
resolves), and an undated «было подписано» retells the article's own news. A passive
participle of concluding that describes a document noun counts the same way when it has a
date of its own and the document is its clause's subject («Подписанный 3 января 1993 года
договор так и не заработал», «договор, заключённый 24 мая 2002 года, не содержал ...»):
the treaty's history told in a noun phrase. Undated («подписанное соглашение») or on a
document only referred to («выполнение конвенции, подписанной в Актау в 2018 году»,
perhaps of other parties) it only picks the document out.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.attach import date_attached
from app.ingest.events.lexicon import DOCUMENT_NOUNS, VERB_TRIGGERS
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.state_pair import states_pair
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The relations under which a passive verb is a clause's own predicate.
_PREDICATE = frozenset({"root", "conj", "parataxis"})
# How a participle hangs on the noun it describes.
_DESCRIBING = frozenset({"acl", "amod"})
# A noun of concluding told as the means of a passive act («создана обменом нотами»).
_MEANS = frozenset({"обмен"})
# The document's place in its clause when its history is what the clause tells.
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})


def passive_predicate(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """Is the trigger a passive verb that is a clause's predicate («было подписано»), or the
    document noun that is its subject («соглашение было подписано»)?"""
    if parse.rels[idx] == "nsubj:pass" and parse.heads[idx] >= 0:
        idx = parse.heads[idx]
        # «соглашение было подписано», not «договорённость была достигнута на саммите»:
        # only a verb of concluding tells the document concluded there and then.
        if VERB_TRIGGERS.get(lemma_of(toks[idx])) != "agreement":
            return False
    if _by_exchange(toks, parse, idx):
        idx = parse.heads[idx]  # «Комиссия была создана обменом нотами в марте»
    t = toks[idx]
    if t.pos not in ("VERB", "AUX") or t.feats.get("Voice") != "Pass":
        return False
    if parse.rels[idx] in _PREDICATE or described_document(toks, parse, idx):
        return True
    # «соглашение, ... которое было заключено в 2018 году»: a relative clause's predicate
    own = zip(parse.heads, parse.rels, strict=True)
    return parse.rels[idx] == "acl:relcl" and any(
        h == idx and r in ("aux:pass", "nsubj:pass") for h, r in own
    )


def _by_exchange(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """«Комиссия была создана обменом нотами»: an exchange of notes (triggers.toml [retype])
    in the instrumental is how the passive's subject was set up, concluded by both sides."""
    return (
        lemma_of(toks[idx]) in _MEANS
        and toks[idx].feats.get("Case") == "Ins"
        and parse.rels[idx] == "obl"
        and parse.heads[idx] >= 0
    )


def described_document(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """Is the trigger a passive participle of concluding that describes a document noun
    («подписанный в 1993 году договор», «договор, заключённый 24 мая»)?"""
    t, head = toks[idx], parse.heads[idx]
    return (
        t.feats.get("VerbForm") == "Part"
        and t.feats.get("Voice") == "Pass"
        and VERB_TRIGGERS.get(lemma_of(t)) == "agreement"
        and parse.rels[idx] in _DESCRIBING
        and head >= 0
        and lemma_of(toks[head]) in DOCUMENT_NOUNS
        and parse.rels[head] in _SUBJECT
    )


def preposed_dates(
    toks: Sequence[Token], parse: SentenceParse, mentions: Sequence[DateMention], idx: int
) -> list[DateMention]:
    """«Подписанный 3 января 1993 года договор»: a participle set before the document it
    describes governs all that stands between them, so a date there is the signing's (the
    parse may hang it on the clause's verb)."""
    if not described_document(toks, parse, idx) or parse.heads[idx] <= idx:
        return []
    start, end = toks[idx].end, toks[parse.heads[idx]].start
    return [d for d in mentions if start <= d.start and d.end <= end]


def signing_dates(
    toks: list[Token],
    parse: SentenceParse,
    mentions: Sequence[DateMention],
    idx: int,
    type_: str,
) -> list[DateMention]:
    """«соглашения, подписанного в июле 2011 года и вступившего в силу 1 ноября 2012 года»:
    a document noun's own day is the one its participle of concluding gives, not the day of
    its entry into force or another phrase hung on it (an empty list when no such participle
    is dated)."""
    if type_ != "agreement" or toks[idx].pos not in ("NOUN", "PROPN"):
        return []
    signed = [
        j
        for j, h in enumerate(parse.heads)
        if h == idx
        and parse.rels[j] in _DESCRIBING
        and toks[j].feats.get("VerbForm") == "Part"
        and toks[j].feats.get("Voice") == "Pass"
        and VERB_TRIGGERS.get(lemma_of(toks[j])) == "agreement"
    ]
    return [d for d in mentions for j in signed if date_attached(toks, parse, True, d, j)]


def unnamed_signatories(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    idx: int,
    type_: str,
    attached: Sequence[DateMention],
) -> list[ActorSpan]:
    """The article's two states as the parties of a dated agreement told in the passive with
    no party (an empty list when any condition fails)."""
    if type_ != "agreement" or not passive_predicate(toks, parse, idx):
        return []
    if not any(d.value.precision != "unknown" for d in attached):
        return []
    pair = states_pair(inp)
    if pair is None:
        return []
    return [ActorSpan(toks[idx].start, toks[idx].end, state) for state in pair]


def plural_names(toks: Sequence[Token], hits: Sequence[ActorSpan]) -> list[ActorSpan]:
    """The hits that are a common noun in the plural («план консультаций между
    министерствами иностранных дел двух стран», «министры иностранных дел двух стран
    подписали»): the bodies or officials of several states, which a name or title read by
    context (the Russian MFA, Lavrov) cannot stand for alone."""
    out = []
    for h in hits:
        inside = [t for t in toks if t.start >= h.start and t.end <= h.end]
        # The name's first noun heads it: «министерствами иностранных дел», not «дел».
        head = next((t for t in inside if t.pos in ("NOUN", "PROPN")), None)
        if head is None or head.pos != "NOUN":
            continue
        common = head.text[:1].islower() or head is toks[0]
        if common and head.feats.get("Number") == "Plur" and not _named_under(inside, head):
            out.append(h)
    return out


def _named_under(inside: Sequence[Token], head: Token) -> bool:
    """Does a person's name stand in apposition to the plural title, in the title's case
    («министры иностранных дел Сергей Лавров и ...», «министрами обороны Сергеем
    Шойгу и ...»)? The title is shared by the names listed after it: the hit is that
    person, not the offices of several states. A state's genitive («министры иностранных
    дел России») is no name of a person: inanimate, in another case."""
    case = head.feats.get("Case")
    return any(
        t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" and t.feats.get("Case") == case
        for t in inside
        if t is not head
    )


def people_among(inp: ArticleInput, hits: Sequence[ActorSpan]) -> bool:
    """Do the plural names stand for people («министры двух стран подписали»)? Then the
    signatories are named by their office, and the parties of the contact told before
    (who may hold another) do not stand in for them."""
    return any((info := inp.actors.get(h.actor_id)) and info.kind == "person" for h in hits)


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell such a document (worth a parse)?"""
    return any(
        t == "agreement"
        and (toks[i].feats.get("Voice") == "Pass" or lemma_of(toks[i]) in _MEANS)
        for i, t in triggers
    )
