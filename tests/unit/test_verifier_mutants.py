"""The verifier's own decisions (verify/verifier.py), in this process (``WorkLimits(isolated=False)``, where mutmut's
mutants and pytest's monkeypatch reach them): packs signed here (tests/packs.py) with one thing wrong at a time,
each refusal with its sentence, the limits at their boundary, and the matching of the manifest against the
attachments given by hand. Sizes and digests are computed here from the bytes put into the pack."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from kitemark_app.errors import KitemarkError, UsageError
from kitemark_app.pack.key_change import make_key_change
from kitemark_app.verify import verifier
from kitemark_app.verify.digest import AttachmentResult, FileIdentity, HashResult, PackChanged
from kitemark_app.verify.isolation import TooComplex, WorkLimits
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.manifest_model import ManifestProblem, parse_manifest
from kitemark_app.verify.structure import EmbeddedEntry, PackProblem, StreamLocation
from kitemark_app.verify.trust import RegisteredOrg
from kitemark_app.verify.verifier import UnreadablePackError, Verdict, VerifiedAttachment, verify_pack
from tests import packs
from tests.council_keys import council_key
from tests.packs import PackFile, PackOptions

IN_PROCESS = WorkLimits(isolated=False)
HUB = "Riverside Community Hub"
DAMAGED = "damaged or not a Kitemark pack"
TEXT = b"Our constitution.\n" * 200  # E001, deflated in the pack
BINARY = bytes(range(256)) * 40  # E002, stored as it is


def check(path: Path, **kwargs: Any) -> Verdict:
    return verify_pack(path, work=IN_PROCESS, **kwargs)


def reasons(path: Path, **kwargs: Any) -> tuple[str, ...]:
    verdict = check(path, **kwargs)
    assert verdict.verdict == "rejected" and verdict.path == path
    return verdict.reasons


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(tmp_path_factory.mktemp("verifier"))


@pytest.fixture(scope="module")
def genuine(folder: Path) -> Path:
    return packs.build_pack(folder / "genuine.pdf")


def built(folder: Path, name: str, **options: Any) -> Path:
    return packs.build_pack(folder / name, PackOptions(**options))


class Register:
    def __init__(self, *orgs: RegisteredOrg) -> None:
        self.orgs = orgs

    def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None:
        return next((org for org in self.orgs if org.root_fingerprint == fingerprint), None)

    def by_name(self, name: str) -> list[RegisteredOrg]:
        return [org for org in self.orgs if org.name.casefold() == name.casefold()]


def org(name: str, fingerprint: str, oid: int = 1) -> RegisteredOrg:
    return RegisteredOrg(oid, name, fingerprint, datetime(2026, 1, 1), "")


# --- a genuine pack, field by field -------------------------------------------------------------------------------


def test_a_genuine_pack_trusted_by_its_root(genuine: Path) -> None:
    keys = packs.default_keys()
    verdict = check(genuine, trusted_roots={keys.fingerprint})
    status = os.stat(genuine)
    assert (verdict.verdict, verdict.reasons, verdict.path, verdict.organisation) == ("valid", (), genuine, HUB)
    assert verdict.signer_fingerprint == keys.fingerprint
    assert verdict.signer_subject == "Common Name: Riverside Community Hub (test key) signing"
    assert isinstance(verdict.signed_at, datetime)
    assert verdict.attachments_checked == 2 and verdict.intact
    assert verdict.checks[-2:] == (
        "The manifest is well-formed and lies inside the signed revision",
        "All 2 evidence files named in the manifest are present with the same size and SHA-256, and there is no "
        "other attachment",
    )
    assert len(verdict.checks) == 6
    expected_manifest = json.dumps(packs.manifest_for(packs.default_files(), keys.fingerprint), indent=2).encode()
    assert verdict.manifest_bytes == expected_manifest
    assert verdict.manifest is not None and verdict.manifest.organisation.name == HUB
    assert verdict.manifest_dict() == json.loads(expected_manifest)
    assert [(a.name, a.size, a.sha256, a.media_type, a.relationship) for a in verdict.attachments] == [
        ("E001-constitution.txt", 3600, hashlib.sha256(TEXT).hexdigest(), "text/plain", "Source"),
        ("E002-accounts.bin", 10240, hashlib.sha256(BINARY).hexdigest(), "application/octet-stream", "Source"),
    ]
    assert verdict.identity == FileIdentity(status.st_size, status.st_mtime_ns, status.st_ino)
    assert verdict.file_sha256 is None
    assert (verdict.registered, verdict.warning, verdict.key_change_from, verdict.handed_over_by) == (None,) * 4


def test_the_whole_file_digest_on_request_and_progress(genuine: Path) -> None:
    seen: list[tuple[int, int]] = []
    verdict = check(genuine, trusted_roots={packs.default_keys().fingerprint}, file_sha256=True,
                    progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    data = genuine.read_bytes()
    assert verdict.file_sha256 == hashlib.sha256(data).hexdigest()
    assert seen and {total for _, total in seen} == {len(data)}


def test_roots_given_as_people_type_them(genuine: Path) -> None:
    fingerprint = packs.default_keys().fingerprint
    colons = ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()
    assert check(genuine, trusted_roots={colons}).verdict == "valid"
    with pytest.raises(UsageError) as caught:
        check(genuine, trusted_roots={"nope"})
    assert (
        str(caught.value)
        == "'nope' is not a SHA-256 fingerprint (64 hexadecimal digits); give a root's SHA-256 fingerprint."
    )


def test_an_intact_pack_nobody_trusts_is_unregistered(genuine: Path) -> None:
    verdict = check(genuine)
    assert verdict.verdict == "unregistered" and verdict.intact
    assert verdict.reasons[0].startswith(f"the pack is intact, but '{HUB}' is not in your register")
    assert verdict.attachments_checked == 2 and verdict.manifest is not None


def test_the_register_decides_and_its_name_is_shown(genuine: Path) -> None:
    entry = org("RIVERSIDE community hub", packs.default_keys().fingerprint)
    verdict = check(genuine, register=Register(entry))
    assert verdict.verdict == "valid" and verdict.registered == entry
    assert verdict.organisation == "RIVERSIDE community hub" and verdict.reasons == ()


def test_a_registered_root_naming_another_organisation_loses_everything(genuine: Path) -> None:
    entry = org("Hillside Trust", packs.default_keys().fingerprint)
    verdict = check(genuine, register=Register(entry), file_sha256=True)
    assert verdict.verdict == "rejected" and not verdict.intact
    assert verdict.reasons[0].startswith("the pack is signed with the root registered to 'Hillside Trust'")
    assert (verdict.manifest, verdict.manifest_bytes, verdict.attachments, verdict.attachments_checked) == (
        None, None, (), 0)  # fmt: skip
    assert (verdict.checks, verdict.identity) == ((), None)
    assert verdict.organisation == HUB and verdict.file_sha256 == hashlib.sha256(genuine.read_bytes()).hexdigest()


def test_the_same_name_with_another_root_is_a_warning(genuine: Path) -> None:
    verdict = check(genuine, register=Register(org(HUB, "ab" * 32)))
    assert verdict.verdict == "unregistered" and verdict.warning is not None
    assert verdict.reasons == (verdict.warning,) and verdict.registered is None and verdict.organisation == HUB


def test_the_file_is_read_through_run_limited_with_the_work_limits(
    genuine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []
    real = verifier.run_limited

    def spy(job: Any, args: Any, **kwargs: Any) -> Any:
        calls.append((job, args, kwargs))
        return real(job, args, **kwargs)

    monkeypatch.setattr(verifier, "run_limited", spy)
    limits = ReadingLimits(max_attachments=7)

    def progress(done: int, total: int) -> None:
        return None

    def cancelled() -> bool:
        return False

    verify_pack(str(genuine), limits=limits, file_sha256=True, progress=progress, cancelled=cancelled, work=IN_PROCESS)
    [(job, args, kwargs)] = calls
    assert job is verifier.check_pack and args == (genuine, limits, True, None)
    key = council_key().decryption_key()  # the council's key goes to the child, which decrypts
    verify_pack(str(genuine), decryption=key, work=IN_PROCESS)
    assert calls[1][1][3] is key
    assert kwargs == {"limits": IN_PROCESS, "progress": progress, "cancelled": cancelled}


def test_too_complex_is_a_rejection_with_its_sentence(genuine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def too_complex(*args: Any, **kwargs: Any) -> Any:
        raise TooComplex("the file is too complex to check safely (it took too long)")

    monkeypatch.setattr(verifier, "run_limited", too_complex)
    verdict = verify_pack(genuine, {packs.default_keys().fingerprint})
    assert (verdict.verdict, verdict.reasons, verdict.path) == (
        "rejected", ("the file is too complex to check safely (it took too long)",), genuine)  # fmt: skip


def test_a_rejected_verdict_is_not_given_to_the_register(folder: Path) -> None:
    class Refuses(Register):
        def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None:
            raise AssertionError("asked the register about a rejected pack")

    path = folder / "empty.pdf"
    path.write_bytes(b"")
    verdict = check(path, register=Refuses())
    assert verdict.reasons == ("the file is empty",) and verdict.path == path


# --- before the signature --------------------------------------------------------------------------------------


def test_a_file_that_cannot_be_opened(tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    with pytest.raises(UnreadablePackError) as caught:
        check(missing)
    assert str(caught.value) == f"Could not read '{missing}' (No such file or directory); check the file name."
    assert caught.value.exit_code == 2
    with pytest.raises(UnreadablePackError, match=r"\(Is a directory\)"):
        check(tmp_path)


def test_the_file_size_limit_at_its_boundary(tmp_path: Path) -> None:
    path = tmp_path / "sparse.pdf"
    with path.open("wb") as out:
        out.truncate(3 * 2**30 + 1)  # a sparse file: no disk used
    assert reasons(path, limits=ReadingLimits(max_file_size=3 * 2**30)) == (
        "the file is larger than the 3 GiB a pack may be",
    )
    assert reasons(path, limits=ReadingLimits(max_file_size=3 * 2**30 + 1)) == (
        "the file is not a PDF, so it is not a Kitemark pack",
    )


def test_the_pdf_header_must_be_in_the_first_kilobyte(tmp_path: Path) -> None:
    path = tmp_path / "late.pdf"
    path.write_bytes(b" " * 1019 + b"%PDF-1.7\n")  # "%PDF-" ends at byte 1024
    assert reasons(path) != ("the file is not a PDF, so it is not a Kitemark pack",)
    path.write_bytes(b" " * 1020 + b"%PDF-1.7\n")
    assert reasons(path) == ("the file is not a PDF, so it is not a Kitemark pack",)


def test_the_signatures_problems_are_the_reasons(folder: Path) -> None:
    path = built(folder, "field.pdf", field_name="Signature1")
    assert reasons(path) == ("the signature is in the field 'Signature1', not 'KitemarkSubmission'",)


@pytest.mark.parametrize(
    ("error", "reason"),
    [(PackProblem("a pack problem"), "a pack problem"), (LimitExceeded("a limit"), "a limit"),
     (ManifestProblem("a manifest problem"), "a manifest problem"), (RuntimeError("boom"), DAMAGED),
     (KeyError("x"), DAMAGED)],
)  # fmt: skip
def test_what_reading_raises_is_a_rejection(
    genuine: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, error: Exception, reason: str
) -> None:
    def fails(*args: Any) -> Verdict:
        raise error

    monkeypatch.setattr(verifier, "_verify", fails)
    with caplog.at_level(logging.INFO, logger="kitemark_app.verify.verifier"):
        verdict = check(genuine)
    assert (verdict.verdict, verdict.reasons, verdict.path) == ("rejected", (reason,), genuine)
    records = [r for r in caplog.records if r.name == "kitemark_app.verify.verifier"]
    logged = [r.getMessage() for r in records]
    if reason == DAMAGED:
        assert logged == [f"pack genuine.pdf could not be read: {type(error).__name__}: {error}"]
        assert records[0].levelno == logging.INFO
        exc_info = records[0].exc_info
        assert isinstance(exc_info, tuple) and exc_info[1] is error  # the traceback goes with it
    else:
        assert logged == []


@pytest.mark.parametrize("error", [PackChanged(), MemoryError()])
def test_a_changed_file_and_running_out_of_memory_are_raised(
    genuine: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    def fails(*args: Any) -> Verdict:
        raise error

    monkeypatch.setattr(verifier, "_verify", fails)
    with pytest.raises(type(error)):
        check(genuine)


def test_rejected_without_a_reason_says_damaged(tmp_path: Path) -> None:
    verdict = verifier.rejected(tmp_path, [])
    assert (verdict.verdict, verdict.reasons) == ("rejected", (DAMAGED,))
    assert verifier.rejected(tmp_path, ["x"], organisation="O").organisation == "O"


# --- the manifest ---------------------------------------------------------------------------------------------------


def custom_pack(
    path: Path,
    manifest: bytes,
    *,
    relationship: str = "Data",
    declared_size: int | None = None,
    files: list[PackFile] | None = None,
) -> Path:
    """A pack whose manifest is attached exactly as given (its relationship, its /Params /Size)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file

    writer = IncrementalPdfFileWriter(io.BytesIO(packs.page_pdf()))
    for item in files if files is not None else packs.default_files():
        packs._embed(writer, item.name, item.data, item.media_type, item.compress, "Source")
    stream = EmbeddedFileObject.from_file_data(
        writer, manifest, compress=True, params=EmbeddedFileParams(embed_size=True, embed_checksum=False),
        mime_type="application/json",
    )  # fmt: skip
    if declared_size is not None:
        stream.params = None
        stream["/Params"] = generic.DictionaryObject({generic.pdf_name("/Size"): generic.NumberObject(declared_size)})
    spec = FileSpec(file_spec_string="manifest.json", file_name="manifest.json", embedded_data=stream,
                    af_relationship=generic.pdf_name("/" + relationship))  # fmt: skip
    embed_file(writer, spec)
    unsigned = io.BytesIO()
    writer.write(unsigned)
    packs.sign_into(unsigned, path, packs.default_keys())
    return path


