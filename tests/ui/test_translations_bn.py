"""The Bengali translation is whole: every message of ui/ is in kitemark_bn.ts and translated there, nothing shown
escapes lupdate, the committed .qm files are what the .ts give, and the app shows Bengali when asked to — by
``KITEMARK_LANGUAGE``, by the choice made in View → Language, or by the system's language."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox

from kitemark_app.ui import translations
from kitemark_app.ui.translations import LANGUAGE_ENV, chosen_language, install_language, remember_language

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "kitemark_app" / "ui"
FOLDER = ROOT / "kitemark_app" / "resources" / "translations"
BENGALI = re.compile("[\u0980-\u09ff]")
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{[^}]*\}|<[^>]+>")

#: tr()/translate() calls whose text is not a literal, each reviewed: the values come from a table of
#: QT_TRANSLATE_NOOP entries (in the same context), or are one of core_words.WORDS. A new one fails the test until
#: someone checks that lupdate sees its values, and adds it here.
REVIEWED_DYNAMIC = {
    ("action_model.py", "text"),  # _tr(): the QT_TRANSLATE_NOOP headers and core labels
    ("action_model.py", "_HEADERS[Column(section)]"),
    ("assessor/pack_history.py", "str(action)"),  # ACTION_WORDS
    ("assessor/queue.py", "str(text)"),  # FILTERS
    ("assessor/queue.py", "str(column)"),  # COLUMNS
    ("assessor/queue.py", "str(role)"),  # ROLE_WORDS
    ("assessor/register_dialog.py", "VERDICT_WORDS.get(pack.verdict, pack.verdict)"),
    ("assessor/speed.py", "text"),  # FILTERS
    ("core_words.py", "text"),
    ("evidence_dating.py", "SOURCE_WORDS.get(item.guess.source, item.guess.source)"),
    ("evidence_model.py", "text"),
    ("evidence_model.py", "_TYPES[media_type]"),
    ("evidence_model.py", "_HEADERS[Column(section)]"),
    ("evidence_model.py", "_HEADER_TIPS.get(Column(section), _HEADERS[Column(section)])"),
    ("language_menu.py", "RESTART"),
    ("language_menu.py", "FORCED"),
    ("translations.py", "source"),  # translated_in(): the language menu's RESTART in the language chosen
    ("navigation.py", "ASSESSOR_FLAGS[entry.assessor_verdict]"),
    ("problem_text.py", "source"),  # the QT_TRANSLATE_NOOP sentences of BY_KIND, PERSONAL, MISSING_FIELD, STALE
    ("problem_text.py", "reason_source(staleness)"),  # REASON
    ("local_dates.py", "_WESTERN_DIGITS"),  # str.translate (digits), not Qt's translate
    ("evidence_model.py", "_UNITS[unit]"),  # the QT_TRANSLATE_NOOP units
    ("core_sentences.py", "text.template"),  # every say() template: scripts/translations.py hands them to lupdate
    ("recheck_text.py", "message"),  # _FRAME and the QT_TRANSLATE_NOOP reasons
    ("framework_move_dialog.py", "text"),  # _said(): QT_TRANSLATE_NOOP where it is called
}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def scanned_messages(tmp_path: Path) -> set[tuple[str, str]]:
    """What lupdate finds in ui/ today, in a new .ts."""
    scan = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert scan is not None and scan.loader is not None
    script = importlib.util.module_from_spec(scan)
    scan.loader.exec_module(script)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [script.qt_tool("lupdate"), "-silent", "-locations", "none", *script.sources(everything=True), "-ts", str(fresh)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    return set(messages(fresh))


def test_every_message_in_the_sources_is_in_the_bengali_translation(tmp_path: Path) -> None:
    committed = set(messages(FOLDER / "kitemark_bn.ts"))
    missing = scanned_messages(tmp_path) - committed
    assert not missing, f"run scripts/translations.py and translate: {sorted(missing)[:5]}"
    assert len(committed) > 900


def test_every_bengali_message_is_translated_with_its_placeholders() -> None:
    for (context, source), message in messages(FOLDER / "kitemark_bn.ts").items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if message.get("numerus") == "yes":
            assert len(forms) == 2, (context, source)  # Qt's forms for Bengali: one, other
        for form in forms:
            assert form.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (source, form)
            assert source.count("&") == form.count("&"), (source, form)  # the Alt-key kept, e.g. "ফাইল (&F)"
            if re.search(r"[a-z]{4}", re.sub(r"%\d|<[^>]+>|\{[^}]*\}|\(\*[^)]*\)", "", source)) and not (
                re.fullmatch(r"[A-Za-z0-9\- ]+", source) or "@" in source
            ):
                assert BENGALI.search(form), (source, form)  # a sentence left in English


def test_the_committed_qm_files_are_what_the_ts_files_give(tmp_path: Path, monkeypatch) -> None:
    """The same check as tests/ui/test_plurals.py runs, shown to fail on a .qm that is behind its .ts."""
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    copy = tmp_path / "translations"
    shutil.copytree(FOLDER, copy)
    monkeypatch.setattr(script, "OUT", copy)
    monkeypatch.setattr(sys, "argv", ["translations.py", "--check"])
    assert script.main() == 0
    ts = copy / "kitemark_bn.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">সংস্করণ %1<", ">সংস্করণ: %1<"), encoding="utf-8")
    assert script.main() == 1
    shutil.copyfile(FOLDER / "kitemark_bn.ts", ts)
    (copy / "qtbase_bn.qm").write_bytes(b"")
    assert script.main() == 1


def _context_of(node: ast.Call, classes: list[str]) -> str | None:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name in ("translate", "QT_TRANSLATE_NOOP"):
        first = node.args[0] if node.args else None
        return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
    if name == "tr" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return classes[-1] if func.value.id == "self" and classes else f"<{func.value.id}.tr: use translate()>"
    return None


def test_nothing_shown_escapes_lupdate() -> None:
    """Every tr()/translate() of ui/ with a literal text is in the .ts under the context Qt looks it up in; every
    other one is reviewed (REVIEWED_DYNAMIC); a tr() on another object (``parent.tr``) is refused, as Qt would
    look it up under that object's class, not the one lupdate gives it."""
    known = set(messages(FOLDER / "kitemark_bn.ts"))
    problems, dynamic = [], set()

    class Visitor(ast.NodeVisitor):
        def __init__(self, path: str) -> None:
            self.path, self.classes = path, []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in ("tr", "_tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP") and node.args:
                text = (
                    node.args[1] if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) > 1 else node.args[0]
                )
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    context = _context_of(node, self.classes)
                    if name == "_tr" or context is None or (context, text.value) not in known:
                        problems.append(f"{self.path}:{node.lineno} {context} {text.value[:50]!r}")
                else:
                    dynamic.add((self.path, ast.unparse(text)))
            self.generic_visit(node)

    for path in sorted(UI.rglob("*.py")):
        Visitor(path.relative_to(UI).as_posix()).visit(ast.parse(path.read_text(encoding="utf-8")))
    assert not problems, problems
    assert dynamic <= REVIEWED_DYNAMIC, sorted(dynamic - REVIEWED_DYNAMIC)


