"""A gap in the numbering is explained where it is seen: the navigation shows GOV-01, GOV-03 and, at the end of the
area, "GOV-02, GOV-04, … do not apply to you", whose tooltip says why for each (the level aimed for, the legal
form, the activities ticked). The line is not a page: choosing it leaves the page shown as it is."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kitemark_app.ui.navigation import TARGET_ROLE
from tests.ui.test_criterion_page import CRITERION, window  # noqa: F401  (the main window fixture)

# The tests' organisation (tests/profiles.py): a CIO with £25,000-£99,999, working with children and using
# volunteers, aiming for Foundation.


def test_an_area_with_gaps_ends_with_a_line_saying_which_do_not_apply_and_why(qtbot, window) -> None:  # noqa: F811
    model = window.navigation.nav_model
    governance = next(area for area in model._outline.areas if area.id == "GOV")
    assert [entry.id for entry in governance.criteria] == ["GOV-01", "GOV-03"]  # the gap
    line = model.left_out_item("GOV")
    assert line is not None and line.parent() is model.itemFromIndex(model.index_of("area:GOV"))
    assert line.row() == line.parent().rowCount() - 1  # after the criteria
    assert line.text() == "GOV-02, GOV-04, GOV-05, GOV-06 do not apply to you"
    why = line.toolTip().splitlines()
    assert why[0].startswith("GOV-02 ") and why[0].endswith(
        "does not apply to you: it is part of the Commissioning-ready level, and you are aiming for Foundation."
    )
    assert why[1].endswith(
        "does not apply to you: it is only for these legal forms: Charitable company limited by guarantee; "
        "Community interest company (CIC)."
    )
    assert line.data(Qt.ItemDataRole.AccessibleTextRole) == line.toolTip()  # what a screen reader reads


def test_one_criterion_left_out_is_said_in_the_singular_and_an_activity_names_the_tick(window) -> None:  # noqa: F811
    model = window.navigation.nav_model
    assert model.left_out_item("SAF").text() == "SAF-05 does not apply to you"
    people = model.left_out_item("PPL").toolTip()
    assert "PPL-03 " in people and "it applies only when your profile ticks one of: Employs paid staff." in people


def test_an_area_where_nothing_applies_is_listed_with_its_reason(window) -> None:  # noqa: F811
    model = window.navigation.nav_model
    area = model.itemFromIndex(model.index_of("area:DPR"))
    assert area is not None and area.rowCount() == 1  # no criterion, just the line
    assert area.child(0).text().endswith("do not apply to you")
    assert "Holds personal data about people" in area.child(0).toolTip()


def test_the_line_is_not_a_page(qtbot, window) -> None:  # noqa: F811
    navigation = window.navigation
    line = navigation.nav_model.left_out_item("GOV")
    assert not line.flags() & Qt.ItemFlag.ItemIsSelectable and line.data(TARGET_ROLE) == ""
    assert window.current_target() == f"criterion:{CRITERION}"
    navigation.setCurrentIndex(line.index())  # the arrow keys can reach it, for its spoken explanation
    assert window.current_target() == f"criterion:{CRITERION}"  # the page shown stays


def test_the_explanation_follows_the_profile(qtbot, window) -> None:  # noqa: F811
    window.navigate("profile")
    fields = window.pages["profile"].fields
    from kitemark_app.core.profile import LegalForm

    with qtbot.waitSignal(window.navigation.criteria_changed, timeout=10_000):
        fields.legal_form.setCurrentIndex(fields.legal_form.findData(LegalForm.CIC.value))
        window.autosaver.flush()
    line = window.navigation.nav_model.left_out_item("GOV")
    assert "GOV-04" not in line.text() and "GOV-05" not in line.text() and "GOV-03" in line.text()