def manifest_json(**changes: Any) -> bytes:
    content = packs.manifest_for(packs.default_files(), packs.default_keys().fingerprint)
    content.update(changes)
    return json.dumps(content, indent=2).encode()


def stored_length(path: Path, name: str) -> int:
    """The /Length of an attachment's stream, as pyHanko's reader finds it."""
    reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
    pairs = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for index in range(0, len(pairs), 2):
        if pairs[index] == name:
            return int(pairs[index + 1]["/EF"]["/F"]["/Length"])
    raise KeyError(name)


def test_no_manifest(folder: Path) -> None:
    assert reasons(built(folder, "none.pdf", include_manifest=False)) == (
        "the pack has no manifest.json, so it is not a Kitemark pack",
    )


def test_a_manifest_not_attached_as_data(folder: Path) -> None:
    path = custom_pack(folder / "source.pdf", manifest_json(), relationship="Source")
    assert reasons(path) == ("manifest.json is not attached as the pack's data (/AFRelationship /Data)",)


def test_a_manifest_declaring_another_size(folder: Path) -> None:
    data = manifest_json()
    assert check(custom_pack(folder / "declared.pdf", data, declared_size=len(data))).intact
    assert reasons(custom_pack(folder / "declared1.pdf", data, declared_size=len(data) + 1)) == (
        "manifest.json is not the size it declares",
    )


