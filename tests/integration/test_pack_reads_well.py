"""The pack as a council officer reads it (pdftotext of the demo pack from the real exporter): the summary's rows
add up, criteria flow several to a page, and overdue actions say so. Expected figures come from the manifest."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from datetime import date

import pytest

from tests import packs

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dict]:  # type: ignore[type-arg]
    demo = packs.demo_pack(tmp_path_factory)
    pages = subprocess.run(
        ["pdftotext", "-layout", str(demo.path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    return pages, json.loads(packs._manifest_of(demo.path))


def _page_with(pages: list[str], heading: str) -> int:
    return next(i for i, page in enumerate(pages) if re.search(rf"^\s*{heading}\s*$", page, re.M))


def test_the_summary_has_every_column_and_the_totals_add_up(pack: tuple[list[str], dict]) -> None:  # type: ignore[type-arg]
    pages, manifest = pack
    statuses = Counter(r["status"] for r in manifest["responses"])
    answered = ("met", "partly-met", "not-met", "not-applicable")
    unanswered = sum(n for s, n in statuses.items() if s not in answered)
    assert unanswered > 0  # the demo leaves some unanswered: the column matters
    summary = pages[_page_with(pages, "Summary by area")]
    assert re.search(r"Met\s+Partly met\s+Not met\s+N/A\s+Not answered", summary)
    expected = [len(manifest["responses"]), *(statuses[s] for s in answered), unanswered]
    totals = re.search(r"All areas\s+" + r"\s+".join(r"(\d+)" for _ in expected), summary)
    assert totals is not None and [int(n) for n in totals.groups()] == expected
    assert sum(expected[1:]) == expected[0]


def test_criteria_flow_several_to_a_page(pack: tuple[list[str], dict]) -> None:  # type: ignore[type-arg]
    pages, manifest = pack
    first = _page_with(pages, r"GOV — Governance and governing document")
    after = _page_with(pages, "Action plan")
    assert len(manifest["responses"]) / (after - first) >= 3  # the demo's 67 criteria: at least 3 a page


def test_overdue_actions_are_marked_overdue(pack: tuple[list[str], dict]) -> None:  # type: ignore[type-arg]
    pages, manifest = pack
    signed_on = date.fromisoformat(manifest["created_at"][:10])
    overdue = [
        a for a in manifest["actions"]
        if a["due_date"] and date.fromisoformat(a["due_date"]) < signed_on and a["status"] != "done"
    ]  # fmt: skip
    assert overdue  # the demo has one, on purpose
    actions = pages[_page_with(pages, "Action plan")]
    assert actions.count("Overdue") == len(overdue)
