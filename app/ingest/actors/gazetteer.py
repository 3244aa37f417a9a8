"""The curated actor gazetteer (``app/data/actors.toml``, ``world.toml``, ``leaders.toml``):
loading, validation, alias index.

See the header of ``actors.toml`` for the file format; ``world.toml`` (every other state and
the international organisations), ``leaders.toml`` (other states' leaders and foreign
ministers with their terms) and ``leaders_past.toml`` (earlier holders of those offices since
2000) have the same format and are loaded beside it. Aliases are
stored lemmatised (pymorphy3 normal forms, lowercased, ё -> е), so «Лаврова», «Лавровым»,
«Сергей Лавров», «Сергея Лаврова» all find Sergey Lavrov.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from app.ingest.actors.cache import cached
from app.ingest.actors.gazetteer_data import (
    SLUG,
    date_of,
    merge_data,
    part_of,
    short,
    strings,
)
from app.ingest.actors.lemmas import Lemmatizer, is_capitalised, norm, split_words

ActorKind = Literal["person", "organisation", "state", "company", "media"]
PatternKind = Literal["alias", "surname", "metonym", "context", "role", "ignore"]

KINDS: tuple[ActorKind, ...] = ("person", "organisation", "state")
_ACTOR_KEYS = frozenset(
    {
        "id",
        "name",
        "name_ru",
        "kind",
        "aliases",
        "surname",
        "metonyms",
        "context_aliases",
        "context",
        "roles",
        "part_of",
        "short_ru",
    }
)
# The packaged data files, loaded together; an actor id of an earlier file wins over a later one.
DATA_FILES: tuple[str, ...] = (
    "actors.toml",
    "world.toml",
    "leaders.toml",
    "leaders_past.toml",
)
_ROLE_KEYS = frozenset({"id", "titles", "context"})
_TERM_KEYS = frozenset({"role", "from", "until"})


class GazetteerError(ValueError):
    """The gazetteer file is invalid; the message lists every problem found."""

    def __init__(self, problems: Sequence[str], source: str = "gazetteer") -> None:
        self.problems = list(problems)
        super().__init__(f"{source}: {len(problems)} problem(s):\n  - " + "\n  - ".join(problems))


@dataclass(frozen=True, slots=True)
class RoleTerm:
    """One holder's term in a role; ``start`` inclusive, ``end`` exclusive; None = open."""

    role: str
    actor_id: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class RoleRecord:
    id: str
    titles: tuple[str, ...]  # lemmatised
    context: tuple[str, ...] = ()
    terms: tuple[RoleTerm, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: str
    # English name; None for an actor the gazetteer lacks (never invented from the Russian).
    name: str | None
    name_ru: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()  # lemmatised, e.g. "сергей лавров", "лавров"
    roles: tuple[RoleTerm, ...] = ()
    # The state an organisation belongs to («МИД России» speaks for Russia).
    part_of: str | None = None
    # A short Russian name for titles («МИД России»); name_ru when not given.
    short_ru: str | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One phrase to look for: a sequence of key sets (one per word)."""

    words: tuple[frozenset[str], ...]
    key: str  # the lemmatised phrase
    kind: PatternKind
    target: str  # actor id (role id for kind "role", "" for "ignore")
    needs_capital: bool = False  # a one-word capitalised alias matches capitalised words only


@dataclass(slots=True)
class Gazetteer:
    actors: dict[str, ActorRecord]
    roles: dict[str, RoleRecord]
    lemmatizer: Lemmatizer
    context: dict[str, tuple[str, ...]] = field(default_factory=dict)  # actor -> context ids
    index: dict[str, list[Pattern]] = field(default_factory=dict)  # first-word key -> patterns
    # lemmatised context alias -> actors sharing it, in file order
    context_targets: dict[str, list[str]] = field(default_factory=dict)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls, path: str | Path | None = None, lemmatizer: Lemmatizer | None = None
    ) -> Gazetteer:
        """Load and validate a gazetteer file (default: the packaged ``DATA_FILES`` together)."""
        if path is not None:
            text, source = Path(path).read_text(encoding="utf-8"), str(path)
            return cls.from_toml(text, source=source, lemmatizer=lemmatizer)
        texts = {
            f"app/data/{name}": (resources.files("app") / "data" / name).read_text(encoding="utf-8")
            for name in DATA_FILES
        }
        lem = lemmatizer or _default_lemmatizer()
        # Built once per change of the data or the code, then read from disk (cache.py).
        return cached(texts, lambda: cls.from_tomls(texts, lemmatizer=lem), lem)

    @classmethod
    def from_tomls(
        cls, texts: Mapping[str, str], lemmatizer: Lemmatizer | None = None
    ) -> Gazetteer:
        """One gazetteer from several files (source name -> TOML text), merged in order by
        ``merge_data`` and validated as one: aliases must not clash across the files."""
        parts: list[Mapping[str, Any]] = []
        for source, text in texts.items():
            try:
                parts.append(tomllib.loads(text))
            except tomllib.TOMLDecodeError as exc:
                raise GazetteerError([f"not valid TOML: {exc}"], source) from exc
        return cls.from_dict(merge_data(parts), source=" + ".join(texts), lemmatizer=lemmatizer)

    @classmethod
    def from_toml(
        cls, text: str, source: str = "gazetteer", lemmatizer: Lemmatizer | None = None
    ) -> Gazetteer:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise GazetteerError([f"not valid TOML: {exc}"], source) from exc
        return cls.from_dict(data, source=source, lemmatizer=lemmatizer)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        source: str = "gazetteer",
        lemmatizer: Lemmatizer | None = None,
    ) -> Gazetteer:
        return _Builder(data, source, lemmatizer or _default_lemmatizer()).build()

    # ------------------------------------------------------------------ queries

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> ActorRecord | None:
        return self.actors.get(actor_id)

    def lemmatize(self, phrase: str) -> str:
        return self.lemmatizer.phrase_key(phrase)

    def holder(self, role_id: str, on: date | None, former: bool = False) -> str | None:
        """Who held ``role_id`` on ``on`` (None: the current/latest holder).

        ``former`` («бывший», «экс-»): the latest holder whose term had ended by ``on``.
        In a gap between terms the last holder who started before ``on`` is taken.
        """
        terms = self.roles[role_id].terms
        if not terms:
            return None
        if former:
            ended = [t for t in terms if t.end is not None and (on is None or t.end <= on)]
            return max(ended, key=lambda t: cast(date, t.end)).actor_id if ended else None
        if on is None:
            open_ = [t for t in terms if t.end is None] or list(terms)
            return max(open_, key=_term_start).actor_id
        holding = [t for t in terms if t.holds_on(on)]
        if holding:
            return max(holding, key=_term_start).actor_id
        before = [t for t in terms if t.start is not None and t.start <= on]
        return max(before, key=_term_start).actor_id if before else None


def _term_start(term: RoleTerm) -> date:
    return term.start or date.min


_LEMMATIZER: Lemmatizer | None = None


def _default_lemmatizer() -> Lemmatizer:
    global _LEMMATIZER
    if _LEMMATIZER is None:
        _LEMMATIZER = Lemmatizer()
    return _LEMMATIZER


# ---------------------------------------------------------------------- building & validation


class _Builder:
    def __init__(self, data: Mapping[str, Any], source: str, lemmatizer: Lemmatizer) -> None:
        self.data = data
        self.source = source
        self.lem = lemmatizer
        self.problems: list[str] = []
        # lemmatised key -> list of (kind, target, surface) owning it
        self.owners: dict[str, list[tuple[PatternKind, str, str]]] = defaultdict(list)
        self.patterns: list[Pattern] = []

    def build(self) -> Gazetteer:
        unknown_top = set(self.data) - {"actor", "role", "ignore"}
        if unknown_top:
            self.problems.append(f"unknown top-level keys: {sorted(unknown_top)}")
        role_defs = self._roles()
        actors, terms, contexts = self._actors(role_defs)
        self._ignore()

        roles: dict[str, RoleRecord] = {}
        for rid, (titles, ctx) in role_defs.items():
            roles[rid] = RoleRecord(rid, titles, ctx, tuple(terms.get(rid, ())))
        self._check_terms(roles)
        self._check_context(actors, roles, contexts)
        self._check_collisions()
        if self.problems:
            raise GazetteerError(self.problems, self.source)

        index: dict[str, list[Pattern]] = defaultdict(list)
        for p in self.patterns:
            for first in p.words[0]:
                index[first].append(p)
        for plist in index.values():
            plist.sort(key=lambda p: -len(p.words))
        ctx_targets: dict[str, list[str]] = defaultdict(list)
        for p in self.patterns:
            if p.kind == "context" and p.target not in ctx_targets[p.key]:
                ctx_targets[p.key].append(p.target)
        return Gazetteer(actors, roles, self.lem, contexts, dict(index), dict(ctx_targets))

    def _add(
        self, phrase: str, kind: PatternKind, target: str, where: str, person: bool = True
    ) -> str | None:
        words = split_words(phrase)
        if not words:
            self.problems.append(f"{where}: {phrase!r} has no words")
            return None
        key = " ".join(self.lem.lemma(w) for w in words)
        self.owners[key].append((kind, target, phrase))
        # An abbreviation is written in capitals: «ВОЗ» is the WHO, «воз» a cart.
        needs_capital = len(words) == 1 and is_capitalised(words[0])
        word_keys = tuple(
            _abbreviation_keys(self.lem.alias_keys(w), w) if _is_abbreviation(w)
            else self.lem.alias_keys(w)
            for w in words
        )  # fmt: skip
        if not person:
            word_keys = tuple(
                _without_stems(k) if self._known(w) else _without_short_stems(k)
                for w, k in zip(words, word_keys, strict=True)
            )
        else:
            # A person's alias is written in the nominative: the word itself is a key too,
            # for pymorphy3 may guess a foreign name's lemma wrong («Фаттах» -> «фаттаха»),
            # and its text forms («Фаттахом») offer the nominative among their lemmas.
            word_keys = tuple(
                k | {norm(w)} if is_capitalised(w) else k
                for w, k in zip(words, word_keys, strict=True)
            )
        self.patterns.append(Pattern(word_keys, key, kind, target, needs_capital))
        return key

    def _known(self, word: str) -> bool:
        """Does pymorphy3's dictionary know the word? Its lemma then meets every inflected
        form, and a stem would only meet other words («Самоа» -> «~само» finds «Самое»)."""
        return any(p.is_known for p in self.lem._parses(word))

    def _roles(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        raw = self.data.get("role", [])
        if not isinstance(raw, list):
            self.problems.append("`role` must be an array of tables ([[role]])")
            return out
        for n, item in enumerate(raw, 1):
            where = f"role #{n}"
            if not isinstance(item, dict):
                self.problems.append(f"{where}: not a table")
                continue
            rid = item.get("id")
            if not isinstance(rid, str) or not SLUG.match(rid):
                self.problems.append(f"{where}: id {rid!r} is not an ASCII slug")
                continue
            where = f"role {rid!r}"
            if rid in out:
                self.problems.append(f"{where}: duplicate role id")
                continue
            extra = set(item) - _ROLE_KEYS
            if extra:
                self.problems.append(f"{where}: unknown keys {sorted(extra)}")
            titles = strings(item.get("titles"), f"{where}.titles", self.problems)
            if not titles:
                self.problems.append(f"{where}: needs at least one title")
            keys: list[str] = []
            for t in titles:
                k = self._add(t, "role", rid, where)
                if k and k not in keys:
                    keys.append(k)
            ctx = tuple(strings(item.get("context"), f"{where}.context", self.problems))
            out[rid] = (tuple(keys), ctx)
        return out

    def _actors(
        self, role_defs: Mapping[str, Any]
    ) -> tuple[dict[str, ActorRecord], dict[str, list[RoleTerm]], dict[str, tuple[str, ...]]]:
        actors: dict[str, ActorRecord] = {}
        terms: dict[str, list[RoleTerm]] = defaultdict(list)
        contexts: dict[str, tuple[str, ...]] = {}
        raw = self.data.get("actor", [])
        if not isinstance(raw, list):
            self.problems.append("`actor` must be an array of tables ([[actor]])")
            return actors, terms, contexts
        for n, item in enumerate(raw, 1):
            where = f"actor #{n}"
            if not isinstance(item, dict):
                self.problems.append(f"{where}: not a table")
                continue
            aid = item.get("id")
            if not isinstance(aid, str) or not SLUG.match(aid):
                self.problems.append(f"{where}: id {aid!r} is not an ASCII slug")
                continue
            where = f"actor {aid!r}"
            if aid in actors:
                self.problems.append(f"{where}: duplicate actor id")
                continue
            extra = set(item) - _ACTOR_KEYS
            if extra:
                self.problems.append(f"{where}: unknown keys {sorted(extra)}")
            name, name_ru, kind = item.get("name"), item.get("name_ru"), item.get("kind")
            if not isinstance(name, str) or not name.strip():
                self.problems.append(f"{where}: missing name")
                name = aid
            if not isinstance(name_ru, str) or not name_ru.strip():
                self.problems.append(f"{where}: missing name_ru")
                name_ru = name
            if kind not in KINDS:
                self.problems.append(f"{where}: kind {kind!r} is not one of {KINDS}")
                kind = "organisation"

            surfaces = [name_ru, *strings(item.get("aliases"), f"{where}.aliases", self.problems)]
            alias_keys: list[str] = []
            seen: set[str] = set()

            def add(
                phrase: str,
                pkind: PatternKind,
                aid: str = aid,
                where: str = where,
                seen: set[str] = seen,
                alias_keys: list[str] = alias_keys,
                person: bool = kind == "person",
            ) -> None:
                k = self._lemma_key(phrase)
                if k in seen:  # the same alias twice in one actor is harmless
                    return
                seen.add(k)
                key = self._add(phrase, pkind, aid, where, person=person)
                if key and pkind != "context":
                    alias_keys.append(key)

            for s in surfaces:
                add(s, "alias")
            surname = item.get("surname")
            if kind == "person":
                if surname is None:
                    surname = name_ru.split()[-1]
                if not isinstance(surname, str):
                    self.problems.append(f"{where}: surname must be a string")
                elif surname.strip():
                    add(surname.strip(), "surname")
            elif surname is not None:
                self.problems.append(f"{where}: surname is for persons only")
            for s in strings(item.get("metonyms"), f"{where}.metonyms", self.problems):
                add(s, "metonym")
            ctx_aliases = strings(
                item.get("context_aliases"), f"{where}.context_aliases", self.problems
            )
            ctx = tuple(strings(item.get("context"), f"{where}.context", self.problems))
            if ctx_aliases and not ctx:
                self.problems.append(f"{where}: context_aliases need a `context` list")
            if ctx and not ctx_aliases:
                self.problems.append(f"{where}: `context` given without context_aliases")
            for s in ctx_aliases:
                add(s, "context")
            if ctx:
                contexts[aid] = ctx

            actor_terms: list[RoleTerm] = []
            raw_roles = item.get("roles", [])
            if not isinstance(raw_roles, list):
                self.problems.append(f"{where}: roles must be [[actor.roles]] tables")
                raw_roles = []
            for m, r in enumerate(raw_roles, 1):
                rwhere = f"{where} role #{m}"
                if not isinstance(r, dict):
                    self.problems.append(f"{rwhere}: not a table")
                    continue
                extra = set(r) - _TERM_KEYS
                if extra:
                    self.problems.append(f"{rwhere}: unknown keys {sorted(extra)}")
                rid = r.get("role")
                if rid not in role_defs:
                    self.problems.append(f"{rwhere}: unknown role {rid!r}")
                    continue
                start = date_of(r.get("from"), f"{rwhere}.from", self.problems)
                end = date_of(r.get("until"), f"{rwhere}.until", self.problems)
                if start and end and end <= start:
                    self.problems.append(f"{rwhere}: until {end} is not after from {start}")
                term = RoleTerm(str(rid), aid, start, end)
                actor_terms.append(term)
                terms[str(rid)].append(term)

            actors[aid] = ActorRecord(
                id=aid,
                name=name.strip(),
                name_ru=name_ru.strip(),
                kind=cast(ActorKind, kind),
                aliases=tuple(alias_keys),
                roles=tuple(actor_terms),
                part_of=part_of(item.get("part_of"), where, self.problems),
                short_ru=short(item.get("short_ru"), where, self.problems),
            )
        for rec in actors.values():
            if rec.part_of is not None and actors.get(rec.part_of, rec).kind != "state":
                self.problems.append(f"actor {rec.id!r}: part_of {rec.part_of!r} is not a state")
        return actors, terms, contexts

    def _lemma_key(self, phrase: str) -> str:
        return self.lem.phrase_key(phrase)

    def _ignore(self) -> None:
        raw = self.data.get("ignore", {})
        if not isinstance(raw, dict):
            self.problems.append("`ignore` must be a table with `phrases`")
            return
        for s in strings(raw.get("phrases"), "ignore.phrases", self.problems):
            self._add(s, "ignore", "", "ignore")

    def _check_terms(self, roles: Mapping[str, RoleRecord]) -> None:
        for role in roles.values():
            ts = role.terms
            for i, a in enumerate(ts):
                for b in ts[i + 1 :]:
                    if a.actor_id != b.actor_id and _overlap(a, b):
                        self.problems.append(
                            f"role {role.id!r}: terms of {a.actor_id!r} and {b.actor_id!r} "
                            "overlap; give from/until dates that tell them apart"
                        )

    def _check_context(
        self,
        actors: Mapping[str, ActorRecord],
        roles: Mapping[str, RoleRecord],
        contexts: Mapping[str, Iterable[str]],
    ) -> None:
        for owner, ids in [*contexts.items(), *((r.id, r.context) for r in roles.values())]:
            for cid in ids:
                if cid not in actors:
                    self.problems.append(f"{owner!r}: context names unknown actor {cid!r}")

    def _check_collisions(self) -> None:
        for key, owners in self.owners.items():
            targets = {(k, t) for k, t, _ in owners}
            if len(targets) < 2:
                continue
            kinds = {k for k, _ in targets}
            if kinds == {"context"}:
                continue  # shared context aliases are resolved by the context
            if kinds == {"role"} and len({t for _, t in targets}) == 1:
                continue
            surfaces = ", ".join(f"{t or 'ignore'} ({k}: {s!r})" for k, t, s in sorted(set(owners)))
            self.problems.append(f"alias {key!r} is claimed by several entries: {surfaces}")


# The crude stem (lemmas.py) lets a mis-analysed foreign surname meet its inflected forms. A
# place or organisation name is known to pymorphy3 far more often (then it keeps no stem), and
# the short stem of an unknown one meets unrelated capitalised words: «Ханой» -> «~хан» would
# find «Имран Хан». Such names keep only stems of at least this many letters.
_MIN_NAME_STEM = 4


def _is_abbreviation(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _abbreviation_keys(keys: frozenset[str], word: str) -> frozenset[str]:
    """An abbreviation is matched by its own letters: pymorphy3 reads some as inflected names
    («МОК» -> «мокнуть», «САР» -> «Сара», «АСЕАН» -> «асеана»), and that reading would meet
    the name's forms in the text. Its stem stays for the inflected «МИДа», «АСЕАНа»."""
    return frozenset({norm(word), *(k for k in keys if k.startswith("~"))})


def _without_stems(keys: frozenset[str]) -> frozenset[str]:
    kept = frozenset(k for k in keys if not k.startswith("~"))
    return kept or keys


def _without_short_stems(keys: frozenset[str]) -> frozenset[str]:
    kept = frozenset(k for k in keys if not k.startswith("~") or len(k) - 1 >= _MIN_NAME_STEM)
    return kept or keys


def _overlap(a: RoleTerm, b: RoleTerm) -> bool:
    a_start, b_start = a.start or date.min, b.start or date.min
    a_end, b_end = a.end or date.max, b.end or date.max
    return a_start < b_end and b_start < a_end
