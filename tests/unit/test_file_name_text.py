"""Suggested file names keep an organisation's name in its own script (core/safe_text.py: file_name_text)."""

from __future__ import annotations

import unicodedata

from kitemark_app.core.safe_text import file_name_text


def test_a_bengali_name_keeps_its_vowel_signs_and_conjuncts() -> None:
    name = "ব্রিক লেন স্বেচ্ছাসেবক কমিউনিটি সেন্টার"
    assert file_name_text(name) == name
    assert any(unicodedata.category(c).startswith("M") for c in name)  # the marks isalnum() would have dropped


def test_what_a_file_name_cannot_hold_is_dropped() -> None:
    assert file_name_text("Riverside Community Food Network") == "Riverside Community Food Network"
    assert file_name_text('Tea & Talk: "Bow" / E3?') == "Tea Talk Bow E3"
    assert file_name_text("Zoë's Café-Bar") == "Zoës Café-Bar"
    assert file_name_text("***") == "Kitemark"
    assert file_name_text("", "Pack") == "Pack"
