"""Benchmark: the demo's everyday commands as a user runs them — whole cold processes of the installed ``kitemark``
command — as ratios to ``kitemark --version`` (the app's own smallest process) measured in the same run.

    .venv/bin/python benchmarks/cli_speed.py             # 7 rounds
    .venv/bin/python benchmarks/cli_speed.py --runs 15

Each process runs with bytecode kept (as an installed wheel has it; a ``PYTHONDONTWRITEBYTECODE`` in the environment
is dropped, the bytecode goes to a folder of the run's own) and one untimed warm-up of each command comes first.
It makes the demo data once, exports its pack once (so ``verify`` has one to read), then runs, round after round
and in turn, ``--version``, ``status``, ``check``, ``verify --trust ROOT`` and ``export`` (to a new file each time),
each as a new process; each figure is the median over the rounds of the command's wall time, and the ratio is the
median of the per-round ratios to that round's ``--version`` (so a machine that slows down for a while slows both).
The CPU columns (user + system seconds of the process and its children, e.g. the verifier's reading process) are for
information: on a busy machine they move less than wall time, but a command that works on two cores (export's
deflate threads) spends more CPU than wall time.

Targets (issue 18): export ≤ 8×, verify ≤ 5×, status ≤ 3× ``--version`` (``check``: for information).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"status": 3.0, "export": 8.0, "verify": 5.0}


def kitemark_command() -> list[str]:
    """The ``kitemark`` script installed beside this Python (what a user runs), else ``python -m kitemark_app``."""
    script = Path(sys.executable).with_name("kitemark")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kitemark_app"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """The command's wall time and CPU time (its own and its children's), in seconds."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return elapsed, _children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    kitemark = kitemark_command()
    with tempfile.TemporaryDirectory(prefix="kitemark-cli-speed-") as folder:
        work = Path(folder)
        env = {**os.environ, "KITEMARK_PASSPHRASE": "kitemark-demo-only"}
        env.pop("KITEMARK_DATA_DIR", None)
        # As installed (pip compiles the wheel's modules): bytecode kept, here in a folder of this run's own, so a
        # PYTHONDONTWRITEBYTECODE in the environment (set on these machines) does not time compiling the sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
        data = work / "demo"
        timed([*kitemark, "--data-dir", str(data), "demo"], env)  # and the first export, below, makes the key
        first = subprocess.run([*kitemark, "--data-dir", str(data), "export", "--out", str(work / "pack.pdf"),
                                "--json"], env=env, capture_output=True, check=True)  # fmt: skip
        root = json.loads(first.stdout)["signer_root_fingerprint"]
        commands = {
            "version": [*kitemark, "--version"],
            "status": [*kitemark, "--data-dir", str(data), "status"],
            "check": [*kitemark, "--data-dir", str(data), "check"],
            "verify": [*kitemark, "--data-dir", str(work / "desk"), "verify", str(work / "pack.pdf"), "--trust", root],
        }
        for command in commands.values():  # warm-up: writes the bytecode, fills the disk cache
            timed(command, env)
        names = ("version", "status", "check", "export", "verify")
        times: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}
        for round_number in range(args.runs):
            out = work / f"pack-{round_number}.pdf"
            export = [*kitemark, "--data-dir", str(data), "export", "--out", str(out)]
            for name, command in (*commands.items(), ("export", export)):
                wall, used = timed(command, env)
                times[name].append(wall)
                cpu[name].append(used)
    print(f"kitemark CLI on the demo, {args.runs} rounds, cold processes ({' '.join(kitemark[:1])})")
    print(f"  {'command':<8} {'median s':>9} {'min s':>7} {'max s':>7} {'× --version':>12} {'target':>7}"
          f" {'CPU s':>7} {'CPU ×':>6}")  # fmt: skip
    for name in names:
        values = times[name]
        ratio = statistics.median(value / base for value, base in zip(values, times["version"], strict=True))
        cpu_ratio = statistics.median(value / base for value, base in zip(cpu[name], cpu["version"], strict=True))
        target = f"≤ {TARGETS[name]:g}" if name in TARGETS else ""
        print(f"  {name:<8} {statistics.median(values):>9.3f} {min(values):>7.3f} {max(values):>7.3f} "
              f"{ratio:>12.2f} {target:>7} {statistics.median(cpu[name]):>7.3f} {cpu_ratio:>6.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
