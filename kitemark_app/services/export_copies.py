"""The evidence a pack carries, without the details it holds about people, places and devices.

Before an export, ``what_is_removed(root)`` says per file, in words, what will be removed ("photo-agm.jpg: GPS
position, camera make and model, date taken"), what is sent as it is and why (a signed PDF), for the Prepare
submission dialog and ``kitemark export --what-is-removed``. During an export, ``EvidenceCopies`` makes the copies
(``evidence.metadata``) in a hidden folder of the data folder — which holds the originals anyway, unlike the folder
the pack goes to — and removes them when the export ends. The originals in the library are only read.

A copy's entry in the manifest has the copy's ``size`` and ``sha256`` (what the pack carries, and what the
verifier hashes), the original's ``original_sha256`` (the file in the library, which a later pack compares by) and
``metadata_removed`` (the words). An item with parts to hide (``services/redaction_ops.py``) gets instead a copy
made anew from its pages' pixels (``evidence.redaction``), whose entry also has ``redaction`` (how many areas,
which pages were left out, how many pages the copy has). Plain data in and out; no Qt.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kitemark_app.db.models import Evidence, Response
from kitemark_app.evidence import metadata, redaction
from kitemark_app.evidence.metadata import Cleaning, Outcome
from kitemark_app.evidence.redaction import RedactionCancelled, RedactionError, Redactions
from kitemark_app.evidence.store import EvidenceError, storage_error_sentence
from kitemark_app.pack.manifest import EvidenceInfo, PackContent, RedactionInfo
from kitemark_app.sentences import Said, say
from kitemark_app.services.workspace import Workspace

FOLDER_PREFIX = ".export-copies-"
CHUNK = 1024 * 1024
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class FileDetails:
    """One evidence file of the pack and what happens to its details."""

    evidence_id: int
    title: str
    file_name: str  # as the library recorded it
    cleaning: Cleaning

    def sentence(self) -> str:
        return self.cleaning.sentence(self.file_name)

    def as_json(self) -> dict[str, Any]:
        return {
            "file_name": self.file_name,
            "title": self.title,
            "kind": self.cleaning.kind,
            "outcome": self.cleaning.outcome.value,
            "removed": list(self.cleaning.removed),
            "reason": self.cleaning.reason,
            "remaining": list(self.cleaning.remaining),
        }


def damaged_evidence(title: str) -> Said:
    """The sentence for an evidence file that no longer matches what was added (its copy, or itself, must not go)."""
    return say(
        "The evidence file for '{title}' is damaged (it no longer matches what was added); "
        "replace it with a good copy and export again.",
        title=title,
    )


def pack_evidence(workspace: Workspace) -> list[tuple[int, str, str, str]]:
    """(id, title, original name, sha256) of every item the pack carries: linked to an applicable criterion of the
    current cycle, in the order added (the rule of ``services.export``)."""
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        applicable = {item.id for item in workspace.applicable(session)}
        responses = session.scalars(
            select(Response).where(Response.cycle_id == cycle.id).options(selectinload(Response.evidence))
        )
        items: dict[int, Evidence] = {e.id: e for r in responses if r.criterion_id in applicable for e in r.evidence}
        return [(e.id, e.title, e.original_name, e.sha256) for e in sorted(items.values(), key=lambda e: e.id)]


def what_is_removed(root: Path, cancelled: IsCancelled | None = None) -> list[FileDetails]:
    """Per evidence file of the next pack: what its copy leaves out, or why it is sent as it is. Reads only."""
    cancelled = cancelled or (lambda: False)
    with Workspace.open(root, read_only=True) as workspace:
        from kitemark_app.services import redaction_ops

        found = []
        items = pack_evidence(workspace)
        hidden = redaction_ops.for_items(workspace, [item[0] for item in items])
        for evidence_id, title, name, sha256 in items:
            if cancelled():
                break
            cleaning = _look(workspace, sha256, None)
            if evidence_id in hidden:
                cleaning = Cleaning(
                    Outcome.REMOVED, cleaning.kind, removed=redacted_words(hidden[evidence_id], cleaning)
                )
            found.append(FileDetails(evidence_id, title, name, cleaning))
        return found


def redacted_words(redactions: Redactions, cleaning: Cleaning) -> tuple[str, ...]:
    """What a redacted copy leaves out, in words: the parts hidden, then everything a copy made of pixels drops."""
    made_anew = (
        say("everything but the pictures of its pages (text, fonts, forms, attachments, earlier revisions)")
        if cleaning.kind == "PDF"
        else say("everything but the picture's pixels (EXIF, XMP, comments, colour profile)")
    )
    details = cleaning.removed if cleaning.outcome is Outcome.REMOVED else cleaning.remaining
    words = [*redactions.words(), made_anew, *(w for w in details if w)]
    return tuple(dict.fromkeys(words))[:64]


def _look(workspace: Workspace, sha256: str, out: Any) -> Cleaning:
    try:
        return metadata.clean(workspace.store.path_for(sha256), out)
    except FileNotFoundError:
        return Cleaning(Outcome.KEPT, "", reason=say("the file is missing from the data folder; run 'kitemark check'"))
    except OSError as error:
        return Cleaning(
            Outcome.KEPT, "", reason=say("Kitemark could not read it ({reason})", reason=error.strerror or error)
        )


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":
        return True  # Windows: a folder still in use cannot be removed anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EvidenceCopies:
    """The copies one export embeds: ``prepare`` makes them, leaving the export's content to use; the folder goes
    when the ``with`` block ends, however it ends (and a folder left by a killed export goes at the next)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.folder: Path | None = None
        self.copies: dict[str, Path] = {}  # attachment name -> copy

    def __enter__(self) -> EvidenceCopies:
        return self

    def __exit__(self, *_: object) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def _remove_stale(self) -> None:
        for folder in self.workspace.layout.root.glob(f"{FOLDER_PREFIX}*"):
            pid = folder.name[len(FOLDER_PREFIX) :].split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)

    def prepare(
        self,
        content: PackContent,
        cancelled: IsCancelled,
        hidden: Mapping[str, Redactions] | None = None,
        redacting: Callable[[float], None] | None = None,
    ) -> PackContent:
        """``content`` with each cleaned item's entry describing its copy; the copies written to disk.

        ``hidden`` maps attachment names to the parts to hide: those items get a redacted copy, and
        ``redacting(fraction)`` is told how much of that work is done (page by page), for a progress bar.
        """
        from kitemark_app.pack.attachments import ExportCancelled

        self._remove_stale()
        hidden = hidden or {}
        redacting = redacting or (lambda fraction: None)
        evidence = []
        redacted_so_far = 0
        for info in content.evidence:
            if cancelled():
                raise ExportCancelled()
            redactions = hidden.get(info.attachment)

            def pages_done(done: int, total: int, before: int = redacted_so_far) -> None:
                redacting((before + done / max(total, 1)) / len(hidden))

            try:
                copied = self._redacted(info, redactions, cancelled, pages_done) if redactions else self._copy(info)
                redacted_so_far += 1 if redactions else 0
            except RedactionCancelled:
                raise ExportCancelled() from None
            evidence.append(copied)
        return replace(content, evidence=tuple(evidence))

    def _target(self) -> Path:
        if self.folder is None:
            try:
                self.folder = Path(
                    tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-", dir=self.workspace.layout.root)
                )
            except OSError as error:
                raise EvidenceError(storage_error_sentence(error, say("the copies of the evidence"))) from None
        return self.folder / f"{len(self.copies) + 1:05d}"

    def _check_original(self, info: EvidenceInfo) -> None:
        if self.workspace.store.verify(info.sha256) != "ok":  # a copy of a damaged file must not be sent
            raise EvidenceError(damaged_evidence(info.title))

    def _redacted(
        self, info: EvidenceInfo, redactions: Redactions, cancelled: IsCancelled, pages_done: redaction.PagesDone
    ) -> EvidenceInfo:
        """The copy made anew from the pages' pixels, with the parts hidden (evidence/redaction.py)."""
        target = self._target()
        source = self.workspace.store.path_for(info.sha256)
        try:
            with open(target, "wb") as out:
                made = redaction.redact(source, out, redactions, cancelled, info.original_name, pages_done)
        except OSError as error:
            target.unlink(missing_ok=True)
            raise EvidenceError(storage_error_sentence(error, say("the copies of the evidence"))) from None
        except (RedactionError, RedactionCancelled):
            target.unlink(missing_ok=True)
            raise
        self._check_original(info)
        size, sha256 = _size_and_hash(target)
        self.copies[info.attachment] = target
        words = redacted_words(redactions, _look(self.workspace, info.sha256, None))
        omitted = tuple(sorted(redactions.omitted_pages))
        return replace(
            info,
            size=size,
            sha256=sha256,
            original_sha256=info.sha256,
            metadata_removed=words,
            redaction=RedactionInfo(len(redactions.areas), omitted, made.pages_out),
        )

    def _copy(self, info: EvidenceInfo) -> EvidenceInfo:
        target = self._target()
        try:
            with open(target, "wb") as out:
                cleaning = _look(self.workspace, info.sha256, out)
        except OSError as error:
            raise EvidenceError(storage_error_sentence(error, say("the copies of the evidence"))) from None
        if cleaning.outcome is not Outcome.REMOVED:
            target.unlink()
            return info
        self._check_original(info)
        size, sha256 = _size_and_hash(target)
        self.copies[info.attachment] = target
        return replace(info, size=size, sha256=sha256, original_sha256=info.sha256, metadata_removed=cleaning.removed)

    def chunks(self, info: EvidenceInfo) -> Callable[[], Iterator[bytes]] | None:
        """The copy's bytes for ``info`` (checked against its SHA-256 as they are read), or None: send the original."""
        path = self.copies.get(info.attachment)
        if path is None:
            return None

        def read() -> Iterator[bytes]:
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                while chunk := handle.read(CHUNK):
                    digest.update(chunk)
                    yield chunk
            if digest.hexdigest() != info.sha256:
                raise EvidenceError(
                    say("The copy of '{title}' changed while the pack was written; export again.", title=info.title)
                )

        return read


def _size_and_hash(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()
