"""Decoding: BOMs, UTF-8, cp1251 vs KOI8-R detection, binary and undecodable input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest.reading import ContentError, decode_bytes

SHORT = [
    "Да",
    "Нет",
    "Привет",
    "МИД РФ",
    "ЦБ РФ",
    "США и РФ",
    "МОСКВА",
    "Лавров заявил",
    "Съезд объявлен",
    "Юг и Щи",
    "Ёж ест щи",
]

LONG = (
    "Министр иностранных дел России Сергей Лавров провёл телефонный разговор с "
    "государственным секретарём США. Стороны обсудили подготовку встречи на высшем уровне, "
    "восстановление работы дипломатических миссий и возобновление прямого авиасообщения.\n\n"
    '"Мы готовы к диалогу, но только на равноправной основе", - подчеркнул глава МИД. '
    "Эксперты отмечают, что объём взаимной торговли сократился почти вдвое за три года; "
    "следующий раунд консультаций назначен на 14 марта в Стамбуле.\n"
)

# cp1251 has typographic quotes and dashes, KOI8-R does not
TYPOGRAPHIC = LONG.replace('"Мы', "«Мы").replace('основе", -', "основе», —")

UKRAINIAN = "Міністр закордонних справ України зустрівся з єврокомісаром у Брюсселі."


@pytest.mark.parametrize("text", [*SHORT, LONG])
@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_single_byte_cyrillic_is_detected_not_assumed(text: str, codec: str) -> None:
    decoded, name = decode_bytes(text.encode(codec))
    assert decoded == text
    assert name == {"cp1251": "cp1251", "koi8_r": "koi8-r"}[codec]


def test_typographic_cp1251() -> None:
    assert decode_bytes(TYPOGRAPHIC.encode("cp1251")) == (TYPOGRAPHIC, "cp1251")


def test_ukrainian_cp1251() -> None:
    assert decode_bytes(UKRAINIAN.encode("cp1251")) == (UKRAINIAN, "cp1251")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (LONG.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + LONG.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + LONG.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + LONG.encode("utf-16-be"), "utf-16-be"),
        (LONG.encode("utf-16"), "utf-16-le"),  # Python writes a BOM, little-endian here
        (b"\xff\xfe\x00\x00" + LONG.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_unicode_encodings_and_boms(data: bytes, name: str) -> None:
    text, enc = decode_bytes(data)
    assert text == LONG  # BOM removed
    assert enc == name


def test_short_utf16_with_bom() -> None:
    assert decode_bytes(b"\xfe\xff" + "Да".encode("utf-16-be")) == ("Да", "utf-16-be")


def test_newlines_and_nfc_are_normalised() -> None:
    decomposed = "Уи\u0306ти\r\nё\rконец"  # и + combining breve; CRLF; lone CR
    text, _ = decode_bytes(decomposed.encode("utf-8"))
    assert text == "Уйти\nё\nконец"


def test_cp1251_punctuation_survives() -> None:
    text = "«Кавычки» — тире, №5 и многоточие…"
    assert decode_bytes(text.encode("cp1251")) == (text, "cp1251")


def test_utf8_cut_inside_last_character_is_still_utf8() -> None:
    data = LONG.encode("utf-8") + "Ж".encode()[:1]
    text, enc = decode_bytes(data)
    assert enc == "utf-8"
    assert text.startswith(LONG) and text.endswith("\ufffd")


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03PK\x03\x04" * 50,
        b"%PDF-1.7\n\x00\x00binary",
        bytes(range(256)) * 4,
    ],
)
def test_binary_is_rejected(data: bytes) -> None:
    with pytest.raises(ContentError, match="binary or not text"):
        decode_bytes(data)


def test_control_characters_are_binary() -> None:
    data = ("текст" + "\x01\x02\x03\x04\x05\x06\x07\x08" * 10).encode("utf-8")
    with pytest.raises(ContentError, match=r"binary or not text \(control characters\)"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "text", ["Grüße aus Köln, schöne Straße", "Un café crème, s'il vous plaît à côté"]
)
def test_latin1_text_is_undecodable(text: str) -> None:
    with pytest.raises(ContentError, match="cannot decode"):
        decode_bytes(text.encode("latin-1"))


def test_empty_bytes() -> None:
    assert decode_bytes(b"") == ("", "utf-8")


WORDS = [
    "министр",
    "заявил",
    "переговоры",
    "Россия",
    "США",
    "встреча",
    "президент",
    "Лавров",
    "консультации",
    "объём",
    "подчеркнул",
    "договорённость",
    "Вашингтон",
    "посол",
    "Москва",
    "санкции",
    "МИД",
    "отношения",
    "диалог",
    "съезд",
    "щедрый",
    "юрист",
    "эксперт",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=30), st.sampled_from(["cp1251", "koi8_r"])
)
def test_detection_property_on_generated_sentences(words: list[str], codec: str) -> None:
    sentence = " ".join(words).capitalize() + "."
    assert decode_bytes(sentence.encode(codec))[0] == sentence


# --------------------------------------------------------------------------- not text


def _noise(seed: int, alphabet: str, n: int, word: tuple[int, int] | None = None) -> str:
    import random

    rnd = random.Random(seed)
    if word is None:
        return "".join(rnd.choice(alphabet) for _ in range(n))
    words = ("".join(rnd.choice(alphabet) for _ in range(rnd.randint(*word))) for _ in range(n))
    return " ".join(words)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (bytes(range(1, 256)) * 16, "control characters"),
        (b"\x00" + b"a" * 4000, "NUL bytes"),
        (_noise(1, "".join(map(chr, range(33, 127))) + " ", 4096).encode(), "letter noise"),
        (_noise(2, "абвгдежзиклмнопрстуфхцчшщыэюя", 400, (3, 9)).encode(), "dictionary"),
        (_noise(3, "абвгдежзиклмнопрстуфхцчшщыэюя", 400, (3, 9)).encode("cp1251"), "dictionary"),
        (_noise(4, "αβγδεζηθ" + "абвгдежз" + "abcdefgh", 300, (3, 8)).encode(), "scripts"),
        (_noise(5, "".join(map(chr, range(0xA1, 0x500))), 3000).encode(), "not text"),
    ],
    ids=["bytes", "nul", "printable", "cyrillic-noise", "cyrillic-noise-cp1251", "scripts", "bmp"],
)
def test_noise_is_rejected_with_its_reason(data: bytes, why: str) -> None:
    with pytest.raises(ContentError, match=r"^binary or not text \(") as exc:
        decode_bytes(data)
    assert why in exc.value.reason


def test_4096_random_bytes_are_rejected() -> None:
    import random

    for seed in range(20):
        data = random.Random(seed).randbytes(4096)
        with pytest.raises(ContentError, match="binary or not text|cannot decode"):
            decode_bytes(data)


_REAL_TEXTS = {
    "ru": LONG,
    "ru-typographic": TYPOGRAPHIC,
    "ru-with-latin": "Глава МИД провёл переговоры с коллегой из Anytown Republic; стороны "
    "подписали меморандум о сотрудничестве в сфере science and technology до 2030 года.",
    "en": "Talks between the two ministers ended without a joint statement on Tuesday, "
    "officials said, and a new round is expected next month in Geneva.",
    "numbers": "Встреча — 14.03; участники: 12; итог: 3 документа; "
    "следующая — 20.05 в Казани и Уфе.",
}


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


# Only the pairs a real file could hold (KOI8-R has no «» or long dash): nothing skipped.
@pytest.mark.parametrize(
    ("text", "codec"),
    [
        pytest.param(text, codec, id=f"{name}-{codec}")
        for name, text in _REAL_TEXTS.items()
        for codec in ("utf-8", "cp1251", "koi8-r")
        if _encodable(text, codec)
    ],
)
def test_real_text_still_passes(text: str, codec: str) -> None:
    data = text.encode(codec)
    decoded, _ = decode_bytes(data)
    assert decoded == text
