"""A content-addressed file store: ``<root>/<first two hex digits>/<sha256>``.

Files are copied in chunks (never read whole), written to a temporary file in the store, flushed to disk and
then renamed into place, so a crash never leaves a partial file under a real name.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kitemark_app.errors import KitemarkError

CHUNK = 1024 * 1024
DEFAULT_MAX_BYTES = 250 * 1000 * 1000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class EvidenceError(KitemarkError):
    """A file cannot be taken into, or read from, the evidence store."""


class ImportCancelled(KitemarkError):
    """The user cancelled an evidence import."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    original_name: str


def guess_media_type(name: str) -> str:
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def _replace_with_retry(source: Path, target: Path, attempts: int = 20) -> None:
    """os.replace, retried: on Windows an antivirus scanner may briefly hold the new file open."""
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_directory(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class EvidenceStore:
    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def check_source(self, source: Path) -> int:
        """The file's size, or an EvidenceError saying in one sentence why it cannot be added."""
        if source.is_dir():
            raise EvidenceError(f"'{source.name}' is a folder; choose the files inside it instead.")
        try:
            size = source.stat().st_size
        except FileNotFoundError:
            raise EvidenceError(f"'{source}' does not exist; check the name and try again.") from None
        except OSError as error:
            raise EvidenceError(f"'{source.name}' cannot be read ({error.strerror}).") from None
        if not source.is_file():
            raise EvidenceError(f"'{source.name}' is not a regular file.")
        if size == 0:
            raise EvidenceError(f"'{source.name}' is empty; choose the file that has the document in it.")
        if size > self.max_bytes:
            raise EvidenceError(
                f"'{source.name}' is {size / 1e6:.0f} MB, over the {self.max_bytes / 1e6:.0f} MB limit; "
                "save a smaller copy (e.g. scan at a lower resolution) and add that."
            )
        return size

    def add(
        self, source: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> StoredFile:
        """Copy ``source`` into the store, hashing as it goes. Idempotent for identical content."""
        size = self.check_source(source)
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            with open(source, "rb") as reader, os.fdopen(handle, "wb") as writer:
                done = 0
                while chunk := reader.read(CHUNK):
                    if cancelled and cancelled():
                        raise ImportCancelled("The import was cancelled; nothing was added.")
                    digest.update(chunk)
                    writer.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, size)
                writer.flush()
                os.fsync(writer.fileno())
            sha256 = digest.hexdigest()
            target = self.path_for(sha256)
            if target.exists():
                temp.unlink()
            else:
                target.parent.mkdir(exist_ok=True)
                _replace_with_retry(temp, target)
                _fsync_directory(target.parent)
        except PermissionError:
            temp.unlink(missing_ok=True)
            raise EvidenceError(f"'{source.name}' cannot be read: permission denied.") from None
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise EvidenceError(f"'{source.name}' could not be stored ({error.strerror or error}).") from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return StoredFile(sha256, done, guess_media_type(source.name), source.name)

    def open_verified(self, sha256: str) -> Iterator[bytes]:
        """Yield the stored file in chunks; raises EvidenceError at the end if its hash no longer matches."""
        path = self.path_for(sha256)
        if not path.is_file():
            raise EvidenceError(
                f"An evidence file is missing from the store ({sha256[:12]}…); run 'kitemark check'."
            )
        digest = hashlib.sha256()
        with open(path, "rb") as reader:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                yield chunk
        if digest.hexdigest() != sha256:
            raise EvidenceError(f"An evidence file has been damaged ({sha256[:12]}…); run 'kitemark check'.")

    def stored_hashes(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.glob("??/*") if p.is_file() and len(p.name) == 64}
