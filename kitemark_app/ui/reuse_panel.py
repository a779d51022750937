"""On a criterion's page: the answers already given to the same question in the organisation's other frameworks
(through the frameworks' crosswalks), to use or adapt — never copied without the choice — and where else this
page's answer is used, so a change to a shared answer is made knowingly."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kitemark_app.services.answer_reuse import Offer, SharedUse
from kitemark_app.ui.widgets.text import bold_font

#: An offer's words shown before "…" (the whole answer is in its tooltip).
EXCERPT_CHARS = 280


class ReusePanel(QFrame):
    #: The organisation chose an offer: (its key "framework-id:CRITERION-ID", adapt?). Adapting puts the words in
    #: the answer box to change; using takes them as they are.
    chosen = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Answers you gave elsewhere"))
        self._layout = QVBoxLayout(self)
        self.shared_label = QLabel()
        self.shared_label.setWordWrap(True)
        self._offer_widgets: list[QWidget] = []
        self.offers: list[Offer] = []
        self._layout.addWidget(self.shared_label)
        self.setVisible(False)

    def set_content(self, offers: list[Offer], shared: list[SharedUse]) -> None:
        for widget in self._offer_widgets:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._offer_widgets = []
        self.offers = offers
        for offer in offers:
            widget = self._offer_widget(offer)
            self._layout.insertWidget(self._layout.count() - 1, widget)
            self._offer_widgets.append(widget)
        self.shared_label.setText(self._shared_text(shared))
        self.shared_label.setVisible(bool(shared))
        self.setVisible(bool(offers or shared))

    def _offer_widget(self, offer: Offer) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if offer.strength == "partial":
            text = self.tr("Your %1 answer to %2 (%3) covers part of this.")
        else:
            text = self.tr("Your %1 answer to %2 (%3) covers this.")
        heading = QLabel(
            text.replace("%1", offer.framework_title)
            .replace("%2", offer.criterion_id)
            .replace("%3", offer.criterion_title)
        )
        heading.setFont(bold_font())
        heading.setWordWrap(True)
        words = offer.narrative.strip()
        excerpt = QLabel(words[:EXCERPT_CHARS] + ("…" if len(words) > EXCERPT_CHARS else ""))
        excerpt.setWordWrap(True)
        excerpt.setToolTip(words)
        excerpt.setVisible(bool(words))
        layout.addWidget(heading)
        layout.addWidget(excerpt)
        if offer.evidence:
            evidence = QLabel(self.tr("Its evidence: %1").replace("%1", "; ".join(offer.evidence)))
            evidence.setWordWrap(True)
            layout.addWidget(evidence)
        row = QHBoxLayout()  # no Alt letters: a page may show several offers, each with these two buttons
        row.addStretch()
        if offer.in_use:
            row.addWidget(QLabel(self.tr("This answer is the one you use here.")))
        else:
            use = QPushButton(self.tr("Use it"))
            use.setAccessibleName(self.tr("Use the %1 answer as it is").replace("%1", offer.criterion_id))
            use.clicked.connect(lambda: self.chosen.emit(offer.key, False))
            adapt = QPushButton(self.tr("Adapt it"))
            adapt.setAccessibleName(self.tr("Adapt the %1 answer").replace("%1", offer.criterion_id))
            adapt.clicked.connect(lambda: self.chosen.emit(offer.key, True))
            row.addWidget(use)
            row.addWidget(adapt)
        layout.addLayout(row)
        return box

    def _shared_text(self, shared: list[SharedUse]) -> str:
        parts = []
        for use in shared:
            where = f"{use.framework_title} {use.criterion_id}"
            if use.taken_from_here:
                parts.append(
                    self.tr("%1 uses this answer: a change here does not change it there.").replace("%1", where)
                )
            else:
                parts.append(
                    self.tr("This answer was taken from %1: a change here does not change it there.").replace(
                        "%1", where
                    )
                )
        return " ".join(parts)
