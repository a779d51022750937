"""Reading a signed review (review/read.py) with reviews signed here, fast enough for the unit tests and so for the
mutants of scripts/mutation.sh: an intact review read field by field, and each refusal made alone (one thing
wrong, everything else right) with the sentence it must give. The reviews are built with the test pack builder's
keys and signer (tests/packs.py) under the review's field, ``KitemarkReview``; the JSON is written out here."""

from __future__ import annotations

import hashlib
import io
import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from kitemark_app.errors import UsageError
from kitemark_app.review.model import FIELD_NAME, REVIEW_NAME, parse_review
from kitemark_app.review.read import ReviewRejected, verify_review
from kitemark_app.verify import signature
from kitemark_app.verify.isolation import WorkLimits
from kitemark_app.verify.limits import ReadingLimits
from tests import packs
from tests.packs import OrgKeys, PackOptions

#: The checks run in this process, where mutmut's mutants and pytest's monkeypatch and caplog reach them; the
#: child process of the default (verify/isolation.py) is tested on its own below.
IN_PROCESS = WorkLimits(isolated=False)


def review_data(fingerprint: str) -> dict[str, Any]:
    return {
        "schema": "kitemark-review/1",
        "app_version": "0.1.0",
        "created_at": "2026-11-27T10:00:00+00:00",
        "pack_sha256": "ab" * 32,
        "pack_file_name": "riverside-pack.pdf",
        "organisation": {"name": "Riverside Community Hub", "root_fingerprint": "cd" * 32},
        "framework": {"id": "borough-vco-kitemark", "version": "2026.1", "title": "Borough VCO Kitemark"},
        "assessor": {"name": "An Assessor", "organisation": "Borough Council", "root_fingerprint": fingerprint},
        "verdicts": [{"criterion": "GOV-01", "verdict": "met"}],
        "outcome": {"decision": "awarded", "level": "Foundation", "valid_until": "2029-11-27"},
    }


def review_bytes(keys: OrgKeys | None = None) -> bytes:
    return json.dumps(review_data((keys or packs.default_keys()).fingerprint), indent=2).encode("utf-8")


def attach(
    writer: IncrementalPdfFileWriter,
    name: str,
    data: bytes,
    *,
    relationship: str = "Data",
    compress: bool = True,
    declared_size: int | None = None,
) -> None:
    stream = EmbeddedFileObject.from_file_data(
        writer,
        data,
        compress=compress,
        params=EmbeddedFileParams(embed_size=True, embed_checksum=False),
        mime_type="application/json",
    )
    if declared_size is not None:  # a /Params /Size other than the data's length
        stream.params = None
        stream["/Params"] = generic.DictionaryObject({generic.pdf_name("/Size"): generic.NumberObject(declared_size)})
    spec = FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=stream,
        description=name,
        af_relationship=generic.pdf_name("/" + relationship),
    )
    embed_file(writer, spec)


def signed_review(
    path: Path,
    data: bytes | None = None,
    *,
    keys: OrgKeys | None = None,
    field_name: str = FIELD_NAME,
    others: tuple[str, ...] = (),
    **attachment: Any,
) -> Path:
    """A review page with ``review.json`` (``data``, by default a good review) and ``others`` attached, signed."""
    keys = keys or packs.default_keys()
    writer = IncrementalPdfFileWriter(io.BytesIO(packs.page_pdf("Kitemark assessor review (test)")))
    attach(writer, REVIEW_NAME, review_bytes(keys) if data is None else data, **attachment)
    for other in others:
        attach(writer, other, b"an extra file", relationship="Supplement")
    unsigned = io.BytesIO()
    writer.write(unsigned)
    packs.sign_into(unsigned, path, keys, PackOptions(field_name=field_name))
    return path


def refusal(path: Path, limits: ReadingLimits | None = None) -> str:
    with pytest.raises(ReviewRejected) as caught:
        verify_review(path, limits, IN_PROCESS)
    return str(caught.value)


def refusal_isolated(path: Path, work: WorkLimits) -> str:
    with pytest.raises(ReviewRejected) as caught:
        verify_review(path, work=work)
    return str(caught.value)


def not_intact(path: Path, reason: str) -> str:
    return f"'{path.name}' is not an intact Kitemark review ({reason}); ask the assessor to send it again."


def test_an_intact_review_is_read_field_by_field(tmp_path: Path) -> None:
    keys = packs.default_keys()
    before = datetime.now(UTC).replace(microsecond=0)
    path = signed_review(tmp_path / "review.pdf")
    after = datetime.now(UTC)
    verified = verify_review(path, work=IN_PROCESS)
    assert verified.review_bytes == review_bytes(keys)
    assert verified.review == parse_review(review_bytes(keys))
    assert verified.review.outcome.decision == "awarded"
    assert verified.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert verified.signer_fingerprint == keys.fingerprint
    assert verified.signer_subject == f"Common Name: {keys.name} signing"
    assert verified.signed_at is not None and before <= verified.signed_at <= after
    assert verify_review(str(path), work=IN_PROCESS) == verified  # a path given as text


