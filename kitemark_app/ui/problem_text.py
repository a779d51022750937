"""The readiness check's problems in the language the GUI is shown in.

``core/readiness.py`` (Qt-free) writes each problem as an English sentence; in English that sentence is shown as it
is. In another language the sentences with a fixed shape are said from the translation, with the criterion's id and
title, the file's title, its dates and the freshness rule put in; a problem whose words come from elsewhere (a
reason written in the framework for a re-check, a profile check's explanation) stays in English. ``tests/ui/test_problem_text.py`` checks that each
English source below, filled in, is word for word the core's sentence, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kitemark_app.core.freshness import Staleness
from kitemark_app.core.readiness import CONTAINS_PERSONAL_DATA, MAY_NAME_PEOPLE, Problem
from kitemark_app.ui.core_sentences import sentence
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.translations import shown_language

CONTEXT = "ProblemText"
_PLACEHOLDER = re.compile(r"%([123])")
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


#: Why a file is out of date, by ``Staleness.kind``: the end of a sentence that begins with the file's title.
REASON = {
    "future": QT_TRANSLATE_NOOP("ProblemText", "is dated %1, which is in the future; check the date"),
    "review-due": QT_TRANSLATE_NOOP("ProblemText", "was due for review by %1"),
    "no-date": QT_TRANSLATE_NOOP("ProblemText", "has no date; %1"),
    "too-old": QT_TRANSLATE_NOOP("ProblemText", "is dated %1, more than %2 months ago (%3)"),
}
#: An out-of-date file's problem: %1 is "ID Title", %2 the file's title, %3 the reason.
STALE = QT_TRANSLATE_NOOP("ProblemText", "%1 — '%2' %3.")
STALE_KINDS = ("stale-evidence", "undated-evidence")


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
    if problem.kind in STALE_KINDS and problem.staleness is not None and problem.title and problem.evidence_title:
        return STALE
    return None


def put_in(sentence: str, *values: str) -> str:
    """``sentence`` with %1, %2, %3 replaced by ``values``, in one pass (a value holding "%2" stays as it is)."""
    return _PLACEHOLDER.sub(lambda found: values[int(found.group(1)) - 1], sentence)


def fill(sentence: str, problem: Problem, reason: str = "") -> str:
    """``sentence`` with %1 (the criterion's id and title), %2 (the file's title) and %3 (``reason``) put in."""
    return put_in(sentence, f"{problem.criterion} {problem.title}", problem.evidence_title, reason)


def reason_source(staleness: Staleness) -> str:
    return REASON[staleness.kind]


def reason_values(staleness: Staleness, day_words: Callable[[date], str], english: bool) -> tuple[str, ...]:
    """What goes into the reason's placeholders: the date in words, the months, the rule (as the core writes them
    in English: a rule that ends a sentence is in lower case; another language's rule is kept as written)."""
    day = day_words(staleness.day) if staleness.day is not None else ""
    rule = staleness.rule.rstrip(".।")  # the full stop, or the danda of a Bengali rule
    if staleness.kind == "no-date":
        return (rule.lower() if english else rule,)
    return (day, str(staleness.months), rule)


def reason_text(staleness: Staleness, translate: Translate = _qt_translate) -> str:
    """Why a file is out of date, in the language shown (the core's words in English)."""
    if shown_language() == "en":
        return staleness.sentence()
    return put_in(translate(CONTEXT, reason_source(staleness)), *reason_values(staleness, long_day, english=False))


def problem_text(problem: Problem, translate: Translate = _qt_translate) -> str:
    """What the GUI shows for ``problem``: the core's sentence in English, else its translation where it has one."""
    if shown_language() == "en":
        return problem.message
    source = source_sentence(problem)
    if source is None:
        return sentence(problem.message)
    reason = reason_text(problem.staleness, translate) if problem.staleness is not None else ""
    return fill(translate(CONTEXT, source), problem, reason)
