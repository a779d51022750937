"""Benchmark: how long and how much memory the verifier spends on hostile files, against a genuine pack.

    .venv/bin/python benchmarks/hostile_files.py            # every hostile file below
    .venv/bin/python benchmarks/hostile_files.py --only xref-stream-10M small-bombs

Each hostile file is made here from a genuine pack (the demo workspace exported by the real exporter) or signed
with a key made for the attack, the way an attacker would (the attack classes of the trust issue and their
siblings). Each is verified in a fresh child process, as ``kitemark verify`` does it: the figures are the child's
wall time for the ``verify_pack`` call and the peak resident memory of the process that did the work (the child or
the verifier's own child process, whichever is larger; imports included; Linux only). The genuine pack runs
first, in the same way: its time is the baseline the ratios are given against.

Targets (trust issue): every hostile file answered (rejected, with a reason) within 5 s and 300 MiB; the script
prints the worst case and exits 1 if a target is missed or a hostile file is not rejected.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/packs.py: the builders the test suite uses for hostile files

SECONDS_TARGET = 5.0
RSS_TARGET_MIB = 300
MiB = 1024 * 1024


def _startxref(data: bytes) -> int:
    return int(re.findall(rb"startxref\s+(\d+)", data)[-1])


def _empty_update(data: bytes) -> bytes:
    """One more revision that changes nothing: a table of just the free-list head."""
    start = len(data)
    tail = b"xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 2 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
    return data + tail % (_startxref(data), start)


def xref_stream(entries: int) -> Callable[[bytes], bytes]:
    def make(data: bytes) -> bytes:
        start = len(data)
        return data + (
            b"999 0 obj\n<< /Type /XRef /Size %d /W [0 0 0] /Index [0 %d] /Prev %d /Root 1 0 R /Length 0 >>\n"
            b"stream\n\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % (entries, entries, _startxref(data), start)
        )

    return make


def xref_table(entries: int) -> Callable[[bytes], bytes]:
    def make(data: bytes) -> bytes:
        start = len(data)
        table = b"xref\n0 %d\n" % entries + b"0000000000 65535 f\r\n" * entries
        trailer = b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
        return data + table + trailer % (entries, _startxref(data), start)

    return make


def many_fields(count: int) -> Callable[[bytes], bytes]:
    """A new catalog whose form lists the one signature field ``count`` times."""

    def make(data: bytes) -> bytes:
        from pyhanko.pdf_utils.reader import PdfFileReader

        from tests import packs

        reader = PdfFileReader(io.BytesIO(data), strict=False)
        first = reader.root["/AcroForm"]["/Fields"].raw_get(0)
        ref = b"%d %d R" % (first.idnum, first.generation)
        number = packs.next_object_number(data)
        objects = {number: b"<< /Fields [" + b" ".join([ref] * count) + b"] >>"}
        root = packs.catalog_with(data, b"/AcroForm %d 0 R" % number).replace(b"/AcroForm", b"/Old", 1)
        return packs.raw_update(data, objects, new_root=root)

    return make


def shared_annotations(pages: int) -> Callable[[bytes], bytes]:
    """``pages`` new page nodes that all share one array of ``pages`` annotations."""

    def make(data: bytes) -> bytes:
        from tests import packs

        base = packs.next_object_number(data)
        annots, tree, first_page = base, base + 1, base + 2
        annotation = base + 2 + pages
        objects = {annots: b"[" + b" ".join(b"%d 0 R" % annotation for _ in range(pages)) + b"]"}
        objects[annotation] = b"<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] >>"
        kids = b" ".join(b"%d 0 R" % (first_page + n) for n in range(pages))
        objects[tree] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids)
        for n in range(pages):
            objects[first_page + n] = b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 1 1] /Annots %d 0 R >>" % (
                tree,
                annots,
            )
        root = packs.catalog_with(data, b"/Pages %d 0 R" % tree).replace(b"/Pages", b"/OldPages", 1)
        return packs.raw_update(data, objects, new_root=root)

    return make


def deep_nesting(levels: int) -> Callable[[bytes], bytes]:
    def make(data: bytes) -> bytes:
        from tests import packs

        root = packs.catalog_with(data, b"/Deep " + b"[" * levels + b"]" * levels)
        return packs.raw_update(data, {}, new_root=root)

    return make


def revisions(count: int) -> Callable[[bytes], bytes]:
    def make(data: bytes) -> bytes:
        for _ in range(count):
            data = _empty_update(data)
        return data

    return make


def small_bombs(count: int) -> Callable[[Path], bytes]:
    """A pack signed with the attacker's own key: ``count`` attachments of 1 MiB of zeros, about 1 KB each."""

    def make(work: Path) -> bytes:
        from tests import packs

        encoded = packs.deflated_zeros(MiB)
        files = [packs.PackFile(f"E{n:04d}.txt", bytes(MiB), "text/plain", encoded=encoded) for n in range(count)]
        path = packs.build_pack(work / "bombs.pdf", packs.PackOptions(keys=packs.other_keys(), files=files))
        return path.read_bytes()

    return make


def many_attachments(count: int) -> Callable[[Path], bytes]:
    """A pack signed with the attacker's own key: ``count`` small attachments, every one genuine."""

    def make(work: Path) -> bytes:
        from tests import packs

        files = [packs.PackFile(f"E{n:04d}.txt", b"%d\n" % n, "text/plain") for n in range(count)]
        path = packs.build_pack(work / "many.pdf", packs.PackOptions(keys=packs.other_keys(), files=files))
        return path.read_bytes()

    return make


