"""The GUI's translations (``resources/translations/``). English is one too: it gives the plural forms of the
messages with a count ("%n action(s)" → "1 action", "2 actions"); ``scripts/translations.py`` makes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from kitemark_app.paths import resource

PLURALS = "kitemark_en.qm"


def install_translations(app: QCoreApplication) -> QTranslator | None:
    """Install the English plural forms on ``app`` (a later translation of another language takes precedence)."""
    translator = QTranslator(app)
    if not translator.load(str(resource("translations", PLURALS))):
        return None
    app.installTranslator(translator)
    return translator
