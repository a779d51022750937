"""Why a carried answer should be checked again, in the language shown.

The reason is stored with the answer as the core wrote it in English when the framework moved to a new version
(``core/framework_carry.recheck_text``: "Version 2.0 changed this criterion: its wording changed. Check your answer
still answers it, then confirm it does."), so that it reads the same in the CLI, the reports and an older workspace.
Here it is read back by its known shapes and said again in the language shown; a reason of any other shape (a newer
or older wording) is shown as it was stored, whole, rather than half translated.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kitemark_app.ui.problem_text import put_in
from kitemark_app.ui.translations import shown_language

CONTEXT = "RecheckReason"
_WHOLE = re.compile(
    r"^Version (?P<version>.+?) changed this criterion: (?P<reasons>.+)\. "
    r"Check your answer still answers it, then confirm it does\.$",
    re.DOTALL,
)
_FRAME = QT_TRANSLATE_NOOP(
    "RecheckReason", "Version %1 changed this criterion: %2. Check your answer still answers it, then confirm it does."
)
#: Each reason ``core/framework_diff`` gives, as a pattern and the message it is translated by (%1, %2 in order).
_REASONS = (
    (re.compile(r"^its wording changed$"), QT_TRANSLATE_NOOP("RecheckReason", "its wording changed")),
    (re.compile(r"^it became mandatory for you$"), QT_TRANSLATE_NOOP("RecheckReason", "it became mandatory for you")),
    (
        re.compile(r"^its level changed from (.+) to (.+)$"),
        QT_TRANSLATE_NOOP("RecheckReason", "its level changed from %1 to %2"),
    ),
    (
        re.compile(r"^its evidence must now be at most (\d+) months old \(it was (\d+)\)$"),
        QT_TRANSLATE_NOOP("RecheckReason", "its evidence must now be at most %1 months old (it was %2)"),
    ),
    (
        re.compile(r"^its evidence must now be at most (\d+) months old$"),
        QT_TRANSLATE_NOOP("RecheckReason", "its evidence must now be at most %1 months old"),
    ),
    (
        re.compile(r"^it is one of the parts (.+) was split into$"),
        QT_TRANSLATE_NOOP("RecheckReason", "it is one of the parts %1 was split into"),
    ),
    (re.compile(r"^it combines (.+)$"), QT_TRANSLATE_NOOP("RecheckReason", "it combines %1")),
    (re.compile(r"^it was (.+)$"), QT_TRANSLATE_NOOP("RecheckReason", "it was %1")),
)


def _filled(message: str, *values: str) -> str:
    return put_in(QCoreApplication.translate(CONTEXT, message), *values)


def _reason(text: str) -> str | None:
    for pattern, message in _REASONS:
        if found := pattern.match(text):
            return _filled(message, *found.groups())
    return None


def recheck_text(stored: str) -> str:
    """``stored`` (a carried answer's re-check reason) in the language shown; as stored when it is English or not
    of a known shape."""
    whole = _WHOLE.match(stored)
    if shown_language() == "en" or whole is None:
        return stored
    reasons = [_reason(part) for part in whole["reasons"].split("; ")]
    if any(reason is None for reason in reasons):
        return stored
    return _filled(_FRAME, whole["version"], "; ".join(r for r in reasons if r is not None))
