"""The framework's own words in the language the app is shown in: under KITEMARK_LANGUAGE=bn a criterion's page,
the navigation, the overview and the action plan show its Bengali (field by field, English where the framework
has none); under en they show the English. The criterion id stays as it is."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSettings

from kitemark_app.core.framework import parse_framework
from kitemark_app.core.framework_text import localised
from kitemark_app.paths import default_framework_text
from kitemark_app.services.setup import start_self_assessment
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.translations import LANGUAGE_ENV, chosen_language, install_language
from tests.ui.conftest import DETAILS

CRITERION = "GOV-03"  # with a freshness rule
ENGLISH = parse_framework(default_framework_text())
BENGALI = localised(ENGLISH, "bn")


@pytest.fixture
def in_language(qapp, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Start the GUI in a language, as ``run_gui`` does, and put English back afterwards."""
    installed: list[object] = []

    def start(code: str) -> None:
        monkeypatch.setenv(LANGUAGE_ENV, code)
        installed.extend(install_language(qapp, chosen_language(settings)))

    yield start
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    qapp.setProperty("kitemark_language", "en")


def _page(open_app, folder: Path, criterion: str = CRITERION):
    window = open_app(folder).main_window
    window.navigate(f"criterion:{criterion}")
    return window, window.criterion_page


def _examples_shown(page) -> str:
    return html.unescape(page.examples.text())


def test_under_bn_a_criterion_page_shows_the_framework_in_bengali(open_app, started_folder: Path, in_language) -> None:
    in_language("bn")
    window, page = _page(open_app, started_folder)
    bengali, english = BENGALI.criterion(CRITERION), ENGLISH.criterion(CRITERION)
    assert page.id_label.text() == CRITERION  # the id stays as it is
    assert bengali.title in page.title_label.text() and english.title not in page.title_label.text()
    assert page.guidance.text() == bengali.guidance
    assert bengali.guidance.startswith("নিবন্ধিত চ্যারিটিকে চ্যারিটি কমিশনের (Charity Commission) রেজিস্টারে")
    for example in bengali.evidence_examples:
        assert example in _examples_shown(page)
    assert english.evidence_examples[0] not in _examples_shown(page)
    assert page.freshness.text() == (
        "<b>প্রমাণ কতটা সাম্প্রতিক হতে হবে:</b> সর্বশেষ বার্ষিক রিটার্ন গত 22 মাসের মধ্যে জমা দেওয়া হয়ে থাকতে হবে।"
    )
    assert page.area_label.text() == "পরিচালনা ও পরিচালনা নথি"
    assert page.level_badge.text() == "স্তর: ভিত্তি"
    shown = window.navigation.nav_model
    assert bengali.title in shown.itemFromIndex(shown.index_of(f"criterion:{CRITERION}")).text()
    assert shown.itemFromIndex(shown.index_of("area:GOV")).text().startswith("পরিচালনা ও পরিচালনা নথি")


def test_under_en_the_same_page_is_in_english(open_app, started_folder: Path, in_language) -> None:
    in_language("en")
    window, page = _page(open_app, started_folder)
    english = ENGLISH.criterion(CRITERION)
    assert page.id_label.text() == CRITERION
    assert english.title in page.title_label.text()
    assert page.guidance.text() == english.guidance
    assert english.evidence_examples[0] in _examples_shown(page)
    assert "The latest annual return must have been filed in the last 22 months." in page.freshness.text()
    assert page.area_label.text() == "Governance and governing document"
    assert page.level_badge.text() == "Level: Foundation"
    shown = window.navigation.nav_model
    assert english.title in shown.itemFromIndex(shown.index_of(f"criterion:{CRITERION}")).text()


def test_a_criterion_without_a_freshness_rule_shows_none(open_app, started_folder: Path, in_language) -> None:
    in_language("bn")
    _, page = _page(open_app, started_folder, "GOV-01")
    assert page.freshness.isHidden()


