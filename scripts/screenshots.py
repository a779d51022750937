"""Screenshots for the README, made from the demo data under a real X server.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py

It builds the demo organisation in a temporary folder, opens the real welcome screen and main window at a fixed
size and saves PNGs to ``docs/screenshots/``: welcome, dashboard, criterion, evidence-library, action-plan.
It refuses the offscreen platform: that draws with no system fonts or style, so the pictures would not show
what people see.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py --language bn --small \
        --only welcome,dashboard,criterion,submission-readiness

shows the app in another language (as ``KITEMARK_LANGUAGE`` would) and saves into ``docs/screenshots/<code>/``;
``--only`` keeps just the pictures named, ``--small`` saves them with 256 colours.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1280, 800)
#: A criterion of the demo with an answer, out-of-date evidence and an overdue action.
CRITERION = "HSR-03"


def settle(milliseconds: int = 400) -> None:
    """Let layouts, deferred reloads and painting finish."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


#: The pictures to save (by name, e.g. "dashboard"); empty: all of them.
ONLY: set[str] = set()
#: Save with a palette of 256 colours (about a third of the size; the text's edges a little coarser).
SMALL: list[bool] = []


def save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    if ONLY and path.stem not in ONLY:
        return

    assert isinstance(widget, QWidget)
    from PIL import Image  # Pillow comes with reportlab
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = widget.grab().toImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    # Lossless, but smaller than Qt writes it: RGB without alpha, the strongest deflate, best filters.
    picture = Image.open(BytesIO(bytes(data.data()))).convert("RGB")
    if SMALL:
        picture = picture.quantize(256, dither=Image.Dither.NONE)
    picture.save(path, "PNG", optimize=True)
    print(f"{path.name}: {image.width()}x{image.height()}, {path.stat().st_size // 1024} KiB")


def start(description: str, prefix: str) -> tuple[argparse.Namespace, Path, Any]:
    """Parse ``--out``, refuse a platform with no real fonts, and start a QApplication whose settings stay in a
    temporary folder (returned), away from the user's own."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=None, help="where to save the PNGs (default docs/screenshots)")
    parser.add_argument("--language", default="en", help="the language to show, e.g. bn (default en)")
    parser.add_argument("--only", default="", help="comma-separated names of the pictures to save (default all)")
    parser.add_argument("--small", action="store_true", help="save with a palette of 256 colours (smaller files)")
    args = parser.parse_args()
    ONLY.update(name for name in args.only.split(",") if name)
    SMALL.extend([True] if args.small else [])
    if args.out is None:
        args.out = ROOT / "docs" / "screenshots" / ("" if args.language == "en" else args.language)
    os.environ["KITEMARK_LANGUAGE"] = args.language
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        raise SystemExit("screenshots need a real X server: run under xvfb-run, not QT_QPA_PLATFORM=offscreen")
    temp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["XDG_CONFIG_HOME"] = str(temp / "config")
    os.environ.pop("KITEMARK_DATA_DIR", None)

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        raise SystemExit(f"screenshots need a real X server, not the '{QGuiApplication.platformName()}' platform")
    app.setApplicationName("Kitemark")
    app.setOrganizationName("Kitemark")
    from PySide6.QtCore import QSettings

    from kitemark_app.ui.translations import LANGUAGES, chosen_language, install_language, install_translations

    if args.language not in LANGUAGES:
        raise SystemExit(f"no translation for {args.language!r} (there are: {', '.join(LANGUAGES)})")
    install_translations(app)
    install_language(app, chosen_language(QSettings()))
    args.out.mkdir(parents=True, exist_ok=True)
    return args, temp, app


def main() -> int:
    args, temp, app = start(__doc__.split("\n\n")[0], "kitemark-screenshots-")

    from PySide6.QtCore import QSettings, QSize

    from kitemark_app.services.demo import create_demo
    from kitemark_app.services.workspace import Workspace
    from kitemark_app.ui.app import app_icon
    from kitemark_app.ui.events import AppEvents
    from kitemark_app.ui.main_window import MainWindow
    from kitemark_app.ui.screen_fit import fit_to_screen
    from kitemark_app.ui.welcome import WelcomeScreen

    app.setWindowIcon(app_icon())

    welcome = WelcomeScreen()
    welcome.resize(760, 420)
    welcome.show()
    settle()
    save(welcome, args.out / "welcome.png")
    welcome.close()

    demo = temp / "demo"
    create_demo(demo)
    settings = QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat)
    with Workspace.open(demo) as workspace:
        window = MainWindow(workspace, AppEvents(), settings, demo=True)
        fit_to_screen(window, QSize(*WINDOW_SIZE))
        window.fit_navigation()
        window.show()
        settle(800)
        save(window, args.out / "dashboard.png")

        window.navigate(f"criterion:{CRITERION}")
        settle()
        save(window, args.out / "criterion.png")

        window.navigate("evidence")
        settle()
        library = window.pages["evidence"]
        stale = [row for row in range(library.model.rowCount()) if library.model.item(row).stale]
        if stale:
            library.select_evidence(library.model.item(stale[0]).id)
        settle()
        save(window, args.out / "evidence-library.png")

        window.navigate("actions")
        settle()
        save(window, args.out / "action-plan.png")
        window.autosaver.flush()

        # Tell us once: the fund's checks, a page whose answer was adapted from the Kitemark's (offered again).
        window.switch_framework("funder-due-diligence")
        window.navigate("criterion:ORG-04")
        settle()
        save(window, args.out / "funder-reuse.png")
        window.switch_framework("borough-vco-kitemark")
        settle()

        from kitemark_app.services.demo import DEMO_PASSPHRASE
        from kitemark_app.ui.submission_dialog import SubmissionDialog

        dialog = SubmissionDialog(workspace, window.events, window)
        fit_to_screen(dialog, dialog.size())
        dialog.show()
        settle()
        save(dialog, args.out / "submission-readiness.png")
        dialog.acknowledge.setChecked(True)
        dialog.personal.send_as_they_are.setChecked(True)
        dialog.go_next()
        dialog.go_next()
        dialog.destination.setText(str(temp / "Riverside Kitemark submission.pdf"))
        dialog.passphrase.setText(DEMO_PASSPHRASE)
        dialog.passphrase_again.setText(DEMO_PASSPHRASE)
        dialog.bilingual.setChecked(True)  # the charity's choice: each criterion in English, then Bengali
        settle()
        save(dialog, args.out / "submission-signing.png")
        dialog.go_next()
        for _ in range(600):  # the export runs off the UI thread
            settle(100)
            if dialog.result is not None:
                break
        settle()
        save(dialog, args.out / "submission-done.png")
        dialog.close()

        from datetime import date

        from kitemark_app.evidence.date_guess import DateGuess
        from kitemark_app.ui.evidence_dating import DatingDialog, Undated

        dating = DatingDialog(
            [
                Undated(1, "Safeguarding policy 2026-06-01", DateGuess(date(2026, 6, 1), "file name")),
                Undated(2, "Volunteers at the summer fair", DateGuess(date(2026, 7, 12), "date taken")),
                Undated(3, "Minutes of the board meeting", None),
            ],
            window,
        )
        dating.show()
        settle()
        save(dating, args.out / "evidence-dating.png")
        dating.close()

        from kitemark_app.ui.key_dialog import KeyDialog

        key_dialog = KeyDialog(demo, window)
        key_dialog.show()
        settle()
        save(key_dialog, args.out / "signing-key.png")
        key_dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
