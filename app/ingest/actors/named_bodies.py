"""Bodies named by a head noun and what they deal with, that no list knows: «экспертная
группа по приграничному сотрудничеству в Карелии», «группа по координации в газовой сфере»,
«комиссия по делимитации».

News name new commissions, working groups and committees all the time, in lower case and
by their business: a head noun of a body (bodies.toml, `named_heads`) with a governed «по»
and a noun in the dative. Neither the gazetteer nor natasha's ORG entities know them, so
the sittings they hold («Первое заседание группы по ... прошло») had no party and were
dropped. Such a name is an actor of its own (kind organisation, as a new organisation of
orgs.py), named in the nominative as written (the adjectives before the head agree with it;
the words from «по» on keep their own case), its id from that name. The words the name may
take after the dative noun: nouns in the genitive and one place («в Карелии», «в газовой
сфере»). A name with a state inside it («российско-монгольская группа по ...») is the
states' joint body and stays theirs (joint_bodies.py), as is one an adjective of two sides
names («совместная», «межправительственная»: bodies.toml, `joint_adjectives`); one inside a
hit is that hit's. Where the article tells the sides of a sitting otherwise («стороны»,
the parties told before), they stand for it first (stand_in_actors.py).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.actors.gazetteer import ActorRecord
from app.ingest.actors.lemmas import norm
from app.ingest.actors.orgs import compound_adjective
from app.ingest.actors.slugs import slugify
from app.ingest.dates.morph import analyzer
from app.ingest.nlp import Analysis, Token

_PLACE_PREPOSITIONS = frozenset({"в", "на"})
_NOUNS = frozenset({"NOUN", "PROPN"})


@cache
def _words(key: str) -> frozenset[str]:
    with (resources.files("app") / "data" / "bodies.toml").open("rb") as f:
        return frozenset(tomllib.load(f)[key])


def _heads() -> frozenset[str]:
    return _words("named_heads")


def _nominative(tok: Token, gender: str | None) -> str:
    """The word in the nominative singular (an adjective agreeing with its head's gender),
    or as written when the dictionary cannot inflect it."""
    text = tok.text
    lower = text.lower()
    adjective = tok.pos == "ADJ" or compound_adjective(tok)
    want = {"nomn", "sing"} | ({gender} if gender and adjective else set())
    if "-" in lower and adjective:  # «российско-европейской»: the last part agrees
        first, _, last = lower.rpartition("-")
        return f"{first}-{_inflected(last, want, 'ADJF')}"
    return _inflected(lower, want, "ADJF" if adjective else "NOUN")


def _inflected(word: str, want: set[str], pos: str) -> str:
    for p in analyzer().parse(word):
        if p.tag.POS != pos:
            continue
        form = p.inflect(want)
        if form is not None:
            return str(form.word)
    return word


def _gender(tok: Token) -> str | None:
    for p in analyzer().parse(tok.text.lower()):
        if p.tag.POS == "NOUN" and p.tag.gender:
            return str(p.tag.gender)
    return None


def _inside(hits: list[ActorHit], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in hits)


def _dative_phrase_end(tokens: list[Token], k: int) -> int | None:
    """Token index after «по» + adjectives + a dative noun (and its genitive nouns and one
    place), starting at «по» (k); None when no dative noun follows."""
    j = k + 1
    while j < len(tokens) and tokens[j].pos == "ADJ" and tokens[j].feats.get("Case") == "Dat":
        j += 1
    if j >= len(tokens) or tokens[j].pos != "NOUN" or tokens[j].feats.get("Case") != "Dat":
        return None
    j += 1
    j = _genitives(tokens, j)
    if j + 1 < len(tokens) and tokens[j].text.lower() in _PLACE_PREPOSITIONS:
        m = j + 1
        while m < len(tokens) and tokens[m].pos == "ADJ" and tokens[m].feats.get("Case") == "Loc":
            m += 1
        if m < len(tokens) and tokens[m].feats.get("Case") == "Loc" and tokens[m].pos in _NOUNS:
            j = m + 1
    return j


def _genitives(tokens: list[Token], j: int) -> int:
    """Past the adjectives and nouns in the genitive that go on a name («по вопросам
    транзитных перевозок»)."""
    while j < len(tokens):
        m = j
        while m < len(tokens) and tokens[m].pos == "ADJ" and tokens[m].feats.get("Case") == "Gen":
            m += 1
        if m < len(tokens) and tokens[m].pos == "NOUN" and tokens[m].feats.get("Case") == "Gen":
            j = m + 1
        else:
            return j
    return j


def coined(name_ru: str) -> bool:
    """Is a name one this module coined («Рабочая группа по ...»): a head of `named_heads`
    right before «по»? The events reader takes such a body as a party only when nothing
    else stands for the sitting's sides (stand_in_actors.py): a working group told with
    the two sides around it («стороны», the states told before) is theirs."""
    words = name_ru.lower().split()
    k = words.index("по") if "по" in words else 0
    return k > 0 and words[k - 1] in _heads()


def named_bodies(analysis: Analysis, hits: list[ActorHit]) -> list[ActorHit]:
    """Bodies named by a head noun (bodies.toml, `named_heads`) and «по» with a dative noun
    that overlap no hit: each an actor of its own, named in the nominative."""
    tokens = analysis.tokens
    text = analysis.text
    out: list[ActorHit] = []
    for i, tok in enumerate(tokens):
        if tok.pos != "NOUN" or norm(tok.lemma) not in _heads() or tok.text[:1].isupper():
            continue
        if tok.feats.get("Number") == "Plur":
            continue  # «группы по интересам»: several, no one body
        if i + 1 >= len(tokens) or tokens[i + 1].text.lower() != "по":
            continue
        end = _dative_phrase_end(tokens, i + 1)
        if end is None:
            continue
        first = i  # the adjectives that agree with the head («экспертной рабочей»)
        while first > 0 and (
            (
                tokens[first - 1].pos == "ADJ"
                # a compound («российско-европейской») may go untagged for case
                and tokens[first - 1].feats.get("Case", tok.feats.get("Case"))
                == tok.feats.get("Case")
                and not tokens[first - 1].text[:1].isupper()
            )
            # «Итало-африканская группа ...» opening a sentence: the tagger takes the
            # capitalised compound for a name; a capital of place only (orgs.py)
            or compound_adjective(tokens[first - 1])
        ):
            first -= 1
        if any(norm(t.lemma) in _words("joint_adjectives") for t in tokens[first:i]):
            continue  # «совместная группа по ...»: the two sides' body, they are its parties
        start, stop = tokens[first].start, tokens[end - 1].end
        if (
            first > 0
            and tokens[first - 1].pos == "ADJ"
            and _inside(hits, tokens[first - 1].start, tokens[first - 1].end)
        ):
            continue  # «российско-монгольская рабочая группа по ...»: the states' (joint_bodies.py)
        if _inside(hits, start, stop) or _inside(out, start, stop):
            continue  # a state's joint body (joint_bodies.py), or a name already known
        gender = _gender(tok)
        words = [_nominative(t, gender) for t in tokens[first : i + 1]]
        name = " ".join([*words, text[tokens[i + 1].start : stop]])
        name = name[:1].upper() + name[1:]
        record = ActorRecord(
            id=slugify(name),
            name=None,
            name_ru=name,
            kind="organisation",
            aliases=(" ".join(norm(w) for w in name.split()),),
        )
        out.append(ActorHit(start, stop, record.id, text[start:stop], "org", record))
    return out
