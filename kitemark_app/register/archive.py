"""Received packs kept once, by content: ``<archive>/<first two hex digits>/<sha256>.pdf``.

A pack never changes after it is signed, so a content-addressed folder is safe on a shared drive: a file is
written to a temporary name, flushed, then renamed into place (another officer storing the same pack writes the
same bytes). Reading one back re-checks its SHA-256 and size: a missing or altered file is reported, never
trusted.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from kitemark_app.errors import KitemarkError

ARCHIVE_ENV = "KITEMARK_PACK_ARCHIVE"
ARCHIVE_SETTING = "pack_archive"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024


class ArchiveProblem(KitemarkError):
    """The archived copy of a pack is missing or is not the file that was received."""


def name_for(sha256: str) -> str:
    if not _SHA256.match(sha256):
        raise ValueError("not a SHA-256 in lower-case hex")
    return f"{sha256[:2]}/{sha256}.pdf"


def store(archive: Path, source: Path, sha256: str) -> str:
    """Copy ``source`` into ``archive`` under its hash (once); returns the name relative to ``archive``."""
    name = name_for(sha256)
    target = archive / name
    if target.is_file() and target.stat().st_size == source.stat().st_size and file_sha256(target) == sha256:
        return name
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as inp:
            digest = hashlib.sha256()
            while chunk := inp.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise ArchiveProblem(
                f"'{source.name}' changed while it was being stored; open it again once nothing is writing to it."
            )
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return name


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def checked_copy(archive: Path, name: str, sha256: str, size: int) -> Path:
    """The archived file, after checking it is still exactly the pack received (else ``ArchiveProblem``)."""
    if name != name_for(sha256):
        raise ArchiveProblem("The register's record of this pack names the wrong archive file; do not rely on it.")
    path = archive / name
    if not path.is_file():
        raise ArchiveProblem(
            f"The archived copy of this pack is missing from {archive}; open the pack from the organisation's "
            "email again, or ask whoever looks after the shared folder."
        )
    if path.stat().st_size != size or file_sha256(path) != sha256:
        raise ArchiveProblem(
            "The archived copy of this pack is not the file that was received (it has been altered or damaged); "
            "do not rely on it, and open the pack from the organisation's email again."
        )
    return path


def export_copy(archive: Path, name: str, sha256: str, size: int, out: Path) -> Path:
    """Copy a checked archived pack to ``out`` (e.g. to open it in another viewer)."""
    shutil.copyfile(checked_copy(archive, name, sha256, size), out)
    return out
