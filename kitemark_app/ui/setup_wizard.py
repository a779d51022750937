"""The first-run wizard: the organisation profile (with checks), then the framework and target level.

It only collects and checks; ``result()`` hands plain data to ``services.setup.start_self_assessment``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kitemark_app.core.framework import Framework, FrameworkError, parse_framework
from kitemark_app.paths import default_framework_text
from kitemark_app.services.workspace import OrganisationDetails
from kitemark_app.ui.level_names import chosen_level, fill_levels, shown
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.widgets.organisation_form import SECTIONS, OrganisationFields

MAX_ISSUES_SHOWN = 6


@dataclass(frozen=True)
class SetupChoices:
    details: OrganisationDetails
    framework_source: str
    target_level: str


class _ProfilePage(QWizardPage):
    def __init__(self, fields: OrganisationFields, section: str, title: str, subtitle: str) -> None:
        super().__init__()
        self.fields = fields
        self.section_name = section
        self.setTitle(title)
        self.setSubTitle(subtitle)
        # Scrolls rather than squeezes when the text is large and the screen small.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(fields.section(section))
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)
        fields.changed.connect(self._recheck)

    def _recheck(self) -> None:
        """A problem shown under a field goes as soon as it is fixed (not only at the next Next)."""
        if self.isVisible() and any(self.fields.errors[name].isVisible() for name in self._shown_errors()):
            self.fields.show_problems(self.section_name)

    def _shown_errors(self) -> list[str]:
        return [name for name in SECTIONS[self.section_name] if name in self.fields.errors]

    def validatePage(self) -> bool:
        problems = self.fields.show_problems(self.section_name)
        if problems:
            self.fields.focus_field(next(iter(problems)))
        return not problems


class _FrameworkPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Framework and target level"))
        self.setSubTitle(
            self.tr("Choose the criteria you will assess yourselves against, and the level you are aiming for.")
        )
        self.framework: Framework | None = None
        self.source = ""
        self._default_source = default_framework_text()
        default = parse_framework(self._default_source)

        self.use_default = QRadioButton(
            self.tr("Use the borough's framework: %1 (version %2)")
            .replace("%1", shown(default).title)
            .replace("%2", default.version)
        )
        self.use_default.setAccessibleName(self.tr("Use the borough's framework"))
        self.use_file = QRadioButton(self.tr("Use a framework file the council gave us"))
        self.use_file.setAccessibleName(self.tr("Use a framework file the council gave us"))
        group = QButtonGroup(self)
        group.addButton(self.use_default)
        group.addButton(self.use_file)
        self.use_default.setChecked(True)

        self.file_path = QLineEdit()
        self.file_path.setReadOnly(True)
        self.file_path.setAccessibleName(self.tr("Framework file"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.browse.setAccessibleName(self.tr("Choose a framework file"))
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse)

        self.file_problem = QLabel()
        self.file_problem.setWordWrap(True)
        self.file_problem.setVisible(False)
        self.file_problem.setAccessibleName(self.tr("Problem with the framework file"))

        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Target level"))
        self.level_description = QLabel()
        self.level_description.setWordWrap(True)
        self.level.currentIndexChanged.connect(self._describe_level)
        level_label = QLabel(self.tr("&Target level"))
        level_label.setBuddy(self.level)

        layout = QVBoxLayout(self)
        layout.addWidget(self.use_default)
        layout.addWidget(self.use_file)
        layout.addLayout(file_row)
        layout.addWidget(self.file_problem)
        form = QFormLayout()
        form.addRow(level_label, self.level)
        layout.addLayout(form)
        layout.addWidget(self.level_description)
        layout.addStretch()

        self.use_default.toggled.connect(self._update)
        self._update()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the framework file"), "", self.tr("Framework files (*.yaml *.yml);;All files (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read and check a council-supplied framework; explain any problem in plain words."""
        self.use_file.setChecked(True)
        self.file_path.setText(str(path))
        try:
            self._file_source = path.read_text(encoding="utf-8")
            parse_framework(self._file_source)
        except (OSError, UnicodeDecodeError):
            self._file_source = ""
            self._show_problem(self.tr("This file cannot be read; check it is a framework file (.yaml)."))
        except FrameworkError as error:
            self._file_source = ""
            lines = [f"• {issue}" for issue in error.issues[:MAX_ISSUES_SHOWN]]
            if len(error.issues) > MAX_ISSUES_SHOWN:
                lines.append(self.tr("…and %n more.", "", len(error.issues) - MAX_ISSUES_SHOWN))
            self._show_problem(
                self.tr("This file is not a valid framework. Ask the council for a corrected copy:")
                + "\n"
                + "\n".join(lines)
            )
        else:
            self.file_problem.setVisible(False)
        self._update()

    def _show_problem(self, text: str) -> None:
        self.file_problem.setText(text)
        self.file_problem.setVisible(True)

    def _update(self) -> None:
        if self.use_default.isChecked():
            self.source = self._default_source
        else:
            self.source = getattr(self, "_file_source", "")
        self.framework = parse_framework(self.source) if self.source else None
        previous = chosen_level(self.level)
        self.level.clear()
        if self.framework is not None:
            fill_levels(self.level, self.framework, keep=previous)
        self.level.setEnabled(self.framework is not None)
        self._describe_level()
        self.completeChanged.emit()

    def _describe_level(self) -> None:
        text = ""
        if self.framework is not None and self.level.currentIndex() >= 0:
            text = shown(self.framework).levels[self.level.currentIndex()].description
        self.level_description.setText(text)

    def isComplete(self) -> bool:
        return self.framework is not None and bool(chosen_level(self.level))


class SetupWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start our self-assessment"))
        self.setAccessibleName(self.tr("Start our self-assessment"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(680, 520)
        self.fields = OrganisationFields(self)
        self.identity_page = _ProfilePage(
            self.fields,
            "identity",
            self.tr("About your organisation"),
            self.tr("Fields marked * are needed. You can change all of this later."),
        )
        self.contact_page = _ProfilePage(
            self.fields,
            "contact",
            self.tr("Contact details"),
            self.tr("Who the council should contact about your Kitemark."),
        )
        self.size_page = _ProfilePage(
            self.fields,
            "size",
            self.tr("Size and activities"),
            self.tr("These decide which criteria apply to you."),
        )
        self.framework_page = _FrameworkPage()
        for page in (self.identity_page, self.contact_page, self.size_page, self.framework_page):
            self.addPage(page)
        # Pages differ in height, and more so at a large text size: grow to fit the page shown (and the screen).
        self.currentIdChanged.connect(lambda _id: fit_dialog(self))
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):  # fmt: skip
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def result_choices(self) -> SetupChoices:
        return SetupChoices(self.fields.details(), self.framework_page.source, chosen_level(self.framework_page.level))
