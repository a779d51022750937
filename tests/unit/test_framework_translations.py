"""Criteria in another language: the ``translations`` of a framework file, checked like the rest of the format,
what falls back to English, and the framework as shown in a language."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import yaml

from kitemark_app.core.framework import (
    FrameworkError,
    framework_as_data,
    framework_from_data,
    framework_from_stored,
    parse_framework,
)
from kitemark_app.core.framework_diff import diff
from kitemark_app.core.framework_text import fallbacks, languages, level_name, localised, localised_criterion
from kitemark_app.core.profile import IncomeBand, LegalForm, Profile
from tests.unit.test_framework_loader import GOOD

#: Every field of GOOD in Bengali.
BENGALI: dict[str, Any] = {
    "framework": {"title": "পরীক্ষার Kitemark"},
    "levels": [{"name": "ভিত্তি"}, {"name": "কমিশনিং-এর জন্য প্রস্তুত"}],
    "areas": [{"title": "পরিচালনা"}, {"title": "সুরক্ষা"}],
    "criteria": {
        "GOV-01": {"title": "পরিচালনার নথি", "guidance": "একটি রাখুন।", "evidence_examples": ["গঠনতন্ত্র"]},
        "GOV-02": {"title": "ট্রাস্টিদের দক্ষতা", "guidance": "দক্ষতা পর্যালোচনা করুন।", "evidence_examples": ["দক্ষতা যাচাই"]},
        "SAF-01": {"title": "সুরক্ষা নীতি", "guidance": "একটি রাখুন।", "evidence_examples": ["নীতি"]},
    },
    "rule": "গত এক বছরে পর্যালোচনা করা হয়েছে",
}


def translated(change: Any = None) -> dict[str, Any]:
    """GOOD with every field translated into Bengali, then ``change`` applied to the data."""
    data = yaml.safe_load(GOOD)
    data["translations"] = {"bn": dict(BENGALI["framework"])}
    for level, words in zip(data["levels"], BENGALI["levels"], strict=True):
        level["translations"] = {"bn": dict(words)}
    for area, words in zip(data["areas"], BENGALI["areas"], strict=True):
        area["translations"] = {"bn": dict(words)}
        for criterion in area["criteria"]:
            criterion["translations"] = {"bn": copy.deepcopy(BENGALI["criteria"][criterion["id"]])}
            if "freshness" in criterion:
                criterion["freshness"]["translations"] = {"bn": {"rule": BENGALI["rule"]}}
    if change is not None:
        change(data)
    return data


def text(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def issues_of(data: dict[str, Any]) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text(data))
    return [str(issue) for issue in caught.value.issues]


def gov02(data: dict[str, Any]) -> dict[str, Any]:
    criterion: dict[str, Any] = data["areas"][0]["criteria"][1]
    return criterion


# --- the format --------------------------------------------------------------------------------------------


def test_a_fully_translated_framework_is_valid_and_complete() -> None:
    framework = parse_framework(text(translated()))
    assert languages(framework) == ["bn"]
    assert fallbacks(framework, "bn") == []


def test_a_framework_without_translations_is_valid_and_says_it_has_none() -> None:
    framework = parse_framework(GOOD)
    assert languages(framework) == []
    assert len(fallbacks(framework, "bn")) == 1 + 2 + 2 + 3 * 3 + 1  # title, level names, area titles, criteria, rule


def test_an_unknown_language_is_refused_where_it_is() -> None:
    def somewhere(data: dict[str, Any]) -> None:
        gov02(data)["translations"]["xx"] = {"title": "?"}

    (issue,) = issues_of(translated(somewhere))
    assert issue.startswith("areas[0].criteria[1].translations.xx: unknown language 'xx' (languages known: ar, bn,")


def test_english_is_not_a_translation() -> None:
    def english(data: dict[str, Any]) -> None:
        data["areas"][1]["translations"]["en"] = {"title": "Safeguarding"}

    assert issues_of(translated(english)) == [
        "areas[1].translations.en: English is the file's own text, not a translation"
    ]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (["একটি", "দুটি"], "1 example in English, 2 in Bengali"),
        (["একটি"], None),  # the boundary: one for one
    ],
)
def test_evidence_examples_are_translated_one_for_one(given: list[str], message: str | None) -> None:
    def examples(data: dict[str, Any]) -> None:
        gov02(data)["translations"]["bn"]["evidence_examples"] = given

    if message is None:
        parse_framework(text(translated(examples)))
        return
    assert issues_of(translated(examples)) == [
        f"areas[0].criteria[1].translations.bn.evidence_examples: {message} (translate each one, in the same order)"
    ]


def test_fewer_examples_than_the_english_are_refused_naming_the_place() -> None:
    def three(data: dict[str, Any]) -> None:
        gov02(data)["evidence_examples"] = ["Skills audit", "Training plan", "Board minutes"]
        gov02(data)["translations"]["bn"]["evidence_examples"] = ["দক্ষতা যাচাই", "প্রশিক্ষণ পরিকল্পনা"]

    assert issues_of(translated(three)) == [
        "areas[0].criteria[1].translations.bn.evidence_examples: 3 examples in English, 2 in Bengali "
        "(translate each one, in the same order)"
    ]


@pytest.mark.parametrize(
    ("where", "field"),
    [
        (lambda d: gov02(d)["translations"]["bn"], "areas[0].criteria[1].translations.bn.titel"),
        (lambda d: gov02(d)["freshness"]["translations"]["bn"], "areas[0].criteria[1].freshness.translations.bn.titel"),
        (lambda d: d["areas"][0]["translations"]["bn"], "areas[0].translations.bn.titel"),
        (lambda d: d["levels"][1]["translations"]["bn"], "levels[1].translations.bn.titel"),
        (lambda d: d["translations"]["bn"], "translations.bn.titel"),
    ],
)
def test_an_unknown_field_in_a_translation_is_refused(where: Any, field: str) -> None:
    assert issues_of(translated(lambda d: where(d).update(titel="ভুল বানান"))) == [
        f"{field}: unknown field (check the spelling)"
    ]


def test_a_field_a_part_does_not_have_cannot_be_translated() -> None:
    # An area has no guidance, a freshness rule no title: what is not in English has nothing to translate.
    assert issues_of(translated(lambda d: d["areas"][0]["translations"]["bn"].update(guidance="x"))) == [
        "areas[0].translations.bn.guidance: unknown field (check the spelling)"
    ]


def test_an_empty_translation_is_refused_leave_the_field_out_instead() -> None:
    (issue,) = issues_of(translated(lambda d: gov02(d)["translations"]["bn"].update(guidance="  ")))
    assert issue.startswith("areas[0].criteria[1].translations.bn.guidance: String should have at least 1 character")


# --- what falls back to English ----------------------------------------------------------------------------


def test_one_missing_guidance_is_named_exactly() -> None:
    framework = parse_framework(text(translated(lambda d: gov02(d)["translations"]["bn"].pop("guidance"))))
    assert [(f.path, f.criterion) for f in fallbacks(framework, "bn")] == [
        ("areas[0].criteria[1].translations.bn.guidance", "GOV-02")
    ]
    assert str(fallbacks(framework, "bn")[0]) == "areas[0].criteria[1].translations.bn.guidance (GOV-02)"


def test_missing_examples_a_rule_a_level_and_an_area_are_named() -> None:
    def gaps(data: dict[str, Any]) -> None:
        gov02(data)["translations"]["bn"].pop("evidence_examples")
        gov02(data)["freshness"].pop("translations")
        data["levels"][0].pop("translations")
        data["areas"][1]["translations"] = {}

    paths = [f.path for f in fallbacks(parse_framework(text(translated(gaps))), "bn")]
    assert paths == [
        "levels[0].translations.bn.name",
        "areas[0].criteria[1].translations.bn.evidence_examples",
        "areas[0].criteria[1].freshness.translations.bn.rule",
        "areas[1].translations.bn.title",
    ]


def test_a_description_only_needs_words_when_the_english_has_one() -> None:
    framework = parse_framework(text(translated(lambda d: d["areas"][0].update(description="How it is run."))))
    assert [f.path for f in fallbacks(framework, "bn")] == ["areas[0].translations.bn.description"]


def test_another_language_is_reported_on_its_own() -> None:
    framework = parse_framework(text(translated(lambda d: gov02(d)["translations"].update(so={"title": "Xirfadaha"}))))
    assert languages(framework) == ["bn", "so"]
    assert fallbacks(framework, "bn") == []
    assert "areas[0].criteria[1].translations.so.title" not in [f.path for f in fallbacks(framework, "so")]
    assert "areas[0].criteria[1].translations.so.guidance" in [f.path for f in fallbacks(framework, "so")]


# --- the framework as shown in a language ------------------------------------------------------------------


def test_localised_shows_each_translated_field_and_english_for_the_rest() -> None:
    framework = parse_framework(text(translated(lambda d: gov02(d)["translations"]["bn"].pop("guidance"))))
    shown = localised(framework, "bn")
    criterion = shown.criterion("GOV-02")
    assert criterion.title == "ট্রাস্টিদের দক্ষতা"
    assert criterion.guidance == "Review skills."  # no Bengali: English
    assert criterion.evidence_examples == ("দক্ষতা যাচাই",)
    assert criterion.freshness is not None and criterion.freshness.rule == BENGALI["rule"]
    assert criterion.freshness.max_age_months == 12
    assert (criterion.id, criterion.level, criterion.mandatory) == ("GOV-02", "Commissioning-ready", False)
    assert shown.areas[1].title == "সুরক্ষা" and shown.title == "পরীক্ষার Kitemark"
    assert shown.level_names == framework.level_names  # names are identifiers
    assert level_name(framework, "Commissioning-ready", "bn") == "কমিশনিং-এর জন্য প্রস্তুত"
    assert level_name(framework, "Commissioning-ready", "en") == "Commissioning-ready"
    assert level_name(parse_framework(GOOD), "Foundation", "bn") == "Foundation"


def test_english_and_an_absent_language_are_the_framework_itself() -> None:
    framework = parse_framework(text(translated()))
    assert localised(framework, "en") is framework
    assert localised_criterion(framework.criterion("GOV-01"), "en").title == "Governing document"
    assert localised(framework, "so").criterion("GOV-01") == framework.criterion("GOV-01")


def test_translations_survive_the_stored_form_and_the_startup_cache() -> None:
    source = text(translated())
    framework = parse_framework(source)
    data = framework_as_data(framework)
    assert json.loads(json.dumps(data["areas"][0]["criteria"][1]["translations"])) == {
        "bn": BENGALI["criteria"]["GOV-02"]
    }
    assert framework_from_data(data) == framework
    assert framework_from_stored(source) == framework


def test_translations_are_not_a_change_to_a_criterion() -> None:
    # Adding or changing words in another language leaves what a criterion asks, and so every answer, as it was.
    old = parse_framework(GOOD)
    new_data = translated(lambda d: d.update(version="2026.2", previous_version="2026.1"))
    new = parse_framework(text(new_data))
    profile = Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, frozenset())
    assert diff(old, new, profile).changes == ()
    reworded = parse_framework(text(translated(lambda d: gov02(d)["translations"]["bn"].update(title="অন্য"))))
    assert diff(new, reworded, profile).changes == ()
