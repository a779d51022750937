"""The pack's one signature (verify/signature.py): ``open_pack`` on packs signed here (tests/packs.py) with one thing
wrong at a time, and the decisions of ``cms_shape_problems``, ``_organisation_root`` and ``check_signature`` with
their inputs given by hand where a real signature cannot be made wrong in just that way (pyHanko's verdict on
coverage and modifications, which the earlier checks pre-empt in any real file)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation.status import SignatureCoverageLevel

from kitemark_app.verify import signature as sig
from kitemark_app.verify.digest import FileIdentity
from kitemark_app.verify.limits import ReadingLimits
from kitemark_app.verify.structure import PackProblem
from tests import packs
from tests.unit.minipdf import pdf_bytes

REVIEW_SENTENCE = (
    "this is an assessor's signed review, not a submission pack; the organisation imports it with 'Import assessor "
    "review' or 'kitemark review import'"
)
SUBMISSION_SENTENCE = (
    "this is an organisation's submission pack, not an assessor's review; the assessor opens it with 'Open an "
    "assessor pack' or 'kitemark open'"
)


def opened(data: bytes, field_name: str = "KitemarkSubmission", limits: ReadingLimits | None = None) -> sig.OpenedPack:
    handle = io.BytesIO(data)
    return sig.open_pack(handle, FileIdentity(len(data), 0, 0), limits or ReadingLimits(), field_name)


def refused(data: bytes, **kwargs: Any) -> str:
    with pytest.raises(PackProblem) as caught:
        opened(data, **kwargs)
    return str(caught.value)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(tmp_path_factory.mktemp("signature"))


@pytest.fixture(scope="module")
def genuine(folder: Path) -> bytes:
    return packs.build_pack(folder / "genuine.pdf").read_bytes()


# --- open_pack ------------------------------------------------------------------------------------------------------


def test_a_genuine_pack_opens_with_its_attachments_and_no_problems(genuine: bytes) -> None:
    pack = opened(genuine)
    assert pack.problems == []
    assert sorted(entry.name for entry in pack.entries) == [
        "E001-constitution.txt",
        "E002-accounts.bin",
        "manifest.json",
    ]
    assert pack.md_algorithm == "sha256" and pack.signature is not None and isinstance(pack.reader, PdfFileReader)
    start1, length1, start2, length2 = pack.byte_range
    assert start1 == 0 and start2 + length2 == len(genuine)
    assert genuine[length1 : length1 + 1] == b"<" and genuine[start2 - 1 : start2] == b">"


def test_the_cross_references_are_checked_first(genuine: bytes) -> None:
    # a limit of revisions below the pack's three: refused before pyHanko reads anything
    from kitemark_app.verify.limits import LimitExceeded

    with pytest.raises(LimitExceeded, match="more than 2 revisions"):
        opened(genuine, limits=ReadingLimits(max_revisions=2))


@pytest.mark.parametrize("change", [(b"%PDF-1.7", b"%PDF-x.y"), (b"/Size 3", b"/Size 1")])
def test_a_structure_pyhanko_cannot_read(change: tuple[bytes, bytes]) -> None:
    data = pdf_bytes({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [] >>"})
    assert refused(data.replace(*change)) == "damaged or not a Kitemark pack (its PDF structure cannot be read)"


def test_a_password_protected_file() -> None:
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"00" * 32 + b"> /U <" + b"00" * 32 + b"> /P -4 >>"
    data = pdf_bytes({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [] >>", 3: encrypt},
                     trailer=b" /Encrypt 3 0 R /ID [<00> <00>]")  # fmt: skip
    assert refused(data) == "the pack is protected with a password, which a Kitemark pack never is"
    # a review or a framework is never encrypted, in any way
    assert refused(data, field_name="KitemarkReview") == (
        "the file is encrypted, which a Kitemark review or framework never is"
    )


def test_an_unsigned_pdf() -> None:
    assert refused(packs.page_pdf()) == "the file has no signature, so it is not a signed Kitemark pack"


def test_two_signatures(folder: Path) -> None:
    packs.build_pack(folder / "one.pdf")
    two = packs.approve_again(folder / "one.pdf", folder / "two.pdf").read_bytes()
    assert refused(two) == "the file has 2 signatures, but a Kitemark pack has exactly one"


def _form_listing_the_field(data: bytes, times: int) -> bytes:
    first = PdfFileReader(io.BytesIO(data), strict=False).root["/AcroForm"]["/Fields"].raw_get(0)
    number = packs.next_object_number(data)
    form = b"<< /Fields [" + b" ".join([b"%d %d R" % (first.idnum, first.generation)] * times) + b"] >>"
    root = packs.catalog_with(data, b"/AcroForm %d 0 R" % number).replace(b"/AcroForm", b"/Old", 1)
    return packs.raw_update(data, {number: form}, new_root=root)


def test_a_form_of_eight_fields_is_walked_and_of_nine_refused(genuine: bytes) -> None:
    # eight: the fields are walked (and are eight signatures); nine: refused before they are walked
    assert (
        refused(_form_listing_the_field(genuine, 8)) == "the file has 8 signatures, but a Kitemark pack has exactly one"
    )
    assert refused(_form_listing_the_field(genuine, 9)) == (
        "the file's form lists 9 fields, but a Kitemark pack has one signature field"
    )


def test_usage_rights_beside_the_certification(genuine: bytes) -> None:
    docmdp = PdfFileReader(io.BytesIO(genuine), strict=False).root["/Perms"].raw_get("/DocMDP")
    perms = b"/Perms << /DocMDP %d %d R /UR3 << >> >>" % (docmdp.idnum, docmdp.generation)
    root = packs.catalog_with(genuine, perms).replace(b"/Perms", b"/OldPerms", 1)
    assert refused(packs.raw_update(genuine, {}, new_root=root)) == (
        "the file carries another kind of signature (usage rights), which a pack never has"
    )


def test_a_signature_in_another_field(folder: Path) -> None:
    data = packs.build_pack(folder / "field.pdf", packs.PackOptions(field_name="Signature1")).read_bytes()
    pack = opened(data)
    assert pack.problems == ["the signature is in the field 'Signature1', not 'KitemarkSubmission'"]
    assert pack.entries == []  # nothing else is looked at
    assert opened(data, field_name="Signature1").problems == []


def test_the_other_kitemark_documents_are_named(folder: Path, genuine: bytes) -> None:
    review = packs.build_pack(folder / "review.pdf", packs.PackOptions(field_name="KitemarkReview")).read_bytes()
    assert opened(review).problems == [REVIEW_SENTENCE]
    assert opened(genuine, field_name="KitemarkReview").problems == [SUBMISSION_SENTENCE]


def test_a_pades_signature_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pyhanko.sign.fields import SigSeedSubFilter

    real = packs.signers.PdfSignatureMetadata

    def adobe(**kwargs: Any) -> Any:
        return real(**{**kwargs, "subfilter": SigSeedSubFilter.ADOBE_PKCS7_DETACHED})

    monkeypatch.setattr(packs.signers, "PdfSignatureMetadata", adobe)
    data = packs.build_pack(folder / "adobe.pdf").read_bytes()
    assert opened(data).problems == ["the signature is not a PAdES signature (/ETSI.CAdES.detached)"]


def test_not_certified_and_appended_bytes_are_reported_together(folder: Path, genuine: bytes) -> None:
    uncertified = packs.build_pack(folder / "plain.pdf", packs.PackOptions(certify=False)).read_bytes()
    assert opened(uncertified).problems == [
        "the signature is not a certification signature (no /Perms /DocMDP in the catalog)"
    ]
    appended = opened(genuine + b"\n")
    assert appended.problems == [
        f"the signature covers {len(genuine)} bytes but the file has {len(genuine) + 1}: bytes were added or "
        "removed after signing"
    ]
    assert appended.entries == [] and appended.byte_range[0] == 0


def test_active_content_is_reported_after_the_signature_checks(genuine: bytes) -> None:
    # an open action added after signing: a later revision (the signature's problem) hides it
    root = packs.catalog_with(genuine, b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
    data = packs.raw_update(genuine, {}, new_root=root)
    pack = opened(data)
    assert pack.problems == [
        f"the signature covers {len(genuine)} bytes but the file has {len(data)}: bytes were added or removed after "
        "signing",
        "the file was changed after signing (1 later revision(s))",
    ]


def test_active_content_in_the_signed_revision_is_reported(folder: Path) -> None:
    from pyhanko.pdf_utils import generic

    def open_action(writer: Any) -> None:
        action = generic.DictionaryObject({generic.pdf_name("/S"): generic.pdf_name("/JavaScript")})
        writer.root[generic.pdf_name("/OpenAction")] = action
        writer.update_root()

    data = packs.build_pack(folder / "action.pdf", packs.PackOptions(extra_revision=open_action)).read_bytes()
    pack = opened(data)
    assert pack.problems == [
        "the document has /OpenAction in its catalog (an action or content our writer never makes)"
    ]
    assert len(pack.entries) == 3


# --- the CMS's shape, given by hand ---------------------------------------------------------------------------------


def cert(der: bytes, **fields: Any) -> SimpleNamespace:
    return SimpleNamespace(dump=lambda: der, **fields)


def cms(*, signers: int = 1, unsigned: Any = None, carried: list[bytes] | None = None, crls: Any = None) -> Any:
    listed = [SimpleNamespace(chosen=cert(der)) for der in carried] if carried is not None else None
    signed_data = {"signer_infos": [object()] * signers, "certificates": listed, "crls": SimpleNamespace(native=crls)}
    return SimpleNamespace(signed_data=signed_data, signer_info={"unsigned_attrs": SimpleNamespace(native=unsigned)})


def shape(signature: Any) -> list[str]:
    return sig.cms_shape_problems(signature, cert(b"S"), cert(b"R"))  # type: ignore[arg-type]


def test_the_one_cms_shape_our_writer_makes() -> None:
    assert shape(cms(carried=[b"S", b"R"])) == []
    assert shape(cms(carried=[b"R", b"S"])) == []  # in either order


def test_each_other_cms_shape() -> None:
    assert shape(cms(signers=2, carried=[b"S", b"R"])) == ["the signature has more than one signer"]
    assert shape(cms(signers=0, carried=[b"S", b"R"])) == ["the signature has more than one signer"]
    assert shape(cms(unsigned={"x": 1}, carried=[b"S", b"R"])) == [
        "the signature carries unsigned attributes, which a Kitemark signature never has"
    ]
    other = "the signature carries certificates other than the signing certificate and its root"
    assert shape(cms(carried=[b"S", b"R", b"X"])) == [other]
    assert shape(cms(carried=[b"S"])) == [other]
    assert shape(cms(carried=None)) == [other]
    assert shape(cms(carried=[b"S", b"R"], crls=[b"crl"])) == [
        "the signature carries revocation lists, which a Kitemark signature never has"
    ]


def test_a_real_signature_has_the_shape(genuine: bytes) -> None:
    signature = opened(genuine).signature
    assert signature is not None
    root = sig._organisation_root(signature.signer_cert, signature.other_embedded_certs)
    assert root is not None and sig.cms_shape_problems(signature, signature.signer_cert, root) == []


# --- the organisation's root, given by hand ----------------------------------------------------------------------


def candidate(subject: str = "Root", ca: bool = True, self_signed: str = "maybe") -> SimpleNamespace:
    return SimpleNamespace(subject=subject, ca=ca, self_signed=self_signed)


SIGNER = SimpleNamespace(issuer="Root")


def test_the_root_is_the_one_self_signed_ca_that_issued_the_signer() -> None:
    root = candidate()
    assert sig._organisation_root(SIGNER, [root]) is root  # type: ignore[arg-type]
    yes = candidate(self_signed="yes")
    assert sig._organisation_root(SIGNER, [candidate(ca=False), yes, candidate("Other")]) is yes  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "others",
    [[], [candidate(ca=False)], [candidate(self_signed="no")], [candidate("Other")], [candidate(), candidate()]],
)
def test_no_root_or_two(others: list[Any]) -> None:
    assert sig._organisation_root(SIGNER, others) is None  # type: ignore[arg-type]


# --- check_signature ----------------------------------------------------------------------------------------------

CHECKS = (
    "Exactly one signature: a certification signature that allows no changes, with no later revision",
    "The signature covers every byte of the file (nothing appended, nothing removed)",
    "pyHanko: the signature is intact and cryptographically valid; no modifications",
    "The signing certificate has digitalSignature and nonRepudiation and chains to the organisation's root",
)


def digest_of(data: bytes, pack: sig.OpenedPack) -> bytes:
    import hashlib

    a, b, c, d = pack.byte_range
    return hashlib.sha256(data[a : a + b] + data[c : c + d]).digest()


def checked(data: bytes, *, digest: bytes | None = None, now: datetime | None = None) -> sig.SignatureCheck:
    pack = opened(data)
    assert pack.problems == []
    return sig.check_signature(pack, digest if digest is not None else digest_of(data, pack),
                               now=now or datetime.now(UTC), skew=timedelta(days=1))  # fmt: skip


def test_a_genuine_signature_checks_out(genuine: bytes) -> None:
    keys = packs.default_keys()
    result = checked(genuine)
    assert result.problems == [] and result.checks == CHECKS
    assert result.fingerprint == keys.fingerprint
    assert result.subject == "Common Name: Riverside Community Hub (test key) signing"
    assert result.signed_at is not None and abs(datetime.now(UTC) - result.signed_at) < timedelta(hours=1)


def test_a_digest_other_than_the_signed_one(genuine: bytes) -> None:
    result = checked(genuine, digest=bytes(32))
    assert result.problems == ["the pack's content does not match its signature: it was changed after signing"]


def test_the_signing_time_may_be_up_to_the_skew_ahead(folder: Path) -> None:
    keys = packs.make_org_keys("Skew", valid_from=datetime.now(UTC) - timedelta(days=10))
    data = packs.build_pack(folder / "skew.pdf", packs.PackOptions(keys=keys)).read_bytes()
    signed_at = checked(data).signed_at
    assert signed_at is not None
    assert checked(data, now=signed_at - timedelta(days=1)).problems == []
    late = checked(data, now=signed_at - timedelta(days=1, microseconds=1))
    assert late.problems == ["the signature's signing time is in the future"]


def test_a_signing_certificate_without_non_repudiation(folder: Path) -> None:
    keys = packs.make_org_keys("No NR", non_repudiation=False)
    data = packs.build_pack(folder / "nonr.pdf", packs.PackOptions(keys=keys)).read_bytes()
    problems = checked(data).problems
    assert problems[0] == (
        "the signing certificate is not for signatures (it lacks digitalSignature or nonRepudiation)"
    )


def test_a_signing_certificate_not_yet_valid(folder: Path) -> None:
    keys = packs.make_org_keys("Future", valid_from=datetime.now(UTC) + timedelta(days=30))
    data = packs.build_pack(folder / "future.pdf", packs.PackOptions(keys=keys)).read_bytes()
    assert checked(data).problems == [
        "the signing certificate does not chain to the organisation's root, or was not valid when it signed"
    ]


def test_a_signature_without_the_organisation_root(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    keys = packs.make_org_keys("Rootless")
    der_key = keys.signing_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(keys.signing_cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore(),  # the root is not carried
    )
    monkeypatch.setattr(packs.OrgKeys, "signer", lambda self: signer)
    data = packs.build_pack(folder / "rootless.pdf", packs.PackOptions(keys=keys)).read_bytes()
    result = checked(data)
    assert result.problems == [
        "the signature does not carry the organisation's root certificate that issued the signing certificate"
    ]
    assert result.fingerprint is None and result.checks == ()
    assert result.subject == "Common Name: Rootless signing" and result.signed_at is not None


def test_an_invalid_signature_value(genuine: bytes) -> None:
    from asn1crypto import cms as asn1_cms

    pack = opened(genuine)
    assert pack.signature is not None
    contents = bytes(pack.signature.pkcs7_content)
    value = asn1_cms.ContentInfo.load(contents.rstrip(b"\x00"))["content"]["signer_infos"][0]["signature"].native
    at = contents.index(value) + 10  # inside r: the ECDSA signature stays well-formed DER, but wrong
    changed = contents[:at] + bytes([contents[at] ^ 0x01]) + contents[at + 1 :]
    data = genuine.replace(contents.hex().upper().encode(), changed.hex().upper().encode())
    assert data != genuine and len(data) == len(genuine)
    assert checked(data).problems == ["the signature value is not valid for the signing certificate"]


class Status(SimpleNamespace):
    pass


def faked(monkeypatch: pytest.MonkeyPatch, genuine: bytes, **status: Any) -> list[str]:
    base = {"intact": True, "valid": True, "trusted": True, "coverage": SignatureCoverageLevel.ENTIRE_FILE,
            "docmdp_ok": True, "modification_level": ModificationLevel.NONE}  # fmt: skip
    calls: list[Any] = []

    def validate(signature: Any, context: Any, key_usage_settings: Any) -> Any:
        calls.append((context, key_usage_settings))
        return Status(**{**base, **status})

    monkeypatch.setattr(sig, "validate_pdf_signature", validate)
    result = checked(genuine)
    assert len(calls) == 1
    return result.problems


def test_pyhanko_finds_everything_in_order(monkeypatch: pytest.MonkeyPatch, genuine: bytes) -> None:
    assert faked(monkeypatch, genuine) == []


@pytest.mark.parametrize(
    ("status", "problems"),
    [
        ({"intact": False}, ["the pack's content does not match its signature: it was changed after signing"]),
        ({"intact": False, "valid": False}, ["the pack's content does not match its signature: it was changed after signing"]),
        ({"valid": False}, ["the signature value is not valid for the signing certificate"]),
        ({"trusted": False}, ["the signing certificate does not chain to the organisation's root, or was not valid when it signed"]),
        ({"intact": False, "trusted": False}, ["the pack's content does not match its signature: it was changed after signing"]),
        ({"valid": False, "trusted": False}, ["the signature value is not valid for the signing certificate"]),
        ({"coverage": SignatureCoverageLevel.ENTIRE_REVISION}, ["pyHanko finds that the signature does not cover the entire file"]),
        ({"docmdp_ok": None}, ["pyHanko's modification analysis finds changes after signing"]),
        ({"docmdp_ok": False}, ["pyHanko's modification analysis finds changes after signing"]),
        ({"modification_level": ModificationLevel.LTA_UPDATES}, ["pyHanko's modification analysis finds changes after signing"]),
    ],
)  # fmt: skip
def test_each_of_pyhankos_findings_alone(
    monkeypatch: pytest.MonkeyPatch, genuine: bytes, status: dict[str, Any], problems: list[str]
) -> None:
    assert faked(monkeypatch, genuine, **status) == problems


def test_a_validation_that_fails_is_named(monkeypatch: pytest.MonkeyPatch, genuine: bytes) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("broken")

    monkeypatch.setattr(sig, "validate_pdf_signature", broken)
    result = checked(genuine)
    assert result.problems == ["the signature could not be validated (ValueError)"]
    assert result.checks == () and result.fingerprint == packs.default_keys().fingerprint
    assert result.subject == "Common Name: Riverside Community Hub (test key) signing"
    assert result.signed_at is not None and abs(datetime.now(UTC) - result.signed_at) < timedelta(hours=1)


def test_a_signing_certificate_without_key_usage(folder: Path) -> None:
    import dataclasses

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    keys = packs.make_org_keys("No usage")
    certificate = (
        x509.CertificateBuilder()
        .subject_name(keys.signing_cert.subject)
        .issuer_name(keys.root_cert.subject)
        .public_key(keys.signing_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(keys.signing_cert.not_valid_before_utc)
        .not_valid_after(keys.signing_cert.not_valid_after_utc)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(keys.root_key, hashes.SHA256())
    )
    keys = dataclasses.replace(keys, signing_cert=certificate)
    data = packs.build_pack(folder / "nousage.pdf", packs.PackOptions(keys=keys)).read_bytes()
    assert checked(data).problems[0] == (
        "the signing certificate is not for signatures (it lacks digitalSignature or nonRepudiation)"
    )


def test_a_signature_without_a_signing_time(genuine: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    monkeypatch.setattr(EmbeddedPdfSignature, "self_reported_timestamp", property(lambda self: None))
    made: list[dict[str, Any]] = []
    real = sig.ValidationContext

    def context(**kwargs: Any) -> Any:
        made.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(sig, "ValidationContext", context)
    now = datetime.now(UTC)
    pack = opened(genuine)
    result = sig.check_signature(pack, digest_of(genuine, pack), now=now, skew=timedelta(days=1))
    assert result.problems == ["the signature has no signing time"]
    assert result.signed_at is None and made[0]["moment"] == now


def test_pyhanko_is_asked_offline_at_the_signing_time_for_both_key_usages(
    monkeypatch: pytest.MonkeyPatch, genuine: bytes
) -> None:
    made: list[dict[str, Any]] = []
    real = sig.ValidationContext

    def context(**kwargs: Any) -> Any:
        made.append(kwargs)
        return real(**kwargs)

    seen: list[Any] = []
    real_validate = sig.validate_pdf_signature

    def validate(signature: Any, context: Any, key_usage_settings: Any) -> Any:
        seen.append(key_usage_settings)
        return real_validate(signature, context, key_usage_settings=key_usage_settings)

    monkeypatch.setattr(sig, "ValidationContext", context)
    monkeypatch.setattr(sig, "validate_pdf_signature", validate)
    pack = opened(genuine)
    now = datetime.now(UTC) + timedelta(days=400)
    result = sig.check_signature(pack, digest_of(genuine, pack), now=now, skew=timedelta(days=1))
    assert result.problems == []
    [kwargs] = made
    assert kwargs["allow_fetching"] is False and kwargs["revocation_mode"] == "soft-fail"
    assert kwargs["moment"] == result.signed_at  # the earlier of the signing time and now
    assert [root.dump() for root in kwargs["trust_roots"]] == [
        packs.default_keys().root_cert.public_bytes(
            __import__("cryptography").hazmat.primitives.serialization.Encoding.DER
        )
    ]
    assert seen[0].key_usage == {"digital_signature", "non_repudiation"}
    made.clear()
    earlier = result.signed_at - timedelta(seconds=5)  # type: ignore[operator]
    sig.check_signature(pack, digest_of(genuine, pack), now=earlier, skew=timedelta(days=1))
    assert made[0]["moment"] == earlier


# --- third round: the survivors of the signature's measured run -----------------------------------------------------


def test_an_empty_signature_field_beside_the_signature_is_not_a_second_signature(folder: Path) -> None:
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    def empty_field(writer: Any) -> None:
        append_signature_field(writer, SigFieldSpec("Unused"))

    data = packs.build_pack(folder / "emptyfield.pdf", packs.PackOptions(extra_revision=empty_field)).read_bytes()
    form = PdfFileReader(io.BytesIO(data), strict=False).root["/AcroForm"]["/Fields"]
    assert len(form) == 2  # the control: two signature fields, one of them never signed
    assert opened(data).problems == []


def test_a_signature_dictionary_without_its_contents(genuine: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(genuine), strict=False)
    field = reader.root["/AcroForm"]["/Fields"][0]
    value = field.raw_get("/V")
    broken = b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 10 20 30] >>"
    data = packs.raw_update(genuine, {value.idnum: broken})
    assert refused(data) == "the signature is damaged: its /Contents or /ByteRange cannot be read"


def test_pyhanko_reads_within_the_packs_decode_limits(genuine: bytes) -> None:
    limits = ReadingLimits()
    assert opened(genuine, limits=limits).reader.decode_context.limits is limits.pyhanko_limits


def with_signature_answers(
    monkeypatch: pytest.MonkeyPatch, kind: str | None = None, external: str | None = None
) -> None:
    """pyHanko's reading of the signature, with its kind (/Type) or the digest of the signed bytes answered here: a
    document timestamp, whose message imprint may use another digest than the signer's (RFC 8933), made by hand."""
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    class Answered(EmbeddedPdfSignature):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if external is not None:
                self.external_md_algorithm = external

        @property
        def sig_object_type(self) -> Any:
            return kind if kind is not None else super().sig_object_type

    monkeypatch.setattr(sig, "EmbeddedPdfSignature", Answered)


def test_a_document_timestamp_is_not_an_ordinary_signature(monkeypatch: pytest.MonkeyPatch, genuine: bytes) -> None:
    with_signature_answers(monkeypatch, kind="/DocTimeStamp")
    pack = opened(genuine)
    assert pack.problems == ["the signature is not an ordinary document signature"]
    assert pack.entries == [] and pack.signature is not None and pack.md_algorithm == "sha256"
    assert isinstance(pack.reader, PdfFileReader) and pack.byte_range[0] == 0


def test_a_signature_over_a_digest_of_another_algorithm(monkeypatch: pytest.MonkeyPatch, genuine: bytes) -> None:
    with_signature_answers(monkeypatch, external="sha512")
    assert opened(genuine).problems == ["the signature is not over the document's bytes"]