def test_the_manifest_size_limit_for_its_stored_and_its_decoded_bytes(folder: Path) -> None:
    data = manifest_json()
    path = custom_pack(folder / "sized.pdf", data)
    stored = stored_length(path, "manifest.json")
    assert stored < len(data)  # deflated
    assert check(path, limits=ReadingLimits(max_manifest_size=len(data))).intact
    assert reasons(path, limits=ReadingLimits(max_manifest_size=len(data) - 1)) == (
        "attachment 'manifest.json' decodes to more than its stated size",
    )
    assert reasons(path, limits=ReadingLimits(max_manifest_size=stored)) == (
        "attachment 'manifest.json' decodes to more than its stated size",
    )
    assert reasons(path, limits=ReadingLimits(max_manifest_size=stored - 1)) == (
        "the manifest is larger than any real manifest",
    )


def test_a_manifest_that_is_not_json(folder: Path) -> None:
    assert reasons(built(folder, "notjson.pdf", manifest_bytes=b"{not json")) == (
        "the manifest is not valid UTF-8 JSON",
    )


# --- the manifest against the attachments, given by hand --------------------------------------------------------


def plan_manifest(*items: tuple[str, int]) -> Any:
    files = [PackFile(name, bytes(1)) for name, _ in items]
    content = packs.manifest_for(files, "ab" * 32)
    for entry, (_, size) in zip(content["evidence"], items, strict=True):
        entry["size"] = size
    return parse_manifest(json.dumps(content).encode())


