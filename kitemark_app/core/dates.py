"""Dates as people in the UK type them: ``18/09/2025``, ``18-9-25``, ``18.09.2025``, ``18 Sep 2025``,
``18 September 2025``, ``2025-09-18`` and ``20250918`` — day first, never the American month first."""

from __future__ import annotations

import re
from datetime import date

_MONTH_NAMES = (
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"),
)  # fmt: skip
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
EXAMPLE = "18/09/2025"


class DateTextError(ValueError):
    """``str()`` is one sentence for the person who typed the date."""


def parse_day(text: str) -> date:
    """The date ``text`` stands for; raises ``DateTextError`` with a plain sentence when it is not one."""
    from kitemark_app.sentences import say  # here: kitemark_app.sentences imports this module

    typed = " ".join(text.strip().lower().split())
    for pattern, order in ((_ISO, "ymd"), (_COMPACT, "ymd"), (_NUMERIC, "dmy"), (_WORDS, "dmy")):
        match = pattern.match(typed)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = MONTHS.get(parts["m"]) if not parts["m"].isdigit() else int(parts["m"])
        if month is None:
            raise DateTextError(say("'{text}' has a month Kitemark does not know; write it like {example}.",
                                    text=text.strip(), example=EXAMPLE))  # fmt: skip
        year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
        try:
            return date(year, month, int(parts["d"]))
        except ValueError:
            raise DateTextError(
                say("'{text}' is not a real date; check the day and the month.", text=text.strip())
            ) from None
    raise DateTextError(
        say("'{text}' is not a date Kitemark can read; write it like {example}.", text=text.strip(), example=EXAMPLE)
    )


def show_day(day: date) -> str:
    """A date as the app shows it for typing: day first, as parse_day reads it back."""
    return day.strftime("%d/%m/%Y")


MONTH_WORDS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)  # fmt: skip; not the C library's names, which follow whatever locale Qt set


def long_day(day: date) -> str:
    """A date for reading in a sentence, as the app writes it everywhere: "2 September 2025"."""
    return f"{day.day} {MONTH_WORDS[day.month - 1]} {day.year}"
