"""A person declining to tell is a statement of theirs (withheld_words.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Nlp


@pytest.fixture(scope="module")
def nlp() -> Iterator[Nlp]:
    yield Nlp.load()


# (sentence, the refusing word, is it a statement trigger)
CASES: list[tuple[str, str, bool]] = [
    ("Официальный представитель Кремля Иван Петров в четверг отказался комментировать "
     "слухи об отставке посла.", "отказался", True),
    ("Посол Сидоров отказался раскрывать подробности беседы с министром.", "отказался", True),
    ("Министр обороны Ольга Смирнова отказалась уточнить сроки визита.", "отказалась", True),
    ("Он отказывается называть имена участников консультаций.", "отказывается", True),
    # The outlet asked a body and got no answer: no words of a speaker.
    ("В посольстве Франции отказались комментировать эту информацию.", "отказались", False),
    ("Министерство финансов отказалось комментировать сообщения о санкциях.", "отказалось",
     False),
    # Declining a deed, not words: the refusals' own reading.
    ("Премьер отказался подписать протокол о сотрудничестве.", "отказался", False),
    ("Президент отказался от поездки в Париж.", "отказался", False),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_withheld_words(nlp: Nlp, text: str, word: str, want: bool) -> None:
    an = nlp.analyse(text)
    s = an.sentences[0]
    toks = an.tokens_in(s.start, s.end)
    at = next(i for i, t in enumerate(toks) if t.text == word)
    kinds = {k for i, k in find_triggers(toks) if i == at}
    assert ("statement" in kinds) is want