def test_each_field_without_bengali_falls_back_to_english_on_its_own(open_app, data_dir: Path, in_language) -> None:
    # The council's framework gives GOV-03 a Bengali title only: the guidance, examples and rule are English.
    text = default_framework_text()
    start, end = text.index("      - id: GOV-03"), text.index("      - id: GOV-04")
    block = text[start:end]
    words = block.index("        translations:\n          bn:")
    trimmed = block[:words] + "        translations:\n          bn:\n            title: শুধু শিরোনাম বাংলায়\n\n"
    freshness = trimmed.index("          translations:\n            bn:\n              rule:")
    trimmed = trimmed[:freshness] + trimmed[trimmed.index("\n", trimmed.index("rule:", freshness)) + 1 :]
    with Workspace.open(data_dir) as workspace:
        start_self_assessment(workspace, DETAILS, text[:start] + trimmed + text[end:], "Foundation")
    in_language("bn")
    _, page = _page(open_app, data_dir)
    english = ENGLISH.criterion(CRITERION)
    assert "শুধু শিরোনাম বাংলায়" in page.title_label.text()
    assert page.guidance.text() == english.guidance
    assert english.evidence_examples[0] in _examples_shown(page)
    assert english.freshness is not None and english.freshness.rule in page.freshness.text()
    assert page.area_label.text() == "পরিচালনা ও পরিচালনা নথি"  # the area still has its own


def test_the_overview_and_the_action_plan_name_areas_and_criteria_in_bengali(
    open_app, started_folder: Path, in_language
) -> None:
    with Workspace.open(started_folder) as workspace:
        workspace.add_action("File the return", criterion_id=CRITERION)
    in_language("bn")
    window = open_app(started_folder).main_window
    window.navigate("actions")
    model = window.pages["actions"].model
    rows = [model.item(row).criterion_title for row in range(model.rowCount())]
    assert rows == [BENGALI.criterion(CRITERION).title]
    window.navigate("overview")
    assert "পরিচালনা ও পরিচালনা নথি" in [area.title for area in window.overview.report.areas]


def test_an_answer_offered_from_another_framework_names_it_in_bengali(open_app, data_dir: Path, in_language) -> None:
    from PySide6.QtWidgets import QLabel

    from kitemark_app.services.demo import create_demo

    create_demo(data_dir)  # the fund's checks answered from the Kitemark: HSR-03 is offered the fund's RISK-01
    in_language("bn")
    _, page = _page(open_app, data_dir, "HSR-03")
    shown = " ".join(label.text() for label in page.reuse_panel.findChildren(QLabel))
    assert "Thamesbank কমিউনিটি ফান্ডের যথাযথ যাচাই (due diligence)" in shown
    assert "due-diligence checks" not in shown


def _level(name: str) -> str:
    """The level's Bengali name, read from the framework file itself (not through the app's localising)."""
    levels = yaml.safe_load(default_framework_text())["levels"]
    return next(level["translations"]["bn"]["name"] for level in levels if level["name"] == name)


@pytest.mark.parametrize("language", ["bn", "en"])
def test_the_target_level_and_what_does_not_apply_are_named_in_the_language_shown(
    open_app, started_folder: Path, in_language, language: str
) -> None:
    in_language(language)
    window = open_app(started_folder).main_window
    window.navigate("overview")
    foundation, higher = ENGLISH.levels[0].name, ENGLISH.levels[1].name
    assert foundation == "Foundation"
    heading = window.overview.heading.text()
    tooltips = "\n".join(item.toolTip() for item in window.navigation.nav_model._left_out_items.values())
    left_out = [c for _, c in ENGLISH.criteria() if c.level == higher]
    assert left_out and left_out[0].id in tooltips
    if language == "bn":
        assert _level(foundation) in heading and foundation not in heading
        assert _level(higher) in tooltips and higher not in tooltips and foundation not in tooltips
        assert BENGALI.criterion(left_out[0].id).title in tooltips and left_out[0].title not in tooltips
    else:
        assert foundation in heading and _level(foundation) not in heading
        assert higher in tooltips and left_out[0].title in tooltips


def test_the_setup_wizard_offers_the_framework_and_its_levels_in_bengali_and_stores_the_level_itself(
    qtbot, in_language
) -> None:
    from kitemark_app.ui.setup_wizard import SetupWizard

    in_language("bn")
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    page = wizard.framework_page
    names = [level.name for level in ENGLISH.levels]
    assert [page.level.itemText(i) for i in range(page.level.count())] == [_level(name) for name in names]
    bengali_title = yaml.safe_load(default_framework_text())["translations"]["bn"]["title"]
    assert bengali_title in page.use_default.text() and ENGLISH.title not in page.use_default.text()
    page.level.setCurrentIndex(1)
    assert page.isComplete()
    assert wizard.result_choices().target_level == names[1] == "Commissioning-ready"  # what is stored: the name
    description = yaml.safe_load(default_framework_text())["levels"][1]["translations"]["bn"]["description"]
    assert page.level_description.text() == description.strip()
