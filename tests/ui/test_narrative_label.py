"""The narrative box asks for what fits the answer: how it is met, what is missing, or optional notes."""

from __future__ import annotations

import pytest

from kitemark_app.core.status import ResponseStatus
from tests.ui.test_criterion_page import window  # noqa: F401  (the page's fixture)


@pytest.mark.parametrize(
    ("status", "label", "name"),
    [
        (ResponseStatus.MET, "How you meet this criterion", "How you meet this criterion"),
        (ResponseStatus.PARTLY_MET, "How you meet this criterion", "How you meet this criterion"),
        (ResponseStatus.NOT_MET, "What is missing, and what you will do about it", "What is missing"),
        (ResponseStatus.NOT_APPLICABLE, "Anything else the assessor should know (optional)", "Other notes"),
    ],
)
def test_the_narrative_label_follows_the_answer(window, status: ResponseStatus, label: str, name: str) -> None:  # noqa: F811
    page = window.criterion_page
    page.status_buttons[status].click()
    assert page.narrative_label.text().replace("&", "").startswith(label)
    assert page.narrative.accessibleName() == name
    assert page.narrative_label.buddy() is page.narrative
