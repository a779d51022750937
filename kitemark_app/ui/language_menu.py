"""View → Language (and the welcome screen's language box): English or বাংলা, remembered, in force from the next
start (it says so in both languages)."""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QMessageBox, QWidget

from kitemark_app import APP_NAME
from kitemark_app.ui.translations import (
    LANGUAGE_ENV,
    LANGUAGES,
    chosen_language,
    remember_language,
    shown_language,
    translated_in,
)

CONTEXT = "LanguageMenu"
RESTART = QT_TRANSLATE_NOOP("LanguageMenu", "The language will change when you start Kitemark again.")
FORCED = QT_TRANSLATE_NOOP(
    "LanguageMenu", "%1 is set to '%2' on this computer, so Kitemark keeps that language until it is removed."
)


def add_language_menu(parent: QWidget, menu: QMenu, settings: QSettings) -> QMenu:
    """The Language submenu of ``menu``: one checkable entry per language, the one chosen ticked."""
    submenu = menu.addMenu(QCoreApplication.translate("LanguageMenu", "Lan&guage"))
    submenu.setObjectName("language_menu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    current = chosen_language(settings)
    for code, name in LANGUAGES.items():
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: choose_language(parent, settings, str(action.data())))
    return submenu


def language_box(parent: QWidget, settings: QSettings) -> QWidget:
    """A "Language: [English ▾]" row for a screen without a menu bar (the welcome screen)."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QComboBox(row)
    box.setObjectName("language_box")
    box.setAccessibleName(QCoreApplication.translate("LanguageMenu", "Language"))
    current = chosen_language(settings)
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(list(LANGUAGES).index(current))
    box.currentIndexChanged.connect(lambda _index: choose_language(parent, settings, str(box.currentData())))
    label = QLabel(QCoreApplication.translate("LanguageMenu", "Lan&guage:"), row)
    label.setBuddy(box)
    layout.addWidget(label)
    layout.addWidget(box)
    layout.addStretch()
    return row


def choose_language(parent: QWidget, settings: QSettings, code: str) -> str:
    """Remember ``code`` and say when it takes effect; returns what was said."""
    if code == chosen_language(settings) and code == shown_language():
        return ""
    remember_language(settings, code)
    lines = [QCoreApplication.translate(CONTEXT, RESTART)]
    in_new_language = translated_in(code, CONTEXT, RESTART)
    if in_new_language not in lines:
        lines.append(in_new_language)
    forced = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in LANGUAGES and forced != code:
        lines.append(QCoreApplication.translate(CONTEXT, FORCED).replace("%1", LANGUAGE_ENV).replace("%2", forced))
    text = "\n\n".join(lines)
    QMessageBox.information(parent, APP_NAME, text)
    return text
