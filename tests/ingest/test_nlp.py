"""Analysis offsets and shapes from app.ingest.nlp (natasha loaded once per module)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ingest.nlp import Analysis, Nlp, _acyclic

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_load_is_once_per_process(nlp: Nlp) -> None:
    assert Nlp.load() is nlp


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offsets_are_characters_of_the_text(nlp: Nlp, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    a = nlp.analyse(text)
    assert isinstance(a, Analysis) and a.text == text
    assert a.sentences and a.tokens
    for t in a.tokens:
        assert text[t.start : t.end] == t.text
        assert t.lemma
    for e in a.entities:
        assert text[e.start : e.end] == e.text
        assert e.type in ("PER", "ORG", "LOC")
    for s in a.sentences:
        assert 0 <= s.start < s.end <= len(text)
    starts = [t.start for t in a.tokens]
    assert starts == sorted(starts)


def test_lemmas_pos_feats_and_entities(nlp: Nlp) -> None:
    text = "Сергей Лавров встретился с Марко Рубио в Эр-Рияде. Переговоры продолжатся."
    a = nlp.analyse(text)
    assert len(a.sentences) == 2
    by_text = {t.text: t for t in a.tokens}
    assert by_text["встретился"].lemma == "встретиться"
    assert by_text["встретился"].pos == "VERB"
    assert by_text["Переговоры"].feats.get("Number") == "Plur"
    per = {e.normal for e in a.entities if e.type == "PER"}
    assert "Сергей Лавров" in per and "Марко Рубио" in per
    assert not any(type(x).__module__.startswith("natasha") for x in (*a.tokens, *a.entities))


def test_empty_and_odd_text(nlp: Nlp) -> None:
    assert nlp.analyse("").tokens == []
    a = nlp.analyse("  \n\t ")
    assert a.entities == []
    text = "ёлка — «МИД»…\u00a0США!"
    a = nlp.analyse(text)
    assert all(text[t.start : t.end] == t.text for t in a.tokens)


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        ((1, -1, 1), (1, -1, 1)),  # a tree stays as it is
        ((0, -1), (-1, -1)),  # a word hung on itself becomes a root
        ((1, 2, 0), (1, 2, -1)),  # a loop of three is cut where the walk comes back
        ((1, 0, 1), (1, -1, 1)),  # a loop of two with a tail
    ],
)
def test_parse_heads_are_made_acyclic(heads: tuple[int, ...], expected: tuple[int, ...]) -> None:
    assert _acyclic(heads) == expected


# Texts whose words razdel joins or splits in ways a second tokenization could disagree
# with if the words handed to the NER tagger were not razdel's own: dashes, initials,
# numbers with points, quotes, a title line without a stop, an empty and a blank text.
NER_TEXTS = [
    "",
    "   \n ",
    "Глава МИД России Сергей Лавров провел переговоры с госсекретарем США в Женеве.",
    "Саммит Россия–ЕС пройдет в Ханты-Мансийске 27–28 июня; С.В.Лавров прибудет накануне.",
    "Заявление «Газпрома» и E.ON: цена 3,5 млрд долл.\nМОСКВА, 8 сен. /ИТАР-ТАСС/. Путин и Шредер.",
    "Су-24.\n23–24 января 2017 г. в Анкаре встретились Чавушоглу и посол Карлов.",
]


@pytest.mark.parametrize("text", NER_TEXTS)
def test_ner_over_the_segmenters_words_is_natashas_own(nlp: Nlp, text: str) -> None:
    from natasha import Doc

    from app.ingest.joined_names import SplittingSegmenter

    def spans(handed_over: bool) -> list[tuple[int, int, str, list[str]]]:
        doc = Doc(text)
        segmenter = SplittingSegmenter(nlp._segmenter)
        doc.segment(segmenter)
        if handed_over:
            nlp._tag_ner(doc, segmenter.unsplit)
        else:
            doc.tag_ner(nlp._ner_tagger)
        return [(s.start, s.stop, s.type, [t.text for t in s.tokens]) for s in doc.spans]

    assert spans(True) == spans(False)


def test_segmenter_keeps_razdels_words_unsplit(nlp: Nlp) -> None:
    from razdel import tokenize

    from app.ingest.joined_names import SplittingSegmenter

    text = "Диалог Россия–АСЕАН и саммит США-Россия прошли в Нью-Йорке."
    segmenter = SplittingSegmenter(nlp._segmenter, lambda w: w in {"Россия", "США", "АСЕАН"})
    split = [t.text for t in segmenter.tokenize(text)]
    words = [t.text for t in segmenter.unsplit]
    assert words == [t.text for t in tokenize(text)]
    assert "АСЕАН" in split and "Россия–АСЕАН" in words
