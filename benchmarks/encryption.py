"""Benchmark: what encrypting the pack for the council costs, at export and at verification, in the same run.

    .venv/bin/python benchmarks/encryption.py --repeat 5   # 256 MiB of evidence in 40 files (the README's figures)
    .venv/bin/python benchmarks/encryption.py --size-mib 64 --repeat 1   # a quick run

It builds the demo workspace with ``--size-mib`` MiB of evidence (as ``export_pack.py`` makes it: three in four
bytes already-compressed scans, one in four compressible text), gives its framework a DEMO council encryption
certificate (RSA 3072, made here and thrown away), then, interleaved ``--repeat`` times, each in a child process so
that its peak resident memory is its own:

* export without encryption (``encrypt=False``) and with it (the default when the framework carries the
  certificate);
* verify each pack (``verify_pack`` with ``--trust``; the encrypted one with the council's key), whose reading runs
  in the verifier's own child process: its peak memory is reported as "reading".

It prints the medians, the ratios encrypted / plain and the peak memories. No test times anything.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests.council_keys: the DEMO council key
sys.path.insert(0, str(HERE))

MIB = 1024 * 1024
RSS_TARGET_MIB = 200
PASSPHRASE = "benchmark council key, thrown away"


def export_child(root: Path, out: Path, encrypt: bool) -> None:
    from kitemark_app.services.demo import DEMO_PASSPHRASE
    from kitemark_app.services.export import export_pack

    started = time.perf_counter()
    result = export_pack(root, out, DEMO_PASSPHRASE, encrypt=encrypt)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert bool(result.encrypted_for) is encrypt
    print(json.dumps({"seconds": elapsed, "peak": peak, "size": result.size, "root": result.signer_root_fingerprint}))


def verify_child(pack: Path, fingerprint: str, key_file: str) -> None:
    from kitemark_app.verify import verify_pack
    from kitemark_app.verify.encryption import load_decryption_key

    key = load_decryption_key(Path(key_file), PASSPHRASE) if key_file else None
    started = time.perf_counter()
    verdict = verify_pack(pack, {fingerprint}, decryption=key)
    elapsed = time.perf_counter() - started
    assert verdict.verdict == "valid", verdict.reasons
    assert verdict.encrypted is bool(key_file)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reading = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak": own, "reading": reading}))


def _run(*args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256, help="evidence in MiB (default 256)")
    parser.add_argument("--files", type=int, default=40, help="number of evidence files (default 40)")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of each (default 3)")
    parser.add_argument("--workdir", type=Path, help="where to build it (default: a temporary folder)")
    parser.add_argument("--export-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--verify-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export_child:
        export_child(Path(args.export_child[0]), Path(args.export_child[1]), args.export_child[2] == "1")
        return 0
    if args.verify_child:
        verify_child(Path(args.verify_child[0]), args.verify_child[1], args.verify_child[2])
        return 0

    from cryptography.hazmat.primitives.asymmetric import rsa
    from export_pack import build_workspace, make_sources  # type: ignore[import-not-found]

    from tests.council_keys import give_council_certificate, make_council_key

    work = Path(tempfile.mkdtemp(prefix="kitemark-bench-encryption-", dir=args.workdir))
    try:
        print(f"Building {args.files} evidence files, {args.size_mib} MiB, in {work} …", flush=True)
        (work / "sources").mkdir()
        root = work / "data"
        build_workspace(root, make_sources(work / "sources", args.size_mib, args.files))
        shutil.rmtree(work / "sources")
        council = make_council_key(
            "Benchmark council DEMO key (thrown away)", key=rsa.generate_private_key(65537, 3072)
        )
        give_council_certificate(root, council.certificate_pem())
        key_file = str(council.write_pkcs12(work / "council.p12", PASSPHRASE))
        runs: dict[str, list[dict[str, float]]] = {
            name: [] for name in ("export", "export+enc", "verify", "verify+enc")
        }
        sizes = {}
        for _ in range(args.repeat):  # interleaved, so a busy machine slows both alike
            for encrypt, name in ((False, "export"), (True, "export+enc")):
                pack = work / f"{name}.pdf"
                pack.unlink(missing_ok=True)
                measured = _run("--export-child", str(root), str(pack), "1" if encrypt else "0")
                runs[name].append(measured)
                sizes[name] = measured["size"]
                fingerprint = str(measured["root"])
                verified = _run("--verify-child", str(pack), fingerprint, key_file if encrypt else "")
                runs["verify+enc" if encrypt else "verify"].append(verified)
        print(f"evidence:            {args.files} files, {args.size_mib} MiB; packs {sizes['export'] / MIB:,.1f} MiB "
              f"plain, {sizes['export+enc'] / MIB:,.1f} MiB encrypted")  # fmt: skip
        medians = {name: _median(values, "seconds") for name, values in runs.items()}
        times = {name: ", ".join(f"{v['seconds']:.2f}" for v in values) for name, values in runs.items()}
        note = f"median of {args.repeat}"
        print(f"export, plain:       {medians['export']:.2f} s ({note}: {times['export']})")
        print(f"export, encrypted:   {medians['export+enc']:.2f} s ({note}: {times['export+enc']})")
        print(f"export ratio:        {medians['export+enc'] / medians['export']:.2f} (encrypted / plain)")
        print(f"verify, plain:       {medians['verify']:.2f} s ({note}: {times['verify']})")
        print(f"verify, encrypted:   {medians['verify+enc']:.2f} s ({note}: {times['verify+enc']})")
        print(f"verify ratio:        {medians['verify+enc'] / medians['verify']:.2f} (encrypted / plain)")
        peaks = {name: max(v["peak"] for v in values) for name, values in runs.items()}
        reading = {name: max(v["reading"] for v in runs[name]) for name in ("verify", "verify+enc")}
        print(f"peak RSS, export:    {peaks['export']:.0f} MiB plain, {peaks['export+enc']:.0f} MiB encrypted "
              f"(target ≤ {RSS_TARGET_MIB})")  # fmt: skip
        print(f"peak RSS, verify:    {peaks['verify']:.0f} / {peaks['verify+enc']:.0f} MiB (the assessor's process), "
              f"reading {reading['verify']:.0f} / {reading['verify+enc']:.0f} MiB (the checking child)")  # fmt: skip
        worst = max(*peaks.values(), *reading.values())
        print("memory:              " + ("within the target" if worst <= RSS_TARGET_MIB else "OVER the target"))
        return 0 if worst <= RSS_TARGET_MIB else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
