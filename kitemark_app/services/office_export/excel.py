"""The self-assessment as an Excel workbook (openpyxl): one row per applicable criterion, then the action plan,
the evidence and the gaps, each on its own sheet with a frozen header row, a filter and wrapped text.

Every text cell is written as text (``data_type`` "s"), so a narrative beginning with "=" stays words and never
becomes a formula; the text goes through ``safe_text.cell_text`` first. openpyxl is imported here only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kitemark_app.core.safe_text import cell_text
from kitemark_app.services.office_export.content import CURRENT, CriterionAnswer, ReportContent, day_text
from kitemark_app.services.office_export.output import Steps

Column = tuple[str, int]  # heading, width in characters
DATE_FORMAT = "d mmm yyyy"

ASSESSMENT_COLUMNS: tuple[Column, ...] = (
    ("Area", 24),
    ("Criterion", 11),
    ("Title", 36),
    ("Mandatory", 11),
    ("Status", 14),
    ("Narrative", 70),
    ("Why it does not apply", 30),
    ("To check", 30),
    ("Evidence", 40),
    ("Evidence dates", 32),
    ("Freshness", 45),
    ("Gaps", 50),
)
ACTION_COLUMNS: tuple[Column, ...] = (
    ("Criterion", 11),
    ("Criterion title", 36),
    ("Area", 24),
    ("Action", 60),
    ("Owner", 20),
    ("Due", 13),
    ("Status", 13),
    ("Overdue", 10),
    ("From", 10),
)
EVIDENCE_COLUMNS: tuple[Column, ...] = (
    ("Title", 40),
    ("Original file name", 32),
    ("Dated", 13),
    ("Review by", 13),
    ("Criteria", 24),
    ("Freshness", 50),
    ("Size (bytes)", 13),
    ("SHA-256 (in the library)", 66),
)
GAP_COLUMNS: tuple[Column, ...] = (("Criterion", 11), ("Must be fixed before submitting", 16), ("Gap", 100))


def _sheet(workbook: Any, title: str, columns: Sequence[Column], first: bool = False) -> Any:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title
    for number, (heading, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=number, value=heading)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    return sheet


def _append(sheet: Any, values: Sequence[str | int | date | None]) -> None:
    from openpyxl.styles import Alignment

    row = sheet.max_row + 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, value in enumerate(values, start=1):
        if isinstance(value, str):
            cell = sheet.cell(row=row, column=number, value=cell_text(value))
            cell.data_type = "s"  # never a formula, whatever the text begins with
        else:
            cell = sheet.cell(row=row, column=number, value=value)
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
        cell.alignment = wrap


def _lines(texts: Sequence[str]) -> str:
    return "\n".join(texts)


def _assessment_row(content: ReportContent, answer: CriterionAnswer) -> list[str | int | date | None]:
    files = [linked.file for linked in answer.evidence]
    dates = [
        ", ".join(
            part
            for part in (
                f"dated {day_text(f.document_date)}" if f.document_date else "no date",
                f"review by {day_text(f.review_by)}" if f.review_by else "",
            )
            if part
        )
        for f in files
    ]
    return [
        f"{answer.area_id} {answer.area_title}",
        answer.id,
        answer.title,
        "Yes" if answer.mandatory else "No",
        answer.status,
        answer.narrative,
        answer.na_reason,
        answer.needs_recheck,
        _lines([f.title for f in files]),
        _lines(dates),
        _lines([linked.freshness for linked in answer.evidence]),
        _lines([gap.message for gap in content.gaps_of(answer.id)]),
    ]


def _freshness_of_file(content: ReportContent, file_id: int) -> str:
    """Current when current for every criterion it is linked to, else each criterion's words."""
    notes = [
        f"{answer.id}: {linked.freshness}"
        for answer in content.criteria
        for linked in answer.evidence
        if linked.file.id == file_id and linked.freshness != CURRENT
    ]
    return _lines(notes) if notes else CURRENT


def write_excel(content: ReportContent, target: Path, steps: Steps) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.properties.title = cell_text(f"{content.organisation}: self-assessment")
    workbook.properties.subject = cell_text(f"{content.framework_title} {content.framework_version}")
    workbook.properties.creator = "Kitemark"
    assessment = _sheet(workbook, "Self-assessment", ASSESSMENT_COLUMNS, first=True)
    for answer in content.criteria:
        _append(assessment, _assessment_row(content, answer))
        steps.advance()
    actions = _sheet(workbook, "Action plan", ACTION_COLUMNS)
    for a in content.actions:
        _append(
            actions,
            [
                a.criterion,
                a.criterion_title,
                a.area_title,
                a.description,
                a.owner,
                a.due_date,
                a.status,
                "Yes" if a.overdue else "No",
                "Assessor" if a.source == "assessor" else "Self",
            ],
        )
    evidence = _sheet(workbook, "Evidence", EVIDENCE_COLUMNS)
    for file, ids in content.evidence_files():
        _append(
            evidence,
            [
                file.title,
                file.original_name,
                file.document_date,
                file.review_by,
                ", ".join(ids),
                _freshness_of_file(content, file.id),
                file.size,
                file.sha256,
            ],
        )
    gaps = _sheet(workbook, "Gaps", GAP_COLUMNS)
    for gap in content.gaps:
        _append(gaps, [gap.criterion or "Profile", "Yes" if gap.must_fix else "No", gap.message])
    for sheet in workbook.worksheets:
        sheet.auto_filter.ref = sheet.dimensions  # the header and every row under it
    steps.check()
    workbook.save(str(target))
