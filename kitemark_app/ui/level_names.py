"""A framework's words in the app's language (its own translations, ``core/framework_text``): its title and
description, and its levels in a combo box, each shown by its translated name and chosen by the framework's own
name, which is what is stored."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from kitemark_app.core.framework import Framework
from kitemark_app.core.framework_text import level_name, localised
from kitemark_app.ui.translations import shown_language


def fill_levels(combo: QComboBox, framework: Framework, keep: str = "") -> None:
    """Put ``framework``'s levels in ``combo``, the one named ``keep`` chosen when it has it."""
    combo.clear()
    language = shown_language()
    for name in framework.level_names:
        combo.addItem(level_name(framework, name, language), name)
    if keep in framework.level_names:
        combo.setCurrentIndex(framework.level_names.index(keep))


def chosen_level(combo: QComboBox) -> str:
    """The framework's own name of the level chosen in ``combo`` ("" when none is)."""
    value = combo.currentData()
    return value if isinstance(value, str) else ""


def shown(framework: Framework) -> Framework:
    """``framework`` with its own words (title, description, levels…) in the app's language where it has them."""
    return localised(framework, shown_language())
