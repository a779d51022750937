"""Writing an export all or nothing, with progress and cancel.

``atomic_output(out)`` gives a hidden temporary file beside ``out`` (the same folder, so the rename is atomic);
only when the writer returns is it flushed to disk and renamed to ``out``. On an error or a cancel it is removed,
so ``out`` is either the whole new file or whatever was there before.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ReportCancelled(KitemarkError):
    """The user cancelled the export."""

    def __init__(self) -> None:
        super().__init__(say("The export was cancelled; nothing was saved."))


class Steps:
    """Progress in units of work (criteria, bytes…); each step first checks whether the user cancelled."""

    def __init__(self, total: int, progress: Progress | None, cancelled: IsCancelled | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress or (lambda done, total: None)
        self._cancelled = cancelled or (lambda: False)

    def check(self) -> None:
        if self._cancelled():
            raise ReportCancelled()

    def advance(self, amount: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + amount)
        self._progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        self._progress(self.total, self.total)


def check_destination(out: Path, example: str) -> None:
    if out.is_dir():
        raise KitemarkError(
            say("'{path}' is a folder; give a file name to save, e.g. {example}.", path=out, example=out / example)
        )
    if not out.parent.is_dir():
        raise KitemarkError(
            say("The folder '{folder}' does not exist; create it or choose another.", folder=out.parent)
        )


def write_failure(error: OSError, out: Path) -> KitemarkError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return KitemarkError(
            say(
                "The disk ran out of space while saving '{name}'; nothing was saved. "
                "Free some space or choose another drive and try again.",
                name=out.name,
            )
        )
    if isinstance(error, PermissionError):
        return KitemarkError(
            say(
                "'{name}' could not be saved in '{folder}' (permission denied); close it if it is open in "
                "another program, or choose another folder.",
                name=out.name,
                folder=out.parent,
            )
        )
    return KitemarkError(
        say("'{name}' could not be saved ({reason}); nothing was saved.", name=out.name, reason=error.strerror or error)
    )


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_directory(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """The temporary path to write; renamed to ``out`` when the ``with`` block ends without an error."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        os.close(handle)
    except OSError as error:
        raise write_failure(error, out) from None
    temp = Path(name)
    try:
        yield temp
        _fsync_file(temp)
        os.replace(temp, out)
        _fsync_directory(out.parent)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise write_failure(error, out) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
