"""Editable exports of the demo: a Word document, an Excel workbook and a due-diligence bundle (a zip).

The files are read back with python-docx, openpyxl, zipfile and Pillow; what they must hold is read from the
database and the framework rules (``Workspace.applicable``), not from the export's own content module.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import docx
import openpyxl
import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kitemark_app.cli import main
from kitemark_app.db.models import ActionItem, Evidence, Response
from kitemark_app.errors import KitemarkError
from kitemark_app.services import evidence_ops
from kitemark_app.services.demo import create_demo
from kitemark_app.services.office_export import ReportCancelled, write_report
from kitemark_app.services.workspace import Workspace

FORMULA = "=1+1 is what our treasurer typed first"
CONTROL = "Filed on time\x0c with a form feed,\x00 a NUL and an escape\x1b pasted in."
HOSTILE_NAMES = (
    "../../x.pdf",
    "CON.pdf",
    "nul.tar.gz",
    "/etc/passwd",
    "C:\\Windows\\system32\\evil.pdf",
    "minutes/2026\\board.pdf",
    "invoice\u202efdp.exe",
    "very long " * 40 + ".pdf",
    "same.pdf",
    "SAME.pdf",
)
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
GPS_IFD = 0x8825
SUFFIXES = {"docx": ".docx", "xlsx": ".xlsx", "bundle": ".zip"}


def gps_photo(path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Zorkicam", "ZX-4410"
    exif[GPS_IFD] = {1: "N", 2: (51.0, 30.0, 12.0), 3: "W", 4: (0.0, 7.0, 39.0)}
    Image.new("RGB", (48, 32), (10, 120, 200)).save(path, "JPEG", exif=exif)


def make_workspace(root: Path, extra: Path) -> None:
    """The demo, with a formula-like and a control-character narrative, hostile file names and a GPS photo."""
    create_demo(root)
    extra.mkdir()
    with Workspace.open(root) as workspace:
        workspace.save_answer("GOV-02", narrative=FORMULA)
        workspace.save_answer("GOV-03", narrative=CONTROL)
        ids = []
        for number in range(len(HOSTILE_NAMES)):
            source = extra / f"file-{number}.pdf"
            source.write_bytes(f"hostile file {number}\n".encode() * (number + 1))
            criteria = ["GOV-01", "FIN-01"] if number == 0 else ["GOV-01"]  # linked twice: still once in the zip
            ids.append(evidence_ops.add_evidence(workspace, source, title=f"Hostile {number}", criteria=criteria))
        photo = extra / "photo.jpg"
        gps_photo(photo)
        evidence_ops.add_evidence(workspace, photo, title="Photo with a GPS position", criteria=["COM-03"])
        with workspace.session() as session:  # names no file system would give, as an older database may hold
            for evidence_id, name in zip(ids, HOSTILE_NAMES, strict=True):
                session.get(Evidence, evidence_id).original_name = name  # type: ignore[union-attr]


@dataclass(frozen=True)
class Expected:
    criteria: list[tuple[str, str]]  # (id, title) of every applicable criterion, in framework order
    narratives: dict[str, str]
    linked: dict[str, list[str]]  # criterion -> evidence titles
    evidence: dict[int, str]  # id -> title of every item linked to an applicable criterion
    actions: int


def expected_of(root: Path) -> Expected:
    with Workspace.open(root) as workspace, workspace.session() as session:
        cycle = workspace.current_cycle(session)
        applicable = [(item.id, item.criterion.title) for item in workspace.applicable(session)]
        ids = {cid for cid, _ in applicable}
        rows = session.scalars(
            select(Response).where(Response.cycle_id == cycle.id).options(selectinload(Response.evidence))
        ).all()
        used = [r for r in rows if r.criterion_id in ids]
        actions = session.scalars(select(ActionItem).where(ActionItem.cycle_id == cycle.id)).all()
        return Expected(
            applicable,
            {r.criterion_id: r.narrative for r in used if r.narrative},
            {r.criterion_id: [e.title for e in r.evidence] for r in used},
            {e.id: e.title for r in used for e in r.evidence},
            len(actions),
        )


@dataclass(frozen=True)
class Exports:
    root: Path
    files: dict[str, Path]
    expected: Expected


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    base = tmp_path_factory.mktemp("office")
    root = base / "data"
    make_workspace(root, base / "sources")
    (base / "out").mkdir()
    files = {}
    with Workspace.open(root) as workspace:
        for fmt, suffix in SUFFIXES.items():
            files[fmt] = write_report(workspace, fmt, base / "out" / f"export{suffix}").path
    return Exports(root, files, expected_of(root))


@pytest.fixture
def copied_root(exports: Exports, tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(exports.root, root)
    return root


def clean(text: str) -> str:
    return XML_ILLEGAL.sub("", text)


def word_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- Word and Excel ---------------------------------------------------------------------------------------


def test_the_word_document_holds_every_criterion_answer_and_evidence_title(exports: Exports) -> None:
    text = word_text(exports.files["docx"])
    expected = exports.expected
    assert len(expected.criteria) > 60
    for criterion_id, title in expected.criteria:
        assert f"{criterion_id} {title}" in text
    for narrative in expected.narratives.values():
        assert clean(narrative) in text
    for titles in expected.linked.values():
        for title in titles:
            assert title in text
    assert FORMULA in text and clean(CONTROL) in text and "\x0c" not in text


def test_the_workbook_has_a_row_per_criterion_with_its_answer_and_evidence(exports: Exports) -> None:
    workbook = openpyxl.load_workbook(exports.files["xlsx"])
    assert workbook.sheetnames[:3] == ["Self-assessment", "Action plan", "Evidence"]
    sheet = workbook["Self-assessment"]
    header = [cell.value for cell in sheet[1]]
    assert sheet.freeze_panes == "A2"
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    expected = exports.expected
    assert [(r["Criterion"], r["Title"]) for r in rows] == expected.criteria
    by_id = {r["Criterion"]: r for r in rows}
    for criterion_id, narrative in expected.narratives.items():
        assert by_id[criterion_id]["Narrative"] == clean(narrative)
    for criterion_id, titles in expected.linked.items():
        shown = (by_id[criterion_id]["Evidence"] or "").split("\n")
        assert shown == (titles or [""])
    assert all(by_id[c]["Status"] for c, _ in expected.criteria)
    assert workbook["Action plan"].max_row - 1 == expected.actions
    listed = [row[0] for row in workbook["Evidence"].iter_rows(min_row=2, values_only=True)]
    assert sorted(listed) == sorted(expected.evidence.values())


def test_a_narrative_beginning_with_equals_stays_text_in_excel(exports: Exports) -> None:
    workbook = openpyxl.load_workbook(exports.files["xlsx"])
    sheet = workbook["Self-assessment"]
    column = [cell.value for cell in sheet[1]].index("Narrative")
    (row,) = [row for row in sheet.iter_rows(min_row=2) if row[1].value == "GOV-02"]
    assert row[column].value == FORMULA and row[column].data_type == "s"
    with zipfile.ZipFile(exports.files["xlsx"]) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)


def test_control_characters_do_not_break_either_file(exports: Exports) -> None:
    workbook = openpyxl.load_workbook(exports.files["xlsx"])
    (row,) = [r for r in workbook["Self-assessment"].iter_rows(min_row=2, values_only=True) if r[1] == "GOV-03"]
    assert clean(CONTROL) in row
    assert clean(CONTROL) in word_text(exports.files["docx"])


# --- the bundle -------------------------------------------------------------------------------------------


def bundle_index(path: Path) -> tuple[zipfile.ZipFile, list[dict[str, str]]]:
    archive = zipfile.ZipFile(path)
    text = archive.read("index.csv").decode("utf-8-sig")
    return archive, list(csv.DictReader(io.StringIO(text)))


def test_the_bundle_index_lists_every_file_once_with_the_sha256_of_its_bytes(exports: Exports) -> None:
    archive, rows = bundle_index(exports.files["bundle"])
    with archive:
        evidence = [n for n in archive.namelist() if n.startswith("evidence/")]
        assert len(evidence) == len(set(evidence)) == len(exports.expected.evidence)
        assert sorted(r["File in this bundle"] for r in rows) == sorted(evidence)
        assert sorted(r["Title"] for r in rows) == sorted(exports.expected.evidence.values())
        for row in rows:
            written = archive.read(row["File in this bundle"])
            assert row["SHA-256 of the file in this bundle"] == hashlib.sha256(written).hexdigest()
            assert int(row["Size (bytes)"]) == len(written)
        (first,) = [r for r in rows if r["Title"] == "Hostile 0"]
        assert first["Criteria"] == "GOV-01, FIN-01"
        index = archive.read("index.docx")
    word = word_text_of_bytes(index)
    for row in rows:
        assert row["File in this bundle"] in word and row["SHA-256 of the file in this bundle"] in word


def word_text_of_bytes(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    return "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)


def test_hostile_names_stay_inside_the_evidence_folder(exports: Exports, tmp_path: Path) -> None:
    with zipfile.ZipFile(exports.files["bundle"]) as archive:
        names = archive.namelist()
        for name in names:
            path = PurePosixPath(name)
            assert not path.is_absolute() and ".." not in path.parts and "\\" not in name and ":" not in name
            assert len(path.parts) == 1 or (len(path.parts) == 2 and path.parts[0] == "evidence")
            assert name.isascii() and name.isprintable() and "\u202e" not in name
            assert len(path.name) <= 120
            assert path.stem.split(".")[0].split("-", 1)[-1].upper() not in {"CON", "NUL", "PRN", "AUX"}
        assert len({n.lower() for n in names}) == len(names)
        archive.extractall(tmp_path / "out")
    inside = (tmp_path / "out").resolve()
    for path in (tmp_path / "out").rglob("*"):
        assert path.resolve().is_relative_to(inside)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["evidence", "index.csv", "index.docx"]


def test_the_photo_in_the_bundle_has_no_gps_position(exports: Exports) -> None:
    archive, rows = bundle_index(exports.files["bundle"])
    (row,) = [r for r in rows if r["Title"] == "Photo with a GPS position"]
    with archive, Image.open(io.BytesIO(archive.read(row["File in this bundle"]))) as photo:
        assert not photo.getexif().get_ifd(GPS_IFD)
    assert "GPS position" in row["Details removed"]


# --- all or nothing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(SUFFIXES))
def test_cancelling_part_way_leaves_no_file_and_keeps_an_older_one(copied_root: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out" / f"report{SUFFIXES[fmt]}"
    out.parent.mkdir()
    out.write_bytes(b"the file saved last week")
    calls: list[tuple[int, int]] = []
    with Workspace.open(copied_root) as workspace, pytest.raises(ReportCancelled) as raised:
        write_report(workspace, fmt, out, progress=lambda d, t: calls.append((d, t)), cancelled=lambda: len(calls) >= 2)
    assert "cancelled" in str(raised.value) and "nothing was saved" in str(raised.value)
    assert calls and calls[-1][0] < calls[-1][1]  # it stopped part-way
    assert out.read_bytes() == b"the file saved last week"
    assert leftovers(out.parent) == []


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_a_missing_or_damaged_store_file_is_named_and_nothing_is_written(
    copied_root: Path, tmp_path: Path, damage: str
) -> None:
    with Workspace.open(copied_root) as workspace:
        with workspace.session() as session:
            evidence = session.scalars(select(Evidence).where(Evidence.title == "Minutes of the board of trustees"))
            sha256 = evidence.one().sha256
        stored = workspace.store.path_for(sha256)
        if damage == "missing":
            stored.unlink()
        else:
            stored.write_bytes(b"%PDF-1.4 not what was added")
        out = tmp_path / "bundle.zip"
        with pytest.raises(KitemarkError, match="'Minutes of the board of trustees'") as raised:
            write_report(workspace, "bundle", out)
    assert damage in str(raised.value)
    assert not out.exists() and leftovers(tmp_path) == []


# --- the command ------------------------------------------------------------------------------------------


def test_the_command_writes_the_file_and_says_so_in_one_line(
    copied_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "assessment.xlsx"
    code = main(["--data-dir", str(copied_root), "report", "--format", "xlsx", "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert printed.out.splitlines() == [printed.out.strip()] and printed.out.startswith("Excel workbook written: ")
    assert str(out) in printed.out
    assert openpyxl.load_workbook(out)["Self-assessment"].max_row > 60


def test_an_unknown_framework_is_one_sentence_and_no_file(
    copied_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "assessment.docx"
    args = ["--data-dir", str(copied_root), "report", "--format", "docx", "--framework", "unknown", "--out", str(out)]
    assert main(args) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err == (
        "kitemark: This organisation has no self-assessment against 'unknown' "
        "(it has: borough-vco-kitemark, funder-due-diligence).\n"
    )
    assert not out.exists()


def test_the_command_needs_a_known_format(
    copied_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "assessment.pdf"
    assert main(["--data-dir", str(copied_root), "report", "--format", "pdf", "--out", str(out)]) == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err and not out.exists()


def test_the_command_loads_no_qt(copied_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "assessment.docx"
    script = (
        "import sys\nfrom kitemark_app.cli import main\n"
        f"code = main(['--data-dir', {str(copied_root)!r}, 'report', '--format', 'docx', '--out', {str(out)!r}])\n"
        "assert code == 0, code\nassert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.is_file()
    light = "import sys\nfrom kitemark_app.cli import build_parser\nbuild_parser('report')\n"
    light += "assert not [m for m in sys.modules if m.split('.')[0] in {'PySide6', 'docx', 'openpyxl', 'sqlalchemy'}]\n"
    parsed = subprocess.run([sys.executable, "-c", light], capture_output=True, text=True, timeout=60, check=False)
    assert parsed.returncode == 0, parsed.stderr[-2000:]