def found(name: str, *, length: int, deflated: bool = False, params: int | None = None, rel: str | None = "Source",
          offset: int = 100) -> EmbeddedEntry:  # fmt: skip
    return EmbeddedEntry(name, rel, StreamLocation(offset, length, deflated, params, "text/plain"))


MANIFEST_ENTRY = found("manifest.json", length=10, rel="Data")


def plan(
    manifest: Any, entries: list[EmbeddedEntry], limits: ReadingLimits | None = None
) -> tuple[list[Any], list[str]]:
    return verifier._plan_attachments(manifest, MANIFEST_ENTRY, entries, limits or ReadingLimits())


def test_every_attachment_matched_is_planned_in_manifest_order() -> None:
    a, b = found("a.txt", length=5), found("b.txt", length=40, deflated=True, offset=300)
    jobs, problems = plan(plan_manifest(("b.txt", 700), ("a.txt", 5)), [a, b])
    assert problems == []
    assert [(job.name, job.location, job.expected_size) for job in jobs] == [
        ("b.txt", b.stream, 700),
        ("a.txt", a.stream, 5),
    ]


def test_missing_and_unnamed_attachments() -> None:
    jobs, problems = plan(
        plan_manifest(("a.txt", 5), ("b.txt", 5)), [found("b.txt", length=5), found("c.txt", length=5)]
    )
    assert problems == [
        "attachment 'a.txt' is named in the manifest but missing",
        "the pack has an attachment the manifest does not name: 'c.txt'",
    ]
    assert [job.name for job in jobs] == ["b.txt"]


