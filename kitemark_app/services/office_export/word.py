"""The self-assessment as a Word document (python-docx), and the bundle's index of files.

The document reads top to bottom as the assessment does: who and what, the gaps, then each area's criteria with
the answer, the evidence and its freshness, then the action plan and the evidence list. Every piece of text goes
through ``safe_text.xml_text``. python-docx is imported here only, when a document is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kitemark_app.core.safe_text import xml_text
from kitemark_app.services.office_export.content import CriterionAnswer, ReportContent, day_text
from kitemark_app.services.office_export.output import Steps

if TYPE_CHECKING:
    from docx.document import Document


def _new_document(title: str) -> Document:
    import docx

    document = docx.Document()
    document.core_properties.title = xml_text(title)
    document.core_properties.author = "Kitemark"
    return document


def _labelled(document: Document, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(xml_text(label)).bold = True
    paragraph.add_run(xml_text(text))


def _table(document: Document, headings: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(xml_text(heading)).bold = True
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = xml_text(value)


def _heading_block(document: Document, content: ReportContent, what: str) -> None:
    document.add_heading(xml_text(f"{content.organisation}: {what}"), level=0)
    _labelled(
        document,
        "Framework: ",
        f"{content.framework_title}, version {content.framework_version} ({content.framework_id})",
    )
    _labelled(document, "Target level: ", content.target_level)
    _labelled(document, "Made on: ", f"{day_text(content.made_on)}, by Kitemark")


def _gaps(document: Document, content: ReportContent) -> None:
    document.add_heading("What is missing or needs attention", level=1)
    if not content.gaps:
        document.add_paragraph("Nothing: every applicable criterion is answered and its evidence is current.")
    for gap in content.gaps:
        prefix = "Must be fixed before submitting: " if gap.must_fix else ""
        document.add_paragraph(xml_text(prefix + gap.message), style="List Bullet")


def _criterion(document: Document, answer: CriterionAnswer) -> None:
    document.add_heading(xml_text(f"{answer.id} {answer.title}"), level=2)
    _labelled(document, "Status: ", answer.status + (" (mandatory)" if answer.mandatory else ""))
    if answer.na_reason.strip():
        _labelled(document, "Why it does not apply: ", answer.na_reason)
    if answer.needs_recheck.strip():
        _labelled(document, "To check: ", answer.needs_recheck)
    if answer.narrative.strip():
        document.add_paragraph(xml_text(answer.narrative))
    else:
        document.add_paragraph("No answer written yet.")
    if not answer.evidence:
        document.add_paragraph("No evidence linked.")
    for linked in answer.evidence:
        file = linked.file
        dates = [f"dated {day_text(file.document_date)}" if file.document_date else "no date"]
        if file.review_by:
            dates.append(f"review by {day_text(file.review_by)}")
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(xml_text(file.title)).bold = True
        paragraph.add_run(xml_text(f" ({file.original_name}; {', '.join(dates)}). {linked.freshness}."))


def _actions_table(document: Document, content: ReportContent) -> None:
    document.add_heading("Action plan", level=1)
    if not content.actions:
        document.add_paragraph("No actions yet.")
        return
    rows = [
        (
            a.criterion,
            a.description,
            a.owner,
            day_text(a.due_date) + (" (overdue)" if a.overdue else ""),
            a.status,
        )
        for a in content.actions
    ]
    _table(document, ("Criterion", "Action", "Owner", "Due", "Status"), rows)


def _evidence_table(document: Document, content: ReportContent) -> None:
    document.add_heading("Evidence list", level=1)
    files = content.evidence_files()
    if not files:
        document.add_paragraph("No evidence is linked to the applicable criteria.")
        return
    rows = [
        (f.title, f.original_name, day_text(f.document_date), day_text(f.review_by), ", ".join(ids)) for f, ids in files
    ]
    _table(document, ("Title", "File", "Dated", "Review by", "Criteria"), rows)


def write_word(content: ReportContent, target: Path, steps: Steps) -> None:
    document = _new_document(f"{content.organisation}: self-assessment")
    _heading_block(document, content, "self-assessment")
    answered = sum(a.answered for a in content.criteria)
    document.add_paragraph(f"{answered} of {len(content.criteria)} applicable criteria answered.")
    _gaps(document, content)
    area = None
    for answer in content.criteria:
        if answer.area_id != area:
            area = answer.area_id
            document.add_heading(xml_text(f"{answer.area_id} {answer.area_title}"), level=1)
        _criterion(document, answer)
        steps.advance()
    _actions_table(document, content)
    _evidence_table(document, content)
    steps.check()
    document.save(str(target))


#: One row of the bundle's index: the file's name in the zip, then what the index says of it.
IndexRow = tuple[str, str, str, str, str, str, str, str, str]
INDEX_HEADINGS = (
    "File in this bundle",
    "Title",
    "Original file name",
    "Criteria",
    "Dated",
    "Review by",
    "Size (bytes)",
    "SHA-256 of the file in this bundle",
    "Details removed",
)


def write_index(content: ReportContent, rows: Sequence[IndexRow], target: IO[bytes]) -> None:
    """The bundle's index as a Word document: what each file in ``evidence/`` is and which criteria it shows."""
    from docx.enum.section import WD_ORIENT

    document = _new_document(f"{content.organisation}: evidence bundle")
    _heading_block(document, content, "evidence bundle")
    document.add_paragraph(
        f"{len(rows)} evidence file{'s' if len(rows) != 1 else ''}, in the folder 'evidence'. Each file's SHA-256 "
        "identifies exactly the bytes in this bundle. Where the details a file held about people, places or "
        "devices (a photo's GPS position, an author's name…) were removed, the last column says which."
    )
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    _table(document, INDEX_HEADINGS, rows)
    _gaps(document, content)
    document.save(target)
