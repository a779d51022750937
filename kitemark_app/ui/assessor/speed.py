"""The assessor's speed: a filter over the criteria, next and previous, "mark the remaining answered criteria as
met" with a confirmation that says how many, and the outcome check (review/checks.py) shown live and asked at export.

Functions of the ``AssessorWindow`` (its ``opened``, ``criteria``, ``filter``, ``outcome`` and ``save_now``), kept
apart so that each module reads in one sitting; the window's methods of the same names call them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from kitemark_app.review.checks import outcome_warnings, remaining_to_mark_met
from kitemark_app.review.model import Verdict
from kitemark_app.services.assessor import OpenedPack, VerdictEntry

if TYPE_CHECKING:
    from kitemark_app.ui.assessor.window import AssessorWindow

FILTERS = (
    ("all", QT_TRANSLATE_NOOP("AssessorWindow", "All criteria")),
    ("no-verdict", QT_TRANSLATE_NOOP("AssessorWindow", "No verdict yet")),
    ("unanswered", QT_TRANSLATE_NOOP("AssessorWindow", "Not answered by the organisation")),
    ("short", QT_TRANSLATE_NOOP("AssessorWindow", "Not met or more information needed")),
    ("conditions", QT_TRANSLATE_NOOP("AssessorWindow", "Met with conditions")),
)


def fill_filter(window: AssessorWindow, opened: OpenedPack) -> None:
    window.filter.blockSignals(True)
    window.filter.clear()
    for key, text in FILTERS:
        window.filter.addItem(QCoreApplication.translate("AssessorWindow", text), key)
    for area in dict.fromkeys(c.area for c in opened.criteria):
        window.filter.addItem(
            QCoreApplication.translate("AssessorWindow", "Area %1").replace("%1", area), f"area:{area}"
        )
    window.filter.blockSignals(False)


def _shown(window: AssessorWindow, criterion: str) -> bool:
    assert window.opened is not None
    key = str(window.filter.currentData() or "all")
    view = next(c for c in window.opened.criteria if c.criterion == criterion)
    verdict = window.opened.draft.verdicts.get(criterion, VerdictEntry()).verdict
    return {
        "all": True,
        "no-verdict": not verdict,
        "unanswered": view.status == "not-started",
        "short": verdict in (Verdict.NOT_MET, Verdict.MORE_INFORMATION),
        "conditions": verdict == Verdict.MET_WITH_CONDITIONS,
    }.get(key, key == f"area:{view.area}")


def apply_filter(window: AssessorWindow) -> None:
    if window.opened is None:
        return
    for row in range(window.criteria.count()):
        item = window.criteria.item(row)
        item.setHidden(not _shown(window, str(item.data(Qt.ItemDataRole.UserRole))))
    current = window.criteria.currentItem()
    if current is None or current.isHidden():
        step_criterion(window, 1, from_row=-1)


def step_criterion(window: AssessorWindow, step: int, from_row: int | None = None) -> None:
    """Go to the next (or previous) criterion the filter shows."""
    row = window.criteria.currentRow() if from_row is None else from_row
    for candidate in range(row + step, -1 if step < 0 else window.criteria.count(), step):
        if not window.criteria.item(candidate).isHidden():
            window.criteria.setCurrentRow(candidate)
            return


def mark_remaining_met(window: AssessorWindow) -> None:
    if window.opened is None:
        return
    window.save_now()
    verdicts = {c: e.verdict for c, e in window.opened.draft.verdicts.items()}
    remaining = remaining_to_mark_met(window.opened.criteria, verdicts)
    if not remaining:
        QMessageBox.information(
            window,
            QCoreApplication.translate("AssessorWindow", "Nothing to mark"),
            QCoreApplication.translate(
                "AssessorWindow", "Every criterion the organisation answered as met has a verdict."
            ),
        )
        return
    question = QCoreApplication.translate(
        "AssessorWindow",
        "Mark %n criterion(s) as Met? They are the ones the organisation answered as met or not applicable and "
        "that have no verdict yet. Partly met, not met and unanswered criteria are left for you to judge.",
        "",
        len(remaining),
    )
    if (
        QMessageBox.question(window, QCoreApplication.translate("AssessorWindow", "Mark as met"), question)
        != QMessageBox.StandardButton.Yes
    ):
        return
    for criterion in remaining:
        entry = window.opened.draft.verdicts.get(criterion, VerdictEntry())
        window.opened.draft.verdicts[criterion] = VerdictEntry(Verdict.MET.value, "", None, entry.comment)
    for row in range(window.criteria.count()):
        window._label_item(window.criteria.item(row))
    current = window.criteria.currentItem()
    if current is not None:  # show the current one's new verdict
        window._on_criterion(current, None)
    window.save_now()
    apply_filter(window)
    check_outcome(window)


def warnings_now(window: AssessorWindow) -> list[str]:
    if window.opened is None:
        return []
    outcome = window.outcome.outcome()
    verdicts = {c: e.verdict for c, e in window.opened.draft.verdicts.items()}
    return outcome_warnings(
        window.opened.criteria, verdicts, outcome.decision, outcome.level, window.opened.target_level
    )


def check_outcome(window: AssessorWindow) -> None:
    window.outcome.show_warnings(warnings_now(window))