def test_every_word_the_core_hands_the_gui_is_translated() -> None:
    from kitemark_app.core import profile
    from kitemark_app.core.status import ActionStatus, ResponseStatus
    from kitemark_app.register import workflow
    from kitemark_app.review.terms import Decision, Verdict
    from kitemark_app.ui.core_words import WORDS

    shown = {status.label for status in (*ResponseStatus, *ActionStatus)}
    shown |= {verdict.label for verdict in Verdict} | {decision.label for decision in Decision}
    shown |= set(profile.LEGAL_FORM_LABELS.values()) | set(profile.INCOME_BAND_LABELS.values())
    shown |= set(profile.ACTIVITY_LABELS.values()) | set(workflow.LABELS.values())
    shown |= {profile.charity_number_problem("12"), profile.company_number_problem("12")} - {None}
    assert shown <= WORDS, sorted(shown - WORDS)
    known = messages(FOLDER / "kitemark_bn.ts")
    assert all(("CoreWords", word) in known for word in WORDS)


# --- the language shown ---------------------------------------------------------------------------------------


def test_the_choice_is_remembered_and_the_environment_overrides_it(settings: QSettings, monkeypatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    english, bengali = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), QLocale("bn_BD")
    assert chosen_language(settings, english) == "en"
    assert chosen_language(settings, bengali) == "bn"  # the system's language when nothing was chosen
    remember_language(settings, "bn")
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert chosen_language(reread, english) == "bn"
    remember_language(reread, "en")
    assert chosen_language(QSettings(settings.fileName(), QSettings.Format.IniFormat), bengali) == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "bn")
    assert chosen_language(reread, english) == "bn"
    monkeypatch.setenv(LANGUAGE_ENV, "EN")
    remember_language(reread, "bn")
    assert chosen_language(reread, bengali) == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "klingon")  # a language the app does not have: as if unset
    assert chosen_language(reread, english) == "bn"
    with pytest.raises(ValueError):
        remember_language(reread, "klingon")


