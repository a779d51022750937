"""The readiness problems in the GUI's language: English shows the core's sentence; Bengali says the fixed-shape
sentences from the translation with the criterion and file put in, and keeps the rest in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTranslator

from kitemark_app.core.applicability import ApplicableCriterion
from kitemark_app.core.dates import long_day
from kitemark_app.core.framework import Area, Criterion, Freshness
from kitemark_app.core.freshness import staleness
from kitemark_app.core.profile import LegalForm
from kitemark_app.core.readiness import EvidenceFacts, Problem, ResponseFacts, criterion_problems, profile_problems
from kitemark_app.core.status import ResponseStatus
from kitemark_app.paths import resource
from kitemark_app.ui.problem_text import CONTEXT, REASON, fill, problem_text, put_in, reason_values, source_sentence

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
        "mandatory-without-evidence", "personal-data", "stale-evidence", "undated-evidence",
    }  # fmt: skip
    assert {p.kind for p in every_problem()} - kinds == {"needs-recheck"}  # its reason is the framework's words


def test_each_english_source_filled_in_is_the_cores_sentence_word_for_word() -> None:
    checked = 0
    for problem in every_problem():
        source = source_sentence(problem)
        if source is not None:
            stale = problem.staleness
            reason = put_in(REASON[stale.kind], *reason_values(stale, long_day, english=True)) if stale else ""
            assert fill(source, problem, reason) == problem.message
            checked += 1
    # Counted by hand: each profile call gives its 4 missing fields and its form's number (CIO, company): 10;
    # the criteria give unanswered-mandatory, unanswered, na-without-reason, mandatory-not-met,
    # mandatory-without-evidence, the two personal-data reasons and the two out-of-date files: 9.
    assert checked == 19


def test_each_english_reason_filled_in_is_the_cores_word_for_word() -> None:
    rule = Criterion("SAF-02", "T", "G", ("L",), "Foundation", False,
                     freshness=Freshness(max_age_months=12, rule="Reviewed in the last 12 months."))  # fmt: skip
    made = {
        "future": staleness(rule, date(2026, 7, 1), None, TODAY),
        "review-due": staleness(rule, date(2026, 1, 1), date(2026, 6, 14), TODAY),
        "no-date": staleness(rule, None, None, TODAY),
        "too-old": staleness(rule, date(2025, 6, 14), None, TODAY),
    }
    assert {kind: found.kind for kind, found in made.items() if found} == {kind: kind for kind in REASON}
    for found in made.values():
        assert found is not None
        assert put_in(REASON[found.kind], *reason_values(found, long_day, english=True)) == found.sentence()
    assert made["no-date"].sentence() == "has no date; reviewed in the last 12 months"  # the rule in lower case


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
    old_letter = [text for message, text in shown.items() if "'Lead's letter' is dated" in message]
    assert old_letter == [
        "SAF-02 A named safeguarding lead — 'Lead's letter': তারিখ 1 জানুয়ারি 2024, 12 মাসেরও বেশি আগের "
        "(Reviewed in the last 12 months)।"
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
    for source in REASON.values():
        node = translated[source]
        assert node.get("type") is None and node.text
        assert sorted(node.text.count(f"%{n}") for n in "123") == sorted(source.count(f"%{n}") for n in "123")


def test_the_criterion_pages_evidence_list_says_why_a_file_is_old_in_bengali(qtbot, bengali) -> None:
    from kitemark_app.core.freshness import Staleness
    from kitemark_app.services.answers import LinkedEvidence
    from kitemark_app.services.evidence_ops import EvidenceSummary
    from kitemark_app.ui.widgets.linked_evidence import LinkedEvidenceBox

    box = LinkedEvidenceBox()
    qtbot.addWidget(box)
    summary = EvidenceSummary(5, "Risk register", "risks.xlsx", "application/octet-stream", 10, "0" * 64,
                              date(2025, 1, 9), date(2026, 11, 13), ("HSR-02",))  # fmt: skip
    due = Staleness("review-due", date(2026, 11, 13))
    box.set_items((LinkedEvidence(summary, due.sentence(), False, due),))
    said = box.list.item(0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert said == "'Risk register': 13 নভেম্বর 2026-এর মধ্যে আবার দেখার কথা ছিল।"


def test_on_the_demo_the_bengali_problems_name_the_criterion_and_its_rule_in_bengali(bengali, data_dir) -> None:
    from kitemark_app.core.framework_text import localised
    from kitemark_app.services.demo import create_demo
    from kitemark_app.services.report import status_report
    from kitemark_app.services.workspace import Workspace

    create_demo(data_dir)
    with Workspace.open(data_dir) as workspace:
        english = status_report(workspace, date.today())  # the demo's dates are set from today
        shown = status_report(workspace, date.today(), language="bn")
        with workspace.session() as session:
            framework = localised(workspace.framework(workspace.current_cycle(session)), "bn")
    assert [p.message for p in shown.problems] == [p.message for p in english.problems]  # the sentences stay English
    unanswered = next(p for p in shown.problems if p.kind == "unanswered")
    title = framework.criterion(unanswered.criterion).title
    assert any("\u0980" <= c <= "\u09ff" for c in title)
    assert problem_text(unanswered) == f"{unanswered.criterion} {title} — এখনও উত্তর দেওয়া হয়নি।"
    stale = next(p for p in shown.problems if p.kind == "stale-evidence" and p.staleness.kind == "too-old")
    rule = framework.criterion(stale.criterion).freshness.rule
    assert any("\u0980" <= c <= "\u09ff" for c in rule)
    assert problem_text(stale).endswith(f"({rule.removesuffix('।')})।")  # one danda: the rule's is dropped
    assert "more than" not in problem_text(stale) and "months ago" not in problem_text(stale)
