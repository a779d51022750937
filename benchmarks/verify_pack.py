"""Benchmark: verify a pack of about 1 GiB against ``sha256sum`` of the same file, in the same run.

    .venv/bin/python benchmarks/verify_pack.py                    # build a 1 GiB pack with the real exporter
    .venv/bin/python benchmarks/verify_pack.py --size-mib 128     # a quick run
    .venv/bin/python benchmarks/verify_pack.py --pack BIG.pdf     # verify a pack you already have

Without ``--pack`` it builds the demo workspace with ``--size-mib`` MiB of evidence in ``--files`` files (the
evidence mix of ``benchmarks/export_pack.py``: three in four bytes already-compressed scans stored as they are, one
in four compressible text stored deflated) and exports it with the real exporter. Then, with the file in the page
cache (one untimed ``sha256sum`` first), it alternates ``--repeat`` times:

* ``sha256sum PACK`` (coreutils, a child process);
* ``kitemark verify``'s operation in a child process: ``verify_pack`` with the pack's root trusted, timed around
  the call (imports excluded) and, separately, the child's whole wall time; its peak resident memory (that of
  the child or of the verifier's own child process that reads the pack, whichever is larger; imports included;
  Linux) is the verifier's alone.

Targets (issue 5): median verify time ≤ 1.5 × median ``sha256sum`` time; peak RSS ≤ 200 MiB.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1024 * 1024
RATIO_TARGET = 1.5
RSS_TARGET_MIB = 200
HERE = Path(__file__).resolve().parent


def _export_benchmark():  # type: ignore[no-untyped-def]
    """The exporter's benchmark module, for its evidence mix and workspace builder."""
    spec = importlib.util.spec_from_file_location("export_pack_benchmark", HERE / "export_pack.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_pack(work: Path, size_mib: int, files: int) -> Path:
    from kitemark_app.services.demo import DEMO_PASSPHRASE
    from kitemark_app.services.export import export_pack

    exporter = _export_benchmark()
    (work / "sources").mkdir()
    sources = exporter.make_sources(work / "sources", size_mib, files)
    root = work / "data"
    exporter.build_workspace(root, sources)
    shutil.rmtree(work / "sources")
    pack = work / "pack.pdf"
    export_pack(root, pack, DEMO_PASSPHRASE)
    shutil.rmtree(root / "evidence")  # the pack holds it now; free the disk
    return pack


def child(pack: Path) -> None:
    """Verify once and print the time of the call and this process's peak RSS as JSON."""
    from kitemark_app.verify import verify_pack

    started = time.perf_counter()
    verdict = verify_pack(pack)
    elapsed = time.perf_counter() - started
    # This process's high-water mark (VmHWM; ru_maxrss would keep the peak of the process it was forked from, across
    # exec) and the verifier's own child process's (it reads the pack there: verify/isolation.py).
    with open("/proc/self/status", encoding="ascii") as status:
        own_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    peak_kib = max(own_kib, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # KiB on Linux
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "peak_rss_mib": peak_kib / 1024,
                "verdict": verdict.verdict,
                "reasons": list(verdict.reasons),
                "attachments": verdict.attachments_checked,
            }
        )
    )


def time_sha256sum(pack: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["sha256sum", str(pack)], check=True, capture_output=True)
    return time.perf_counter() - started


def time_verifier(pack: Path) -> tuple[float, float, dict[str, object]]:
    started = time.perf_counter()
    run = subprocess.run([sys.executable, __file__, "--child", str(pack)], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    measured = json.loads(run.stdout.strip().splitlines()[-1])
    return float(measured["seconds"]), wall, measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, help="verify this pack instead of building one")
    parser.add_argument("--size-mib", type=int, default=1024, help="evidence to build in MiB (default 1024)")
    parser.add_argument("--files", type=int, default=100, help="number of evidence files (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each (default 3; medians reported)")
    parser.add_argument("--workdir", type=Path, help="where to build the pack (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the built pack and print where it is")
    parser.add_argument("--child", type=Path, metavar="PACK", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    work = Path(tempfile.mkdtemp(prefix="kitemark-verify-bench-", dir=args.workdir))
    try:
        if args.pack is not None:
            pack = args.pack
        else:
            print(f"Building and exporting {args.files} evidence files, {args.size_mib} MiB, in {work} …", flush=True)
            pack = build_pack(work, args.size_mib, args.files)
        time_sha256sum(pack)  # untimed: both are then measured with the file in the page cache
        sums, calls, walls, last = [], [], [], {}
        for _ in range(args.repeat):
            sums.append(time_sha256sum(pack))
            call, wall, last = time_verifier(pack)
            calls.append(call)
            walls.append(wall)
        size = pack.stat().st_size
        baseline, verify, whole = statistics.median(sums), statistics.median(calls), statistics.median(walls)
        peak = float(last["peak_rss_mib"])  # type: ignore[arg-type]
        ratio = verify / baseline
        print(f"pack:           {size / MIB:,.0f} MiB, {last['attachments']} attachments, verdict {last['verdict']}")
        print(f"sha256sum:      {baseline:.2f} s (median of {args.repeat}: {', '.join(f'{s:.2f}' for s in sums)})")
        print(f"verify_pack:    {verify:.2f} s (median of {args.repeat}: {', '.join(f'{s:.2f}' for s in calls)})")
        print(f"whole process:  {whole:.2f} s (Python start-up and imports included; ratio {whole / baseline:.2f})")
        print(f"ratio:          {ratio:.2f} (target ≤ {RATIO_TARGET})")
        print(f"peak RSS:       {peak:.0f} MiB (target ≤ {RSS_TARGET_MIB} MiB)")
        ok = ratio <= RATIO_TARGET and peak <= RSS_TARGET_MIB and last["verdict"] != "rejected"
        print("result:         " + ("meets both targets" if ok else "MISSES a target"))
        if args.keep and args.pack is None:
            print(f"kept:           {pack}")
        return 0 if ok else 1
    finally:
        if not (args.keep and args.pack is None):
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