def signed_shared_annotations(pages: int) -> Callable[[Path], bytes]:
    """A pack signed with the attacker's own key whose page tree has ``pages`` pages sharing one array of
    ``pages`` annotations (``pages`` squared visits for a walk that does not remember what it has seen)."""

    def make(work: Path) -> bytes:
        from pyhanko.pdf_utils import generic

        from tests import packs

        def edit(writer: Any) -> None:
            name = generic.NameObject
            annotation = writer.add_object(generic.DictionaryObject({
                name("/Type"): name("/Annot"), name("/Subtype"): name("/Link"),
                name("/Rect"): generic.ArrayObject([generic.NumberObject(0)] * 4),
            }))  # fmt: skip
            shared = writer.add_object(generic.ArrayObject([annotation] * pages))
            tree = writer.add_object(generic.DictionaryObject({name("/Type"): name("/Pages")}))
            kids = generic.ArrayObject()
            for _ in range(pages):
                kids.append(writer.add_object(generic.DictionaryObject({
                    name("/Type"): name("/Page"), name("/Parent"): tree, name("/Annots"): shared,
                    name("/MediaBox"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 10, 10)]),
                })))  # fmt: skip
            tree.get_object()[name("/Kids")] = kids
            tree.get_object()[name("/Count")] = generic.NumberObject(pages)
            writer.root[name("/Pages")] = tree
            writer.update_root()

        options = packs.PackOptions(keys=packs.other_keys(), extra_revision=edit)
        return packs.build_pack(work / "shared-annotations.pdf", options).read_bytes()

    return make


APPENDED: dict[str, Callable[[bytes], bytes]] = {
    "xref-stream-1M": xref_stream(1_000_000),
    "xref-stream-10M": xref_stream(10_000_000),
    "xref-table-200k": xref_table(200_001),
    "fields-200k": many_fields(200_000),
    "shared-annotations-3000": shared_annotations(3000),
    "deep-nesting-100k": deep_nesting(100_000),
    "revisions-9": revisions(9),
}
SIGNED: dict[str, Callable[[Path], bytes]] = {
    "signed-shared-annots-3000": signed_shared_annotations(3000),
    "small-bombs-2000": small_bombs(2000),
    "attachments-5001": many_attachments(5001),
}


def genuine_pack(work: Path) -> Path:
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import export_pack

    create_demo(work / "data")
    return export_pack(work / "data", work / "genuine.pdf", DEMO_PASSPHRASE).pack


def child(path: Path) -> None:
    from kitemark_app.verify import verify_pack

    started = time.perf_counter()
    verdict = verify_pack(path)
    seconds = time.perf_counter() - started
    # This process's own high-water mark (VmHWM: ru_maxrss would keep the peak of the process it was forked from,
    # across exec), and the verifier's child process's peak (forked from this one after exec, so its own).
    with open("/proc/self/status", encoding="ascii") as status:
        own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))  # KiB
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    result = {"seconds": seconds, "peak_mib": max(own, worker) / 1024, "verdict": verdict.verdict,
              "own_mib": own / 1024, "worker_mib": worker / 1024}  # fmt: skip
    print(json.dumps({**result, "reason": verdict.reasons[0] if verdict.reasons else ""}))


def measure(path: Path) -> dict[str, object]:
    run = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=True)
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="names of the hostile files to run (default: all)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    work = Path(tempfile.mkdtemp(prefix="kitemark-hostile-"))
    try:
        genuine = genuine_pack(work)
        data = genuine.read_bytes()
        base = measure(genuine)
        print(f"{'file':26} {'size':>9} {'seconds':>8} {'x genuine':>9} {'peak MiB':>9}  verdict: reason")
        print(f"{'genuine demo pack':26} {len(data):>9,} {base['seconds']:>8.2f} {1.0:>9.1f} {base['peak_mib']:>9.0f}"
              f"  {base['verdict']}")  # fmt: skip
        worst_seconds = worst_mib = 0.0
        failures = []
        names = [*APPENDED, *SIGNED] if not args.only else args.only
        for name in names:
            hostile = work / f"{name}.pdf"
            hostile.write_bytes(APPENDED[name](data) if name in APPENDED else SIGNED[name](work))
            got = measure(hostile)
            seconds, mib = float(got["seconds"]), float(got["peak_mib"])  # type: ignore[arg-type]
            worst_seconds, worst_mib = max(worst_seconds, seconds), max(worst_mib, mib)
            ratio = seconds / float(base["seconds"])  # type: ignore[arg-type]
            size = hostile.stat().st_size
            print(f"{name:26} {size:>9,} {seconds:>8.2f} {ratio:>9.1f} {mib:>9.0f}  {got['verdict']}: {got['reason']}")
            if got["verdict"] != "rejected" or seconds > SECONDS_TARGET or mib > RSS_TARGET_MIB:
                failures.append(name)
            hostile.unlink()
        print(f"\nworst case: {worst_seconds:.2f} s (target ≤ {SECONDS_TARGET:.0f} s), {worst_mib:.0f} MiB "
              f"(target ≤ {RSS_TARGET_MIB} MiB)")  # fmt: skip
        print("result: " + ("every hostile file rejected within both targets" if not failures else
                            f"MISSED for {', '.join(failures)}"))  # fmt: skip
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
