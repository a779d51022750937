"""A content-addressed file store: ``<root>/<first two hex digits>/<sha256>``.

Files are copied in chunks (never read whole), written to a temporary ``.incoming-<pid>-…`` file in the store,
flushed to disk and then renamed into place, so a crash never leaves a partial file under a real name. A
temporary file left by a killed process is never visible as evidence (only 64-hex names are) and is removed by
``remove_stale_temp_files`` the next time the data folder is opened.
"""

from __future__ import annotations

import errno
import hashlib
import math
import mimetypes
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say

CHUNK = 1024 * 1024
DEFAULT_MAX_BYTES = 250 * 1000 * 1000
TEMP_PREFIX = ".incoming-"
MAX_NAME_CHARS = 255
_HASH = re.compile(r"^[0-9a-f]{64}$")

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


def safe_name(name: str) -> str:
    """A file name fit to store and print: valid Unicode, no control or bidi-override characters, not too long."""
    # A lone surrogate outside the file-system escapes (U+DC80..U+DCFF) cannot be encoded even with surrogateescape:
    # it becomes U+FFFD first (Windows file names may hold one).
    text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" and not "\udc80" <= ch <= "\udcff" else ch for ch in name)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = "".join("\ufffd" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else ch for ch in text)
    text = text.strip()
    if len(text) > MAX_NAME_CHARS:
        _stem, dot, suffix = text.rpartition(".")
        keep = suffix if dot and len(suffix) <= 10 else ""
        text = text[: MAX_NAME_CHARS - len(keep) - 2] + "…" + (f".{keep}" if keep else "")
    return text or "unnamed file"


