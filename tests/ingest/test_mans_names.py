"""Names of people in the nominative (actors/names.py): in a man's name the other words read
only as a man's (rule 7), and an unknown name in «-ья»/«-ия» loses its instrumental ending
(rule 3). The names are made up or rare, foreign surnames a dictionary does not decline."""

from __future__ import annotations

import pytest

from app.ingest.actors.names import nominative


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A foreign surname that looks like the genitive of a woman's first name
        # («Джалиля», «Камиля»): beside a man's first name it is written as it is.
        ("Хасан Джалили", "Хасан Джалили"),
        ("Хасаном Джалили", "Хасан Джалили"),
        ("Рустам Камили", "Рустам Камили"),
        ("Олегом Камили", "Олег Камили"),
        # Known declined names still come to the nominative.
        ("Алексея Климова", "Алексей Климов"),
        ("Мухаммеда бен Заида", "Мухаммед бен Заид"),
        # A woman's name keeps a woman's readings.
        ("Марией Захаровой", "Мария Захарова"),
        # An unknown surname in «-ья»/«-ия» in the instrumental.
        ("Росарио Бустаманильей", "Росарио Бустаманилья"),
        ("Давидом Гурамией", "Давид Гурамия"),
    ],
)
def test_nominative_of_a_name(written: str, expected: str) -> None:
    assert nominative(written) == expected
