"""review/read.py's refusals that need no signed review: fast tests, so that the mutants of scripts/mutation.sh
(which runs -m "not slow") are not all left with no test at all — the full round trip is the slow
tests/integration/test_review_round_trip.py. Each sentence is the one the module's docstring promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitemark_app.errors import UsageError
from kitemark_app.review import read
from kitemark_app.review.read import CLOCK_SKEW, MAX_REVIEW_FILE, ReviewRejected, review_sha256, verify_review
from tests import packs


def refusal(path: Path) -> str:
    with pytest.raises(ReviewRejected) as caught:
        verify_review(path)
    return str(caught.value)


def test_limits() -> None:
    assert MAX_REVIEW_FILE == 256 * 1024 * 1024
    assert CLOCK_SKEW.days == 1 and CLOCK_SKEW.seconds == 0


def test_an_unreadable_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"^Could not read '.*gone\.pdf' \(.*\); check the file name\.$"):
        verify_review(tmp_path / "gone.pdf")
    with pytest.raises(UsageError):
        verify_review(str(tmp_path / "gone.pdf"))


def test_empty_and_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert refusal(tmp_path / "empty.pdf") == (
        "'empty.pdf' is not an intact Kitemark review (the file is empty); ask the assessor to send it again."
    )
    (tmp_path / "text.pdf").write_bytes(b"hello" * 300)
    assert refusal(tmp_path / "text.pdf") == (
        "'text.pdf' is not an intact Kitemark review (the file is not a PDF); ask the assessor to send it again."
    )
    late = b" " * 1020 + b"%PDF-1.7"  # the marker must start within the first 1024 bytes
    (tmp_path / "late.pdf").write_bytes(late)
    assert "(the file is not a PDF)" in refusal(tmp_path / "late.pdf")


def test_the_pdf_marker_at_the_very_end_of_the_first_kilobyte_counts(tmp_path: Path) -> None:
    (tmp_path / "edge.pdf").write_bytes(b" " * 1019 + b"%PDF-" + b"junk")
    assert "(the file is not a PDF)" not in refusal(tmp_path / "edge.pdf")


def test_a_file_larger_than_any_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "big.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * 91)
    monkeypatch.setattr(read, "MAX_REVIEW_FILE", 100)
    assert "(the file is far larger than a review)" not in refusal(tmp_path / "big.pdf")
    monkeypatch.setattr(read, "MAX_REVIEW_FILE", 99)
    assert "(the file is far larger than a review)" in refusal(tmp_path / "big.pdf")


def test_a_damaged_pdf_is_refused_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n")
    assert refusal(tmp_path / "bad.pdf").startswith("'bad.pdf' is not an intact Kitemark review (")


def test_a_submission_pack_is_named_as_such(tmp_path_factory: pytest.TempPathFactory) -> None:
    genuine = packs.demo_pack(tmp_path_factory)
    assert refusal(genuine.path) == (
        f"'{genuine.path.name}' is a submission pack, not the assessor's review; choose the review file the council "
        "sent."
    )


def test_review_sha256(tmp_path: Path) -> None:
    (tmp_path / "r.pdf").write_bytes(b"abc")
    assert review_sha256(tmp_path / "r.pdf") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    (tmp_path / "big").write_bytes(b"\0" * (1024 * 1024 + 1))
    import hashlib

    assert review_sha256(tmp_path / "big") == hashlib.sha256(b"\0" * (1024 * 1024 + 1)).hexdigest()