def display_name(name: str, limit: int = 60) -> str:
    """The name as it appears inside a one-sentence message."""
    text = safe_name(name)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def fsync_directory(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_all(fd: int, data: bytes | memoryview) -> None:
    """os.write until everything is written (it may write less than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def storage_error_sentence(error: OSError, what: str) -> str:
    """One sentence for a failure to write ``what`` (disk full, no permission, device gone…)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return say("There is not enough free disk space to store {what}; free some space and try again.", what=what)
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return say("Kitemark is not allowed to write {what} to its data folder; check the folder's permissions.",
                   what=what)  # fmt: skip
    # The sentence starts with ``what``: given capitalised, as English (a said ``what`` only when that changes nothing).
    capitalised = what[0].upper() + what[1:]
    return say("{what} could not be stored ({reason}); nothing was changed.",
               what=what if capitalised == what else capitalised, reason=error.strerror or str(error))  # fmt: skip


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # Windows: an open temp file cannot be deleted anyway, so unlinking is what decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EvidenceStore:
    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES, read_only_reason: str | None = None) -> None:
        self.root = root
        self.max_bytes = max_bytes
        #: When set, the store refuses to add files and says this sentence instead.
        self.read_only_reason = read_only_reason

    def path_for(self, sha256: str) -> Path:
        if not _HASH.match(sha256):
            raise EvidenceError(say("'{name}' is not a valid evidence reference; run 'kitemark check'.",
                                    name=display_name(sha256)))  # fmt: skip
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def _limit_error(self, name: str, size: int) -> EvidenceError:
        return EvidenceError(say(
            "'{name}' is {size} MB, over the {limit} MB limit; "
            "save a smaller copy (e.g. scan at a lower resolution) and add that.",
            name=display_name(name),
            size=f"{math.ceil(size / 1e5) / 10:g}",  # rounded up and the limit down,
            limit=f"{math.floor(self.max_bytes / 1e5) / 10:g}",  # so never "250 MB, over 250 MB"
        ))  # fmt: skip

    def check_source(self, source: Path) -> int:
        """The file's size, or an EvidenceError saying in one sentence why it cannot be added."""
        name = display_name(source.name)
        try:
            if source.is_dir():
                raise EvidenceError(say("'{name}' is a folder; choose the files inside it instead.", name=name))
            size = source.stat().st_size
        except FileNotFoundError:
            raise EvidenceError(say("'{name}' does not exist; check the name and try again.", name=name)) from None
        except OSError as error:
            reason = error.strerror or str(error)
            raise EvidenceError(say("'{name}' cannot be read ({reason}).", name=name, reason=reason)) from None
        if not source.is_file():
            raise EvidenceError(say("'{name}' is not a regular file; choose a document, scan or photo.", name=name))
        if size == 0:
            raise EvidenceError(say("'{name}' is empty; choose the file that has the document in it.", name=name))
        if size > self.max_bytes:
            raise self._limit_error(source.name, size)
        return size

    def add(self, source: Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> StoredFile:
        """Copy ``source`` into the store, hashing as it goes. Idempotent for identical content.

        On any failure nothing new is visible in the store and the sentence says what to do.
        """
        if self.read_only_reason:
            raise EvidenceError(self.read_only_reason)
        size = self.check_source(source)
        name = display_name(source.name)
        try:
            reader = open(source, "rb")  # noqa: SIM115 - closed in the finally below
        except OSError as error:
            reason = say("permission denied") if isinstance(error, PermissionError) else (error.strerror or str(error))
            raise EvidenceError(
                say(
                    "'{name}' cannot be read ({reason}); check that it is not open elsewhere.", name=name, reason=reason
                )
            ) from None
        try:
            return self._copy_in(reader, source.name, size, progress, cancelled)
        finally:
            reader.close()

    def _copy_in(
        self, reader: object, original: str, size: int, progress: Progress | None, cancelled: Cancelled | None
    ) -> StoredFile:
        name = display_name(original)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=self.root)
        except OSError as error:
            raise EvidenceError(storage_error_sentence(error, f"'{name}'")) from None
        temp = Path(temp_name)
        digest = hashlib.sha256()
        done = 0
        try:
            try:
                while True:
                    try:
                        chunk = reader.read(CHUNK)  # type: ignore[attr-defined]
                    except OSError as error:
                        raise EvidenceError(say(
                            "'{name}' could not be read to the end ({reason}); "
                            "if it is on a USB stick or network drive, copy it to this PC first.",
                            name=name, reason=error.strerror or str(error),
                        )) from None  # fmt: skip
                    if not chunk:
                        break
                    if cancelled and cancelled():
                        raise ImportCancelled(say("The import was cancelled; nothing was added."))
                    done += len(chunk)
                    if done > self.max_bytes:  # the file grew while we copied it
                        raise self._limit_error(original, done)
                    digest.update(chunk)
                    write_all(handle, chunk)
                    if progress:
                        progress(done, size)
                if done == 0:
                    raise EvidenceError(
                        say("'{name}' is empty; choose the file that has the document in it.", name=name)
                    )
                os.fsync(handle)
            finally:
                os.close(handle)
            sha256 = digest.hexdigest()
            target = self.path_for(sha256)
            if target.is_file() and self.verify(sha256) == "ok":
                temp.unlink()
            else:
                target.parent.mkdir(exist_ok=True)
                _replace_with_retry(temp, target)
                fsync_directory(target.parent)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise EvidenceError(storage_error_sentence(error, f"'{name}'")) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return StoredFile(sha256, done, guess_media_type(original), safe_name(original))

    def open_verified(self, sha256: str) -> Iterator[bytes]:
        """Yield the stored file in chunks; raises EvidenceError at the end if its hash no longer matches.

        Callers writing an export must treat that error as fatal and discard what they wrote.
        """
        path = self.path_for(sha256)
        if not path.is_file():
            raise EvidenceError(
                say("An evidence file is missing from the store ({ref}…); run 'kitemark check'.", ref=sha256[:12])
            )
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as reader:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    yield chunk
        except OSError as error:
            raise EvidenceError(say(
                "An evidence file could not be read ({ref}…: {reason}); run 'kitemark check'.",
                ref=sha256[:12], reason=error.strerror or str(error),
            )) from None  # fmt: skip
        if digest.hexdigest() != sha256:
            raise EvidenceError(
                say("An evidence file has been damaged ({ref}…); run 'kitemark check'.", ref=sha256[:12])
            )

    def verify(self, sha256: str, cancelled: Cancelled | None = None) -> str:
        """'ok', 'missing' or 'damaged' (wrong hash or unreadable) for one stored file."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "missing"
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as reader:
                while chunk := reader.read(CHUNK):
                    if cancelled and cancelled():
                        raise ImportCancelled(say("The check was cancelled."))
                    digest.update(chunk)
        except OSError:
            return "damaged"
        return "ok" if digest.hexdigest() == sha256 else "damaged"

    def stored_hashes(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.glob("??/*") if p.is_file() and _HASH.match(p.name)}

    def stray_files(self) -> list[Path]:
        """Files in the store that are neither evidence nor an import in progress (should be none)."""
        if not self.root.is_dir():
            return []
        stray = []
        for path in self.root.rglob("*"):
            if path.is_dir() or path.name.startswith(TEMP_PREFIX):
                continue
            if not (_HASH.match(path.name) and path.parent.parent == self.root and path.parent.name == path.name[:2]):
                stray.append(path)
        return stray

    def temp_files(self) -> list[Path]:
        """Temporary files of imports: in progress, or left behind by a process that was killed."""
        if not self.root.is_dir():
            return []
        return sorted(self.root.glob(f"{TEMP_PREFIX}*"))

    def remove_stale_temp_files(self) -> int:
        """Delete temp files whose importing process has gone; returns how many were removed."""
        removed = 0
        for path in self.temp_files():
            pid_text = path.name[len(TEMP_PREFIX) :].split("-", 1)[0]
            if pid_text.isdigit() and _process_alive(int(pid_text)):
                continue
            try:
                path.unlink()
                removed += 1
            except OSError:  # still open elsewhere (Windows), or already gone
                continue
        return removed
