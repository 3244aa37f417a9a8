"""An official the text does not name, with his state's adjective, stands for the state.

«Глава «Росатома» и эфиопский министр инноваций подписали дорожную карту», «Лавров провёл
переговоры с турецким коллегой»: when no person the article names fits the title
(coref.py finds none), the party is the state whose adjective the title bears, as it is
for «украинские переговорщики» (the matcher's rule 10). Only a single title noun
(coref.TITLE_WORDS, «коллега»), not followed by a name (after the rest of its title), that
takes part in the happening by the same grammar as a name (tree.py); its state's adjective
must modify it directly.
A «гость» or «собеседник» is left unread: anyone may be one.
"""

from __future__ import annotations

from app.ingest.events.antecedents import NAME_LINKS, Want, antecedent
from app.ingest.events.coref import MUTUAL, TITLE_WORDS, argument
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.person_profiles import profiles_of
from app.ingest.events.tree import actor_belongs
from app.ingest.nlp import Token

NAMES = frozenset({"PROPN"})
# A counterpart of the same rank is an official too; a «гость» or «собеседник» may be
# anyone, and is left to coref.py.
COUNTERPARTS = frozenset({"коллега"})
# Words a title runs on through before the name it may end in («министром иностранных дел
# Колумбии Альваро Лейвой»).
TITLE_RUN = frozenset({"ADJ", "NOUN", "PROPN"})
POSTED_IN = frozenset({"в", "во", "при"})


def unnamed_officials(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    hits: list[ActorSpan],
    actors: list[ActorSpan],
    trigger: int,
    typ: str,
) -> list[ActorSpan]:
    """States standing for the unnamed officials of theirs who take part in `trigger`, each
    as a span from the state's adjective to the title."""
    inside = {i for i, t in enumerate(toks) for h in [*hits, *actors] if h.start <= t.start < h.end}
    taken = {a.actor_id for a in actors}
    out: list[ActorSpan] = []
    for i, tok in enumerate(toks):
        lemma = tok.lemma.lower().replace("ё", "е")
        if tok.pos != "NOUN" or (lemma not in TITLE_WORDS and lemma not in COUNTERPARTS):
            continue
        if i in inside or tok.feats.get("Number") == "Plur":
            continue
        if _named_after(toks, i, inside):
            continue  # «министр (иностранных дел) Сергей Лавров»: a named one
        deps = [j for j, h in enumerate(parse.heads) if h == i]
        if any((toks[j].pos in NAMES and parse.rels[j] in NAME_LINKS) or j in inside for j in deps):
            continue  # «посол Ли Хуэй», «посол Китая»: named, or titled in full
        adjectives = [
            j
            for j in deps
            if toks[j].pos == "ADJ"
            and parse.rels[j] == "amod"
            and _lemma(toks[j]) in inp.state_words
        ]
        if not adjectives:
            continue
        adj = adjectives[0]
        state = inp.state_words[_lemma(toks[adj])]
        if state in taken or not argument(toks, parse, i):
            continue
        # «предложил турецкому коллеге»: the addressee of a proposal is no party to it
        proposal = typ == "proposal"
        if not actor_belongs(toks, parse, i, {i}, trigger, proposal, False, typ in MUTUAL):
            continue
        title = None if lemma in COUNTERPARTS else lemma
        want = Want(title=title, adjective=_lemma(toks[adj]), state=state)
        profiles = profiles_of(inp)
        found = antecedent(inp, si, tok.start, want, set(), profiles)
        # «министр инноваций»: a portfolio the person found must hold too, or he is another
        portfolio = {_lemma(toks[j]) for j in deps if toks[j].pos == "NOUN"}
        if found is not None and portfolio <= profiles[found].words:
            continue  # «российский министр» after «Сергей Лавров»: coref.py's to read
        taken.add(state)
        out.append(ActorSpan(toks[min(adj, i)].start, toks[max(adj, i)].end, state))
    return out


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _named_after(toks: list[Token], i: int, inside: set[int]) -> bool:
    """A name (a hit or a proper noun) follows the title at i, after only the title's own
    words («министром иностранных дел Альваро Лейвой»)."""
    posting = False  # «послом в России Чжаном»: where he is posted is no name
    for j in range(i + 1, len(toks)):
        tok = toks[j]
        if posting and tok.feats.get("Case") == "Loc":
            posting = False
            continue
        if j in inside or tok.pos == "PROPN":
            return True
        if tok.lemma.lower() in POSTED_IN:
            posting = True
            continue
        if tok.pos not in TITLE_RUN:
            return False
    return False
