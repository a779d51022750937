"""Benchmark: export a pack carrying 1 GiB of evidence in 100 files, against the floor of hashing and copying them.

    .venv/bin/python benchmarks/export_pack.py                 # the full 1 GiB set (needs ~4 GiB free disk)
    .venv/bin/python benchmarks/export_pack.py --size-mib 128  # a quick run

It builds the demo workspace and adds ``--files`` evidence files totalling ``--size-mib`` MiB: three in four
bytes are already-compressed scans (PDF and JPEG files of random bytes), one in four compressible text (CSV records,
and TXT prose of made-up words, which deflates slower than real English). Then, in one run, it measures:

* the floor: SHA-256 + copy (with fsync) of the same stored files, as adding evidence does;
* the export (readiness check, key loading, document, embedding, signing, rename), in a child process, so its
  peak resident memory (``ru_maxrss``) is the export's alone (Python and library imports included).

Targets (issue 4): export time ≤ 2.5 × floor, peak RSS ≤ 200 MiB whatever the evidence size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1024 * 1024
TEXT_SHARE = 0.25
RATIO_TARGET = 2.5
RSS_TARGET_MIB = 200


def _records(rng: random.Random, size: int) -> bytes:
    """CSV rows like a training log or budget export."""
    people = ["A. Okafor", "D. Chen", "P. Sharma", "T. Walsh", "F. Begum", "M. Adeyemi", "H. Park", "G. Mensah"]
    courses = ["Safeguarding adults level 2", "Food hygiene level 2", "Fire marshal", "First aid at work",
               "Data protection essentials", "Manual handling", "Volunteer induction"]  # fmt: skip
    lines, total = ["date,person,course,status,hours,cost,reference\n"], 0
    while total < size:
        line = (
            f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.choice(people)},{rng.choice(courses)},"
            f"{rng.choice(['completed', 'booked', 'expired'])},{rng.randint(1, 8)}.{rng.randint(0, 9)},"
            f"{rng.randint(0, 500)}.{rng.randint(0, 99):02d},ref-{rng.randint(10000, 99999)}\n"
        )
        lines.append(line)
        total += len(line)
    return "".join(lines).encode()[:size]


def _prose(rng: random.Random, size: int) -> bytes:
    """Words from a Zipf-distributed made-up vocabulary: compresses worse and slower than real English."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = ["".join(rng.choices(letters, k=rng.randint(2, 10))) for _ in range(6000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like, as in real text
    lines, total = [], 0
    while total < size:
        line = ",".join(rng.choices(vocabulary, weights, k=10)) + f",{rng.randint(0, 99999)}\n"
        lines.append(line)
        total += len(line)
    return "".join(lines).encode()[:size]


def make_sources(folder: Path, total_mib: int, count: int, seed: int = 7) -> list[tuple[Path, str]]:
    """``count`` files, ``total_mib`` MiB in all; returns (path, criterion) pairs."""
    rng = random.Random(seed)
    corpora = {".csv": _records(rng, 8 * MIB), ".txt": _prose(rng, 8 * MIB)}
    text_files = max(1, round(count * 0.3))
    sizes_text = _split(int(total_mib * MIB * TEXT_SHARE), text_files, rng)
    sizes_scan = _split(total_mib * MIB - sum(sizes_text), count - text_files, rng)
    criteria = ["GOV-01", "FIN-01", "SAF-01", "HSR-01", "DPR-01", "PPL-01"]
    made = []
    for number, size in enumerate(sizes_scan + sizes_text):
        is_text = number >= len(sizes_scan)
        suffix = (".csv" if number % 2 else ".txt") if is_text else (".pdf" if number % 2 else ".jpg")
        path = folder / f"evidence-{number:03d}{suffix}"
        with open(path, "wb") as out:
            if is_text:
                corpus, written = corpora[suffix], 0
                while written < size:
                    start = rng.randrange(0, len(corpus) - MIB)
                    piece = corpus[start : start + min(MIB, size - written)]
                    out.write(piece)
                    written += len(piece)
            else:
                out.write(b"%PDF-1.7\n" if suffix == ".pdf" else b"\xff\xd8\xff\xe0")
                remaining = size - out.tell()
                while remaining > 0:
                    out.write(os.urandom(min(4 * MIB, remaining)))
                    remaining -= min(4 * MIB, remaining)
        made.append((path, criteria[number % len(criteria)]))
    return made


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    weights = [rng.uniform(0.3, 1.7) for _ in range(parts)]
    scale = total / sum(weights)
    sizes = [max(1024, int(w * scale)) for w in weights]
    sizes[-1] += total - sum(sizes)
    return sizes


