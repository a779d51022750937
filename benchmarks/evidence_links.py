"""Benchmark: adding many evidence files linked to one criterion costs the same per file from the first to the last.

    .venv/bin/python benchmarks/evidence_links.py                 # 2,000 files
    .venv/bin/python benchmarks/evidence_links.py --files 500

Each file is small and different; each is added with ``evidence_ops.add_evidence`` (what ``kitemark evidence add``
and the GUI do) linked to the same criterion. Baseline in the same run: the same number of files, each linked to a
different criterion in turn (so no criterion gathers many links). Printed: the median milliseconds per file in
each tenth of the run, and the ratio of the last tenth to the first (target: flat, about 1.0).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def run(files: int, spread: bool, work: Path) -> list[float]:
    from kitemark_app.services import evidence_ops
    from kitemark_app.services.demo import create_demo
    from kitemark_app.services.workspace import Workspace

    root = work / ("spread" if spread else "one")
    create_demo(root)
    sources = work / f"sources-{spread}"
    sources.mkdir()
    with Workspace.open(root) as workspace:
        with workspace.session() as session:
            criteria = [item.id for item in workspace.applicable(session)]
        timings = []
        for number in range(files):
            source = sources / f"file-{number:05d}.txt"
            source.write_bytes(f"evidence file {number}\n".encode() * 20)
            criterion = criteria[number % len(criteria)] if spread else criteria[0]
            start = time.perf_counter()
            evidence_ops.add_evidence(workspace, source, criteria=[criterion])
            timings.append(time.perf_counter() - start)
    return timings


def tenths(timings: list[float]) -> list[float]:
    size = max(1, len(timings) // 10)
    return [statistics.median(timings[i : i + size]) * 1000 for i in range(0, size * 10, size)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kitemark-links-") as folder:
        one = tenths(run(args.files, False, Path(folder)))
        spread = tenths(run(args.files, True, Path(folder)))
    print(f"evidence add, {args.files} files; median ms per file in each tenth of the run")
    print("  all on one criterion: " + " ".join(f"{value:6.1f}" for value in one))
    print("  spread (baseline):    " + " ".join(f"{value:6.1f}" for value in spread))
    print(f"  last tenth / first tenth: one criterion {one[-1] / one[0]:.2f}, spread {spread[-1] / spread[0]:.2f}")
    print(f"  one criterion / spread, last tenth: {one[-1] / spread[-1]:.2f} (target: about 1.0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
