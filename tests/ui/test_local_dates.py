"""Dates and times shown in the GUI follow the language it is shown in (issue 17: "dates and numbers formatted by
locale"); English keeps the app's own "2 September 2025" everywhere, and what is typed stays day first."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from kitemark_app.core.dates import parse_day
from kitemark_app.ui import evidence_model, local_dates

UI = Path(local_dates.__file__).parent


@pytest.fixture
def shown_in(qapp) -> Iterator[object]:
    def show(code: str) -> None:
        qapp.setProperty("kitemark_language", code)

    yield show
    qapp.setProperty("kitemark_language", "en")


def test_english_dates_are_the_apps_own_words(shown_in) -> None:
    shown_in("en")
    assert local_dates.long_day(date(2025, 9, 2)) == "2 September 2025"
    assert local_dates.long_day(date(2026, 12, 31)) == "31 December 2026"
    assert local_dates.clock(datetime(2026, 3, 1, 9, 5)) == "09:05"


def test_bengali_dates_have_bengali_month_names_and_the_apps_digits(shown_in) -> None:
    shown_in("bn")
    # Written out by hand (the month names as CLDR spells them: সেপ্টেম্বর = September); digits 0-9, as the
    # glossary has counts and numbers in every Bengali message.
    assert local_dates.long_day(date(2025, 9, 2)) == "2 সেপ্টেম্বর 2025"
    assert local_dates.long_day(date(2026, 12, 31)) == "31 ডিসেম্বর 2026"
    assert local_dates.clock(datetime(2026, 3, 1, 14, 5)) == "14:05"


def test_a_datetime_is_shown_by_its_day(shown_in) -> None:
    shown_in("bn")
    assert local_dates.long_day(datetime(2025, 9, 2, 23, 59)) == "2 সেপ্টেম্বর 2025"


def test_the_evidence_table_shows_the_date_in_the_language_but_sorts_by_the_date(shown_in) -> None:
    shown_in("bn")
    assert evidence_model._date_text(date(2025, 1, 9)) == "9 জানুয়ারি 2025"
    assert evidence_model._date_key(date(2025, 1, 9)) == "2025-01-09"
    shown_in("en")
    assert evidence_model._date_text(date(2025, 1, 9)) == "9 January 2025"


def test_a_date_typed_in_bengali_digits_is_read() -> None:
    assert parse_day("২/৯/২০২৫") == date(2025, 9, 2)
    assert parse_day("১৮.০৯.২৫") == date(2025, 9, 18)


def test_no_gui_module_shows_a_date_in_english_whatever_the_language() -> None:
    """Every date the GUI shows goes through ``ui.local_dates`` (``core.dates.long_day`` is English only)."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "local_dates.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            imports = isinstance(node, ast.ImportFrom) and node.module == "kitemark_app.core.dates"
            if imports and any(alias.name == "long_day" for alias in node.names):  # type: ignore[attr-defined]
                offenders.append(path.name)
            if isinstance(node, ast.JoinedStr):
                for part in node.values:
                    spec = part.format_spec if isinstance(part, ast.FormattedValue) else None
                    if spec is not None and "%H" in ast.unparse(spec):
                        offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
