"""Organisation names: invisible characters refused, lookalikes recognised (UTS #39 skeletons via ICU)."""

from __future__ import annotations

import pytest

from kitemark_app.core.names import invisible_characters, invisible_characters_problem, looks_like, same_name

REAL = "Riverside Community Food Network"


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("River\u200bside", ["U+200B ZERO WIDTH SPACE"]),
        ("\u202eRiverside", ["U+202E RIGHT-TO-LEFT OVERRIDE"]),
        ("Riverside\u2066 Hub\u2069", ["U+2066 LEFT-TO-RIGHT ISOLATE", "U+2069 POP DIRECTIONAL ISOLATE"]),
        ("Riverside\u00a0Hub", ["U+00A0 NO-BREAK SPACE"]),
        ("Riverside\u00adHub", ["U+00AD SOFT HYPHEN"]),
        ("\ufeffRiverside", ["U+FEFF ZERO WIDTH NO-BREAK SPACE"]),
        ("Riverside\tHub", ["U+0009 unnamed character"]),
        ("A\u200dB", ["U+200D ZERO WIDTH JOINER"]),  # a joiner between Latin letters is a trick
        ("\u200dরাব", ["U+200D ZERO WIDTH JOINER"]),  # and at the start, with nothing to join
        ("Riverside\u2060Hub", ["U+2060 WORD JOINER"]),
    ],
)
def test_invisible_characters_are_named(name: str, found: list[str]) -> None:
    assert invisible_characters(name) == found
    problem = invisible_characters_problem(name)
    assert problem is not None and found[0] in problem and problem.endswith("type it again without them.")


@pytest.mark.parametrize(
    "name",
    [
        REAL,
        "St Mary's & St John's — Youth (Wapping)",
        "বাংলাদেশ মহিলা সমিতি",  # Bengali
        "র\u200d্যাব সেন্টার",  # ZWJ between Bengali letters shapes the র-ফলা: needed, not a trick
        "সু\u200cপ্রভাত",  # ZWNJ between Bengali letters
        "Zażółć Gęślą Jaźń Ltd",
    ],
)
def test_ordinary_names_have_nothing_hidden(name: str) -> None:
    assert invisible_characters(name) == []
    assert invisible_characters_problem(name) is None


@pytest.mark.parametrize(
    "lookalike",
    [
        REAL,
        "Riversidе Community Food Network",  # Cyrillic е (U+0435)
        "River\u200bside Community Food Network",
        "Riverside Community Food Network\u00a0",
        "riverside   COMMUNITY food network",
        "Riverside Community Fo0d Network",  # digit zero
        "Ｒiverside Community Food Network",  # fullwidth R
        "Rіverside Community Food Network",  # Ukrainian і (U+0456)
    ],
)
def test_lookalikes_of_a_name_look_like_it(lookalike: str) -> None:
    assert looks_like(lookalike, REAL) and looks_like(REAL, lookalike)


def test_capital_i_and_small_l_look_alike_in_capitals() -> None:
    assert looks_like("RIVERSlDE FOOD", "RIVERSIDE FOOD")


@pytest.mark.parametrize(
    "other",
    ["Riverside Community Food Networks", "Hillside Community Food Network", "Riverside Food Network", ""],
)
def test_different_names_do_not_look_alike(other: str) -> None:
    assert not looks_like(other, REAL)


def test_same_name_is_stricter_than_looking_alike() -> None:
    assert same_name("riverside  community FOOD network", REAL)
    assert same_name("Ｒiverside Community Food Network", REAL)  # NFKC: the fullwidth letter is an R
    assert not same_name("Riversidе Community Food Network", REAL)  # Cyrillic е: looks alike, is not the same
    assert not same_name("River\u200bside Community Food Network", REAL)
