"""The readiness check's problems in the language the GUI is shown in.

``core/readiness.py`` (Qt-free) writes each problem as an English sentence; in English that sentence is shown as it
is. In another language the sentences with a fixed shape are said from the translation, with the criterion's id and
title and the file's title put in; a problem whose words come from elsewhere (a freshness rule or a reason written
in the framework, a profile check's explanation) stays in English. ``tests/ui/test_problem_text.py`` checks that each
English source below, filled in, is word for word the core's sentence, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kitemark_app.core.readiness import CONTAINS_PERSONAL_DATA, MAY_NAME_PEOPLE, Problem
from kitemark_app.ui.translations import shown_language

CONTEXT = "ProblemText"
_PLACEHOLDER = re.compile(r"%([12])")
Translate = Callable[[str, str], str]

#: A criterion's problems by kind: %1 is "ID Title".
BY_KIND = {
    "unanswered-mandatory": QT_TRANSLATE_NOOP("ProblemText", "%1 — mandatory, not answered yet."),
    "unanswered": QT_TRANSLATE_NOOP("ProblemText", "%1 — not answered yet."),
    "na-without-reason": QT_TRANSLATE_NOOP("ProblemText", "%1 — not applicable, but no reason given."),
    "mandatory-not-met": QT_TRANSLATE_NOOP(
        "ProblemText", "%1 — mandatory and not met; add an action saying how and when it will be met."
    ),
    "mandatory-without-evidence": QT_TRANSLATE_NOOP("ProblemText", "%1 — mandatory, no evidence linked."),
}
#: A file's personal data, by the core's reason: %1 is "ID Title", %2 the file's title.
PERSONAL = {
    CONTAINS_PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "ProblemText",
        "%1 — '%2' contains personal data: send a copy with the personal parts hidden (or a summary), or send it "
        "as it is if the assessor needs them.",
    ),
    MAY_NAME_PEOPLE: QT_TRANSLATE_NOOP(
        "ProblemText",
        "%1 — '%2' may name people (this criterion's evidence often does): say whether it does in the evidence "
        "library, then hide the personal parts or send it as it is.",
    ),
}
#: The profile's missing fields, by field (the core's words for a CIO and a company included).
MISSING_FIELD = {
    "name": QT_TRANSLATE_NOOP("ProblemText", "The profile has no organisation name."),
    "address": QT_TRANSLATE_NOOP("ProblemText", "The profile has no address."),
    "contact_name": QT_TRANSLATE_NOOP("ProblemText", "The profile has no contact person."),
    "contact_email": QT_TRANSLATE_NOOP("ProblemText", "The profile has no contact email."),
    "charity_number": QT_TRANSLATE_NOOP("ProblemText", "A CIO must give its charity number."),
    "company_number": QT_TRANSLATE_NOOP("ProblemText", "A company must give its Companies House number."),
}


def _qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def source_sentence(problem: Problem) -> str | None:
    """The English source that says ``problem`` (still with %1 and %2), or None when it has no fixed shape."""
    if problem.kind in BY_KIND and problem.title:
        return BY_KIND[problem.kind]
    if problem.kind == "personal-data" and problem.title and problem.evidence_title:
        return next((source for reason, source in PERSONAL.items() if problem.message.endswith(reason)), None)
    if problem.kind == "missing-profile-field":
        return MISSING_FIELD.get(problem.profile_field)
    return None


def fill(sentence: str, problem: Problem) -> str:
    """``sentence`` with %1 (the criterion's id and title) and %2 (the file's title) put in, in one pass."""
    values = {"1": f"{problem.criterion} {problem.title}", "2": problem.evidence_title}
    return _PLACEHOLDER.sub(lambda found: values[found.group(1)], sentence)


def problem_text(problem: Problem, translate: Translate = _qt_translate) -> str:
    """What the GUI shows for ``problem``: the core's sentence in English, else its translation where it has one."""
    if shown_language() == "en":
        return problem.message
    source = source_sentence(problem)
    if source is None:
        return problem.message
    return fill(translate(CONTEXT, source), problem)
