"""The due-diligence bundle: a zip of the evidence files under readable names, with an index in Word and CSV.

For funders who want files rather than a signed pack. Each evidence item linked to an applicable criterion is in
``evidence/`` once, under the name the pack would give it (``pack.names``: plain ASCII, no path parts, no device
names, unique — so ``E003-board-minutes.pdf``). As in the pack, a file's details about people, places and
devices (a photo's GPS position…) are left out of its copy (``evidence.metadata``), and the originals are checked
against their SHA-256 as they are read. ``index.docx`` and ``index.csv`` give, per file, its title, the criteria
it shows, its dates and the SHA-256 of the bytes in the zip.
"""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from kitemark_app.core.safe_text import csv_text
from kitemark_app.evidence.store import CHUNK, EvidenceError
from kitemark_app.pack.names import attachment_names
from kitemark_app.sentences import say
from kitemark_app.services.office_export.content import EvidenceFile, ReportContent, day_text
from kitemark_app.services.office_export.output import Steps
from kitemark_app.services.office_export.word import INDEX_HEADINGS, IndexRow, write_index
from kitemark_app.services.workspace import Workspace

EVIDENCE_FOLDER = "evidence"
INDEX_WORD = "index.docx"
INDEX_CSV = "index.csv"
#: Kinds of file that are compressed already: stored as they are, not deflated again.
_COMPRESSED = {".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".zip", ".docx", ".xlsx", ".pptx",
               ".odt", ".ods", ".odp", ".mp3", ".mp4", ".m4a"}  # fmt: skip


def _damaged(title: str) -> EvidenceError:
    return EvidenceError(
        say(
            "The evidence file for '{title}' is damaged (it no longer matches what was added); "
            "replace it with a good copy and export again.",
            title=title,
        )
    )


def _missing(titles: list[str]) -> EvidenceError:
    count = len(titles)
    listed = ", ".join(f"'{t}'" for t in titles[:5]) + (", …" if count > 5 else "")
    if count == 1:
        return EvidenceError(
            say("1 evidence file is missing from the data folder ({titles}); add it again and export.", titles=listed)
        )
    return EvidenceError(
        say(
            "{count} evidence files are missing from the data folder ({titles}); add them again and export.",
            count=count,
            titles=listed,
        )
    )


def _verified(workspace: Workspace, file: EvidenceFile) -> Iterator[bytes]:
    try:
        yield from workspace.store.open_verified(file.sha256)
    except EvidenceError:
        raise _damaged(file.title) from None


def _copied(handle: IO[bytes]) -> Iterator[bytes]:
    handle.seek(0)
    while chunk := handle.read(CHUNK):
        yield chunk


def _entry(name: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED if Path(name).suffix.lower() in _COMPRESSED else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _add_file(
    archive: zipfile.ZipFile, workspace: Workspace, file: EvidenceFile, name: str, when: datetime, steps: Steps
) -> tuple[str, int, tuple[str, ...]]:
    """Write one evidence file (its copy without personal details, when it has some); returns its SHA-256 and
    size as written, and the details removed."""
    from kitemark_app.evidence import metadata

    steps.check()
    with tempfile.TemporaryFile(dir=workspace.layout.root) as copy:
        try:
            cleaning = metadata.clean(workspace.store.path_for(file.sha256), copy)
        except OSError:
            raise _missing([file.title]) from None
        removed = cleaning.removed if cleaning.outcome is metadata.Outcome.REMOVED else ()
        if removed and workspace.store.verify(file.sha256) != "ok":  # a copy of a damaged file must not go
            raise _damaged(file.title)
        chunks = _copied(copy) if removed else _verified(workspace, file)
        digest = hashlib.sha256()
        size = 0
        with archive.open(_entry(name, when), "w", force_zip64=True) as writer:
            for chunk in chunks:
                digest.update(chunk)
                writer.write(chunk)
                size += len(chunk)
                steps.advance(len(chunk))
    return digest.hexdigest(), size, removed


def _csv_bytes(rows: list[IndexRow]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(INDEX_HEADINGS)
    writer.writerows([csv_text(value) for value in row] for row in rows)
    return text.getvalue().encode("utf-8-sig")  # Excel on Windows then reads accented names correctly


def write_bundle(workspace: Workspace, content: ReportContent, target: Path, steps: Steps) -> int:
    """Write the bundle to ``target``; returns the number of evidence files in it."""
    files = content.evidence_files()
    if missing := [f.title for f, _ in files if not workspace.store.contains(f.sha256)]:
        raise _missing(missing)
    names = attachment_names([f.original_name for f, _ in files])
    when = datetime.now()
    rows: list[IndexRow] = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for (file, criteria), name in zip(files, names, strict=True):
            entry = f"{EVIDENCE_FOLDER}/{name}"
            sha256, size, removed = _add_file(archive, workspace, file, entry, when, steps)
            rows.append(
                (
                    entry,
                    file.title,
                    file.original_name,
                    ", ".join(criteria),
                    day_text(file.document_date),
                    day_text(file.review_by),
                    str(size),
                    sha256,
                    ", ".join(removed),
                )
            )
        index = io.BytesIO()
        write_index(content, rows, index)
        archive.writestr(_entry(INDEX_WORD, when), index.getvalue())
        archive.writestr(_entry(INDEX_CSV, when), _csv_bytes(rows))
    steps.check()
    return len(files)