def test_the_language_menu_stores_the_choice_and_says_when_it_applies(
    open_app, started_folder: Path, settings: QSettings, monkeypatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    remember_language(settings, "en")  # whatever the system's language
    window = open_app(started_folder).main_window
    entries = {action.text(): action for action in window.language_menu.actions()}
    assert set(entries) == {"English", "বাংলা"} and entries["English"].isChecked()
    entries["বাংলা"].trigger()
    assert settings.value(translations.LANGUAGE_KEY) == "bn" and entries["বাংলা"].isChecked()
    assert said == ["The language will change when you start Kitemark again.\n\nKitemark আবার চালু করলে ভাষা বদলে যাবে।"]


def test_with_kitemark_language_bn_the_main_window_is_in_bengali(
    qapp, open_app, started_folder: Path, settings: QSettings, monkeypatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "bn")
    assert chosen_language(settings) == "bn"
    installed = install_language(qapp, chosen_language(settings))
    try:
        window = open_app(started_folder).main_window
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["ফাইল (&F)", "সম্পাদনা (&E)", "দেখুন (&V)", "সাহায্য (&H)"]
        assert [a.text() for a in window.language_menu.actions()] == ["English", "বাংলা"]
        assert window.language_menu.actions()[1].isChecked()
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "বাতিল"  # Qt's own buttons too
        window.navigate("overview")
        shown = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible()]
        shown += [action.text() for menu in window.menuBar().actions() for action in menu.menu().actions()]
        english = {
            source
            for (_context, source), message in messages(FOLDER / "kitemark_bn.ts").items()
            if BENGALI.search(ET.tostring(message, encoding="unicode")) and re.search("[a-z]{3}", source)
        }
        assert not english & set(shown), sorted(english & set(shown))
        assert sum(bool(BENGALI.search(text)) for text in shown) > 20
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp.setProperty("kitemark_language", "en")


def test_the_welcome_screen_offers_the_language_too(qtbot, settings: QSettings, monkeypatch) -> None:
    from PySide6.QtWidgets import QComboBox

    from kitemark_app.ui.welcome import WelcomeScreen

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    remember_language(settings, "en")  # whatever the system's language
    welcome = WelcomeScreen(settings=settings)
    qtbot.addWidget(welcome)
    box = welcome.findChild(QComboBox, "language_box")
    assert box.currentText() == "English" and said == []
    box.setCurrentIndex(box.findData("bn"))
    assert settings.value(translations.LANGUAGE_KEY) == "bn"
    assert len(said) == 1 and "Kitemark আবার চালু করলে ভাষা বদলে যাবে।" in said[0]


def test_with_kitemark_language_bn_the_assessor_window_is_in_bengali(qapp, qtbot, data_dir: Path, monkeypatch) -> None:
    from kitemark_app.ui.assessor.window import AssessorWindow

    monkeypatch.setenv(LANGUAGE_ENV, "bn")
    installed = install_language(qapp, chosen_language(QSettings()))
    try:
        window = AssessorWindow(data_dir)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["ফাইল (&F)", "পর্যালোচনা (&W)", "রেজিস্টার (&G)", "দেখুন (&E)"]
        assert [action.text() for action in window.language_menu.actions()] == ["English", "বাংলা"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp.setProperty("kitemark_language", "en")