@pytest.mark.parametrize("rel", ["Data", None, "Alternative"])
def test_an_attachment_not_attached_as_evidence(rel: str | None) -> None:
    _jobs, problems = plan(plan_manifest(("a.txt", 5)), [found("a.txt", length=5, rel=rel)])
    assert problems == ["attachment 'a.txt' is not attached as evidence (/AFRelationship /Source)"]


def test_a_declared_size_other_than_the_manifests() -> None:
    assert plan(plan_manifest(("a.txt", 5)), [found("a.txt", length=5, params=5)])[1] == []
    assert plan(plan_manifest(("a.txt", 5)), [found("a.txt", length=5, params=6)])[1] == [
        "attachment 'a.txt' declares 6 bytes but the manifest says 5"
    ]


def test_a_stored_length_other_than_the_manifests_size() -> None:
    assert plan(plan_manifest(("a.txt", 5)), [found("a.txt", length=4)])[1] == [
        "attachment 'a.txt' holds 4 bytes but the manifest says 5"
    ]
    assert plan(plan_manifest(("a.txt", 5)), [found("a.txt", length=4, deflated=True)])[1] == []  # deflated: may differ


def test_the_size_limit_of_one_stored_attachment() -> None:
    limits = ReadingLimits(max_attachment_size=5)
    assert plan(plan_manifest(("a.txt", 5)), [found("a.txt", length=5)], limits)[1] == []
    assert plan(plan_manifest(("a.txt", 6)), [found("a.txt", length=6)], limits)[1] == [
        "attachment 'a.txt' is larger than the limit for one attachment"
    ]


def test_the_ratio_limit_of_one_deflated_attachment() -> None:
    limits = ReadingLimits(max_ratio=10.0, ratio_floor=50)
    assert plan(plan_manifest(("a.txt", 100)), [found("a.txt", length=10, deflated=True)], limits)[1] == []
    assert plan(plan_manifest(("a.txt", 101)), [found("a.txt", length=10, deflated=True)], limits)[1] == [
        "attachment 'a.txt' would expand more than a compressed file can (compression bomb)"
    ]
    # a deflated attachment is not held to the limit for a stored one (only to the ratio's size cap)
    wide = ReadingLimits(max_attachment_size=50, max_ratio=10.0, ratio_floor=50)
    assert plan(plan_manifest(("a.txt", 50)), [found("a.txt", length=10, deflated=True)], wide)[1] == []


