"""Importing a big evidence file leaves the UI thread free: hashing and copying run on a worker thread.

This asserts behaviour, not timing (benchmarks/ui_stall.py measures the worst stall): while the file is being
stored, a timer on the UI thread must keep firing. The store operation waits, on its worker thread, until the UI
thread has ticked several times; were it run on the UI thread, no tick could happen and the test would fail.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from kitemark_app.services import evidence_ops
from kitemark_app.services.evidence_library import library_items
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_library import EvidenceLibraryPage
from tests.ui.vco_workspace import vco_workspace

MIB = 1024 * 1024


@pytest.mark.slow
def test_a_20_mb_import_runs_off_the_ui_thread_while_the_ui_keeps_ticking(
    qtbot, monkeypatch, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "annual-report-scan.pdf"
    with open(source, "wb") as handle:
        for _ in range(20):
            handle.write(os.urandom(MIB))

    ui_thread = threading.current_thread()
    ticks_while_storing = threading.Semaphore(0)
    storing = threading.Event()
    store_threads: list[threading.Thread] = []
    real_store_file = evidence_ops.store_file

    def observed_store_file(*args, **kwargs):  # type: ignore[no-untyped-def]
        store_threads.append(threading.current_thread())
        storing.set()
        stored = real_store_file(*args, **kwargs)
        for _ in range(5):  # the UI thread must tick while we are still "storing"
            if not ticks_while_storing.acquire(timeout=10):
                raise AssertionError("the UI thread did not tick while the file was being stored")
        return stored

    monkeypatch.setattr(evidence_ops, "store_file", observed_store_file)
    warnings: list[str] = []  # a failure is reported in a message box; collect it instead of blocking on it
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_: warnings.append(text))

    def tick() -> None:
        if storing.is_set():
            ticks_while_storing.release()

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()
    with vco_workspace(data_dir) as workspace:
        page = EvidenceLibraryPage(workspace, AppEvents())
        qtbot.addWidget(page)
        page.show()
        failures: list[str] = []
        page.task_failed.connect(failures.append)
        with qtbot.waitSignal(page.evidence_added, timeout=60_000) as blocker:
            task = page.import_files([source])
            assert task is not None
        probe.stop()
        assert failures == [] and warnings == []
        assert store_threads and all(thread is not ui_thread for thread in store_threads)
        (evidence_id,) = blocker.args[0]
        item = {i.id: i for i in library_items(workspace)}[evidence_id]
        assert item.size == 20 * MIB
        assert workspace.store.path_for(item.sha256).stat().st_size == 20 * MIB
