"""Bytes -> text, with the encoding detected rather than assumed.

Order of decisions (:func:`decode_bytes`):

1. a byte-order mark decides: UTF-8 BOM, UTF-32 LE/BE BOM, UTF-16 LE/BE BOM;
2. NUL bytes without a BOM mean binary content (UTF-16 without a BOM is not supported);
3. valid UTF-8 (almost all files) is UTF-8; a file that is UTF-8 but for one to three broken
   sequences (typically a download cut inside a character) is read as UTF-8 with U+FFFD;
4. otherwise Windows-1251 and KOI8-R are both tried and scored on Russian/Ukrainian letter
   statistics (see :func:`cyrillic_score`); the better reading wins, provided it looks like
   Cyrillic text at all (else: "cannot decode").

Generic detectors confuse cp1251 and KOI8-R on short texts because both decode every byte;
the two codepages place upper and lower case the other way round, so the wrong reading turns
``Привет`` into ``пРИВЕТ``-shaped words of rare letters. The score combines letter
frequencies with that case pattern and with the characters only a wrong reading produces
(box drawing, Serbian/Macedonian letters).

The result is normalised: newlines to ``\\n`` and Unicode NFC. Character offsets used
elsewhere are offsets of this normalised text.

Whatever the encoding, the decoded text must then look like text (:func:`check_is_text`),
or it is rejected as ``binary or not text (<why>)``: no NUL bytes or runs of control
characters; its letters mostly of one script; its words shaped like words (letters, one
case pattern) and, when Cyrillic, mostly words that pymorphy3's dictionary knows. Random
bytes, printable noise and shuffled letters all fail one of these; real articles in any of
the encodings pass. Markup (an HTML page) is left to the HTML extractor.

Why not charset-normalizer (declared by trafilatura's stack): on short Russian texts it
confuses cp1251 and KOI8-R, which both decode every byte; the scoring here uses the case
pattern the wrong one produces, and tests/ingest/test_reading_decode.py holds its cases.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from .errors import ContentError

__all__ = ["check_is_text", "cyrillic_score", "decode_bytes", "normalise_text"]

NOT_TEXT = "binary or not text"

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # order matters: the UTF-32 LE BOM starts with the UTF-16 LE BOM
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# Relative frequencies (per mille) of letters in Russian news text, plus the Ukrainian-only
# letters (which cp1251 can encode and KOI8-R cannot) at Ukrainian-text frequencies.
_FREQ: dict[str, float] = {
    "о": 109.7,
    "е": 84.5,
    "а": 80.1,
    "и": 73.5,
    "н": 67.0,
    "т": 62.6,
    "с": 54.7,
    "р": 47.3,
    "в": 45.4,
    "л": 44.0,
    "к": 34.9,
    "м": 32.1,
    "д": 29.8,
    "п": 28.1,
    "у": 26.2,
    "я": 20.1,
    "ы": 19.0,
    "ь": 17.4,
    "г": 17.0,
    "з": 16.5,
    "б": 15.9,
    "ч": 14.4,
    "й": 12.1,
    "х": 9.7,
    "ж": 9.4,
    "ш": 7.3,
    "ю": 6.4,
    "ц": 4.8,
    "щ": 3.6,
    "э": 3.2,
    "ф": 2.6,
    "ъ": 0.4,
    "ё": 2.0,
    "і": 30.0,
    "ї": 6.0,
    "є": 4.0,
    "ґ": 0.5,
}
_LOGP: dict[str, float] = {ch: math.log(f / 1000.0) for ch, f in _FREQ.items()}
_LOGP_FLOOR = math.log(0.05 / 1000.0)  # a Cyrillic letter outside ru/uk: very unlikely

# Non-ASCII characters that ordinary Russian text in cp1251/KOI8-R contains besides letters.
_PLAUSIBLE_PUNCT = set("«»—–…№“”„‘’•·°±€\u00a0\u00ad§©®™")

_VOWELS = set("аеёиоуыэюяіїє")
_WORD_RE = re.compile(r"[^\W\d_]+")
# C0/C1 control characters other than tab, newlines, vertical tab and form feed
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MULTIBYTE_RE = re.compile(r"[^\x00-\x7f\ufffd]")
_SAMPLE = 16 * 1024  # single-byte detection scores this many bytes, from the start


def normalise_text(text: str) -> str:
    """Newlines to ``\\n`` (CRLF, CR), then Unicode NFC. Nothing else changes."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _is_cyrillic_letter(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def cyrillic_score(text: str) -> float:
    """How much ``text`` looks like correctly decoded Russian/Ukrainian (higher is better).

    Mean log-probability of its Cyrillic letters, minus penalties for words whose case goes
    lower -> upper inside the word (``пРИВЕТ``), for words mixing Latin and Cyrillic letters,
    and for non-ASCII characters that are neither letters nor usual punctuation.
    """
    letters = [ch.lower() for ch in text if _is_cyrillic_letter(ch)]
    if not letters:
        return -100.0
    loglik = sum(_LOGP.get(ch, _LOGP_FLOOR) for ch in letters) / len(letters)

    words = [w for w in _WORD_RE.findall(text) if any(_is_cyrillic_letter(c) for c in w)]
    n_words = max(len(words), 1)
    bad_case = 0
    mixed = 0
    no_vowel = 0
    for w in words:
        if any(a.islower() and b.isupper() for a, b in zip(w, w[1:], strict=False)):
            bad_case += 1
        if any("a" <= c.lower() <= "z" for c in w):
            mixed += 1
        # lower-case words need a vowel; all-caps abbreviations (РФ, США, ЦБ) need not
        if len(w) >= 2 and not w.isupper() and not any(c.lower() in _VOWELS for c in w):
            no_vowel += 1
    odd = sum(
        1
        for ch in text
        if ord(ch) > 127
        and not (_is_cyrillic_letter(ch) and ch.lower() in _FREQ)
        and ch not in _PLAUSIBLE_PUNCT
    )
    n_high = max(sum(1 for ch in text if ord(ch) > 127), 1)
    return (
        loglik
        - 4.0 * bad_case / n_words
        - 4.0 * mixed / n_words
        - 3.0 * no_vowel / n_words
        - 6.0 * odd / n_high
    )


