"""The readiness problems in the GUI's language: English shows the core's sentence; Bengali says the fixed-shape
sentences from the translation with the criterion and file put in, and keeps the rest in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTranslator

from kitemark_app.core.applicability import ApplicableCriterion
from kitemark_app.core.framework import Area, Criterion, Freshness
from kitemark_app.core.profile import LegalForm
from kitemark_app.core.readiness import EvidenceFacts, Problem, ResponseFacts, criterion_problems, profile_problems
from kitemark_app.core.status import ResponseStatus
from kitemark_app.paths import resource
from kitemark_app.ui.problem_text import CONTEXT, fill, problem_text, source_sentence

TODAY = date(2026, 6, 15)


def item(*, mandatory: bool, personal: bool = False, title: str = "A named safeguarding lead") -> ApplicableCriterion:
    fresh = Freshness(max_age_months=12, rule="Reviewed in the last 12 months.")
    c = Criterion("SAF-02", title, "Guidance", ("Letter",), "Foundation", mandatory, freshness=fresh,
                  personal_data=personal)  # fmt: skip
    return ApplicableCriterion(Area("SAF", "Safeguarding", (c,)), c, mandatory)


def every_problem() -> list[Problem]:
    """One problem of each kind the core makes (the stale ones and a profile contradiction included)."""
    letter = EvidenceFacts(3, "Lead's letter", date(2024, 1, 1), None, personal_data=True)
    undated = EvidenceFacts(4, "Rota", None, None)
    problems = profile_problems({}, LegalForm.CIO) + profile_problems({}, LegalForm.CHARITABLE_COMPANY)
    problems += criterion_problems(item(mandatory=True), ResponseFacts(), TODAY)
    problems += criterion_problems(item(mandatory=False), ResponseFacts(), TODAY)
    problems += criterion_problems(
        item(mandatory=True), ResponseFacts(ResponseStatus.NOT_APPLICABLE, needs_recheck="Check it."), TODAY
    )
    problems += criterion_problems(item(mandatory=True), ResponseFacts(ResponseStatus.NOT_MET), TODAY)
    problems += criterion_problems(item(mandatory=True), ResponseFacts(ResponseStatus.MET), TODAY)
    problems += criterion_problems(
        item(mandatory=False, personal=True), ResponseFacts(ResponseStatus.MET, evidence=(letter, undated)), TODAY
    )
    return problems


@pytest.fixture
def bengali(qapp) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(resource("translations", "kitemark_bn.qm")))
    qapp.installTranslator(translator)
    qapp.setProperty("kitemark_language", "bn")
    yield translator
    qapp.removeTranslator(translator)
    qapp.setProperty("kitemark_language", "en")


def test_the_kinds_covered_are_every_fixed_shape_the_core_makes() -> None:
    kinds = {p.kind for p in every_problem() if source_sentence(p) is not None}
    assert kinds == {
        "missing-profile-field", "unanswered-mandatory", "unanswered", "na-without-reason", "mandatory-not-met",
        "mandatory-without-evidence", "personal-data",
    }  # fmt: skip
    assert {p.kind for p in every_problem()} - kinds == {"needs-recheck", "stale-evidence", "undated-evidence"}


def test_each_english_source_filled_in_is_the_cores_sentence_word_for_word() -> None:
    checked = 0
    for problem in every_problem():
        source = source_sentence(problem)
        if source is not None:
            assert fill(source, problem) == problem.message
            checked += 1
    # Counted by hand: each profile call gives its 4 missing fields and its form's number (CIO, company): 10;
    # the criteria give unanswered-mandatory, unanswered, na-without-reason, mandatory-not-met,
    # mandatory-without-evidence and the two personal-data reasons: 7.
    assert checked == 17


def test_a_title_holding_a_placeholder_is_put_in_as_it_is() -> None:
    (problem,) = criterion_problems(item(mandatory=False, title="Costs of 100%2 recovery"), ResponseFacts(), TODAY)
    assert fill("%1 — %2", problem) == f"SAF-02 Costs of 100%2 recovery — {problem.evidence_title}"


def test_in_english_the_gui_shows_the_cores_sentence(qapp) -> None:
    qapp.setProperty("kitemark_language", "en")
    for problem in every_problem():
        assert problem_text(problem) == problem.message


def test_in_bengali_the_fixed_shapes_are_in_bengali_with_the_names_kept(bengali) -> None:
    shown = {p.message: problem_text(p) for p in every_problem()}
    unanswered = "SAF-02 A named safeguarding lead — বাধ্যতামূলক, এখনও উত্তর দেওয়া হয়নি।"
    assert shown["SAF-02 A named safeguarding lead — mandatory, not answered yet."] == unanswered
    assert shown["The profile has no contact email."] == "প্রোফাইলে যোগাযোগের ইমেইল নেই।"
    personal = [text for message, text in shown.items() if "'Lead's letter'" in message and "personal" in message]
    assert personal == [
        "SAF-02 A named safeguarding lead — 'Lead's letter'-এ ব্যক্তিগত তথ্য আছে: ব্যক্তিগত অংশগুলো লুকানো একটি কপি "
        "(বা একটি সারসংক্ষেপ) পাঠান, অথবা মূল্যায়নকারীর সেগুলো দরকার হলে যেমন আছে তেমনই পাঠান।"
    ]
    for problem in every_problem():  # what has no fixed shape stays the core's English
        if source_sentence(problem) is None:
            assert shown[problem.message] == problem.message


def test_every_source_has_a_bengali_translation_in_the_ts() -> None:
    tree = ET.parse(resource("translations", "kitemark_bn.ts"))
    context = next(c for c in tree.getroot() if c.findtext("name") == CONTEXT)
    translated = {m.findtext("source"): m.find("translation") for m in context.iter("message")}
    for problem in every_problem():
        source = source_sentence(problem)
        if source is not None:
            node = translated[source]
            assert node.get("type") is None and node.text and node.text.count("%1") == source.count("%1")
