"""The demo workspace: a realistic, fictional food charity part-way through its self-assessment.

Built only through the ordinary operations (``Workspace`` and ``evidence_ops``), so the demo exercises the same
paths as a real user. Dates are relative to today so the demo never goes stale as a whole; a few items are stale
on purpose, to show the freshness warnings. Every mandatory criterion is answered with evidence, so the demo can
export a pack without further input.
"""

from __future__ import annotations

import csv
import shutil
import struct
import tempfile
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from kitemark_app.core.dates import long_day
from kitemark_app.core.freshness import months_before
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm
from kitemark_app.core.status import ResponseStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.paths import DataLayout, default_framework_text
from kitemark_app.sentences import say
from kitemark_app.services import evidence_ops
from kitemark_app.services.declaration import Declaration, SignatoryEntry, save_declaration
from kitemark_app.services.demo_content import ACTIONS, MET, NA_REASONS, NARRATIVES, STATUSES
from kitemark_app.services.demo_documents import DOCUMENTS, DemoDocument
from kitemark_app.services.demo_funder import add_funder_checks
from kitemark_app.services.workspace import OrganisationDetails, Workspace

TARGET_LEVEL = "Commissioning-ready"
#: The demo's signing-key passphrase: printed by 'kitemark demo' and in docs/signing.md. Demo data only.
DEMO_PASSPHRASE = "kitemark-demo-only"

ORGANISATION = OrganisationDetails(
    name="Riverside Community Food Network",
    legal_form=LegalForm.CIO,
    income_band=IncomeBand.FROM_100K_TO_250K,
    activities={
        Activity.WORKS_WITH_ADULTS_AT_RISK,
        Activity.EMPLOYS_STAFF,
        Activity.USES_VOLUNTEERS,
        Activity.HOLDS_PERSONAL_DATA,
        Activity.RUNS_PREMISES,
    },
    charity_number="1187346",
    address="Unit 4, Wharf Road Arches, Riverside, London SE99 1RF",
    contact_name="Amara Okafor",
    contact_email="amara.okafor@riversidefood.example",
    contact_phone="020 7946 0321",  # Ofcom's range for fictional numbers
    staff_count=5,
    volunteer_count=42,
)


def create_demo(root: Path, *, funder_checks: bool = True) -> None:
    """Fill the EMPTY data folder ``root`` with the demo organisation, its answers, evidence and actions.

    With ``funder_checks`` (the default, and what ``kitemark demo`` makes) a funder's due-diligence checks are
    begun alongside the Kitemark and answered from it (``demo_funder``); without, the Kitemark alone."""
    if not DataLayout(root).is_empty():
        raise KitemarkError(say("The demo needs an empty folder, and '{folder}' already has files in it.", folder=root))
    try:
        _build(root, date.today(), funder_checks)
    except BaseException:
        # The folder was empty, so a half-built demo can go: a retry must not be refused as non-empty.
        if root.exists():
            for child in root.iterdir():
                if child.is_dir():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        raise


def _build(root: Path, today: date, funder_checks: bool) -> None:
    with Workspace.open(root) as workspace:
        workspace.create_organisation(ORGANISATION)
        workspace.start_cycle(default_framework_text(), TARGET_LEVEL)
        for criterion_id, narrative in NARRATIVES.items():
            workspace.save_answer(criterion_id, status=STATUSES.get(criterion_id, MET), narrative=narrative)
        for criterion_id, reason in NA_REASONS.items():
            workspace.save_answer(criterion_id, status=ResponseStatus.NOT_APPLICABLE, na_reason=reason)
        with tempfile.TemporaryDirectory(prefix="kitemark-demo-") as folder:
            for document in DOCUMENTS:
                dated = _document_date(document, today)
                path = Path(folder) / document.file_name
                _WRITERS[path.suffix](path, document, dated, today)
                review_by = (
                    today - timedelta(days=document.review_overdue_days)
                    if document.review_overdue_days is not None
                    else None
                )
                evidence_ops.add_evidence(
                    workspace,
                    path,
                    title=document.title,
                    document_date=dated,
                    review_by=review_by,
                    criteria=document.criteria,
                )
        for action in ACTIONS:
            workspace.add_action(
                action.description,
                criterion_id=action.criterion_id,
                owner=action.owner,
                due_date=today + timedelta(days=action.due_in_days),
                status=action.status,
            )
        # The trustees resolved to submit at their last meeting; chair and treasurer sign the declaration.
        resolved = today - timedelta(days=8)
        save_declaration(
            workspace,
            Declaration(
                (
                    SignatoryEntry("Margaret Adeyemi", "Chair of trustees", today - timedelta(days=6)),
                    SignatoryEntry("David Chen", "Treasurer", today - timedelta(days=5)),
                ),
                resolved,
                f"TM-{resolved:%Y-%m} item 6",
            ),
        )
        if funder_checks:
            add_funder_checks(workspace)


