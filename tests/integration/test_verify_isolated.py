"""The pack and the review are read in a child process (verify/isolation.py): a genuine pack verifies there by both
start methods, a reader that hangs ends as "too complex", and cancel works before hashing has begun."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from kitemark_app.review.read import ReviewRejected, verify_review
from kitemark_app.verify import signature, verify_pack
from kitemark_app.verify.digest import VerifyCancelled
from kitemark_app.verify.isolation import WorkLimits
from tests import packs


@pytest.fixture
def genuine(tmp_path: Path) -> tuple[Path, str]:
    keys = packs.default_keys()
    return packs.build_pack(tmp_path / "genuine.pdf", packs.PackOptions(keys=keys)), keys.fingerprint


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_genuine_pack_is_valid_whichever_way_the_child_starts(genuine: tuple[Path, str], method: str) -> None:
    path, fingerprint = genuine
    verdict = verify_pack(path, {fingerprint}, file_sha256=True, work=WorkLimits(start_method=method))
    assert verdict.verdict == "valid", verdict.reasons
    assert verdict.attachments_checked == len(packs.default_files())
    assert verdict.read_attachment(verdict.attachments[0].name)  # read again here, in the parent


def _hang(*_args: Any, **_kwargs: Any) -> Any:
    time.sleep(3600)


def test_a_reader_that_hangs_before_hashing_ends_as_too_complex(
    genuine: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, fingerprint = genuine
    monkeypatch.setattr(signature, "open_pack", _hang)  # the forked child inherits it
    began = time.monotonic()
    verdict = verify_pack(path, {fingerprint}, work=WorkLimits(wait_seconds=0.5))
    assert verdict.verdict == "rejected"
    assert verdict.reasons == ("the file is too complex to check safely (it took too long)",)
    assert time.monotonic() - began < 5


def test_cancel_is_honoured_while_the_structure_is_read(
    genuine: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, fingerprint = genuine
    monkeypatch.setattr(signature, "open_pack", _hang)
    asked = time.monotonic() + 0.3
    with pytest.raises(VerifyCancelled):
        verify_pack(path, {fingerprint}, cancelled=lambda: time.monotonic() > asked)


def test_a_review_whose_reading_hangs_is_refused_as_too_complex(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "review.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    monkeypatch.setattr(signature, "open_pack", _hang)
    with pytest.raises(ReviewRejected, match=r"too complex to check safely \(it took too long\)"):
        verify_review(path, work=WorkLimits(wait_seconds=0.5))
