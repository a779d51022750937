"""Sentences the Qt-free packages say to a user, kept so that the GUI can say them in another language.

The core must not import Qt, so it cannot call ``tr()``. Instead it writes each sentence a user may read — an
error, a profile check — as ``say("The file {name} could not be read.", name=…)``. The result *is* the English
sentence (a ``str``: the CLI, the logs and the tests read it as before), and it remembers its template and values.
The GUI translates the template and fills in the values (``ui/core_sentences.py``); ``scripts/translations.py``
finds every ``say("…")`` in the Qt-free packages and gives lupdate the templates, so each is in every translation.

A value that is itself said (``say`` again) is translated the same way; one of the fixed words of ``ui/core_words``
(a status, a legal form, an activity) is marked with ``Word`` so that it is translated as that word. Anything else —
a date (a ``datetime.date``) is written "2 September 2025" in English and in the language shown in the GUI;
anything else — a file name, a number — is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from kitemark_app.core.dates import long_day


class Word(str):
    """One of the fixed words the GUI translates on its own (``ui/core_words.WORDS``)."""

    __slots__ = ()


class Said(str):
    """An English sentence made from ``template`` (``str.format`` fields) and ``values``."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Said:
        made = super().__new__(cls, template.format(**{name: _english(value) for name, value in values.items()}))
        made.template = template
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[object, tuple[str, Mapping[str, object]]]:
        # pickled (a verifier child's error crossing a pipe) and copied as what it is, not as a plain str
        return (Said, (self.template, dict(self.values)))


def _english(value: object) -> str:
    return long_day(value) if isinstance(value, date) else str(value)


def say(template: str, /, **values: object) -> Said:
    """The English sentence ``template.format(**values)``, translatable where it is shown.

    ``template`` must be a literal at the call (the translation script reads it from the source).
    """
    return Said(template, values)


def said_by(error: BaseException) -> str:
    """The one sentence of ``error``, still translatable when it was said (``str()`` would make it plain), to put in
    another sentence as a value."""
    said = error.args[0] if len(error.args) == 1 else None
    return said if isinstance(said, Said) else str(error)


def joined(items: Sequence[str]) -> str:
    """ "a, b, c", each item kept as it was said ("" for none)."""
    if len(items) <= 1:
        return items[0] if items else ""
    return say("{first}, {rest}", first=items[0], rest=joined(items[1:]))


def listed(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c", each item kept as it was said ("" for none)."""
    if len(items) < 2:
        return joined(items)
    if len(items) == 2:
        return say("{first} and {last}", first=items[0], last=items[1])
    return say("{first}, {rest}", first=items[0], rest=listed(items[1:]))