def _year_end(today: date) -> date:
    """The 31 March ending the latest year whose accounts are approved (the trustees approve them in July)."""
    return date(today.year if today >= _accounts_approved_in(today.year) else today.year - 1, 3, 31)


def _accounts_approved_in(year: int) -> date:
    return date(year, 7, 20)


def _document_date(document: DemoDocument, today: date) -> date:
    if document.annual_accounts:
        return _accounts_approved_in(_year_end(today).year)
    return months_before(today, document.months_old) - timedelta(days=document.days_old)


def _long_date(day: date) -> str:
    return long_day(day)


def _write_pdf(path: Path, document: DemoDocument, dated: date, today: date) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    org = ORGANISATION.name
    values = {"org": org, "charity": ORGANISATION.charity_number, "dated": _long_date(dated),
              "year_end": _long_date(_year_end(today))}  # fmt: skip
    styles = getSampleStyleSheet()
    story = [
        Paragraph(escape(org), styles["Heading3"]),
        Paragraph(escape(document.title), styles["Title"]),
        Paragraph(f"Dated {_long_date(dated)}. Registered charity number {ORGANISATION.charity_number}.",
                  styles["Italic"]),
        Spacer(0, 12),
    ]  # fmt: skip
    for heading, text in document.sections:
        story.append(Paragraph(escape(heading), styles["Heading2"]))
        story.append(Paragraph(escape(text.format(**values)), styles["BodyText"]))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, title=document.title, author=org, subject="Kitemark demo")
    pdf.build(story)


def _write_csv(path: Path, document: DemoDocument, dated: date, today: date) -> None:
    rows = _budget_rows() if path.stem == "budget" else _training_rows(dated)
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:  # BOM: Excel then reads £ correctly
        csv.writer(handle).writerows(rows)


def _budget_rows() -> list[list[str]]:
    lines = [
        ("Income", "Council food resilience grant", 72000, 36000, 36000),
        ("Income", "National Lottery Community Fund", 48000, 24000, 24000),
        ("Income", "Trusts and foundations", 30000, 12000, 14500),
        ("Income", "Donations and fundraising", 18000, 7500, 6120),
        ("Income", "Pantry member contributions", 16500, 8250, 8610),
        ("Expenditure", "Salaries and on-costs", 121000, 60500, 60150),
        ("Expenditure", "Rent and service charge (arches)", 21600, 10800, 10800),
        ("Expenditure", "Utilities", 7200, 3600, 3010),
        ("Expenditure", "Food purchases", 14000, 7000, 7420),
        ("Expenditure", "Van running and repairs", 5400, 2700, 3350),
        ("Expenditure", "Volunteer expenses and training", 6000, 3000, 2480),
        ("Expenditure", "Insurance", 2900, 2900, 2860),
        ("Expenditure", "Independent examination and bookkeeping", 3200, 1200, 1200),
        ("Expenditure", "IT, phones and printing", 3100, 1550, 1390),
    ]
    rows = [["Type", "Budget line", "Annual budget (£)", "Budget to date (£)", "Actual to date (£)", "Variance (£)"]]
    for kind, name, annual, to_date, actual in lines:
        variance = actual - to_date if kind == "Income" else to_date - actual
        rows.append([kind, name, str(annual), str(to_date), str(actual), str(variance)])
    return rows


