"""What the Qt-free core says (its errors, the profile's checks), a carried answer's re-check reason, sizes and the
framework move's messages, in the Bengali GUI. Expected Bengali is read from kitemark_bn.ts with ElementTree, not
through the app's own translating."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from kitemark_app.core.framework_carry import recheck_text as stored_recheck
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile, contradictions
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import EvidenceStore
from kitemark_app.sentences import say
from kitemark_app.ui.core_sentences import error_text, sentence
from kitemark_app.ui.evidence_model import human_size
from kitemark_app.ui.recheck_text import recheck_text
from kitemark_app.ui.translations import LANGUAGE_ENV, chosen_language, install_language

TS = Path(__file__).resolve().parents[2] / "kitemark_app" / "resources" / "translations" / "kitemark_bn.ts"


def _translations() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(context.findtext("name", ""), message.findtext("source", ""))] = "".join(translation.itertext())
    return found


BN = _translations()


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.fixture
def bengali(qapp, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(LANGUAGE_ENV, "bn")
    installed = install_language(qapp, chosen_language(settings))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setProperty("kitemark_language", "en")


def test_every_core_sentence_is_in_bengali_with_the_same_fields() -> None:
    core = {source: text for (context, source), text in BN.items() if context == "CoreSentences"}
    assert len(core) > 250  # the errors of evidence, keys, backups, frameworks, reviews… (300 or so today)
    for source, text in core.items():
        words = re.sub(r"\{[^}]*\}", "", source)
        if re.search(r"[a-z]{3}", words):  # not only fields and punctuation ("{list}, {word}")
            assert re.search("[\u0980-\u09ff]", text), source
        assert _fields(text) == _fields(source), source


def test_a_core_error_is_shown_in_bengali_with_its_file_named(bengali, tmp_path: Path) -> None:
    folder = tmp_path / "Minutes 2025"
    folder.mkdir()
    with pytest.raises(KitemarkError) as raised:
        EvidenceStore(tmp_path / "store").check_source(folder)
    english = "'{name}' is a folder; choose the files inside it instead."
    assert str(raised.value) == english.format(name="Minutes 2025")  # the CLI's sentence, unchanged
    assert error_text(raised.value) == BN[("CoreSentences", english)].format(name="Minutes 2025")


def test_a_profile_contradiction_names_the_activity_in_bengali(bengali) -> None:
    profile = Profile(LegalForm.CIO, IncomeBand.UNDER_10K, frozenset())
    (found,) = contradictions(profile, staff=0, volunteers=12)
    template = (
        "The profile counts {count} volunteers, but '{activity}' is not ticked, so the criteria about volunteers "
        "are left out; tick it, or set the number to 0."
    )
    activity = BN[("CoreWords", Activity.USES_VOLUNTEERS.label)]
    assert sentence(found.message) == BN[("CoreSentences", template)].format(count=12, activity=activity)


def test_a_said_sentence_not_in_the_translation_is_shown_in_english(bengali) -> None:
    assert sentence(say("A sentence nobody translated, about {name}.", name="x")) == (
        "A sentence nobody translated, about x."
    )
    assert error_text(KitemarkError("A library's own words.")) == "A library's own words."


class _LosesAField(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "{other} ভাঙা অনুবাদ" if context == "CoreSentences" else ""


def test_a_translation_that_lost_a_field_falls_back_to_english(qapp) -> None:
    broken = _LosesAField()
    qapp.installTranslator(broken)
    try:
        assert sentence(say("Nothing at {path}.", path="C:/data")) == "Nothing at C:/data."
    finally:
        qapp.removeTranslator(broken)


REASONS = {
    "its wording changed": (),
    "it became mandatory for you": (),
    "its level changed from Foundation to Commissioning-ready": ("Foundation", "Commissioning-ready"),
    "its evidence must now be at most 12 months old (it was 24)": ("12", "24"),
    "its evidence must now be at most 12 months old": ("12",),
    "it is one of the parts GOV-01 'Governing document' was split into": ("GOV-01 'Governing document'",),
    "it combines GOV-01 'A' and GOV-02 'B'": ("GOV-01 'A' and GOV-02 'B'",),
    "it was GOV-01 'Governing document'": ("GOV-01 'Governing document'",),
}
SOURCES = {
    "its wording changed": "its wording changed",
    "it became mandatory for you": "it became mandatory for you",
    "its level changed from Foundation to Commissioning-ready": "its level changed from %1 to %2",
    "its evidence must now be at most 12 months old (it was 24)": (
        "its evidence must now be at most %1 months old (it was %2)"
    ),
    "its evidence must now be at most 12 months old": "its evidence must now be at most %1 months old",
    "it is one of the parts GOV-01 'Governing document' was split into": "it is one of the parts %1 was split into",
    "it combines GOV-01 'A' and GOV-02 'B'": "it combines %1",
    "it was GOV-01 'Governing document'": "it was %1",
}
FRAME = "Version %1 changed this criterion: %2. Check your answer still answers it, then confirm it does."


def _filled(text: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


@pytest.mark.parametrize("reason", list(REASONS))
def test_each_re_check_reason_the_core_stores_is_said_in_bengali(bengali, reason: str) -> None:
    stored = stored_recheck("2.0", [reason])  # as the core stores it with the carried answer
    reason_bn = _filled(BN[("RecheckReason", SOURCES[reason])], *REASONS[reason])
    assert recheck_text(stored) == _filled(BN[("RecheckReason", FRAME)], "2.0", reason_bn)


def test_several_reasons_are_joined_and_an_unknown_one_keeps_the_whole_reason_english(bengali) -> None:
    both = stored_recheck("2.0", ["its wording changed", "it became mandatory for you"])
    said = recheck_text(both)
    assert BN[("RecheckReason", "its wording changed")] in said
    assert BN[("RecheckReason", "it became mandatory for you")] in said and "changed" not in said
    odd = stored_recheck("2.0", ["its wording changed", "a reason a later version gives"])
    assert recheck_text(odd) == odd  # whole, not half translated


def test_in_english_the_reason_is_shown_as_stored(qapp) -> None:
    stored = stored_recheck("2.0", ["its wording changed"])
    assert recheck_text(stored) == stored


def test_sizes_take_the_units_of_the_language_shown(bengali) -> None:
    assert human_size(999) == BN[("FileSize", "%1 B")].replace("%1", "999")
    assert human_size(1_234_567) == BN[("FileSize", "%1 MB")].replace("%1", "1.2")
    assert BN[("FileSize", "%1 B")] != "%1 B"  # bytes are বাইট; KB, MB and GB stay as the sector writes them


def test_the_framework_move_offers_levels_and_says_why_not_in_bengali(qtbot, data_dir: Path, tmp_path: Path, bengali):
    from dataclasses import replace

    import yaml

    from kitemark_app.core.framework import parse_framework
    from kitemark_app.paths import default_framework_text
    from kitemark_app.services.framework_move import preview_move
    from kitemark_app.services.workspace import Workspace
    from kitemark_app.ui.framework_move_dialog import FrameworkMoveDialog
    from tests.integration.test_framework_move import VERSION_2, _answered

    _answered(data_dir, tmp_path / "files")
    with Workspace.open(data_dir) as workspace:
        preview = preview_move(workspace, VERSION_2)
    shipped = parse_framework(default_framework_text())  # a version whose levels have Bengali names
    levels = yaml.safe_load(default_framework_text())["levels"]
    preview = replace(preview, framework=shipped, levels=tuple(shipped.level_names), target_level=levels[1]["name"])
    dialog = FrameworkMoveDialog(preview)
    qtbot.addWidget(dialog)
    assert [dialog.level.itemText(i) for i in range(dialog.level.count())] == [
        level["translations"]["bn"]["name"] for level in levels
    ]
    assert dialog.chosen_level() == levels[1]["name"]  # stored by the framework's own name
    refusal = (
        "This self-assessment has not been sent yet, so there is no next one to start; move it to the new version "
        "instead."
    )
    assert dialog.next_button.toolTip() == dialog.why_not.text() == BN[("CoreSentences", refusal)]
    new_group = dialog.changes.topLevelItem(0)
    assert new_group.child(0).text(0) == BN[("CoreSentences", "{criterion} is new and applies to you.")].format(
        criterion="GOV-06 'Trustee induction'"
    )


def test_the_advice_on_a_new_passphrase_is_in_bengali(qtbot, bengali) -> None:
    from kitemark_app.pack.keys import MIN_PASSPHRASE_CHARS
    from kitemark_app.ui.key_dialog import SecretsDialog

    asked = SecretsDialog("Change passphrase", "")
    qtbot.addWidget(asked)
    asked.new.setText("x" * (MIN_PASSPHRASE_CHARS - 1))
    template = BN[("CoreSentences", "The passphrase must be at least {count} characters long.")]
    assert asked.advice.text() == template.format(count=MIN_PASSPHRASE_CHARS)


def test_a_date_in_a_core_sentence_has_its_bengali_month(bengali) -> None:
    from datetime import date

    from kitemark_app.services.declaration import Declaration, declaration_problems

    (problem,) = [
        p
        for p in declaration_problems(Declaration((), date(2099, 9, 2), "M-1"), today=date(2025, 1, 1))
        if "resolution date" in p.message
    ]
    assert problem.message == "The resolution date (2 September 2099) is in the future."  # English as it was
    template = BN[("CoreSentences", "The resolution date ({day}) is in the future.")]
    assert sentence(problem.message) == template.format(day="2 সেপ্টেম্বর 2099")  # the month as the calendar says


def test_every_re_check_reason_a_real_move_gives_is_read_back_in_bengali(data_dir: Path, tmp_path: Path, bengali):
    """The reasons come from the core's own diff of two versions (not typed here), so a reason the core words
    differently from what recheck_text knows shows up as English left in the sentence."""
    from kitemark_app.core.framework_carry import carry_plan
    from kitemark_app.services.framework_move import preview_move
    from kitemark_app.services.workspace import Workspace
    from tests.integration.test_framework_move import VERSION_2, _answered

    _answered(data_dir, tmp_path / "files")
    with Workspace.open(data_dir) as workspace:
        diff = preview_move(workspace, VERSION_2).diff
    stored = [carry.recheck for carry in carry_plan(diff) if carry.recheck]
    assert len(stored) >= 5  # renamed, split, merged, made mandatory, freshness: the kinds VERSION_2 has
    for reason in stored:
        said = recheck_text(reason)
        assert said != reason and not re.search(r"\b(?:its|it|was|changed|Check)\b", said), said
