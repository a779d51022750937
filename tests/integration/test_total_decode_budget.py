"""All compressed attachments together are bounded (limits.check_total_ratio): streams each small enough to pass
the per-stream ratio floor cannot add up to gigabytes of inflating from a few megabytes of file."""

from __future__ import annotations

from pathlib import Path

from kitemark_app.verify import verify_pack
from kitemark_app.verify.limits import MiB, ReadingLimits
from tests import packs
from tests.packs import PackFile, PackOptions

REASON = "the attachments would expand to far more than any real pack holds (compression bomb)"


def _zeros_pack(tmp_path: Path, count: int, size: int) -> tuple[Path, str, int]:
    encoded = packs.deflated_zeros(size)
    files = [PackFile(f"E{n:03d}-zeros.txt", bytes(size), "text/plain", encoded=encoded) for n in range(1, count + 1)]
    keys = packs.default_keys()
    path = packs.build_pack(tmp_path / f"zeros-{count}.pdf", PackOptions(keys=keys, files=files))
    return path, keys.fingerprint, len(encoded)


def test_the_total_budget_holds_at_its_boundary(tmp_path: Path) -> None:
    count, size = 4, 256 * 1024
    path, fingerprint, one_encoded = _zeros_pack(tmp_path, count, size)
    decoded, encoded, ratio = count * size, count * one_encoded, 2.0
    at = ReadingLimits(total_floor=int(decoded - encoded * ratio), max_total_ratio=ratio)
    assert verify_pack(path, {fingerprint}, limits=at).verdict == "valid"
    over = ReadingLimits(total_floor=int(decoded - encoded * ratio) - 1, max_total_ratio=ratio)
    verdict = verify_pack(path, {fingerprint}, limits=over)
    assert verdict.verdict == "rejected" and REASON in verdict.reasons


def test_hundreds_of_small_bombs_are_refused_by_default(tmp_path: Path) -> None:
    path, fingerprint, one_encoded = _zeros_pack(tmp_path, 300, MiB)  # each at the per-stream floor: allowed alone
    assert one_encoded * 300 < MiB  # under a megabyte of file for 300 MiB of zeros
    verdict = verify_pack(path, {fingerprint})
    assert verdict.verdict == "rejected" and REASON in verdict.reasons