def _training_rows(dated: date) -> list[list[str]]:
    def ago(months: int) -> str:
        return months_before(dated, months).isoformat()

    people = [
        ("Amara Okafor", "Director", "Enhanced (adults)", ago(20), ago(5), ago(2), ago(8)),
        ("Lucy Brennan", "Pantry coordinator, safeguarding lead", "Enhanced (adults)", ago(14), ago(3), ago(1), ago(8)),
        ("Joe Rahman", "Volunteer coordinator, deputy lead", "Enhanced (adults)", ago(9), ago(3), ago(1), ago(8)),
        ("Sofia Marques", "Kitchen lead", "Not eligible", "", ago(11), ago(1), ago(8)),
        ("Helen Park", "Finance officer", "Not eligible", "", ago(11), ago(2), ago(8)),
        ("Shopping volunteers (4)", "Shopping for housebound members", "Enhanced (adults)", ago(6), ago(6), "", ago(8)),
        ("Pantry volunteers (28)", "Pantry volunteer", "Not eligible", "", ago(4), "", ""),
        ("Trustees (6)", "Trustee", "Not eligible", "", ago(10), "", ago(8)),
    ]
    header = ["Name", "Role", "DBS level", "DBS check date", "Safeguarding training", "Last supervision",
              "Equality training"]  # fmt: skip
    return [header, *[list(person) for person in people]]


def _write_png(path: Path, document: DemoDocument, dated: date, today: date) -> None:
    """A simple drawn 'photo' of a co-design session (notes on a wall, people round a table), no imaging library."""
    width, height = 480, 320
    pixels = [bytearray(bytes((236, 228, 210)) * width) for _ in range(height)]

    def fill(x0: int, y0: int, x1: int, y1: int, colour: tuple[int, int, int]) -> None:
        for y in range(max(0, y0), min(height, y1)):
            pixels[y][max(0, x0) * 3 : min(width, x1) * 3] = bytes(colour) * (min(width, x1) - max(0, x0))

    def disc(cx: int, cy: int, r: int, colour: tuple[int, int, int]) -> None:
        for y in range(cy - r, cy + r + 1):
            half = int((r * r - (y - cy) ** 2) ** 0.5)
            fill(cx - half, y, cx + half, y + 1, colour)

    fill(0, 220, width, height, (150, 110, 80))  # floor
    fill(40, 30, 440, 150, (250, 250, 250))  # flip-chart paper on the wall
    notes = [(255, 235, 110), (255, 170, 190), (150, 215, 255), (170, 235, 150)]
    for i in range(12):
        x, y = 60 + (i % 6) * 62, 45 + (i // 6) * 52
        fill(x, y, x + 44, y + 38, notes[i % len(notes)])
    fill(90, 200, 390, 230, (120, 80, 50))  # table
    for i, shirt in enumerate([(60, 90, 160), (180, 60, 60), (60, 140, 90), (200, 150, 40), (120, 70, 150)]):
        cx = 120 + i * 60
        disc(cx, 170, 16, (120 + 20 * i, 85 + 10 * i, 60 + 5 * i))  # heads in a range of skin tones
        fill(cx - 22, 188, cx + 22, 232, shirt)
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    )


def _write_jpeg(path: Path, document: DemoDocument, dated: date, today: date) -> None:
    """A drawn 'photo' of crates of food being unloaded; Pillow comes with reportlab, so it is always here."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), (170, 200, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 230, 480, 320), fill=(110, 110, 110))  # pavement
    draw.rectangle((20, 90, 260, 240), fill=(245, 245, 245))  # van
    draw.rectangle((260, 130, 330, 240), fill=(230, 230, 230))
    for x in (70, 280):
        draw.ellipse((x, 215, x + 45, 260), fill=(30, 30, 30))
    crates = [(60, 170, 40), (220, 120, 30), (200, 40, 40), (90, 140, 60)]
    for i, colour in enumerate(crates):
        x = 350 + (i % 2) * 55
        y = 250 - (i // 2) * 40
        draw.rectangle((x, y - 35, x + 50, y), fill=(150, 110, 70), outline=(90, 60, 40))
        draw.ellipse((x + 8, y - 45, x + 42, y - 25), fill=colour)
    draw.ellipse((300, 120, 330, 150), fill=(160, 110, 80))  # volunteer
    draw.rectangle((295, 150, 335, 230), fill=(40, 120, 70))
    image.save(path, "JPEG", quality=85)


_WRITERS: dict[str, Callable[[Path, DemoDocument, date, date], None]] = {
    ".pdf": _write_pdf,
    ".csv": _write_csv,
    ".png": _write_png,
    ".jpg": _write_jpeg,
}
