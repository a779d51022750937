"""The council side of a redacted copy: the assessor's evidence list and viewer say it was redacted by the
organisation, with what was hidden, and the copy opens in the viewer like any PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kitemark_app.services import evidence_ops, redaction_ops
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import export_pack
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.assessor.window import AssessorWindow
from tests.integration.test_redaction_export import CERTIFICATE_HIDDEN, make_certificate


def black_bar(window: AssessorWindow) -> bool:
    """Whether the viewer draws a row that is black from 15 % to 55 % of its width (a hidden line of the copy)."""
    image = window.viewer.pdf_view.grab().toImage()
    left, right = int(image.width() * 0.15), int(image.width() * 0.55)
    return any(
        all(image.pixelColor(x, y).lightness() < 60 for x in range(left, right, 4)) for y in range(image.height() // 2)
    )


def test_the_assessor_is_told_the_copy_was_redacted(qtbot, message_boxes, tmp_path: Path) -> None:
    vco = tmp_path / "vco"
    create_demo(vco)
    make_certificate(tmp_path / "dbs-certificate.pdf")
    with Workspace.open(vco) as workspace:
        evidence_id = evidence_ops.add_evidence(workspace, tmp_path / "dbs-certificate.pdf", title="DBS certificate",
                                                criteria=["SAF-01"])  # fmt: skip
        redaction_ops.save(workspace, evidence_id, CERTIFICATE_HIDDEN)
    pack = export_pack(vco, tmp_path / "pack.pdf", DEMO_PASSPHRASE).pack

    window = AssessorWindow(tmp_path / "assessor")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.pack_opened, timeout=30_000):
        window.open_pack(pack)
    row = next(r for r in range(window.criteria.count())
               if window.criteria.item(r).data(Qt.ItemDataRole.UserRole) == "SAF-01")  # fmt: skip
    window.criteria.setCurrentRow(row)
    listed = [window.panel.evidence.item(r).text() for r in range(window.panel.evidence.count())]
    redacted = [text for text in listed if "(redacted by the organisation)" in text]
    assert len(redacted) == 1 and redacted[0].startswith("DBS certificate  —  E")
    assert len(listed) > 1  # the demo's own policy for SAF-01 is not marked
    qtbot.waitUntil(lambda: window.viewer.stack.currentWidget() is window.viewer.pdf_view)  # the policy, first
    window.panel.evidence.setCurrentRow(listed.index(redacted[0]))
    assert window.viewer.caption.text().endswith(
        "Redacted by the organisation: this copy was made from pictures of the pages; 4 areas blacked out; "
        "page 2 left out."
    )
    qtbot.waitUntil(lambda: window.viewer.document.pageCount() == 2, timeout=10_000)
    # What the view draws is the copy (a black bar across the page), not the file shown before it.
    qtbot.waitUntil(lambda: window.viewer.stack.currentWidget() is window.viewer.pdf_view and black_bar(window))
    window.panel.evidence.setCurrentRow(listed.index(next(t for t in listed if t not in redacted)))
    assert "Redacted" not in window.viewer.caption.text()
    qtbot.waitUntil(lambda: window.viewer.stack.currentWidget() is window.viewer.pdf_view and not black_bar(window))
