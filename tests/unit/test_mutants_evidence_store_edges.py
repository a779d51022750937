"""More of the evidence store (evidence/store.py) at the edges the mutants of scripts/mutation.sh probe: retries of
the final rename, read and write failures at each step and their sentences, files of more than one chunk, the
temporary file's name and place, which temporary files count as stale. Failures are made with monkeypatch on the
one call that fails, so everything else runs for real."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kitemark_app.evidence import store as store_module
from kitemark_app.evidence.store import (
    CHUNK,
    TEMP_PREFIX,
    EvidenceError,
    EvidenceStore,
    ImportCancelled,
    fsync_directory,
    guess_media_type,
    safe_name,
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_file(tmp_path: Path, data: bytes = b"content", name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_media_types_include_the_common_non_standard_ones() -> None:
    assert guess_media_type("old-scan.pict") == "image/pict"  # only in Python's non-strict table


@pytest.mark.parametrize(
    "hidden",
    ["\u0007", "\u200e", "\ue000", "\U000f0000", "\u0378"],  # control, format, private use (BMP, plane 15), unassigned
)
def test_characters_without_a_visible_form_are_replaced(hidden: str) -> None:
    assert safe_name(f"a{hidden}b.pdf") == "a\ufffdb.pdf"


def test_a_long_name_keeps_only_its_last_extension() -> None:
    assert safe_name("x" * 300 + ".final.pdf") == "x" * 250 + "….pdf"


# --- the final rename ----------------------------------------------------------------------------------------------


def test_the_rename_is_retried_while_a_scanner_holds_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    calls: list[int] = []
    sleeps: list[float] = []

    def busy_twice(source: Any, target: Any) -> None:
        calls.append(1)
        if len(calls) <= 2:
            raise PermissionError(errno.EACCES, "in use")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", busy_twice)
    monkeypatch.setattr(time, "sleep", sleeps.append)
    store = EvidenceStore(tmp_path / "store")
    stored = store.add(source_file(tmp_path))
    assert len(calls) == 3 and sleeps == [0.05, 0.1]  # waiting a little longer each time
    assert store.verify(stored.sha256) == "ok"


def test_the_rename_gives_up_after_twenty_attempts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    sleeps: list[float] = []

    def always_busy(source: Any, target: Any) -> None:
        calls.append(1)
        raise PermissionError(errno.EACCES, "in use")

    monkeypatch.setattr(os, "replace", always_busy)
    monkeypatch.setattr(time, "sleep", sleeps.append)
    store = EvidenceStore(tmp_path / "store")
    with pytest.raises(EvidenceError) as caught:
        store.add(source_file(tmp_path))
    assert str(caught.value) == (
        "Kitemark is not allowed to write 'a.txt' to its data folder; check the folder's permissions."
    )
    assert len(calls) == 20
    assert sleeps == pytest.approx([0.05 * n for n in range(1, 20)])  # no wait after the last attempt
    assert store.stored_hashes() == set() and store.temp_files() == []


def test_a_directory_is_synced_through_a_handle_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[bool] = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(stat.S_ISDIR(os.fstat(fd).st_mode)))
    fsync_directory(tmp_path)
    assert synced == [True]


@pytest.mark.parametrize(
    ("failure", "raised"),
    [(OSError(errno.EIO, "Input/output error"), EvidenceError), (KeyboardInterrupt(), KeyboardInterrupt)],
)
def test_a_failure_after_the_rename_is_reported_as_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException, raised: type[BaseException]
) -> None:
    # The temporary file has already been renamed: cleaning it up must not fail in its turn.
    def fails(folder: Path) -> None:
        raise failure

    monkeypatch.setattr(store_module, "fsync_directory", fails)
    store = EvidenceStore(tmp_path / "store")
    with pytest.raises(raised) as caught:
        store.add(source_file(tmp_path))
    if raised is EvidenceError:
        assert str(caught.value) == "'a.txt' could not be stored (Input/output error); nothing was changed."
    assert store.temp_files() == []


# --- reading the source --------------------------------------------------------------------------------------------


def test_a_name_the_system_cannot_look_up_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(EvidenceError) as caught:
        EvidenceStore(tmp_path / "store").check_source(tmp_path / ("x" * 300))
    assert str(caught.value) == f"'{'x' * 59}…' cannot be read (File name too long)."


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
        (OSError("the device went away"), "the device went away"),
    ],
)
def test_a_source_that_cannot_be_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    source = source_file(tmp_path)

    def cannot_open(*args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(store_module, "open", cannot_open, raising=False)
    with pytest.raises(EvidenceError) as caught:
        EvidenceStore(tmp_path / "store").add(source)
    assert str(caught.value) == f"'a.txt' cannot be read ({reason}); check that it is not open elsewhere."


class FailingReader(io.BytesIO):
    """Gives its first chunk, then fails as a USB stick pulled out does."""

    def read(self, size: int | None = -1) -> bytes:
        if self.tell():
            raise OSError(errno.EIO, "Input/output error")
        return super().read(size)


def test_a_source_that_fails_part_way_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = source_file(tmp_path, b"x" * (CHUNK + 10))
    monkeypatch.setattr(store_module, "open", lambda *a, **k: FailingReader(source.read_bytes()), raising=False)
    store = EvidenceStore(tmp_path / "store")
    with pytest.raises(EvidenceError) as caught:
        store.add(source)
    assert str(caught.value) == (
        "'a.txt' could not be read to the end (Input/output error); if it is on a USB stick or network drive, copy "
        "it to this PC first."
    )
    assert store.temp_files() == [] and store.stored_hashes() == set()


def test_a_file_of_more_than_one_chunk(tmp_path: Path) -> None:
    data = bytes(range(256)) * (CHUNK // 256) + b"tail!"
    calls: list[tuple[int, int]] = []
    store = EvidenceStore(tmp_path / "new" / "nested" / "store")  # made with its parents
    stored = store.add(source_file(tmp_path, data), progress=lambda d, t: calls.append((d, t)))
    assert (stored.sha256, stored.size) == (sha(data), CHUNK + 5)
    assert calls == [(CHUNK, CHUNK + 5), (CHUNK + 5, CHUNK + 5)]
    chunks = list(store.open_verified(stored.sha256))
    assert [len(c) for c in chunks] == [CHUNK, 5]


def test_the_copy_is_written_under_a_temporary_name_in_the_store(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    seen: list[list[str]] = []
    store.add(source_file(tmp_path), progress=lambda d, t: seen.append([p.name for p in store.temp_files()]))
    (names,) = seen
    assert len(names) == 1 and names[0].startswith(f"{TEMP_PREFIX}{os.getpid()}-")


def test_an_intact_stored_copy_is_never_rewritten(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    stored = store.add(source_file(tmp_path))
    before = store.path_for(stored.sha256).stat().st_ino
    store.add(source_file(tmp_path, name="again.txt"))
    assert store.path_for(stored.sha256).stat().st_ino == before


# --- reading the store ---------------------------------------------------------------------------------------------


def test_a_stored_file_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = EvidenceStore(tmp_path / "store")
    digest = store.add(source_file(tmp_path)).sha256

    def unreadable(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(store_module, "open", unreadable, raising=False)
    assert store.verify(digest) == "damaged"
    with pytest.raises(EvidenceError) as caught:
        list(store.open_verified(digest))
    assert str(caught.value) == (
        f"An evidence file could not be read ({digest[:12]}…: Input/output error); run 'kitemark check'."
    )


def test_cancel_during_a_check_is_noticed_at_the_next_chunk(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    digest = store.add(source_file(tmp_path, b"y" * (CHUNK + 1))).sha256
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # pressed while the first chunk was read

    with pytest.raises(ImportCancelled):
        store.verify(digest, cancelled=cancelled)


# --- stale temporary files -----------------------------------------------------------------------------------------


def test_a_temporary_file_of_a_running_process_is_kept_and_the_process_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "store"
    root.mkdir()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (root / f"{TEMP_PREFIX}{other.pid}-abc").write_bytes(b"partial")
        (root / f"{TEMP_PREFIX}{os.getpid()}-part-2").write_bytes(b"partial")  # the pid ends at the first hyphen
        assert EvidenceStore(root).remove_stale_temp_files() == 0
        with pytest.raises(subprocess.TimeoutExpired):  # only asked whether it runs (signal 0), never signalled
            other.wait(timeout=0.3)
    finally:
        other.kill()
        other.wait()
    assert len(EvidenceStore(root).temp_files()) == 2


def test_a_process_we_may_not_signal_is_alive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def not_ours(pid: int, signal: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "kill", not_ours)
    assert store_module._process_alive(12345)


def test_on_windows_another_process_is_assumed_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as windows:  # only for this one call: pytest itself must not see "nt"
        windows.setattr(os, "name", "nt")
        alive = store_module._process_alive(999_999_999)
    assert alive


def test_one_temporary_file_that_cannot_be_removed_does_not_stop_the_others(tmp_path: Path) -> None:
    root = tmp_path / "store"
    root.mkdir()
    (root / f"{TEMP_PREFIX}999999998-a").mkdir()  # a folder: unlink fails
    (root / f"{TEMP_PREFIX}999999999-b").write_bytes(b"partial")
    assert EvidenceStore(root).remove_stale_temp_files() == 1
    assert [p.name for p in EvidenceStore(root).temp_files()] == [f"{TEMP_PREFIX}999999998-a"]


def test_a_lone_surrogate_from_a_windows_file_name_is_replaced_not_a_crash() -> None:
    from kitemark_app.evidence.store import safe_name

    assert safe_name("minutes\ud800.pdf") == "minutes\ufffd.pdf"
    assert safe_name("minutes\udfff.pdf") == "minutes\ufffd.pdf"
    assert safe_name("caf\udce9.pdf") == "caf\ufffd.pdf"  # a file-system escape: one byte, one replacement