def test_the_child_process_the_checks_run_in_by_default_gives_the_same(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf")
    assert verify_review(path) == verify_review(path, work=IN_PROCESS)


def test_a_review_that_takes_too_long_to_check_is_refused(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf")
    assert refusal_isolated(path, WorkLimits(seconds=0.001, wait_seconds=0.001)) == not_intact(
        path, "the file is too complex to check safely (it took too long)"
    )


def test_uncompressed_review_data_is_read_too(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf", compress=False)
    assert verify_review(path, work=IN_PROCESS).review_bytes == review_bytes()


def test_review_data_exactly_at_the_size_limit_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    data = review_bytes()
    path = signed_review(tmp_path / "review.pdf", data, compress=False)  # stored as is: its length is len(data)
    assert verify_review(path, ReadingLimits(max_manifest_size=len(data)), IN_PROCESS).review_bytes == data
    assert refusal(path, ReadingLimits(max_manifest_size=len(data) - 1)) == not_intact(
        path, f"{REVIEW_NAME} is larger than any real review"
    )


def test_review_data_that_is_not_the_size_it_declares(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf", declared_size=len(review_bytes()) + 1)
    assert refusal(path) == not_intact(path, f"{REVIEW_NAME} is not the size it declares")


def test_review_data_not_attached_as_data(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf", relationship="Source")
    assert refusal(path) == not_intact(path, f"{REVIEW_NAME} is not attached as the review's data")


def test_a_second_attachment(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf", others=("notes.txt",))
    assert refusal(path) == not_intact(path, f"it must carry exactly one attachment, {REVIEW_NAME}, but carries 2")


def test_a_signature_in_another_field(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf", field_name="SomethingElse")
    assert refusal(path) == not_intact(path, f"the signature is in the field 'SomethingElse', not '{FIELD_NAME}'")


def test_review_data_naming_another_root(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf", review_bytes(packs.other_keys()))
    assert refusal(path) == not_intact(path, "its data names a different root from the one that signed it")


def test_review_data_that_is_not_json(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf", b"{not json")
    assert refusal(path) == not_intact(path, "the review's data (review.json) is not valid UTF-8 JSON")


def test_a_review_changed_after_signing_says_review_not_pack(tmp_path: Path) -> None:
    path = signed_review(tmp_path / "review.pdf")
    data = bytearray(path.read_bytes())
    where = data.index(b"/CreationDate (D:")  # the page's creation date: inside the signed bytes
    data[where + 17 : where + 21] = b"1999"
    path.write_bytes(bytes(data))
    assert refusal(path) == not_intact(
        path, "the review's content does not match its signature: it was changed after signing"
    )


def test_a_missing_file_names_the_system_reason(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        verify_review(tmp_path / "gone.pdf", work=IN_PROCESS)
    assert (
        str(caught.value)
        == f"Could not read '{tmp_path / 'gone.pdf'}' (No such file or directory); check the file name."
    )


def test_an_unexpected_error_is_a_refusal_and_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = signed_review(tmp_path / "review.pdf")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("pdf reader broke")

    monkeypatch.setattr(signature, "open_pack", broken)
    with caplog.at_level(logging.INFO, logger="kitemark_app.review.read"):
        assert refusal(path) == not_intact(path, "it is damaged or not a Kitemark review")
    assert [r.getMessage() for r in caplog.records if r.name == "kitemark_app.review.read"] == [
        "review review.pdf could not be read: RuntimeError: pdf reader broke"
    ]


# --- refusals before the PDF is parsed, in this process (tests/unit/test_mutants_review_read.py has them through
# the child process) -------------------------------------------------------------------------------------------------


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert refusal(path) == not_intact(path, "the file is empty")
    one_byte = tmp_path / "one.pdf"
    one_byte.write_bytes(b"%")
    assert refusal(one_byte) == not_intact(one_byte, "the file is not a PDF")


def test_the_pdf_marker_must_be_in_the_first_kilobyte(tmp_path: Path) -> None:
    late = tmp_path / "late.pdf"
    late.write_bytes(b" " * 1020 + b"%PDF-1.7\n" + b"x" * 100)  # the marker ends past byte 1024
    assert refusal(late) == not_intact(late, "the file is not a PDF")
    edge = tmp_path / "edge.pdf"
    edge.write_bytes(b" " * 1019 + b"%PDF-" + b"x" * 100)  # the marker's last byte is byte 1024
    assert "(the file is not a PDF)" not in refusal(edge)


def test_a_file_larger_than_any_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kitemark_app.review import read

    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 91)  # 100 bytes
    monkeypatch.setattr(read, "MAX_REVIEW_FILE", 99)
    assert refusal(path) == not_intact(path, "the file is far larger than a review")
    monkeypatch.setattr(read, "MAX_REVIEW_FILE", 100)
    assert "(the file is far larger than a review)" not in refusal(path)


def test_a_submission_pack_is_named_as_such(tmp_path: Path) -> None:
    pack = packs.build_pack(tmp_path / "pack.pdf")  # signed under the pack's field, KitemarkSubmission
    assert refusal(pack) == (
        "'pack.pdf' is a submission pack, not the assessor's review; choose the review file the council sent."
    )


def test_review_data_that_decodes_past_the_limit_names_the_attachment(tmp_path: Path) -> None:
    data = json.dumps(review_data(packs.default_keys().fingerprint) | {"app_version": "0" * 20_000}).encode()
    path = signed_review(tmp_path / "review.pdf", data)  # compressed: a few hundred bytes stored, 20 kB decoded
    assert refusal(path, ReadingLimits(max_manifest_size=5_000)) == not_intact(
        path, f"attachment '{REVIEW_NAME}' decodes to more than its stated size"
    )
