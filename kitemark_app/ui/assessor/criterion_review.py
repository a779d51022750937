"""One criterion under review: the VCO's status, narrative and evidence, and the assessor's verdict and comment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.pack_changes import ChangeKind
from kitemark_app.core.status import ResponseStatus
from kitemark_app.review.model import Verdict
from kitemark_app.services.assessor import CriterionView, VerdictEntry
from kitemark_app.services.previous_pack import PreviousPack
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.widgets.text import heading, set_heading_text

DEFAULT_CONDITION_WEEKS = 12


class CriterionReviewPanel(QWidget):
    """Edits one ``VerdictEntry``; ``changed`` fires on every edit, ``evidence_chosen`` names an attachment."""

    changed = Signal()
    evidence_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.criterion: CriterionView | None = None
        self.title = heading("")
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.narrative = QLabel()
        self.narrative.setWordWrap(True)
        self.narrative.setAccessibleName(self.tr("The organisation's answer"))
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence the organisation relies on"))
        self.evidence.setMaximumHeight(110)
        self.evidence.currentItemChanged.connect(self._on_evidence)
        answer = QGroupBox(self.tr("The organisation's answer"))
        answer_layout = QVBoxLayout(answer)
        answer_layout.addWidget(self.meta)
        #: What changed since the organisation's previous pack, and the verdict given then (a resubmission).
        self.since = QLabel()
        self.since.setWordWrap(True)
        self.since.setTextFormat(Qt.TextFormat.PlainText)
        self.since.setAccessibleName(self.tr("Since the previous pack"))
        self.since.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #e0c36a; padding: 6px; }")
        self.since.hide()
        answer_layout.addWidget(self.since)
        answer_layout.addWidget(self.narrative)
        answer_layout.addWidget(QLabel(self.tr("Evidence (select to view):")))
        answer_layout.addWidget(self.evidence)

        verdict_box = QGroupBox(self.tr("Your verdict"))
        self.group = QButtonGroup(self)
        self.buttons: dict[Verdict, QRadioButton] = {}
        labels = {
            # Alt+1 to Alt+4: one key per verdict, the same in every language
            Verdict.MET: self.tr("&1  Met"),
            Verdict.MET_WITH_CONDITIONS: self.tr("&2  Met with conditions"),
            Verdict.NOT_MET: self.tr("&3  Not met"),
            Verdict.MORE_INFORMATION: self.tr("&4  More information needed"),
        }
        row = QGridLayout()  # two by two, so the panel stays narrow enough to sit beside the evidence
        for index, verdict in enumerate(Verdict):
            button = QRadioButton(labels[verdict])
            button.setAccessibleName(verdict.label)
            self.group.addButton(button)
            self.buttons[verdict] = button
            row.addWidget(button, index // 2, index % 2)
        self.group.buttonToggled.connect(self._on_toggled)
        self.condition = QLineEdit()
        self.condition.setAccessibleName(self.tr("Condition"))
        self.condition.setPlaceholderText(self.tr("What the organisation must do"))
        self.condition.textChanged.connect(self._emit)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("d MMMM yyyy")
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.deadline.dateChanged.connect(self._emit)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setAccessibleName(self.tr("Comment for the organisation"))
        self.comment.setPlaceholderText(self.tr("Your comment for the organisation"))
        self.comment.textChanged.connect(self._emit)
        form = QFormLayout()
        self.condition_label = QLabel(self.tr("Con&dition:"))
        self.condition_label.setBuddy(self.condition)
        self.deadline_label = QLabel(self.tr("Dead&line:"))
        self.deadline_label.setBuddy(self.deadline)
        form.addRow(self.condition_label, self.condition)
        form.addRow(self.deadline_label, self.deadline)
        comment_label = QLabel(self.tr("Co&mment:"))
        comment_label.setBuddy(self.comment)
        form.addRow(comment_label, self.comment)
        verdict_layout = QVBoxLayout(verdict_box)
        verdict_layout.addLayout(row)
        verdict_layout.addLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(answer)
        layout.addWidget(verdict_box)
        layout.addStretch()

    def show_criterion(
        self,
        criterion: CriterionView,
        entry: VerdictEntry,
        evidence_titles: dict[str, str],
        previous: PreviousPack | None = None,
        redacted: frozenset[str] = frozenset(),
    ) -> None:
        self._loading = True
        try:
            self._show_since(criterion.criterion, previous)
            self.criterion = criterion
            set_heading_text(self.title, f"{criterion.criterion}  {criterion.title}".strip())
            status = ResponseStatus(criterion.status) if criterion.status in set(ResponseStatus) else None
            parts = [self.tr("Their status: %1").replace("%1", core_word(status.label) if status else criterion.status)]
            if criterion.mandatory:
                parts.append(self.tr("mandatory"))
            self.meta.setText(" · ".join(parts))
            narrative = criterion.narrative.strip() or self.tr("(no narrative)")
            if criterion.status == ResponseStatus.NOT_APPLICABLE:
                narrative = self.tr("Why it does not apply: %1").replace("%1", criterion.na_reason) + "\n\n" + narrative
            self.narrative.setText(narrative)
            self.evidence.clear()
            for name in criterion.evidence:
                label = f"{evidence_titles.get(name, name)}  —  {name}"
                if name in redacted:
                    label += "  " + self.tr("(redacted by the organisation)")
                item = QListWidgetItem(label)
                item.setData(256, name)
                self.evidence.addItem(item)
            if not criterion.evidence:
                self.evidence.addItem(self.tr("(no evidence attached)"))
            self.group.setExclusive(False)
            for verdict, button in self.buttons.items():
                button.setChecked(entry.verdict == verdict.value)
            self.group.setExclusive(True)
            self.condition.setText(entry.condition)
            default = date.today().toordinal() + DEFAULT_CONDITION_WEEKS * 7
            self.deadline.setDate(QDate(entry.deadline or date.fromordinal(default)))
            self.comment.setPlainText(entry.comment)
            self._update_condition_visibility()
        finally:
            self._loading = False

    def _show_since(self, criterion: str, previous: PreviousPack | None) -> None:
        change = previous.changes.get(criterion) if previous else None
        if previous is None or change is None:
            self.since.hide()
            return
        when = long_day(previous.received_at)
        if change.kind is ChangeKind.SAME:
            lines = [self.tr("Unchanged since their previous pack (%1, received %2).").replace(
                "%1", previous.file_name).replace("%2", when)]  # fmt: skip
        elif change.kind is ChangeKind.NEW:
            lines = [self.tr("Not in their previous pack (%1): new in this one.").replace("%1", previous.file_name)]
        else:
            lines = [self.tr("Since their previous pack (%1, received %2):").replace("%1", previous.file_name)
                     .replace("%2", when)]  # fmt: skip
            if change.status_before != change.status_now:
                lines.append(self.tr("• status %1 → %2").replace("%1", change.status_before).replace(
                    "%2", change.status_now))  # fmt: skip
            if change.narrative_changed:
                lines.append(self.tr("• answer rewritten:"))
                lines += [f"    {line}" for line in change.narrative_diff[:12]]
            for title in change.evidence_added:
                lines.append(self.tr("• new evidence: %1").replace("%1", title))
            for title in change.evidence_removed:
                lines.append(self.tr("• evidence no longer attached: %1").replace("%1", title))
            if change.evidence_kept:
                lines.append(self.tr("• %n evidence file(s) the same as before", "", change.evidence_kept))
        before = previous.verdicts.get(criterion)
        if before is not None:
            said = core_word(Verdict(before.verdict).label) if before.verdict in set(Verdict) else before.verdict
            detail = before.condition or before.comment
            lines.append(self.tr("Your verdict then: %1").replace("%1", said) + (f" — {detail}" if detail else ""))
        self.since.setText("\n".join(lines))
        self.since.show()

    def entry(self) -> VerdictEntry:
        chosen = next((v.value for v, b in self.buttons.items() if b.isChecked()), "")
        asks = chosen in (Verdict.MET_WITH_CONDITIONS, Verdict.NOT_MET, Verdict.MORE_INFORMATION)
        return VerdictEntry(
            chosen,
            self.condition.text().strip() if chosen == Verdict.MET_WITH_CONDITIONS else "",
            self.deadline.date().toPython() if asks else None,  # type: ignore[arg-type]
            self.comment.toPlainText(),
        )

    def _update_condition_visibility(self) -> None:
        chosen = next((v for v, b in self.buttons.items() if b.isChecked()), None)
        conditional = chosen is Verdict.MET_WITH_CONDITIONS
        self.condition.setVisible(conditional)
        self.condition_label.setVisible(conditional)
        dated = chosen in (Verdict.MET_WITH_CONDITIONS, Verdict.NOT_MET, Verdict.MORE_INFORMATION)
        self.deadline.setVisible(dated)
        self.deadline_label.setVisible(dated)

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._update_condition_visibility()
            self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_evidence(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(256):
            self.evidence_chosen.emit(str(item.data(256)))
