"""Place keys and verbs of motion (app/ingest/events/places.py): a place one goes back to is
not where the happening was, and one set off for counts only when no other place is named."""

from __future__ import annotations

import pytest

from app.ingest.events.keys import root
from app.ingest.events.places import place_keys
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Nlp


def place(word: str) -> str:
    return "@" + root(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The trip home after talks elsewhere: only the talks' place.
        ("Завершив консультации в Ташкенте, глава МИД вылетел в Москву.", {"ташкент"}),
        ("После встречи в Будапеште премьер вернулся в Прагу.", {"будапешт"}),
        ("Делегация прибыла в Анкару, откуда затем отправится в Баку.", {"анкара"}),
        # Going back is never a place of the happening.
        ("Вечером министр вернулся в Варшаву.", set()),
        ("Закончив работу, комиссия отправилась обратно в Лиссабон.", set()),
        # Setting off told alone: the place left for is the visit's destination.
        ("В четверг канцлер вылетит в Токио.", {"токио"}),
        ("Госсекретарь прилетел в Каир.", {"каир"}),  # as before
        ("Переговоры прошли в Вене.", {"вена"}),  # as before
    ],
)
def test_place_of_a_journey(nlp: Nlp, text: str, expected: set[str]) -> None:
    toks = nlp.analyse(text).tokens
    assert place_keys(toks, lambda t: root(lemma_of(t))) == {place(w) for w in expected}
