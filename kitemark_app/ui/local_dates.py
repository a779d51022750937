"""Dates and times as the GUI shows them, in the language it is shown in.

English keeps the app's own way everywhere ("2 September 2025", ``core.dates.long_day``: the same words as the
packs, the CLI and the reviews). Another language gets its own month names from Qt's locale data, day first as in
English, with the digits the rest of the app uses, 0 to 9 (Bengali: "2 সেপ্টেম্বর 2025": the glossary's rule, as
the counts and the framework's own numbers are written and as the charity's documents date themselves). Only
what is shown changes: dates to type stay ``18/09/2025`` (``core.dates.show_day``), and ``parse_day`` reads Bengali
digits as well.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from kitemark_app.core import dates
from kitemark_app.ui.translations import shown_language

#: Qt's Bengali locale writes ০–৯; the app writes 0–9 in every language (GLOSSARY-bn.md).
_WESTERN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def _locale() -> QLocale | None:
    code = shown_language()
    return None if code == "en" else QLocale(code)


def long_day(day: date) -> str:
    """``day`` for reading in a sentence: "2 September 2025", or the same in the language shown."""
    locale = _locale()
    if locale is None:
        return dates.long_day(day)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy").translate(_WESTERN_DIGITS)


def clock(moment: datetime) -> str:
    """The time of day of ``moment`` on the 24-hour clock: "14:05" (in every language, with 0–9)."""
    locale = _locale()
    if locale is None:
        return f"{moment:%H:%M}"
    return locale.toString(QTime(moment.hour, moment.minute), "HH:mm").translate(_WESTERN_DIGITS)
