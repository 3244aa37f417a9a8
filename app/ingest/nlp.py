"""The one place natasha is loaded.

``Nlp.load()`` loads natasha's models once per process (about a second and ~200 MB);
``Nlp.analyse(text)`` returns plain dataclasses, so no natasha object leaks into the rest
of the ingest code. All offsets are character offsets into the text given.

natasha 1.6 depends on pymorphy2, whose ``MorphAnalyzer()`` calls ``inspect.getargspec``
(gone in Python 3.11). Importing ``yargy`` first installs a shim for it, so this module
imports yargy before natasha. Keep it that way.
"""

from __future__ import annotations

import bisect
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from app.ingest.verb_aspect import dictionary_aspect, set_right

# natasha's models run on numpy. OpenBLAS otherwise starts a spinning thread per core in
# every process: with one ingest worker per core they fight for the same cores, and
# natasha measured 2.6x slower (bench/ingest.py). Set before numpy is first imported.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

EntityType = Literal["PER", "ORG", "LOC"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    feats: dict[str, str] = field(default_factory=dict, hash=False, compare=True)


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    type: EntityType
    text: str
    normal: str


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    sentences: list[Span]
    tokens: list[Token]
    entities: list[Entity]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying entirely inside ``[start, end)``. The tokens are in text order (as
        natasha gives them): the first is found by binary search, not by reading them all."""
        tokens = self.tokens
        out: list[Token] = []
        for k in range(bisect.bisect_left(tokens, start, key=_start), len(tokens)):
            t = tokens[k]
            if t.start > end:
                break
            if t.end <= end:
                out.append(t)
        return out


def _start(tok: Token) -> int:
    return tok.start


_LOCK = threading.Lock()
_INSTANCE: Nlp | None = None

# Lemmas of inflected words: the same (word, pos, feats) recurs all the time in news text.
_LEMMA_CACHE_SIZE = 200_000


class Nlp:
    """natasha's segmenter, morphology tagger, NER tagger and morphology vocabulary."""

    def __init__(
        self,
        segmenter: Any,
        morph_tagger: Any,
        ner_tagger: Any,
        morph_vocab: Any,
        syntax_parser: Any = None,
    ) -> None:
        self._segmenter = segmenter
        self._morph_tagger = morph_tagger
        self._ner_tagger = ner_tagger
        self._morph_vocab = morph_vocab
        self._syntax_parser = syntax_parser
        self._lemma = lru_cache(maxsize=_LEMMA_CACHE_SIZE)(self._lemma_uncached)
        self._aspect = lru_cache(maxsize=_LEMMA_CACHE_SIZE)(self._aspect_uncached)

    @classmethod
    def load(cls) -> Nlp:
        """Load the models, once per process (later calls return the same object)."""
        global _INSTANCE
        with _LOCK:
            if _INSTANCE is None:
                import yargy  # noqa: F401  # patches inspect.getargspec for pymorphy2
                from natasha import (
                    MorphVocab,
                    NewsEmbedding,
                    NewsMorphTagger,
                    NewsNERTagger,
                    NewsSyntaxParser,
                    Segmenter,
                )

                from app.ingest import slovnet_speed, tree_heads

                slovnet_speed.install()  # the same numbers, computed cheaper
                tree_heads.install()  # a word parsed as its own head gets its next-best
                emb = NewsEmbedding()
                _INSTANCE = cls(
                    segmenter=Segmenter(),
                    morph_tagger=NewsMorphTagger(emb),
                    ner_tagger=NewsNERTagger(emb),
                    morph_vocab=MorphVocab(),
                    syntax_parser=NewsSyntaxParser(emb),
                )
            return _INSTANCE

    def _lemma_uncached(self, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
        lemma: str = self._morph_vocab.lemmatize(word, pos, dict(feats))
        return lemma

    def _aspect_uncached(self, word: str) -> str | None:
        """The aspect every dictionary reading of `word` as a finite verb has (None when
        they differ or the dictionary does not know the word)."""
        if not self._morph_vocab.word_is_known(word):
            return None
        return dictionary_aspect(p.tag.grammemes for p in self._morph_vocab.parse(word))

    def parse(self, sentences: list[list[str]]) -> list[tuple[tuple[int, ...], tuple[str, ...]]]:
        """Dependency parses of the given sentences (lists of token texts), one per sentence:
        (head index per token, -1 for the root; relation label per token).

        Only sentences that may hold an event are parsed: syntax is the costliest model
        and most sentences of an article do not need it.
        """
        if not sentences:
            return []
        if self._syntax_parser is None:
            raise RuntimeError("Nlp was built without a syntax parser")
        # The parser pads each batch to its longest sentence and scores every pair of
        # tokens: batches of similar lengths waste far less (about a third on news text).
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        from app.ingest.loop_heads import rehang_cut_nmods
        from app.ingest.title_case import lower_title_words
        from app.ingest.year_words import spelled_years

        # Titles capitalised inside a sentence read as names (title_case.py); «2011 г.» is
        # no town («г. Москва») before a name (year_words.py).
        markups = list(
            self._syntax_parser.map(
                [lower_title_words(spelled_years(sentences[i])) for i in order]
            )
        )
        by_index = dict(zip(order, markups, strict=True))
        out: list[tuple[tuple[int, ...], tuple[str, ...]]] = []
        for i, words in enumerate(sentences):
            markup = by_index[i]
            ids = {tok.id: j for j, tok in enumerate(markup.tokens)}
            raw = tuple(ids.get(tok.head_id, -1) for tok in markup.tokens)
            rels = tuple(str(tok.rel or "dep") for tok in markup.tokens)
            # A genitive cut out of a loop goes back under its noun (loop_heads.py).
            heads = rehang_cut_nmods(raw, _acyclic(raw), rels)
            if len(heads) != len(words):  # the parser keeps our tokens; be safe anyway
                heads, rels = tuple([-1] * len(words)), tuple(["dep"] * len(words))
            out.append((heads, rels))
        return out

    def _tag_ner(self, doc: Any, tokens: list[Any]) -> None:
        """natasha's ``doc.tag_ner``, given razdel's tokens of ``doc.text``. The NER tagger
        would tokenize the whole text with razdel again (``slovnet.exec.infer.text_words``)
        and find each word in the text again (``find_tokens``); the segmenter has just done
        the first (the same function on the same text) and its tokens carry their offsets,
        so they are handed over. The model, its input and the spans are the same."""
        from natasha.doc import adapt_spans
        from slovnet.bio import bio_spans

        if not doc.text.strip():
            doc.spans = []
            return
        infer = self._ner_tagger.infer
        words = [t.text for t in tokens]
        tags = next(iter(infer.decoder(infer.process(infer.encoder([words])))))
        doc.spans = list(adapt_spans(doc, bio_spans(tokens, tags)))
        doc.envelop_span_tokens()
        doc.envelop_sent_spans()

    def analyse(self, text: str, is_name: Callable[[str], bool] | None = None) -> Analysis:
        """Sentences, tokens with lemma/POS/features, and PER/ORG/LOC entities of ``text``.
        Names joined by a dash («Россия–ЕС») are split as the spaced form is; a hyphen only
        where ``is_name`` says each part is a name (joined_names.py)."""
        from natasha import Doc

        from app.ingest.joined_names import SplittingSegmenter
        from app.ingest.sentence_entities import cut_at_sentences
        from app.ingest.title_case import lower_titles

        # Titles capitalised inside a sentence read as names (title_case.py); same offsets.
        doc = Doc(lower_titles(text))
        segmenter = SplittingSegmenter(self._segmenter, is_name)
        doc.segment(segmenter)
        if doc.sents:
            doc.tag_morph(self._morph_tagger)
        self._tag_ner(doc, segmenter.unsplit)

        tokens: list[Token] = []
        for tok in doc.tokens:
            pos = tok.pos or "X"
            feats: dict[str, str] = dict(tok.feats or {})
            if pos in ("VERB", "AUX") and feats.get("VerbForm") == "Fin":
                # «высылает» guessed perfective: the dictionary knows (verb_aspect.py)
                feats = set_right(pos, feats, self._aspect(tok.text.lower()))
            if pos == "PUNCT":
                lemma = tok.text
            else:
                lemma = self._lemma(tok.text, pos, tuple(sorted(feats.items())))
            tokens.append(Token(tok.start, tok.stop, text[tok.start : tok.stop], lemma, pos, feats))

        sentences = [Span(s.start, s.stop) for s in doc.sents]
        entities: list[Entity] = []
        for span in doc.spans or ():
            if span.type not in ("PER", "ORG", "LOC"):
                continue
            try:
                span.normalize(self._morph_vocab)
                normal = span.normal or span.text
            except Exception:  # normalisation is best effort
                normal = span.text
            # A span run over a sentence end is two names (sentence_entities.py).
            for start, stop, words, nat in cut_at_sentences(
                span.start, span.stop, text, normal, sentences
            ):
                entities.append(Entity(start, stop, span.type, words, nat))

        return Analysis(text=text, sentences=sentences, tokens=tokens, entities=entities)


def _acyclic(heads: tuple[int, ...]) -> tuple[int, ...]:
    """`heads` with every cycle cut: the parser may hang a word on itself or close a loop
    of heads, and every walk up the tree (coreference, attendance, dates) assumes a root
    is reached. The word where a walk first comes back is made a root."""
    out = list(heads)
    for start in range(len(out)):
        path: set[int] = set()
        k = start
        while k >= 0 and k not in path:
            path.add(k)
            nxt = out[k]
            if nxt in path:
                out[k] = -1
                break
            k = nxt
    return tuple(out)
