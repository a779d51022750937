"""Dates and times as the GUI shows them, in the language it is shown in.

English keeps the app's own way everywhere ("2 September 2025", ``core.dates.long_day``: the same words as the
packs, the CLI and the reviews). Another language gets its own month names and digits from Qt's locale data
(Bengali: "২ সেপ্টেম্বর ২০২৫", "১৪:০৫"), day first as in English. Only what is shown changes: dates to type stay
``18/09/2025`` (``core.dates.show_day``), and ``parse_day`` reads Bengali digits as well.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from kitemark_app.core import dates
from kitemark_app.ui.translations import shown_language


def _locale() -> QLocale | None:
    code = shown_language()
    return None if code == "en" else QLocale(code)


def long_day(day: date) -> str:
    """``day`` for reading in a sentence: "2 September 2025", or the same in the language shown."""
    locale = _locale()
    if locale is None:
        return dates.long_day(day)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def clock(moment: datetime) -> str:
    """The time of day of ``moment`` on the 24-hour clock: "14:05", or the same in the language shown's digits."""
    locale = _locale()
    if locale is None:
        return f"{moment:%H:%M}"
    return locale.toString(QTime(moment.hour, moment.minute), "HH:mm")
