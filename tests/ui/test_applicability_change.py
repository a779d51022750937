"""Changing the profile changes what applies: the main window says which criteria came and went, and the
navigation keeps its place (the page shown, the areas left open or closed)."""

from __future__ import annotations

from kitemark_app.core.profile import Activity
from tests.ui.test_criterion_page import window  # noqa: F401  (the main window fixture)


def test_criteria_that_go_and_come_back_are_named_and_the_navigation_keeps_its_place(qtbot, window) -> None:  # noqa: F811
    navigation = window.navigation
    window.navigate("profile")
    first_area = navigation.nav_model._outline.areas[0].id
    navigation.setExpanded(navigation.nav_model.index_of(f"area:{first_area}"), False)  # the person closed it
    before = navigation.nav_model.criterion_ids()
    fields = window.pages["profile"].fields
    with qtbot.waitSignal(navigation.criteria_changed, timeout=10_000) as went:
        fields.volunteer_count.setValue(0)
        fields.activities[Activity.USES_VOLUNTEERS].setChecked(False)
        window.autosaver.flush()
    added, removed = went.args
    assert added == [] and removed and set(removed) <= set(before)
    assert not set(removed) & set(navigation.nav_model.criterion_ids())
    said = window.statusBar().currentMessage()
    assert said.startswith(f"{len(removed)} criteria no longer apply: {removed[0]}") or said == (
        f"1 criterion no longer applies: {removed[0]}."
    )
    assert navigation.current_target() == "profile"
    assert not navigation.isExpanded(navigation.nav_model.index_of(f"area:{first_area}"))  # still closed
    with qtbot.waitSignal(navigation.criteria_changed, timeout=10_000) as came:
        fields.activities[Activity.USES_VOLUNTEERS].setChecked(True)
        fields.volunteer_count.setValue(8)
        window.autosaver.flush()
    assert sorted(came.args[0]) == sorted(removed) and came.args[1] == []
    assert window.statusBar().currentMessage().startswith("Now ")
    assert "more criteria apply" in window.statusBar().currentMessage() or "more criterion applies" in (
        window.statusBar().currentMessage()
    )
