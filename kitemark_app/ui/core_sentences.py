"""What the Qt-free packages say (``kitemark_app.sentences``), in the language the GUI is shown in.

Every ``say("…")`` template is in the translations under the context ``CoreSentences`` (``scripts/translations.py``
hands them to lupdate). A translation keeps the template's ``{fields}``; a value that was itself said is translated
too, a fixed word (``Word``) through ``core_words``, a date as ``local_dates`` writes it. A sentence that was not said this way (a library's message, an
older file's text), or a translation that has lost one of its fields, is shown in English rather than not at all.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from kitemark_app.sentences import Said, Word
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day

CONTEXT = "CoreSentences"


def _value(value: object) -> str:
    if isinstance(value, Said):
        return sentence(value)
    if isinstance(value, Word):
        return core_word(value)
    if isinstance(value, date):
        return long_day(value)
    return str(value)


def sentence(text: str) -> str:
    """``text`` in the language shown when the core said it with ``say``; otherwise ``text`` as it is."""
    if not isinstance(text, Said):
        return str(text)
    translated = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return translated.format(**{name: _value(value) for name, value in text.values.items()})
    except (KeyError, IndexError, ValueError):
        return str(text)


def error_text(error: BaseException) -> str:
    """The one sentence to show for ``error``, translated when the core said it with ``say``."""
    if len(error.args) == 1 and isinstance(error.args[0], Said):
        return sentence(error.args[0])
    return str(error)
