"""A subject the parser leaves as a fragment of its own.

A long titled subject opening a sentence («Чрезвычайный и Полномочный Посол Республики
Чили в России Родриго Сото вручил копии верительных грамот ...») is sometimes parsed as a
second tree beside the verb's: its noun hangs on nothing and the verb has no subject, so
whoever the title names takes no part in what the verb tells. A nominative noun hanging on
nothing, whose words run up to a finite verb that hangs on nothing either and has no subject
of its own (with only the verb's own words, «во вторник», between them), is that verb's
subject when the two agree in number (and gender) — the grammar of a subject, read where
the parser lost it.

A subject's name is sometimes hung as an apposition on an oblique noun before it («По
приглашению президента Узбекистана Сердар Бердымухамедов прибыл в Ташкент»: the parser puts
the name under «приглашению»). An apposition agrees with its noun in case, so a nominative
name under a noun of another case is no apposition: it is the subject of the finite verb
that noun's phrase hangs on after it, when that verb has no subject (nor shares one with the
verb it is joined to) and agrees with the name.

A subject after a clause that opens the sentence («Пока члены комиссии обсуждали программу,
советник МИД Андрей Полозов провёл встречу») is sometimes hung as a conjunct on the
clause's object, and the main verb is left a root of its own with no subject. Conjuncts
agree in case, so a nominative noun conjoined to a noun of another case across a comma is
no conjunct: it is the subject of the subjectless root verb its words run up to.

A verb that has its subject before it is sometimes given a second one from the next clause
(«Райс приехала в Москву в апреле, а 9 мая Буш стоял на трибуне»: «Буш» under
«приехала», «стоял» a root with no subject): a nominative noun behind the verb across a
comma is the subject of the subjectless root verb its words run up to.

A verb has one subject (or conjoined ones). The parser sometimes gives a later verb a second
one from the clause before («Райс и Лавров созванивались и на прошлой неделе: ... Лавров
изложил ...», «Песков подтвердил, что Путин ... выступит на сессии, которая пройдёт ...»:
«Райс» under «изложил», «Путин» under «пройдёт», each beside that verb's own subject),
leaving the verb right after the first subject with none. Where the later subject plainly
opens a clause of its own (after a colon or semicolon, or as «который»), the first subject
belongs to that subjectless finite verb when they agree; what the parser hung on the later
verb between the subject and its verb goes with it («в четверг»).
"""

from __future__ import annotations

from app.ingest.nlp import Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def stray_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang a fragment's nominative noun on the subjectless root verb right after its
    words (in place)."""
    for r, h in enumerate(heads):
        if h >= 0 or toks[r].pos not in ("NOUN", "PROPN") or toks[r].feats.get("Case") != "Nom":
            continue
        _hang_on_root_after(toks, heads, rels, r)


def conjunct_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang a nominative noun set after a comma as a conjunct of a noun in another case on
    the subjectless finite root verb right after its words (in place)."""
    for r, h in enumerate(heads):
        if h < 0 or rels[r] != "conj" or toks[r].pos != "NOUN" or r < 1:
            continue
        if toks[r].feats.get("Case") != "Nom" or toks[h].feats.get("Case") in (None, "Nom"):
            continue
        if toks[r - 1].text != ",":
            continue
        _hang_on_root_after(toks, heads, rels, r)