def test_the_total_ratio_counts_deflated_attachments_only() -> None:
    limits = ReadingLimits(total_floor=100, max_total_ratio=2.0, ratio_floor=10**9)
    # deflated: 10 + 20 stored bytes may decode to 100 + 2 * 30 = 160 bytes in all; the stored one is not counted
    entries = [found("a.txt", length=10, deflated=True), found("b.txt", length=20, deflated=True, offset=200),
               found("c.txt", length=1000, offset=300)]  # fmt: skip
    assert plan(plan_manifest(("a.txt", 60), ("b.txt", 100), ("c.txt", 1000)), entries, limits)[1] == []
    assert plan(plan_manifest(("a.txt", 61), ("b.txt", 100), ("c.txt", 1000)), entries, limits)[1] == [
        "the attachments would expand to far more than any real pack holds (compression bomb)"
    ]


def compare(manifest: Any, entries: list[EmbeddedEntry], *results: AttachmentResult) -> tuple[list[Any], list[str]]:
    hashed = HashResult(b"", tuple(results), None)
    return verifier._compare_attachments(manifest, MANIFEST_ENTRY, entries, hashed)


def test_each_attachment_compared_with_the_manifest() -> None:
    manifest = plan_manifest(("a.txt", 1), ("b.txt", 1), ("c.txt", 1), ("d.txt", 1))
    sha = hashlib.sha256(bytes(1)).hexdigest()  # what manifest_for wrote for each
    entries = [found(name, length=1, offset=100 * i) for i, name in enumerate(("a.txt", "b.txt", "c.txt", "d.txt"))]
    verified, problems = compare(
        manifest,
        entries,
        AttachmentResult("a.txt", 1, sha, None),
        AttachmentResult("b.txt", None, None, "attachment 'b.txt' has a damaged compressed stream"),
        AttachmentResult("c.txt", 2, sha, None),
        AttachmentResult("d.txt", 1, "0" * 64, None),
    )
    assert problems == [
        "attachment 'b.txt' has a damaged compressed stream",
        "attachment 'c.txt' has 2 bytes but the manifest says 1",
        "attachment 'd.txt' is not the file the manifest describes (SHA-256 differs)",
    ]
    assert verified == [VerifiedAttachment("a.txt", 1, sha, "application/octet-stream", "Source", entries[0].stream)]


# --- after hashing -------------------------------------------------------------------------------------------------


def test_an_attachment_that_is_not_what_the_manifest_says(folder: Path) -> None:
    path = built(folder, "sha.pdf", edit_manifest=lambda m: m["evidence"][1].update(sha256="0" * 64))
    verdict = check(path, file_sha256=True)
    assert verdict.reasons == (
        "attachment 'E002-accounts.bin' is not the file the manifest describes (SHA-256 differs)",
    )
    keys = packs.default_keys()
    assert (verdict.organisation, verdict.signer_fingerprint) == (HUB, keys.fingerprint)
    assert verdict.signer_subject == "Common Name: Riverside Community Hub (test key) signing"
    assert isinstance(verdict.signed_at, datetime)
    assert verdict.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert verdict.manifest is None and verdict.attachments == () and verdict.identity is None


def test_a_mismatch_before_hashing_names_the_organisation(folder: Path) -> None:
    path = built(folder, "size.pdf", edit_manifest=lambda m: m["evidence"][1].update(size=1))
    verdict = check(path)
    assert verdict.reasons == (
        "attachment 'E002-accounts.bin' declares 10240 bytes but the manifest says 1",
        "attachment 'E002-accounts.bin' holds 10240 bytes but the manifest says 1",
    )
    assert verdict.organisation == HUB and verdict.signer_fingerprint is None and verdict.path == path


def test_a_manifest_naming_another_root(folder: Path) -> None:
    path = built(folder, "root.pdf", edit_manifest=lambda m: m["signer"].update(root_fingerprint="a" * 64))
    assert reasons(path) == ("the manifest names a different root from the one that signed the pack",)