def build_workspace(root: Path, sources: list[tuple[Path, str]]) -> None:
    from kitemark_app.services import evidence_ops
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import ensure_signing_key
    from kitemark_app.services.workspace import Workspace

    create_demo(root)
    ensure_signing_key(root, DEMO_PASSPHRASE)  # made once, on the first export; not what we measure
    with Workspace.open(root) as workspace:
        for path, criterion in sources:
            evidence_ops.add_evidence(workspace, path, criteria=[criterion])


def floor_seconds(files: list[Path], target: Path) -> float:
    """SHA-256 + copy (1 MiB chunks, fsync) of every file: what the evidence store does to add them."""
    target.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for number, path in enumerate(files):
        digest = hashlib.sha256()
        with open(path, "rb") as reader, open(target / f"{number}.copy", "wb") as writer:
            while chunk := reader.read(MIB):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        digest.hexdigest()
    elapsed = time.perf_counter() - started
    shutil.rmtree(target)
    return elapsed


def child(root: Path, out: Path) -> None:
    """Run one export and print its time and this process's peak RSS as JSON."""
    from kitemark_app.services.demo import DEMO_PASSPHRASE
    from kitemark_app.services.export import export_pack

    started = time.perf_counter()
    result = export_pack(root, out, DEMO_PASSPHRASE)
    elapsed = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": elapsed, "peak_rss_mib": peak_kib / 1024, "size": result.size}))


def _seconds(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024, help="evidence in MiB (default 1024 = 1 GiB)")
    parser.add_argument("--files", type=int, default=100, help="number of evidence files (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved floor/export runs (default 3)")
    parser.add_argument("--workdir", type=Path, help="where to build it (default: a temporary folder)")
    parser.add_argument("--child", nargs=2, metavar=("ROOT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    work = Path(tempfile.mkdtemp(prefix="kitemark-bench-", dir=args.workdir))
    try:
        print(f"Building {args.files} evidence files, {args.size_mib} MiB, in {work} …", flush=True)
        (work / "sources").mkdir()
        sources = make_sources(work / "sources", args.size_mib, args.files)
        root = work / "data"
        build_workspace(root, sources)
        shutil.rmtree(work / "sources")
        from kitemark_app.services.workspace import Workspace

        with Workspace.open(root) as workspace:
            stored = sorted(p for p in workspace.store.root.glob("??/*") if p.is_file())
        evidence = sum(p.stat().st_size for p in stored)
        floors, exports, peaks = [], [], []
        for _ in range(args.repeat):  # interleaved, so a busy machine slows both alike
            floors.append(floor_seconds(stored, work / "floor"))
            run = subprocess.run(
                [sys.executable, __file__, "--child", str(root), str(work / "pack.pdf")],
                check=True,
                capture_output=True,
                text=True,
            )
            measured = json.loads(run.stdout.strip().splitlines()[-1])
            exports.append(measured["seconds"])
            peaks.append(measured["peak_rss_mib"])
            pack_size = measured["size"]
            (work / "pack.pdf").unlink()
        floor, export = statistics.median(floors), statistics.median(exports)
        ratio = export / floor
        share = f"{TEXT_SHARE:.0%} of bytes compressible text"
        runs = f"median of {args.repeat} interleaved runs"
        print(f"evidence:      {len(stored)} files, {evidence / MIB:,.0f} MiB ({share})")
        print(f"pack:          {pack_size / MIB:,.0f} MiB")
        print(f"floor:         {floor:.2f} s (SHA-256 + copy + fsync; {runs}: {_seconds(floors)})")
        print(f"export:        {export:.2f} s ({runs}: {_seconds(exports)})")
        print(f"ratio:         {ratio:.2f} (target ≤ {RATIO_TARGET})")
        print(f"peak RSS:      {max(peaks):.0f} MiB (largest of the runs; target ≤ {RSS_TARGET_MIB} MiB)")
        ok = ratio <= RATIO_TARGET and max(peaks) <= RSS_TARGET_MIB
        print("result:        " + ("meets both targets" if ok else "MISSES a target"))
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
