"""Review import says no before it reads the review (review/read.py): each refusal made alone, on files written here
(signed with the test pack builder under the review's signature field, so only the one thing tested is wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitemark_app.review.model import FIELD_NAME, REVIEW_NAME
from kitemark_app.review.read import MAX_REVIEW_FILE, ReviewRejected, verify_review
from tests import packs
from tests.packs import PackFile, PackOptions


def refusal(path: Path) -> str:
    with pytest.raises(ReviewRejected) as caught:
        verify_review(path)
    message = str(caught.value)
    assert message.startswith(f"'{path.name}' is not an intact Kitemark review (")
    assert message.endswith("); ask the assessor to send it again.") and "\n" not in message
    return message


def signed_review_like(tmp_path: Path, files: list[PackFile]) -> Path:
    options = PackOptions(files=files, include_manifest=False, field_name=FIELD_NAME)
    return packs.build_pack(tmp_path / "review.pdf", options)


def review_json() -> PackFile:
    return PackFile(REVIEW_NAME, b'{"schema": "kitemark-review/1"}', "application/json", compress=True)


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "review.pdf"
    path.write_bytes(b"")
    assert "(the file is empty)" in refusal(path)


def test_a_file_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "review.pdf"
    path.write_text("Dear VCO, please find our review attached.\n")
    assert "(the file is not a PDF)" in refusal(path)


def test_the_size_limit_at_and_one_byte_over(tmp_path: Path) -> None:
    at = tmp_path / "at.pdf"
    with at.open("wb") as handle:
        handle.truncate(MAX_REVIEW_FILE)  # sparse zeros: at the limit the next check (is it a PDF?) refuses it
    assert "(the file is not a PDF)" in refusal(at)
    over = tmp_path / "over.pdf"
    with over.open("wb") as handle:
        handle.truncate(MAX_REVIEW_FILE + 1)
    assert "(the file is far larger than a review)" in refusal(over)


def test_no_attachment(tmp_path: Path) -> None:
    message = refusal(signed_review_like(tmp_path, []))
    assert f"it must carry exactly one attachment, {REVIEW_NAME}, but carries 0" in message


def test_a_second_attachment(tmp_path: Path) -> None:
    extra = PackFile("notes.txt", b"an extra file", "text/plain")
    message = refusal(signed_review_like(tmp_path, [review_json(), extra]))
    assert f"it must carry exactly one attachment, {REVIEW_NAME}, but carries 2" in message


def test_another_attachment_instead_of_the_review(tmp_path: Path) -> None:
    message = refusal(signed_review_like(tmp_path, [PackFile("notes.txt", b"not the review", "text/plain")]))
    assert f"it must carry exactly one attachment, {REVIEW_NAME}, but carries 1" in message


def test_review_json_not_attached_as_data(tmp_path: Path) -> None:
    # The builder attaches evidence as /Source: right name, wrong relationship.
    assert f"({REVIEW_NAME} is not attached as the review's data)" in refusal(
        signed_review_like(tmp_path, [review_json()])
    )