def test_a_signature_problem_and_a_manifest_problem_together(folder: Path) -> None:
    keys = packs.make_org_keys("No NR", non_repudiation=False)
    path = built(folder, "nr.pdf", keys=keys, edit_manifest=lambda m: m["signer"].update(root_fingerprint="a" * 64))
    found_reasons = reasons(path)
    assert found_reasons[-1] == "the manifest names a different root from the one that signed the pack"
    assert (
        "the signing certificate is not for signatures (it lacks digitalSignature or nonRepudiation)" in found_reasons
    )


def test_an_organisation_name_with_a_hidden_character(folder: Path) -> None:
    path = built(folder, "hidden.pdf", edit_manifest=lambda m: m["organisation"].update(name="River\u200bside"))
    assert reasons(path) == (
        "the organisation's name in the manifest holds characters that cannot be seen (U+200B ZERO WIDTH SPACE)",
    )


def with_key_change(folder: Path, name: str, organisation: str = HUB, signer_root: str | None = None) -> Path:
    old, new = packs.default_keys(), packs.other_keys()
    statement = make_key_change(old.signing_key, old.signing_cert, old.root_cert, organisation,
                                signer_root or new.fingerprint)  # fmt: skip
    return built(folder, name, keys=new, edit_manifest=lambda m: m["signer"].update(key_change=statement))


def test_a_key_change_that_checks_out_names_the_old_root(folder: Path) -> None:
    verdict = check(with_key_change(folder, "kc.pdf", organisation="riverside  COMMUNITY hub"))
    assert verdict.verdict == "unregistered" and verdict.key_change_from == packs.default_keys().fingerprint
    old = org(HUB, packs.default_keys().fingerprint)
    handed = check(with_key_change(folder, "kc2.pdf"), register=Register(old))
    assert handed.handed_over_by == old and "a key change, not an impersonation" in handed.reasons[0]


def test_a_key_change_for_another_organisation(folder: Path) -> None:
    assert reasons(with_key_change(folder, "kc-other.pdf", organisation="Another Group")) == (
        "the key change in the manifest is for another organisation",
    )


def test_a_key_change_that_does_not_check_out(folder: Path) -> None:
    assert reasons(with_key_change(folder, "kc-bad.pdf", signer_root="ab" * 32)) == (
        "the key change in the manifest does not check out: it hands over to a root other than the one that signed "
        "the pack",
    )


# --- the verdict's methods ----------------------------------------------------------------------------------------


def test_the_verdict_as_json(genuine: Path) -> None:
    verdict = check(genuine, trusted_roots={packs.default_keys().fingerprint})
    assert verdict.as_json() == {
        "verdict": "valid",
        "reasons": [],
        "organisation": HUB,
        "signer_fingerprint": packs.default_keys().fingerprint,
        "signed_at": verdict.signed_at.isoformat() if verdict.signed_at else "missing",
        "attachments_checked": 2,
        "encrypted": False,
    }
    assert replace(verdict, encrypted=True).as_json()["encrypted"] is True
    bare = verifier.rejected(genuine, ["x"])
    assert bare.as_json() == {"verdict": "rejected", "reasons": ["x"], "organisation": None,
                              "signer_fingerprint": None, "signed_at": None, "attachments_checked": 0,
                              "encrypted": False}  # fmt: skip
    assert bare.manifest_dict() is None and not bare.intact


def test_reading_and_saving_an_attachment(genuine: Path, tmp_path: Path) -> None:
    verdict = check(genuine)
    assert verdict.attachment("E001-constitution.txt").size == 3600
    with pytest.raises(KeyError):
        verdict.attachment("nothing.txt")
    assert verdict.read_attachment("E001-constitution.txt") == TEXT
    assert verdict.read_attachment("E002-accounts.bin") == BINARY
    assert (
        b"".join(bytes(c) for c in verdict.iter_attachment("E002-accounts.bin", ReadingLimits(chunk_size=1000)))
        == BINARY
    )
    assert len(list(verdict.iter_attachment("E002-accounts.bin", ReadingLimits(chunk_size=1000)))) == 11
    target = tmp_path / "saved.txt"
    verdict.save_attachment("E001-constitution.txt", target)
    assert target.read_bytes() == TEXT and sorted(p.name for p in tmp_path.iterdir()) == ["saved.txt"]


