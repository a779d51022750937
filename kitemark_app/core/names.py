"""Organisation names as people read them: what may be in one, and when two names look the same.

Trust is bound to a root key, but people recognise an organisation by its name, so a name must not hide anything
(no bidirectional controls, zero-width or other invisible characters, no odd spaces) and two names that a reader
could take for each other must be treated as the same name. "Look the same" is Unicode's own definition (UTS #39
confusable skeletons, from ICU's spoof checker), after NFKC normalisation, case folding and collapsing spaces.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

#: Joiners that Bengali, Devanagari, Arabic and other scripts need between two of their letters to shape text
#: correctly; anywhere else (e.g. in a Latin name) they are invisible tricks.
_SCRIPT_JOINERS = {"\u200c", "\u200d"}  # ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER


def _letter_outside_latin(char: str) -> bool:
    return ord(char) > 0x2FF and unicodedata.category(char)[0] in "LM"


def invisible_characters(name: str) -> list[str]:
    """The characters of ``name`` a reader cannot see or that change how it reads, named as Unicode names them
    ("U+200B ZERO WIDTH SPACE"); empty when the name is fine. Plain spaces are fine; every other space, control,
    format character (bidi controls, zero-width space, word joiner, soft hyphen, BOM), separator and unassigned
    code point is not — except the two joiners between two letters of a script that needs them."""
    found: list[str] = []
    for index, char in enumerate(name):
        category = unicodedata.category(char)
        if char == " " or category[0] not in "CZ":
            continue
        if (
            char in _SCRIPT_JOINERS
            and 0 < index < len(name) - 1
            and _letter_outside_latin(name[index - 1])
            and _letter_outside_latin(name[index + 1])
        ):
            continue
        label = f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"
        if label not in found:
            found.append(label)
    return found


def invisible_characters_problem(name: str, what: str = "The organisation's name") -> str | None:
    """One sentence saying what is wrong with ``name``'s characters, or None."""
    found = invisible_characters(name)
    if not found:
        return None
    listed = ", ".join(found[:3]) + (" and more" if len(found) > 3 else "")
    return f"{what} contains characters that cannot be seen ({listed}); type it again without them."


def plain_name(name: str) -> str:
    """The name as it is compared for equality: NFKC, case-folded, runs of whitespace made one space."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def same_name(a: str, b: str) -> bool:
    """The same name, as a person would write it again: case, spacing and Unicode forms aside."""
    return plain_name(a) == plain_name(b)


@lru_cache(maxsize=1)
def _spoof_checker() -> Any:
    import icu  # PyICU (the pyicu-wheels build): ICU's implementation of UTS #39

    return icu.SpoofChecker()


def _skeleton(text: str) -> str:
    return " ".join(_spoof_checker().getSkeleton(0, text).split())


def name_keys(name: str) -> frozenset[tuple[str, str]]:
    """What a name looks like, as UTS #39 skeletons (for comparing only, never for showing): the skeleton of the
    name as written, in capitals and in small letters (so ``RIVERSlDE`` with a small L looks like ``Riverside``
    written in capitals), and the case-folded skeleton of the case-folded name (so ``Fo0d`` looks like ``Food``, and
    ``Riversidе`` with a Cyrillic е or ``River\u200bside`` like ``Riverside``). Two names look alike when they
    share a key."""
    normal = unicodedata.normalize("NFKC", name)
    cased = {("cased", _skeleton(variant)) for variant in (normal, normal.upper(), normal.lower())}
    return frozenset({*cased, ("folded", _skeleton(normal.casefold()).casefold())})


def looks_like(a: str, b: str) -> bool:
    """A reader could take one name for the other."""
    return bool(name_keys(a) & name_keys(b))
