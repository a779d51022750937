"""Screenshots of assessor mode, made from the demo pack under a real X server.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_assessor.py

It builds the demo organisation and exports its signed pack in a temporary folder, then opens the real assessor
window on it and saves to ``docs/screenshots/``: assessor-valid (a registered organisation, evidence shown),
assessor-unregistered (a fresh register), assessor-rejected (one flipped byte), assessor-review (verdicts with a
condition, and the outcome).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import save, settle, start

WINDOW_SIZE = (1360, 860)
CRITERION = "GOV-01"


def open_and_wait(window: object, pack: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.pack_opened.connect(loop.quit)  # type: ignore[attr-defined]
    window.open_failed.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(60_000, loop.quit)
    window.open_pack(pack)  # type: ignore[attr-defined]
    loop.exec()
    settle(600)


def main() -> int:
    args, temp, app = start(__doc__.split("\n\n")[0], "kitemark-assessor-shots-")

    from PySide6.QtCore import QSize

    from kitemark_app.services import assessor
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import export_pack
    from kitemark_app.ui.assessor.window import AssessorWindow
    from kitemark_app.ui.screen_fit import fit_to_screen

    create_demo(temp / "vco")
    pack = export_pack(temp / "vco", temp / "Riverside submission.pdf", DEMO_PASSPHRASE).pack
    tampered = temp / "Riverside submission (changed).pdf"
    data = bytearray(pack.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))

    fresh = AssessorWindow(temp / "fresh-assessor")
    fit_to_screen(fresh, QSize(*WINDOW_SIZE))
    fresh.show()
    open_and_wait(fresh, pack)
    save(fresh, args.out / "assessor-unregistered.png")
    open_and_wait(fresh, tampered)
    save(fresh, args.out / "assessor-rejected.png")
    fresh.close()

    desk = temp / "assessor"
    opened = assessor.open_received_pack(desk, pack)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    window = AssessorWindow(desk)
    fit_to_screen(window, QSize(*WINDOW_SIZE))
    window.show()
    open_and_wait(window, pack)
    items = [window.criteria.item(i) for i in range(window.criteria.count())]
    row = next(i for i, item in enumerate(items) if CRITERION in item.text())
    window.criteria.setCurrentRow(row)
    settle(1500)  # the evidence PDF is read and shown off the UI thread
    save(window, args.out / "assessor-valid.png")

    from kitemark_app.review.model import Verdict

    window.panel.buttons[Verdict.MET_WITH_CONDITIONS].setChecked(True)
    window.panel.condition.setText("Adopt the amended constitution at the AGM and send us the signed copy")
    window.panel.deadline.setDate(date(date.today().year + 1, 3, 31))
    window.panel.comment.setPlainText(
        "The governing document is clear and in date. The amendment widening the area of benefit still needs "
        "the members' vote."
    )
    for index in range(window.criteria.count()):
        if index != row:
            window.criteria.setCurrentRow(index)
            window.panel.buttons[Verdict.MET].setChecked(True)
    window.criteria.setCurrentRow(row)
    settle(1500)
    save(window, args.out / "assessor-review.png")
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