def test_an_attachment_larger_than_the_viewer_takes(genuine: Path) -> None:
    verdict = check(genuine)
    assert verdict.read_attachment("E002-accounts.bin", max_bytes=10240) == BINARY
    with pytest.raises(KitemarkError) as caught:
        verdict.read_attachment("E002-accounts.bin", max_bytes=10239)
    assert str(caught.value) == "'E002-accounts.bin' is 0 MiB, too large to show here; save it to open it instead."
    big = replace(verdict.attachment("E002-accounts.bin"), size=256 * 1024 * 1024 + 1)
    large = replace(verdict, attachments=(big,))
    with pytest.raises(KitemarkError, match=r"^'E002-accounts.bin' is 256 MiB, too large to show here"):
        large.read_attachment("E002-accounts.bin")
    at_limit = replace(verdict, attachments=(replace(big, size=256 * 1024 * 1024),))
    with pytest.raises(PackChanged):  # not refused for its size: read, and then it is not the size verified
        at_limit.read_attachment("E002-accounts.bin")
    sized = replace(verdict, attachments=(replace(big, size=3 * 1024 * 1024 + 5),))
    with pytest.raises(KitemarkError, match=r"^'E002-accounts.bin' is 3 MiB, too large"):
        sized.read_attachment("E002-accounts.bin", max_bytes=3 * 1024 * 1024)


def test_an_attachment_of_a_rejected_or_changed_pack(genuine: Path, tmp_path: Path) -> None:
    verdict = check(genuine)
    for closed in (replace(verdict, verdict="rejected"), replace(verdict, identity=None)):
        with pytest.raises(KitemarkError) as caught:
            list(closed.iter_attachment("E001-constitution.txt"))
        assert str(caught.value) == "This pack was rejected, so its attachments cannot be opened."
    wrong = replace(verdict, attachments=(replace(verdict.attachment("E001-constitution.txt"), sha256="0" * 64),))
    chunks = []
    with pytest.raises(PackChanged):
        for chunk in wrong.iter_attachment("E001-constitution.txt"):
            chunks.append(bytes(chunk))
    assert b"".join(chunks) == TEXT  # every byte was given before the check at the end
    target = tmp_path / "out.txt"
    with pytest.raises(PackChanged):
        wrong.save_attachment("E001-constitution.txt", target)
    assert list(tmp_path.iterdir()) == []  # neither the target nor its .part
    moved = tmp_path / "moved.pdf"
    moved.write_bytes(genuine.read_bytes())
    with pytest.raises(PackChanged):
        list(replace(verdict, path=moved).iter_attachment("E001-constitution.txt"))


# --- second round: the survivors of the verifier's measured run ------------------------------------------------------


def test_an_attachment_not_in_the_verdict_is_a_key_error_naming_it(genuine: Path) -> None:
    with pytest.raises(KeyError) as caught:
        check(genuine).attachment("nothing.txt")
    assert caught.value.args == ("nothing.txt",)


def test_reading_an_attachment_again_stops_at_its_verified_size_and_names_it(genuine: Path) -> None:
    verdict = check(genuine)
    smaller = replace(verdict.attachment("E001-constitution.txt"), size=100)  # it decodes to 3600 bytes
    with pytest.raises(LimitExceeded) as caught:
        list(replace(verdict, attachments=(smaller,)).iter_attachment("E001-constitution.txt"))
    assert str(caught.value) == "attachment 'E001-constitution.txt' decodes to more than its stated size"


def test_check_pack_leaves_an_intact_pack_unregistered_with_no_reasons(genuine: Path) -> None:
    # what the child process returns: everything but trust, for the register to decide in the parent
    verdict = verifier.check_pack(genuine, ReadingLimits(), False)
    assert (verdict.verdict, verdict.reasons, verdict.path) == ("unregistered", (), genuine)
    assert verdict.signer_fingerprint == packs.default_keys().fingerprint and verdict.attachments_checked == 2
