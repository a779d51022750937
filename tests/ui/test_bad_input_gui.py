"""Mistaken evidence input in the real main window: one plain message per file, nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from kitemark_app.services import evidence_ops
from kitemark_app.services.answers import criterion_answer

CRITERION = "GOV-03"


def test_bad_files_are_each_explained_and_the_typed_answer_survives(
    qtbot, open_app, started_folder: Path, tmp_path: Path, message_boxes
) -> None:
    window = open_app(started_folder).main_window
    window.navigate(f"criterion:{CRITERION}")
    page = window.criterion_page
    qtbot.keyClicks(page.narrative, "Filed every year")
    folder = tmp_path / "a folder"
    folder.mkdir()
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    big = tmp_path / "big scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(250_400_000)  # sparse
    good = tmp_path / "return.pdf"
    good.write_bytes(b"%PDF good")
    page.attach_files([folder, empty, big, tmp_path / "gone.pdf", good])
    qtbot.waitUntil(lambda: page.evidence_box.list.count() == 1)
    [text] = message_boxes.texts("warning")
    assert text.splitlines() == [
        "'a folder' is a folder; choose the files inside it instead.",
        "'empty.pdf' is empty; choose the file that has the document in it.",
        "'big scan.pdf' is 250.4 MB, over the 250 MB limit; save a smaller copy (e.g. scan at a lower resolution) "
        "and add that.",
        "'gone.pdf' does not exist; check the name and try again.",
    ]
    assert [item.title for item in evidence_ops.list_evidence(window.workspace)] == ["return"]
    assert page.narrative.toPlainText() == "Filed every year"
    window.autosaver.flush()
    assert criterion_answer(window.workspace, CRITERION).narrative == "Filed every year"
