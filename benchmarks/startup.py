"""Benchmark: start-up of the Kitemark main window on the demo data, against a bare PySide6 QMainWindow.

    .venv/bin/python benchmarks/startup.py                   # offscreen, 9 runs each
    .venv/bin/python benchmarks/startup.py --platform xcb    # under a real X server (e.g. inside xvfb-run)
    .venv/bin/python benchmarks/startup.py --importtime      # also list the slowest imports of the app

In ONE run it measures wall-clock times from starting the process:

* the floor: a tiny ``python -c`` script that creates a QApplication and a QMainWindow, shows it, and on the
  first turn of the event loop after ``show()`` notes the time ("shown") and quits;
* the app: ``kitemark --data-dir <demo folder> gui --exit-after-show`` on a fresh demo workspace made with
  ``services.demo.create_demo``. The app notes (``KITEMARK_STARTUP_TRACE``) the same moment — first turn of
  the event loop after the main window, with the demo's navigation and Overview, was shown — as "shown", and
  "ready" when the workspace (SQLAlchemy) has been opened in the background and attached, i.e. when every page
  and action can be used. ``--exit-after-show`` quits after "ready".

The issue's target (ratio ≤ 2.0) is app "shown" / floor "shown". The script also prints app "ready" / floor
"shown" (how long until everything is usable) and each process's exit time. Runs alternate (floor, app, floor,
app, …) after one untimed warm-up of each, so both see the same disk cache and machine load; byte-code caches
are written by the warm-up to a temporary folder, as an installed app has them. The app's warm-up also writes the
demo folder's framework cache (``cache/framework.json``, see ``services/snapshot.py``), as any start does, so the
timed runs are ordinary starts; the first start after a new cycle (no cache yet) also imports PyYAML (~15 ms more).
"""

from __future__ import annotations

import argparse
import json
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
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 750)
window.show()
def shown():
    print("shown", time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def timed_run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting ``command`` to each moment it noted ("shown", "ready") and to its exit ("exit")."""
    with tempfile.TemporaryDirectory(prefix="kitemark-trace-") as folder:
        trace = Path(folder) / "trace.jsonl"
        env = {**env, "KITEMARK_STARTUP_TRACE": str(trace)}
        start_wall, start = time.time(), time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        times = {"exit": time.perf_counter() - start}
        if result.returncode != 0:
            raise SystemExit(
                f"'{' '.join(command[:3])} …' failed ({result.returncode}): {result.stderr.strip()[-500:]}"
            )
        for line in result.stdout.splitlines():  # the floor prints its moment
            if line.startswith("shown "):
                times["shown"] = float(line.split()[1]) - start_wall
        if trace.exists():  # the app writes its moments to the trace (the first of each counts)
            for line in trace.read_text(encoding="utf-8").splitlines():
                event = json.loads(line)
                times.setdefault(event["event"], event["time"] - start_wall)
    if "shown" not in times:
        raise SystemExit(f"'{' '.join(command[:3])} …' did not say when its window was shown")
    return times


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
        bare_runs, app_runs = [], []
        for _ in range(args.runs):
            bare_runs.append(timed_run(bare, env))
            app_runs.append(timed_run(app, env))
        imports = slowest_imports(app, env) if args.importtime else []

    def median(runs: list[dict[str, float]], moment: str) -> float:
        return statistics.median(run[moment] for run in runs)

    def line(label: str, runs: list[dict[str, float]], moment: str) -> str:
        values = [run[moment] for run in runs]
        return f"{label:<44} median {median(runs, moment) * 1000:6.0f} ms  (min {min(values) * 1000:.0f} ms)"

    floor = median(bare_runs, "shown")
    ratio = median(app_runs, "shown") / floor
    ready_ratio = median(app_runs, "ready") / floor
    print(f"platform: {args.platform}, {args.runs} runs each, Python {sys.version.split()[0]}")
    print(line("bare QMainWindow, shown:", bare_runs, "shown"))
    print(line("kitemark on demo data, main window shown:", app_runs, "shown"))
    print(line("kitemark, workspace open (fully usable):", app_runs, "ready"))
    print(line("bare QMainWindow, process exit:", bare_runs, "exit"))
    print(line("kitemark, process exit:", app_runs, "exit"))
    verdict = "OK" if ratio <= RATIO_TARGET else "OVER TARGET"
    print(f"ratio, main window shown: {ratio:.2f} (target ≤ {RATIO_TARGET:.1f}) — {verdict}")
    print(f"ratio, fully usable:      {ready_ratio:.2f} (not the issue's target; for information)")
    if imports:
        print("slowest imports (cumulative ms):")
        for micros, name in imports:
            print(f"  {micros / 1000:8.1f}  {name}")
    return 0 if ratio <= RATIO_TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
