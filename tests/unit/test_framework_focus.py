"""Which cycle the app works on when an organisation has several frameworks (services/overview.py): pairs of
(cycle id, framework id) written out by hand."""

from __future__ import annotations

from kitemark_app.services.overview import focus_cycle_id, latest_cycle_ids

# The Kitemark begun (1), a funder's checklist (2), the Kitemark moved to a new version (3), a governance check (4).
CYCLES = [(3, "kitemark"), (1, "kitemark"), (4, "governance"), (2, "funder")]


def test_the_latest_cycle_of_each_framework_in_the_order_they_began() -> None:
    assert latest_cycle_ids(CYCLES) == [3, 2, 4]
    assert latest_cycle_ids([]) == []


def test_the_framework_wanted_gives_its_latest_cycle() -> None:
    assert focus_cycle_id(CYCLES, "kitemark") == 3
    assert focus_cycle_id(CYCLES, "funder") == 2
    assert focus_cycle_id(CYCLES, "governance") == 4


def test_nothing_wanted_or_an_unknown_one_gives_the_first_framework_begun() -> None:
    assert focus_cycle_id(CYCLES, None) == 3
    assert focus_cycle_id(CYCLES, "") == 3
    assert focus_cycle_id(CYCLES, "gone") == 3
    assert focus_cycle_id([(7, "funder"), (9, "kitemark")], None) == 7


def test_no_cycle_gives_none() -> None:
    assert focus_cycle_id([], "kitemark") is None
