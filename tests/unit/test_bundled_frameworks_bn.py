"""The frameworks shipped with the app are complete in Bengali: every criterion's title, guidance, evidence examples
and freshness rule, every area, level and the framework's own words — written in Bengali, with the interface
glossary's words (GLOSSARY-bn.md) for the terms the English uses."""

from __future__ import annotations

import re

import pytest

from kitemark_app.core.framework import Framework, parse_framework, translation_in
from kitemark_app.core.framework_text import fallbacks, languages, localised
from kitemark_app.paths import bundled_framework_texts

SHIPPED = {name: parse_framework(text) for name, text in bundled_framework_texts().items()}
BENGALI_LETTERS = re.compile(r"[\u0985-\u09b9]")  # the Bengali script's vowels and consonants

#: English word -> the glossary's Bengali for it: a translation of text using the word uses the glossary's word.
GLOSSARY = {
    "assessor": "মূল্যায়নকারী",
    "trustee": "ট্রাস্টি",
    "minute": "কার্যবিবরণী",
    "volunteer(?!ing)": "স্বেচ্ছাসেবক",  # volunteering: স্বেচ্ছাসেবা
    "safeguarding": "সুরক্ষা",
    "council": "কাউন্সিল",
    "funder": "অর্থদাতা",
    "criterion": "মানদণ্ড",
}


def test_three_frameworks_are_shipped() -> None:
    assert sorted(framework.id for framework in SHIPPED.values()) == [
        "borough-vco-kitemark",
        "funder-due-diligence",
        "governance-self-check",
    ]


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_field_of_a_shipped_framework_is_in_bengali(name: str) -> None:
    framework = SHIPPED[name]
    assert languages(framework) == ["bn"]
    assert [str(missing) for missing in fallbacks(framework, "bn")] == []


def _texts(framework: Framework) -> list[tuple[str, str, str]]:
    """(where, English, Bengali) for every translated text of the framework."""
    pairs = []
    for _, criterion in framework.criteria():
        words = translation_in(criterion.translations, "bn")
        assert words is not None, criterion.id
        pairs += [(criterion.id, criterion.title, words.title), (criterion.id, criterion.guidance, words.guidance)]
        pairs += [
            (criterion.id, e, b) for e, b in zip(criterion.evidence_examples, words.evidence_examples, strict=True)
        ]
        if criterion.freshness is not None:
            rule = translation_in(criterion.freshness.translations, "bn")
            assert rule is not None, criterion.id
            pairs.append((f"{criterion.id} freshness", criterion.freshness.rule, rule.rule))
    for area in framework.areas:
        words = translation_in(area.translations, "bn")
        assert words is not None, area.id
        pairs += [(area.id, area.title, words.title), (area.id, area.description, words.description)]
    return pairs


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_the_translations_are_bengali_not_english_copied(name: str) -> None:
    for where, english, bengali in _texts(SHIPPED[name]):
        # Names stay in Latin letters (Companies House, Cyber Essentials), but every text has Bengali words too.
        assert bengali != english and BENGALI_LETTERS.search(bengali), f"{where}: not Bengali: {bengali!r}"


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_the_translations_use_the_glossary_words(name: str) -> None:
    for where, english, bengali in _texts(SHIPPED[name]):
        for word, glossary in GLOSSARY.items():
            if re.search(rf"\b{word}", english, re.IGNORECASE):
                assert glossary in bengali, f"{where}: {word!r} in English, no '{glossary}' in {bengali!r}"


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_numbers_in_the_english_are_in_the_bengali(name: str) -> None:
    # Ages, sums and deadlines must not be lost or changed in translation (Western digits, as the glossary says).
    for where, english, bengali in _texts(SHIPPED[name]):
        for number in re.findall(r"\d(?:[\d,]*\d)?", english):
            assert number in bengali, f"{where}: {number} in English, not in {bengali!r}"


def test_the_bengali_kitemark_reads_as_the_english_one_does() -> None:
    framework = SHIPPED["borough-vco-kitemark.yaml"]
    shown = localised(framework, "bn")
    assert shown.criterion("SAF-01").title == "ট্রাস্টিদের অনুমোদিত একটি সুরক্ষা নীতি"
    assert [c.id for _, c in shown.criteria()] == [c.id for _, c in framework.criteria()]
