"""The organisation profile, editable at any time and saved as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.autosave import AutoSaver
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.widgets.organisation_form import OrganisationFields
from kitemark_app.ui.widgets.text import heading


class ProfilePage(QScrollArea):
    def __init__(
        self, workspace: Workspace, events: AppEvents, autosaver: AutoSaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.autosaver = autosaver
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Organisation profile"))
        self.fields = OrganisationFields(self)
        body = QWidget()
        body.setMaximumWidth(900)
        title = heading(self.tr("Organisation profile"))
        note = QLabel(
            self.tr(
                "Changes are saved as you type. Your legal form, income and activities decide which criteria apply."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(title)
        layout.addWidget(note)
        for section, title in (
            ("identity", self.tr("About your organisation")),
            ("contact", self.tr("Contact details")),
            ("size", self.tr("Size and activities")),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(self.fields.section(section))
            layout.addWidget(box)
        layout.addStretch()
        self.setWidget(body)
        self.fields.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        if self.autosaver.has_pending:
            self.autosaver.flush()
        self.fields.set_details(self.workspace.organisation_details())
        self.fields.show_problems()

    def focus_field(self, name: str) -> None:
        self.fields.focus_field(name)

    def _on_changed(self) -> None:
        self.fields.show_problems()
        details = self.fields.details()
        self.autosaver.schedule("profile", lambda: self.workspace.update_organisation(details), "profile")