def _plausible_cyrillic(text: str) -> bool:
    """Is this single-byte reading Cyrillic text at all (not Latin-1, not mojibake)?"""
    high = [ch for ch in text if ord(ch) > 127]
    if not high:
        return True
    good = sum(
        1
        for ch in high
        if (_is_cyrillic_letter(ch) and ch.lower() in _FREQ) or ch in _PLAUSIBLE_PUNCT
    )
    if good / len(high) < 0.97:
        return False
    words = [w for w in _WORD_RE.findall(text) if any(_is_cyrillic_letter(c) for c in w)]
    if not words:
        return False
    mixed = sum(1 for w in words if any("a" <= c.lower() <= "z" for c in w))
    bad_case = sum(
        1 for w in words if any(a.islower() and b.isupper() for a, b in zip(w, w[1:], strict=False))
    )
    return (mixed + bad_case) / len(words) <= 0.25


def _check_not_binary(text: str) -> None:
    if not text:
        return
    controls = len(_CONTROL_RE.findall(text))
    if "\x00" in text:
        raise ContentError(f"{NOT_TEXT} (NUL bytes)")
    if controls > max(2, len(text) // 100):
        raise ContentError(f"{NOT_TEXT} (control characters)")


# The text checks read this many characters from the start: enough words to judge, and
# a 5 MB file costs no more than a short one.
_CHECK_CHARS = 20_000
_MIN_WORDS = 8  # fewer words than this: too short to judge, accepted
_TOKEN_RE = re.compile(r"\S+")
_EDGE_PUNCT = "\"'«»„“”‘’()[]{}<>.,;:!?…—–-*/\\|"
_INNER_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MARKUP_RE = re.compile(r"<(?:!doctype|html|head|body|p|div|meta|script)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """A letter's script, by its Unicode name's first word (CYRILLIC, LATIN, GREEK...)."""
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


def _word_shaped(token: str) -> bool:
    """Letters only (inner hyphens and apostrophes allowed), and lower, Title or UPPER case:
    what words of any alphabetic language look like, and noise does not."""
    w = token.strip(_EDGE_PUNCT)
    if not w or len(w) > 40 or not _INNER_RE.fullmatch(w):
        return False
    return w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower()) or w.istitle()


def _known_share(words: list[str]) -> float:
    return sum(1 for w in words if _known(w)) / len(words)


# The same words open every article of a folder: each is looked up in the dictionary once
# (every file is checked in the main process before the workers start).
@lru_cache(maxsize=100_000)
def _known(word: str) -> bool:
    from app.ingest.dates.morph import analyzer  # pymorphy3, loaded once per process

    return bool(analyzer().word_is_known(word))


def check_is_text(text: str) -> None:
    """Raise ContentError(``binary or not text (...)``) unless ``text`` reads as text.

    1. control characters and NUL bytes (see _check_not_binary);
    2. its letters mostly (>= 60 %) of one script: a Russian article quoting English names
       passes, a mix of Cyrillic, Latin, Greek and symbols does not;
    3. at least half of its tokens with letters shaped like words (_word_shaped);
    4. Cyrillic words of three or more letters: at least a third known to pymorphy3's
       dictionary (inflected forms included; names and new words are the unknown rest).

    Short texts (fewer than _MIN_WORDS tokens) are not judged by 2-4, unless they are long
    runs of characters without spaces; markup is not judged either.
    """
    _check_not_binary(text)
    sample = text[:_CHECK_CHARS]
    if _MARKUP_RE.search(sample[:2000]):
        return
    tokens = [t for t in _TOKEN_RE.findall(sample) if any(c.isalpha() for c in t)]
    if len(tokens) < _MIN_WORDS:
        if len(sample) >= 500 and len(tokens) < len(sample) // 100:
            # hundreds of characters and hardly a space: a blob, not sentences
            raise ContentError(f"{NOT_TEXT} (no words, only letter noise)")
        return
    scripts: dict[str, int] = {}
    for ch in sample:
        if ch.isalpha():
            key = _script(ch)
            scripts[key] = scripts.get(key, 0) + 1
    if max(scripts.values()) < 0.6 * sum(scripts.values()):
        raise ContentError(f"{NOT_TEXT} (letters of several scripts mixed)")
    shaped = [t.strip(_EDGE_PUNCT) for t in tokens if _word_shaped(t)]
    if len(shaped) < 0.5 * len(tokens):
        raise ContentError(f"{NOT_TEXT} (no words, only letter noise)")
    cyrillic = [
        w.lower() for w in shaped if len(w) >= 3 and all(_is_cyrillic_letter(c) for c in w)
    ][:200]
    if len(cyrillic) >= _MIN_WORDS and _known_share(cyrillic) < 1 / 3:
        raise ContentError(f"{NOT_TEXT} (no words a Russian dictionary knows)")


def _try_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken > 3:
        return None
    # Mostly-UTF-8 with a few broken sequences (cut downloads): keep it as UTF-8, unless
    # the file has almost no valid multi-byte characters (then it is a single-byte codepage).
    multibyte = len(_MULTIBYTE_RE.findall(text))
    return text if multibyte >= 10 * broken else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to normalised text; return ``(text, encoding name)``.

    Encoding names: ``utf-8``, ``utf-8-sig``, ``utf-16-le``, ``utf-16-be``, ``utf-32-le``,
    ``utf-32-be``, ``cp1251``, ``koi8-r``. Raises :class:`ContentError` for binary or
    undecodable content. Empty input decodes to ``("", "utf-8")``.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                raw = data[len(bom) :].decode(codec.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                reason = f"cannot decode: invalid {name} after its byte-order mark"
                raise ContentError(reason) from exc
            text = normalise_text(raw)
            check_is_text(text)
            return text, name

    if b"\x00" in data:
        raise ContentError(f"{NOT_TEXT} (NUL bytes)")

    utf8 = _try_utf8(data)
    if utf8 is not None:
        text = normalise_text(utf8)
        check_is_text(text)
        return text, "utf-8"

    sample = data[:_SAMPLE]
    candidates: list[tuple[float, str]] = []
    for codec in ("cp1251", "koi8_r"):
        try:
            data.decode(codec)
            raw = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _plausible_cyrillic(raw):
            continue
        candidates.append((cyrillic_score(raw), codec))
    if not candidates:
        # looks like neither: could be binary noise rather than text in another codepage
        _check_not_binary(data.decode("latin-1"))
        raise ContentError("cannot decode: not UTF-8/UTF-16/Windows-1251/KOI8-R")
    _, codec = max(candidates)
    name = "koi8-r" if codec == "koi8_r" else codec
    text = normalise_text(data.decode(codec))
    check_is_text(text)
    return text, name
