"""The organisation profile fields, shared by the set-up wizard and the profile page.

The fields come in three sections (identity, contact, size and activities) so the wizard can show one per page
and the profile page all of them. ``problems()`` checks them: required fields and the real formats of charity
and Companies House numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.names import invisible_characters_problem
from kitemark_app.core.profile import (
    COMPANY_FORMS,
    Activity,
    IncomeBand,
    LegalForm,
    Profile,
    charity_number_problem,
    company_number_problem,
    contradictions,
    normalise_registration_number,
)
from kitemark_app.services.workspace import OrganisationDetails
from kitemark_app.ui.core_sentences import sentence
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.widgets.text import ShortTextEdit, bold_font

SECTIONS = {
    "identity": ("name", "legal_form", "charity_number", "company_number"),
    "contact": ("address", "contact_name", "contact_email", "contact_phone"),
    "size": ("income_band", "staff_count", "volunteer_count", "activities"),
}


class OrganisationFields(QObject):
    """Owns the field widgets; ``section(name)`` lays a group of them out in a form."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = self._line(self.tr("Organisation name"))
        self.legal_form = QComboBox()
        for form in LegalForm:
            self.legal_form.addItem(core_word(form.label), form.value)
        self.legal_form.setAccessibleName(self.tr("Legal form"))
        self.legal_form.currentIndexChanged.connect(self._on_change)
        self.charity_number = self._line(self.tr("Charity number"), self.tr("e.g. 1234567 or SC012345"))
        self.company_number = self._line(self.tr("Companies House number"), self.tr("e.g. 01234567"))
        self.address = ShortTextEdit(4)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.textChanged.connect(self._on_change)
        self.contact_name = self._line(self.tr("Contact person"))
        self.contact_email = self._line(self.tr("Contact email"), self.tr("name@example.org"))
        self.contact_phone = self._line(self.tr("Contact phone"))
        self.income_band = QComboBox()
        for band in IncomeBand:
            self.income_band.addItem(core_word(band.label), band.value)
        self.income_band.setAccessibleName(self.tr("Annual income"))
        self.income_band.currentIndexChanged.connect(self._on_change)
        self.staff_count = self._spin(self.tr("Paid staff"))
        self.volunteer_count = self._spin(self.tr("Volunteers"))
        self.activities: dict[Activity, QCheckBox] = {}
        for activity in Activity:
            box = QCheckBox(core_word(activity.label))
            box.setAccessibleName(core_word(activity.label))
            box.toggled.connect(self._on_change)
            self.activities[activity] = box
        self.errors: dict[str, QLabel] = {}
        self._sections: list[QWidget] = []

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_change)
        return edit

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 100000)
        spin.setAccessibleName(name)
        spin.valueChanged.connect(self._on_change)
        return spin

    def _on_change(self) -> None:
        self.changed.emit()

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Organisation na&me *"),
            "legal_form": self.tr("&Legal form *"),
            "charity_number": self.tr("Cha&rity number"),
            "company_number": self.tr("Com&panies House number"),
            "address": self.tr("&Address *"),
            "contact_name": self.tr("Contact per&son *"),
            "contact_email": self.tr("Contact ema&il *"),
            "contact_phone": self.tr("Contact ph&one"),
            "income_band": self.tr("Annual in&come *"),
            "staff_count": self.tr("Paid s&taff"),
            "volunteer_count": self.tr("Vol&unteers"),
            "activities": self.tr("What you do"),
        }

    def section(self, which: str) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = self._labels()
        for name in SECTIONS[which]:
            error = QLabel()
            error.setWordWrap(True)
            error.setVisible(False)
            error.setAccessibleName(self.tr("Problem with %1").replace("%1", labels[name].replace("&", "")))
            error.setFont(bold_font())
            error.setStyleSheet("color: #b42318")  # the app's one style for a problem: red, bold
            self.errors[name] = error
            holder = QVBoxLayout()
            holder.setSpacing(2)
            if name == "activities":  # the ticks, then what contradicts them
                for box in self.activities.values():
                    holder.addWidget(box)
                holder.addWidget(error)
                form.addRow(QLabel(labels[name]), holder)
                continue
            field = getattr(self, name)
            label = QLabel(labels[name])
            label.setBuddy(field)
            holder.addWidget(field)
            holder.addWidget(error)
            form.addRow(label, holder)
        self._sections.append(widget)
        return widget

    # --- values -----------------------------------------------------------------------------------

    def details(self) -> OrganisationDetails:
        return OrganisationDetails(
            name=self.name.text().strip(),
            legal_form=LegalForm(self.legal_form.currentData()),
            income_band=IncomeBand(self.income_band.currentData()),
            activities={activity for activity, box in self.activities.items() if box.isChecked()},
            charity_number=normalise_registration_number(self.charity_number.text()),
            company_number=normalise_registration_number(self.company_number.text()),
            address=self.address.toPlainText().strip(),
            contact_name=self.contact_name.text().strip(),
            contact_email=self.contact_email.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            staff_count=self.staff_count.value(),
            volunteer_count=self.volunteer_count.value(),
        )

    def set_details(self, details: OrganisationDetails) -> None:
        blockers = [QSignalBlocker(w) for w in self._all_widgets()]
        try:
            self.name.setText(details.name)
            self.legal_form.setCurrentIndex(self.legal_form.findData(details.legal_form.value))
            self.income_band.setCurrentIndex(self.income_band.findData(details.income_band.value))
            for activity, box in self.activities.items():
                box.setChecked(activity in details.activities)
            self.charity_number.setText(details.charity_number)
            self.company_number.setText(details.company_number)
            self.address.setPlainText(details.address)
            self.contact_name.setText(details.contact_name)
            self.contact_email.setText(details.contact_email)
            self.contact_phone.setText(details.contact_phone)
            self.staff_count.setValue(details.staff_count)
            self.volunteer_count.setValue(details.volunteer_count)
        finally:
            for blocker in blockers:
                blocker.unblock()

    def _all_widgets(self) -> list[QObject]:
        return [
            self.name, self.legal_form, self.income_band, self.charity_number, self.company_number,
            self.address, self.contact_name, self.contact_email, self.contact_phone, self.staff_count,
            self.volunteer_count, *self.activities.values(),
        ]  # fmt: skip

    def problems(self, which: str | None = None) -> dict[str, str]:
        """Field name -> one sentence, for the fields of one section (or all)."""
        details = self.details()
        found: dict[str, str] = {}
        required = {
            "name": self.tr("Please give the organisation's name."),
            "address": self.tr("Please give the address."),
            "contact_name": self.tr("Please say who we can contact."),
            "contact_email": self.tr("Please give a contact email address."),
        }
        for name, message in required.items():
            if not getattr(details, name):
                found[name] = message
        if details.name and (problem := invisible_characters_problem(details.name)):
            found["name"] = problem
        if details.contact_email and ("@" not in details.contact_email or " " in details.contact_email):
            found["contact_email"] = self.tr("An email address looks like name@example.org.")
        if details.charity_number and (problem := charity_number_problem(details.charity_number)):
            found["charity_number"] = core_word(problem)
        elif not details.charity_number and details.legal_form is LegalForm.CIO:
            found["charity_number"] = self.tr("A CIO must give its charity number.")
        if details.company_number and (problem := company_number_problem(details.company_number)):
            found["company_number"] = core_word(problem)
        elif not details.company_number and details.legal_form in COMPANY_FORMS:
            found["company_number"] = self.tr("A company must give its Companies House number.")
        profile = Profile(details.legal_form, details.income_band, frozenset(details.activities))
        for contradiction in contradictions(
            profile, details.staff_count, details.volunteer_count, details.charity_number, details.company_number
        ):
            if contradiction.must_fix:  # it would leave out criteria that apply: the wizard stops here
                found.setdefault(contradiction.field, sentence(contradiction.message))
        if which is not None:
            found = {name: text for name, text in found.items() if name in SECTIONS[which]}
        return found

    def show_problems(self, which: str | None = None) -> dict[str, str]:
        """Show each problem under its field (and clear fixed ones); returns them."""
        found = self.problems(which)
        names = SECTIONS[which] if which else tuple(self.errors)
        for name in names:
            if name in self.errors:
                label = self.errors[name]
                label.setText(found.get(name, ""))
                label.setVisible(name in found)
        return found

    def focus_field(self, name: str) -> None:
        widget = getattr(self, name, None)
        if isinstance(widget, QWidget):
            widget.setFocus()
