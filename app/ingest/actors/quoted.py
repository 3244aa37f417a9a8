"""An organisation named by a common noun and its own name in quotes: «партия "Кахоль-лаван"»,
«концерн «Алмаз-Антей»», «компания «Аврора»».

natasha often tags the head noun and the quoted name together as one ORG entity, and the
head noun, capitalised at the start of a sentence, made orgs.py take the whole for a common
noun and drop it («Партия "Кахоль-лаван" заявила ...»). The name is the quoted words, as
written (a name in quotes does not decline), and the head noun tells its kind (a company,
a medium, another organisation: orgs.kind_of).
"""

from __future__ import annotations

from app.ingest.nlp import Token

_OPEN = frozenset({"«", '"', "„", "“"})
_CLOSE = frozenset({"»", '"', "“", "”"})


def quoted_name(tokens: list[Token], text: str, start: int) -> tuple[str, Token] | None:
    """(the quoted name, its head noun) when the entity's `tokens` end with a common noun
    and a name in quotes after it; None otherwise. `text` is the sentence's text and `start` the
    offset of its first character (the entity may end before the closing quote)."""
    # natasha may take a word before the noun in too («Вчера партия "Еш атид"»).
    i = next((i for i in range(len(tokens) - 2) if tokens[i + 1].text in _OPEN), None)
    if i is None or tokens[i].pos != "NOUN":
        return None
    body = tokens[i + 2 :]
    if body[-1].text in _CLOSE:
        body = body[:-1]
    if not body or any(t.text in _OPEN | _CLOSE for t in body):
        return None
    name = text[body[0].start - start : body[-1].end - start]
    return (name, tokens[i]) if name[:1].isupper() else None


def noun_before_quote(tokens: list[Token], k: int) -> Token | None:
    """The head noun before a name in quotes that opens at token `k` («партия «Ликуд»»:
    «партия»); None when the name is not in quotes after a noun."""
    if k < 2 or tokens[k - 1].text not in _OPEN or tokens[k - 2].pos != "NOUN":
        return None
    # «Глава «Росатома» Алексей Лихачёв»: a person's title before the quotes names the
    # organisation they belong to; the organisation's own kind noun is inanimate.
    if tokens[k - 2].feats.get("Animacy") == "Anim":
        return None
    return tokens[k - 2]


def quoted_span_end(tokens: list[Token], end: int, at: int) -> int:
    """The offset a quoted name's hit ends at: past the closing quote at token `end` when
    there is one, else `at` (where the entity ends)."""
    return tokens[end].end if end < len(tokens) and tokens[end].text in _CLOSE else at