def next_clause_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang a verb's second subject, set after a comma past the verb, on the subjectless
    finite root verb right after its words (in place): «Райс приехала в Москву в апреле, а
    9 мая Буш стоял на трибуне» parsed with «Буш» under «приехала». A verb has one subject
    (or conjoined ones); a nominative noun behind the verb, across a comma, when the verb
    already has its subject before it, belongs to the next clause. (When the next clause's
    verb is parsed as a conjunct of the first, second_subjects.py drops such a subject from
    the first clause's parties instead.)"""
    for r, h in enumerate(heads):
        if h < 0 or h > r or rels[r] not in _SUBJECTS or toks[r].pos not in ("NOUN", "PROPN"):
            continue
        if not any(toks[k].text == "," for k in range(h + 1, r)):
            continue
        if any(j < h and heads[j] == h and rels[j] in _SUBJECTS for j in range(len(heads))):
            _hang_on_root_after(toks, heads, rels, r)
        else:
            _swap_crossed(toks, heads, rels, r, h)


def _swap_crossed(toks: list[Token], heads: list[int], rels: list[str], r: int, h: int) -> None:
    """Subjects hung crosswise: `r`, behind verb `h`, under `h`, and the subject of the root
    verb right after `r` set before `h` («Райс, ставшая госсекретарем, приехала ..., а ...
    Буш стоял»). Each noun goes to the verb beside it when both agree (in place)."""
    verb = next((v for v in range(r + 1, len(toks)) if heads[v] < 0), None)
    if verb is None or not (_finite(toks[verb]) and _finite(toks[h])):
        return
    first = [j for j in range(h) if heads[j] == verb and rels[j] in _SUBJECTS]
    if len(first) != 1 or toks[first[0]].pos not in ("NOUN", "PROPN"):
        return
    s, own = first[0], _under(heads, r)
    # Between the noun and its verb, the verb's own words; those hung on the first verb
    # («..., а постпред в конце мая доказывал»: «в конце мая» under «назвал») go with it.
    between = [j for j in range(r + 1, verb) if j not in own and j not in _under(heads, verb)]
    if any(heads[j] != h and heads[j] not in between for j in between):
        return
    if _agrees(toks[s], toks[h]) and _agrees(toks[r], toks[verb]):
        heads[s], heads[r] = h, verb
        for j in between:
            if heads[j] == h:
                heads[j] = verb


def _hang_on_root_after(toks: list[Token], heads: list[int], rels: list[str], r: int) -> None:
    """Hang noun `r` as the subject of the first root after its own words (in place), when
    that root is a finite verb with no subject that agrees with it and only the verb's own
    words («во вторник», «в пятницу») stand between."""
    words = _under(heads, r)
    end = r
    while end + 1 in words:  # the noun's own words, unbroken
        end += 1
    verb = next((v for v in range(end + 1, len(toks)) if heads[v] < 0), None)
    if verb is None or not _finite(toks[verb]):
        return
    if not set(range(end + 1, verb)) <= _under(heads, verb):
        return
    if any(heads[j] == verb and rels[j] in _SUBJECTS for j in range(len(heads))):
        return
    if _agrees(toks[r], toks[verb]):
        heads[r], rels[r] = verb, "nsubj"


def appositive_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang a nominative name set in apposition to an oblique noun on the subjectless
    finite verb above that noun (in place)."""
    for r, h in enumerate(heads):
        if h < 0 or rels[r] != "appos" or toks[r].pos != "PROPN":
            continue
        if toks[r].feats.get("Case") != "Nom" or toks[h].feats.get("Case") in (None, "Nom"):
            continue
        verb = h
        for _ in range(len(toks)):  # up the noun's phrase to its verb
            if verb < 0 or _finite(toks[verb]):
                break
            verb = heads[verb]
        if verb < 0 or not _finite(toks[verb]) or verb < r:
            continue
        # A foreign name the tagger reads as nominative in one of its words only («с
        # коллегой Буй Тхань Соном») is no subject; nor is one of a verb that shares the
        # subject of the verb it is joined to («посетил ... и провёл переговоры с ...»).
        parts = [j for j, k in enumerate(heads) if k == r and rels[j] == "flat:name"]
        if any(toks[j].feats.get("Case", "Nom") != "Nom" for j in parts):
            continue
        subjects = {verb, heads[verb]} if rels[verb] == "conj" else {verb}
        if any(heads[j] in subjects and rels[j] in _SUBJECTS for j in range(len(heads))):
            continue
        if _agrees(toks[r], toks[verb]):
            heads[r], rels[r] = verb, "nsubj"


def _under(heads: list[int], r: int) -> set[int]:
    """Token r and every token whose chain of heads reaches it."""
    inside = {r}
    changed = True
    while changed:
        changed = False
        for j, h in enumerate(heads):
            if j not in inside and h in inside:
                inside.add(j)
                changed = True
    return inside


def _finite(tok: Token) -> bool:
    return tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin"


def _agrees(noun: Token, verb: Token) -> bool:
    number = verb.feats.get("Number")
    if number is not None and number != noun.feats.get("Number"):
        return False
    gender = verb.feats.get("Gender")
    # «посол ... вручил», «глава ... вручил»: a man's title of the feminine declension
    # agrees in the masculine, so only a neuter verb with a masculine noun (or back) fails.
    return (
        gender is None or number == "Plur" or gender != "Neut" or noun.feats.get("Gender") == "Neut"
    )


def _plural(verb: Token) -> bool:
    """Whether `verb` agrees with names joined by «и» («Путин и Эрдоган провели»)."""
    return verb.feats.get("Number") == "Plur"


def doubled_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Give a verb's earlier subject, when the verb has a later one of its own, to the first
    finite verb after it that has no subject and agrees with it (in place)."""
    for r, h in enumerate(heads):
        if h <= r or rels[r] not in _SUBJECTS or toks[r].pos not in ("NOUN", "PROPN"):
            continue
        if toks[r].feats.get("Case", "Nom") != "Nom":
            continue
        own = [j for j in range(r + 1, h) if heads[j] == h and rels[j] in _SUBJECTS]
        if not own or not _finite(toks[h]):
            continue
        # Only where the later subject plainly opens a clause of its own: after a colon or
        # a semicolon, or as «который» of a relative clause. Across «, и» the parser's
        # second subject is left where it is («Минск принимает делегации редко, и визит
        # ... стал»: the host of the visit).
        if not (
            any(toks[k].text in (":", ";") for k in range(r + 1, own[0]))
            or toks[own[0]].lemma == "который"
        ):
            continue
        # A copula («был с визитом») leaves its subject to the predicate: the parse of a
        # nominal predicate is no place to mend.
        verb = next((v for v in range(r + 1, own[0]) if _finite(toks[v])), None)
        if verb is None or toks[verb].pos != "VERB":
            continue
        # A «subject» the tagger reads in the accusative («... созванивались ..., условия»)
        # is the parser's slip, no subject the verb already has.
        if any(
            h2 == verb and rels[j] in _SUBJECTS and toks[j].feats.get("Case", "Nom") == "Nom"
            for j, h2 in enumerate(heads)
        ):
            continue
        joined = [j for j, k in enumerate(heads) if k == r and rels[j] == "conj"]
        if not (_plural(toks[verb]) if joined else _agrees(toks[r], toks[verb])):
            continue
        for k in range(r + 1, verb):
            if heads[k] == h:
                heads[k] = verb
        heads[r] = verb
