"""Who speaks when the subject of a verb of saying is a bare title: «Министр подчеркнул
...», «канцлер заявила журналистам», «Бразильский министр отметил».

News name a speaker once and then go on with his title; the words are that person's
statement all the same. The title must be the subject of the verb of saying itself (not of
a clause inside the words: «сообщило, что министр приедет» is no one's words here), and the
verb's gender is the holder's («министр заявила» never stands for a man). Who the title
stands for is coref.referents' reading: the nearest person told before whom the title fits.

A pronoun («Он заявил») is left out: the nearest person of its gender is too often not the
one who speaks (a leader named in the aide's words, the counterpart of a call), which the
reading set showed as statements given to the wrong person.
"""

from __future__ import annotations

from app.ingest.events.coref import referents
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.nlp import Token


def referred_speakers(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    hits: list[ActorSpan],
    trigger: int,
    typ: str,
) -> list[ActorSpan]:
    """The person the subject of the verb of saying at `trigger` refers to, if that
    subject is a bare title."""
    verb = anchor_verb(toks, parse, trigger)
    subjects = {
        j
        for j, h in enumerate(parse.heads)
        if h == verb
        and parse.rels[j].startswith("nsubj")
        and (toks[j].pos == "NOUN" or (j == 0 and toks[j].pos == "PROPN"))
        and _agrees(toks[verb], toks[j])
    }
    if not subjects:
        return []
    verb_tok = toks[verb]
    gender = verb_tok.feats.get("Gender") if verb_tok.feats.get("Number") == "Sing" else None
    found = referents(inp, si, toks, parse, hits, [], trigger, typ, gender, speaking=True)
    return [
        a
        for a in found
        if any(toks[j].start == a.start and toks[j].end == a.end for j in subjects)
    ][:1]


def _agrees(verb: Token, subject: Token) -> bool:
    """The verb agrees with its subject in number. (A title noun is masculine whoever
    holds it, «министр заявила»: the verb's gender goes to the search instead.)"""
    number = verb.feats.get("Number")
    return not (number and subject.feats.get("Number") and number != subject.feats["Number"])
