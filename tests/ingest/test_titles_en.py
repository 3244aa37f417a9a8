"""English titles: built only from English names the gazetteer gives, never invented."""

from __future__ import annotations

import pytest

from app.ingest.events.titles_en import make_title_en


@pytest.mark.parametrize(
    ("args", "kwargs", "title"),
    [
        (("call", ["Vladimir Putin", "Donald Trump"]), {},
         "Phone call between Vladimir Putin and Donald Trump"),
        (("meeting", ["Vladimir Putin", "Narendra Modi"], "Russia"), {"has_venue": True},
         "Meeting between Vladimir Putin and Narendra Modi in Russia"),
        (("visit", ["Wang Yi"], "Russia"), {"has_venue": True}, "Visit by Wang Yi to Russia"),
        (("talks", ["Russia", "Iran", "Turkey"]), {}, "Talks between Russia, Iran and Turkey"),
        (("talks", ["Sergey Lavrov"]), {}, "Talks: Sergey Lavrov"),
        (("statement", ["Russian MFA"], "China"), {"has_venue": True},
         "Statement by Russian MFA"),  # a statement's place is not in its title
        (("sanctions", ["US Treasury"], None, "Gazprombank"), {"has_target": True},
         "Sanctions by US Treasury against Gazprombank"),
        (("statement", []), {}, "Statement"),
    ],
)
def test_english_title(args: tuple, kwargs: dict, title: str) -> None:  # type: ignore[type-arg]
    assert make_title_en(*args, **kwargs) == title


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("call", ["Vladimir Putin", None]), {}),  # an open-world actor: no English name
        (("visit", ["Wang Yi"], None), {"has_venue": True}),  # the place has none
        (("sanctions", ["US Treasury"], None, None), {"has_target": True}),
        (("rally", ["Vladimir Putin"]), {}),  # a type with no English label
    ],
)
def test_no_english_title_without_english_names(args: tuple, kwargs: dict) -> None:  # type: ignore[type-arg]
    assert make_title_en(*args, **kwargs) is None


def test_long_titles_are_shortened() -> None:
    names = ["A" * 40, "B" * 40, "C" * 40]
    title = make_title_en("talks", names)
    assert title is not None and len(title) <= 101 and title.endswith("…")
