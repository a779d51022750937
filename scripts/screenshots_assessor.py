"""Screenshots of assessor mode, made from the demo pack under a real X server.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_assessor.py

It builds the demo organisation and exports its signed pack in a temporary folder, then opens the real assessor
window on it and saves to ``docs/screenshots/``: assessor-valid (a registered organisation, evidence shown),
assessor-unregistered (a fresh register), assessor-rejected (one flipped byte), assessor-review (verdicts with a
condition, and the outcome), assessor-queue (Register → Team queue… with four packs at different stages, one
overdue, and the history of the one waiting for moderation).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import save, settle, start

WINDOW_SIZE = (1360, 860)
CRITERION = "GOV-01"
#: Other organisations in the queue shot: the demo organisation's data under another name, each signed by its own key.
QUEUE_ORGANISATIONS = ("Shoreditch Youth Project", "Bethnal Green Men's Shed", "Café Ünited Stepney")


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
    window.save_now()
    queue_shot(window, temp, desk, opened.received_pack_id, args.out)
    window.close()
    app.quit()
    return 0


def queue_shot(window: object, temp: Path, desk: Path, reviewed: int, out: Path) -> None:
    """The team queue: the reviewed demo pack put forward for moderation, one pack in review, one assigned and
    overdue, one just received."""
    import sqlite3
    from datetime import timedelta

    from sqlalchemy import select

    from kitemark_app.db.models import Organisation
    from kitemark_app.register.store import REGISTER_FILE
    from kitemark_app.services import assessor, council
    from kitemark_app.services.assessor import OutcomeEntry
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import export_pack
    from kitemark_app.services.workspace import Workspace

    draft = assessor.load_review(desk, reviewed)
    draft.outcome = OutcomeEntry("awarded", "Foundation", assessor.default_valid_until(), None, "A well-run network.")
    assessor.save_review(desk, reviewed, draft)
    council.submit_for_moderation(desk, reviewed)
    ids = []
    for index, name in enumerate(QUEUE_ORGANISATIONS):
        vco = temp / f"vco-{index}"
        create_demo(vco)
        with Workspace.open(vco) as workspace, workspace.session() as session:
            session.scalars(select(Organisation)).one().name = name
        result = export_pack(vco, temp / f"{name}.pdf", DEMO_PASSPHRASE)
        assessor.register_organisation(desk, name, result.signer_root_fingerprint)
        ids.append(assessor.open_received_pack(desk, result.pack).received_pack_id)
    in_review, overdue, _received = ids
    draft = assessor.load_review(desk, in_review)
    draft.verdicts[CRITERION] = assessor.VerdictEntry("met")
    assessor.save_review(desk, in_review, draft)
    council.assign(desk, overdue, "sam_assessor")
    due = date.today() - timedelta(days=3)
    with sqlite3.connect(desk / REGISTER_FILE) as connection:
        connection.execute("UPDATE received_pack SET due_by = ? WHERE id = ?", (due.isoformat(), overdue))
    connection.close()

    from PySide6.QtCore import QEventLoop, QTimer

    window.show_queue()  # type: ignore[attr-defined]
    dialog = window.queue_dialog  # type: ignore[attr-defined]
    loop = QEventLoop()
    dialog.queue_loaded.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    row = [r.id for r in dialog.rows].index(reviewed)
    dialog.table.selectRow(row)
    settle(1500)  # the history and the archive check are read off the UI thread
    save(dialog, out / "assessor-queue.png")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
