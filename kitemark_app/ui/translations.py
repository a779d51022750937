"""The GUI's translations (``resources/translations/``) and the language it is shown in.

English is a translation too: it gives the plural forms of the messages with a count ("%n action(s)" → "1 action",
"2 actions"); ``scripts/translations.py`` makes it, and every other language's ``kitemark_<code>.qm`` (with Qt's own
words, the standard buttons and menus, in ``qtbase_<code>.qm``). The language shown is, in this order: the
``KITEMARK_LANGUAGE`` environment variable, the choice made in View → Language (kept in QSettings), the system's
language; it is chosen once, at start-up.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from kitemark_app.paths import resource

PLURALS = "kitemark_en.qm"
LANGUAGE_ENV = "KITEMARK_LANGUAGE"
LANGUAGE_KEY = "view/language"
#: The languages the app can be shown in, each named in its own language (for the menu).
LANGUAGES = {"en": "English", "bn": "বাংলা"}
#: Fonts bundled for a language's script, so that it shows on a computer without one (e.g. Windows without Bengali).
SCRIPT_FONTS = {"bn": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf")}
_SHOWN = "kitemark_language"  # the application property that holds the language in force


def install_translations(app: QCoreApplication) -> QTranslator | None:
    """Install the English plural forms on ``app`` (a later translation of another language takes precedence)."""
    translator = QTranslator(app)
    if not translator.load(str(resource("translations", PLURALS))):
        return None
    app.installTranslator(translator)
    return translator


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that the app has, else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings, locale: QLocale | None = None) -> str:
    """``KITEMARK_LANGUAGE`` if it names a language the app has, then the stored choice, then the system's."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    stored = settings.value(LANGUAGE_KEY)
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    return system_language(locale)


def remember_language(settings: QSettings, code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"no translation for {code!r}")
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def install_language(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Show the GUI in ``code``: its translations on top of the English plural forms, and its script's fonts."""
    app.setProperty(_SHOWN, code)
    if code == "en":
        return []
    installed = []
    for name in (f"qtbase_{code}.qm", f"kitemark_{code}.qm"):  # the app's own words last, so they win
        translator = QTranslator(app)
        if translator.load(str(resource("translations", name))):
            app.installTranslator(translator)
            installed.append(translator)
    for font in SCRIPT_FONTS.get(code, ()):
        QFontDatabase.addApplicationFont(str(resource("fonts", font)))
    return installed


def shown_language() -> str:
    """The language the GUI was started in ("en" before ``install_language``)."""
    app = QCoreApplication.instance()
    code = app.property(_SHOWN) if app is not None else None
    return code if isinstance(code, str) else "en"


def translated_in(code: str, context: str, source: str) -> str:
    """``source`` in language ``code`` whatever language is shown (for a message about changing language)."""
    if code != "en":
        translator = QTranslator()
        if translator.load(str(resource("translations", f"kitemark_{code}.qm"))):
            return translator.translate(context, source) or source
    return source
