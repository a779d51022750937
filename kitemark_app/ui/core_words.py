"""The words the Qt-free packages hand the GUI to show: answer and action statuses, verdicts, outcomes, the profile's
legal forms, income bands and activities, the register's states, and two fixed form checks.

They are plain English in ``core/``, ``review/`` and ``register/`` (which must not import Qt), so ``lupdate`` cannot
see them where they are shown. They are listed here once with ``QT_TRANSLATE_NOOP`` so that they are in every
translation, and shown through ``core_word``. ``tests/ui/test_translations_bn.py`` fails if one of those packages
gains a word that is not listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreWords"

WORDS = frozenset(
    {
        # core.status.ResponseStatus
        QT_TRANSLATE_NOOP("CoreWords", "Not started"),
        QT_TRANSLATE_NOOP("CoreWords", "Met"),
        QT_TRANSLATE_NOOP("CoreWords", "Partly met"),
        QT_TRANSLATE_NOOP("CoreWords", "Not met"),
        QT_TRANSLATE_NOOP("CoreWords", "Not applicable"),
        # core.status.ActionStatus
        QT_TRANSLATE_NOOP("CoreWords", "Open"),
        QT_TRANSLATE_NOOP("CoreWords", "In progress"),
        QT_TRANSLATE_NOOP("CoreWords", "Done"),
        # review.terms.Verdict (Met, Not met as above)
        QT_TRANSLATE_NOOP("CoreWords", "Met with conditions"),
        QT_TRANSLATE_NOOP("CoreWords", "More information needed"),
        # review.terms.Decision
        QT_TRANSLATE_NOOP("CoreWords", "Kitemark awarded"),
        QT_TRANSLATE_NOOP("CoreWords", "Resubmission requested"),
        QT_TRANSLATE_NOOP("CoreWords", "Not awarded"),
        # core.profile.LEGAL_FORM_LABELS
        QT_TRANSLATE_NOOP("CoreWords", "Unincorporated association"),
        QT_TRANSLATE_NOOP("CoreWords", "Charitable trust"),
        QT_TRANSLATE_NOOP("CoreWords", "Charitable incorporated organisation (CIO)"),
        QT_TRANSLATE_NOOP("CoreWords", "Charitable company limited by guarantee"),
        QT_TRANSLATE_NOOP("CoreWords", "Community interest company (CIC)"),
        QT_TRANSLATE_NOOP("CoreWords", "Community benefit society"),
        # core.profile.INCOME_BAND_LABELS
        QT_TRANSLATE_NOOP("CoreWords", "Under £10,000"),
        QT_TRANSLATE_NOOP("CoreWords", "£10,000 to £24,999"),
        QT_TRANSLATE_NOOP("CoreWords", "£25,000 to £99,999"),
        QT_TRANSLATE_NOOP("CoreWords", "£100,000 to £249,999"),
        QT_TRANSLATE_NOOP("CoreWords", "£250,000 to £999,999"),
        QT_TRANSLATE_NOOP("CoreWords", "£1 million or more"),
        # core.profile.ACTIVITY_LABELS
        QT_TRANSLATE_NOOP("CoreWords", "Works with children or young people"),
        QT_TRANSLATE_NOOP("CoreWords", "Works with adults at risk"),
        QT_TRANSLATE_NOOP("CoreWords", "Employs paid staff"),
        QT_TRANSLATE_NOOP("CoreWords", "Uses volunteers"),
        QT_TRANSLATE_NOOP("CoreWords", "Holds personal data about people"),
        QT_TRANSLATE_NOOP("CoreWords", "Runs or manages premises"),
        # core.profile: the two number checks
        QT_TRANSLATE_NOOP(
            "CoreWords",
            "A charity number is 6 or 7 digits (with -1, -2… for a linked charity), or SC and 6 digits in Scotland.",
        ),
        QT_TRANSLATE_NOOP(
            "CoreWords",
            "A Companies House number is 8 digits (keep leading zeros), or 2 letters and 6 digits (e.g. SC123456).",
        ),
        # register.workflow.LABELS
        QT_TRANSLATE_NOOP("CoreWords", "Received"),
        QT_TRANSLATE_NOOP("CoreWords", "Assigned"),
        QT_TRANSLATE_NOOP("CoreWords", "In review"),
        QT_TRANSLATE_NOOP("CoreWords", "Ready for moderation"),
        QT_TRANSLATE_NOOP("CoreWords", "Approved"),
        QT_TRANSLATE_NOOP("CoreWords", "Review sent"),
    }
)


def core_word(text: str) -> str:
    """``text`` (one of ``WORDS``) in the language shown; any other text unchanged."""
    return QCoreApplication.translate(CONTEXT, text)
