"""On the criterion page, a newly added file without a date "needs a date"; it is never called out of date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.ui.test_criterion_page import add_file, window  # noqa: F401  (the page's fixture)


def test_an_undated_file_needs_a_date_and_is_not_out_of_date(window, tmp_path: Path) -> None:  # noqa: F811
    add_file(window, tmp_path, "annual-return.pdf", b"%PDF return")  # no date given, as when first added
    page = window.criterion_page
    page.reload()
    text = page.evidence_box.warnings.text()
    assert not page.evidence_box.warnings.isHidden()
    assert text.startswith("Needs a date") and "Out of date" not in text


def test_undated_and_out_of_date_files_are_listed_under_their_own_headings(window, tmp_path: Path) -> None:  # noqa: F811
    add_file(window, tmp_path, "new-return.pdf", b"%PDF new")
    add_file(window, tmp_path, "old-return.pdf", b"%PDF old", document_date=date.today() - timedelta(days=3 * 365))
    page = window.criterion_page
    page.reload()
    needs, stale = page.evidence_box.warnings.text().split("\n\n")
    assert needs.startswith("Needs a date") and "new return" in needs.lower() and "old return" not in needs.lower()
    assert stale.startswith("Out of date") and "old return" in stale.lower()
