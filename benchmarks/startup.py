"""Benchmark: start-up of the Kitemark main window on the demo data, against a bare PySide6 QMainWindow.

    .venv/bin/python benchmarks/startup.py                   # offscreen, 9 runs each
    .venv/bin/python benchmarks/startup.py --platform xcb    # under a real X server (e.g. inside xvfb-run)
    .venv/bin/python benchmarks/startup.py --importtime      # also list the slowest imports of the app

In ONE run it measures, as wall-clock time from starting the process to its exit:

* the floor: a tiny ``python -c`` script that creates a QApplication and a QMainWindow, shows it and quits as
  soon as the event loop is idle;
* the app: ``kitemark --data-dir <demo folder> gui --exit-after-show`` (the same: quits once the main window is
  shown and the event loop idle), on a fresh demo workspace made with ``services.demo.create_demo``.

Runs alternate (floor, app, floor, app, …) after one untimed warm-up of each, so both see the same disk cache
and machine load; byte-code caches are written by the warm-up to a temporary folder, as an installed app has them. It prints both medians and their ratio. Target (issue 3): ratio ≤ 2.0.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RATIO_TARGET = 2.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 750)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def timed_run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"'{' '.join(command[:3])} …' failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    return elapsed


def slowest_imports(app_command: list[str], env: dict[str, str], count: int = 15) -> list[tuple[int, str]]:
    """The top-level packages with the largest cumulative import time (python -X importtime)."""
    result = subprocess.run(
        [app_command[0], "-X", "importtime", *app_command[1:]], env=env, capture_output=True, text=True, check=False
    )
    totals: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|(\s*)(\S+)", line)
        if match and len(match.group(2)) <= 3:  # only imports made directly by our code, not their children
            totals.append((int(match.group(1)), match.group(3)))
    return sorted(totals, reverse=True)[:count]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM to use (default offscreen; xcb)")
    parser.add_argument("--importtime", action="store_true", help="also print the app's slowest imports")
    args = parser.parse_args()

    from kitemark_app.services.demo import create_demo

    env = {**os.environ, "QT_QPA_PLATFORM": args.platform}
    env.pop("KITEMARK_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="kitemark-startup-") as temp:
        demo = Path(temp) / "demo"
        create_demo(demo)
        # Keep window geometry and other settings of this run away from the user's own.
        env["XDG_CONFIG_HOME"] = str(Path(temp) / "config")
        # Byte-code caches as an installed app has them (the warm-up writes them), kept out of the source tree;
        # without them (PYTHONDONTWRITEBYTECODE) every start would compile the app's modules again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(temp) / "pycache")
        bare = [sys.executable, "-c", BARE_WINDOW]
        app = [sys.executable, "-m", "kitemark_app", "--data-dir", str(demo), "gui", "--exit-after-show"]
        timed_run(bare, env)  # warm-up: disk cache, Qt plugin cache, .pyc files
        timed_run(app, env)
        bare_times, app_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed_run(bare, env))
            app_times.append(timed_run(app, env))
        imports = slowest_imports(app, env) if args.importtime else []

    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ratio = app_median / bare_median
    print(f"platform: {args.platform}, {args.runs} runs each, Python {sys.version.split()[0]}")
    print(f"bare QMainWindow:        median {bare_median * 1000:7.0f} ms  (min {min(bare_times) * 1000:.0f} ms)")
    print(f"kitemark on demo data:   median {app_median * 1000:7.0f} ms  (min {min(app_times) * 1000:.0f} ms)")
    print(f"ratio: {ratio:.2f} (target ≤ {RATIO_TARGET:.1f}) — {'OK' if ratio <= RATIO_TARGET else 'OVER TARGET'}")
    if imports:
        print("slowest imports (cumulative ms):")
        for micros, name in imports:
            print(f"  {micros / 1000:8.1f}  {name}")
    return 0 if ratio <= RATIO_TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
