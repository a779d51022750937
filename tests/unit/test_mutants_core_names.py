"""Organisation names (core/names.py) at the edges the mutants of scripts/mutation.sh probe: where a joiner may
stand, the first code point that is not Latin, how many hidden characters a sentence lists, names written in
capitals or small letters. Expected values come from the module's docstrings and the Unicode character database."""

from __future__ import annotations

import pytest

from kitemark_app.core.names import invisible_characters, invisible_characters_problem, looks_like, plain_name

KA = "\u0915"  # DEVANAGARI LETTER KA: a letter of a script that needs the joiners
ZWJ = "\u200d"
ZWJ_LABEL = "U+200D ZERO WIDTH JOINER"


@pytest.mark.parametrize(
    "name",
    [
        f"{KA}{ZWJ}{KA}",  # the shortest name where the joiner stands between two letters
        f"\u0300{ZWJ}{KA}",  # U+0300, the first code point after Latin's blocks, is a combining mark (Mn)
        f"{KA}{KA}{ZWJ}{KA}{KA}",
    ],
)
def test_a_joiner_between_two_letters_of_a_script_that_needs_it_is_fine(name: str) -> None:
    assert invisible_characters(name) == []


@pytest.mark.parametrize(
    "name",
    [
        f"{KA}{ZWJ}",  # at the end: nothing after it to join
        f"{KA}{KA}{ZWJ}",
        f"a{ZWJ}{KA}",  # a Latin letter before it
        f"{KA}a{ZWJ}{KA}",  # the letter two places back does not count
        f"{KA}{ZWJ}a",  # a Latin letter after it
        f"{KA}{ZWJ}a{KA}",  # the letter two places on does not count
        f"\u02ff{ZWJ}{KA}",  # U+02FF is still in Latin's blocks (a modifier symbol, not a letter)
    ],
)
def test_a_joiner_anywhere_else_is_hidden(name: str) -> None:
    assert invisible_characters(name) == [ZWJ_LABEL]


def test_a_hidden_character_after_an_allowed_joiner_is_still_found() -> None:
    assert invisible_characters(f"{KA}{ZWJ}{KA}\u200b") == ["U+200B ZERO WIDTH SPACE"]


def test_the_sentence_names_the_organisation_by_default() -> None:
    assert invisible_characters_problem("River\u200bside") == (
        "The organisation's name contains characters that cannot be seen (U+200B ZERO WIDTH SPACE); type it again "
        "without them."
    )
    assert invisible_characters_problem("A\u200bB", "The assessor's name") == (
        "The assessor's name contains characters that cannot be seen (U+200B ZERO WIDTH SPACE); type it again "
        "without them."
    )


SPACE_LIKE = ["\u200b", "\u00a0", "\u00ad", "\u2060", "\u202e"]
LABELS = [
    "U+200B ZERO WIDTH SPACE",
    "U+00A0 NO-BREAK SPACE",
    "U+00AD SOFT HYPHEN",
    "U+2060 WORD JOINER",
    "U+202E RIGHT-TO-LEFT OVERRIDE",
]


@pytest.mark.parametrize(
    ("count", "listed"),
    [
        (1, LABELS[0]),
        (3, ", ".join(LABELS[:3])),  # three are listed in full
        (4, ", ".join(LABELS[:3]) + " and more"),  # from the fourth on, "and more"
        (5, ", ".join(LABELS[:3]) + " and more"),
    ],
)
def test_at_most_three_hidden_characters_are_listed(count: int, listed: str) -> None:
    name = "R" + "R".join(SPACE_LIKE[:count]) + "R"
    assert invisible_characters(name) == LABELS[:count]
    assert invisible_characters_problem(name) == (
        f"The organisation's name contains characters that cannot be seen ({listed}); type it again without them."
    )


def test_plain_name_is_nfkc_case_folded_with_single_spaces() -> None:
    assert plain_name("  Ｒiverside\u00a0\u2003 FOOD\t\tBank  ") == "riverside food bank"
    assert plain_name("Straße") == "strasse"


def test_a_small_l_in_capitals_looks_like_the_name_written_in_capitals() -> None:
    # The docstring's example: the capitals of "Riverside" read RIVERSIDE, and a small l passes for a capital I.
    assert looks_like("RIVERSlDE", "Riverside") and looks_like("Riverside", "RIVERSlDE")


def test_a_name_in_capitals_looks_like_it_in_small_letters_with_capital_i_for_l() -> None:
    # In small letters ILKLEY is "ilkley", which "iIkIey" (capital I for each l) passes for.
    assert looks_like("ILKLEY", "iIkIey") and looks_like("iIkIey", "ILKLEY")
    assert looks_like("ILKLEY YOUTH", "iIkIey youth")
