"""A small builder of signed packs for the verifier's tests (docs/pack-format.md), independent of the exporter.

The tamper and fuzz suites use packs from the real exporter; this builder makes the unusual ones the exporter
never would (a compression bomb inside the signed pack, a filespec the manifest does not name, a DocMDP level
that allows changes, a signing certificate without nonRepudiation…). Keys are throw-away test keys made with
``cryptography``: an organisation root (self-signed CA) and a signing certificate it issued.
"""

from __future__ import annotations

import hashlib
import io
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore

FIELD_NAME = "KitemarkSubmission"


def reader_of(data: bytes) -> Any:
    """pyHanko's reader of ``data``, opened with the test council's key when the pack is encrypted for it."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from tests.council_keys import council_key

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    if reader.encrypted:
        reader.decrypt_pubkey(council_key().decrypter())
    return reader


def writer_of(stream: io.BytesIO) -> IncrementalPdfFileWriter:
    """pyHanko's incremental writer on ``stream``, able to write into a pack encrypted for the test council."""
    from tests.council_keys import council_key

    writer = IncrementalPdfFileWriter(stream, strict=False)
    if writer.prev.encrypted:
        writer.encrypt_pubkey(council_key().decrypter())
    return writer


@dataclass(frozen=True)
class OrgKeys:
    """Test keys of one organisation: its root and the signing certificate the root issued."""

    name: str
    root_cert: x509.Certificate
    root_key: ec.EllipticCurvePrivateKey
    signing_cert: x509.Certificate
    signing_key: ec.EllipticCurvePrivateKey

    @property
    def fingerprint(self) -> str:
        return self.root_cert.fingerprint(hashes.SHA256()).hex()

    def root_pem(self) -> bytes:
        return self.root_cert.public_bytes(serialization.Encoding.PEM)

    def signer(self) -> signers.SimpleSigner:
        der_key = self.signing_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(self.signing_cert.public_bytes(serialization.Encoding.DER)),
            signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(self.root_cert.public_bytes(serialization.Encoding.DER))]
            ),
        )


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_org_keys(
    name: str = "Riverside Community Hub (test key)",
    *,
    non_repudiation: bool = True,
    valid_from: datetime | None = None,
    valid_days: int = 3650,
) -> OrgKeys:
    start = valid_from or datetime.now(UTC) - timedelta(days=1)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{name} root"))
        .issuer_name(_name(f"{name} root"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    signing_key = ec.generate_private_key(ec.SECP256R1())
    signing_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{name} signing"))
        .issuer_name(root_cert.subject)
        .public_key(signing_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, non_repudiation, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    return OrgKeys(name, root_cert, root_key, signing_cert, signing_key)


@cache
def default_keys() -> OrgKeys:
    return make_org_keys()


@cache
def other_keys() -> OrgKeys:
    return make_org_keys("Other Organisation (test key)")


def page_pdf(text: str = "Kitemark submission pack (test)") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@dataclass
class PackFile:
    name: str
    data: bytes
    media_type: str = "application/octet-stream"
    compress: bool = False
    in_manifest: bool = True
    encoded: bytes | None = None  # already-deflated data to store as is (e.g. a compression bomb)
    declared_size: int | None = None  # the size the manifest states for ``encoded``


def default_files() -> list[PackFile]:
    return [
        PackFile("E001-constitution.txt", b"Our constitution.\n" * 200, "text/plain", compress=True),
        PackFile("E002-accounts.bin", bytes(range(256)) * 40, "application/octet-stream"),
    ]


def manifest_for(
    files: list[PackFile], fingerprint: str, organisation: str = "Riverside Community Hub"
) -> dict[str, Any]:
    listed = [f for f in files if f.in_manifest]
    return {
        "schema": "kitemark-pack/1",
        "app_version": "0.1.0",
        "created_at": "2026-11-26T10:00:00+00:00",
        "framework": {"id": "borough-vco-kitemark", "version": "2026.1", "title": "Borough VCO Kitemark"},
        "organisation": {
            "name": organisation,
            "legal_form": "cio",
            "charity_number": "1234567",
            "company_number": "",
            "address": "1 High Street",
            "contact_name": "A Person",
            "contact_email": "a@example.org",
            "income_band": "100k-250k",
            "staff_count": 4,
            "volunteer_count": 30,
            "activities": ["employs-staff"],
        },
        "cycle": {"id": 1, "target_level": "Foundation", "started_on": "2026-09-01", "follows": None},
        "responses": [
            {
                "criterion": "GOV-01",
                "area": "GOV",
                "mandatory": True,
                "status": "met",
                "na_reason": "",
                "narrative": "We have a constitution.",
                "evidence": [f.name for f in listed],
            }
        ],
        "evidence": [
            {
                "attachment": f.name,
                "title": f.name,
                "original_name": f.name.split("-", 1)[-1],
                "media_type": f.media_type,
                "size": len(f.data) if f.declared_size is None else f.declared_size,
                "sha256": hashlib.sha256(f.data).hexdigest(),
                "document_date": "2026-06-01",
                "review_by": None,
                "criteria": ["GOV-01"],
            }
            for f in listed
        ],
        "actions": [],
        "declaration": {
            "signatories": [{"name": "A Trustee", "role": "Chair", "date": "2026-11-20"}],
            "resolution_date": "2026-11-18",
            "minute_ref": "TM-2026-11 item 6",
        },
        "signer": {"root_fingerprint": fingerprint},
    }


def _embed(
    writer: IncrementalPdfFileWriter,
    name: str,
    data: bytes,
    media_type: str,
    compress: bool,
    rel: str,
    encoded: bytes | None = None,
) -> None:
    if encoded is not None:
        stream = EmbeddedFileObject(
            writer,
            dict_data={generic.pdf_name("/Filter"): generic.pdf_name("/FlateDecode")},
            encoded_data=encoded,
            mime_type=media_type,
        )
    else:
        stream = EmbeddedFileObject.from_file_data(
            writer,
            data,
            compress=compress,
            params=EmbeddedFileParams(embed_size=True, embed_checksum=False),
            mime_type=media_type,
        )
    spec = FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=stream,
        description=name,
        af_relationship=generic.pdf_name("/" + rel),
    )
    embed_file(writer, spec)


@dataclass
class PackOptions:
    keys: OrgKeys | None = None
    files: list[PackFile] | None = None
    manifest: dict[str, Any] | None = None  # replaces the generated manifest
    edit_manifest: Callable[[dict[str, Any]], None] | None = None
    manifest_bytes: bytes | None = None  # raw manifest content, e.g. not JSON at all
    include_manifest: bool = True
    certify: bool = True
    docmdp: MDPPerm = MDPPerm.NO_CHANGES
    field_name: str = FIELD_NAME
    extra_revision: Callable[[IncrementalPdfFileWriter], None] | None = None  # before signing
    md_algorithm: str = "sha256"
    encrypted: bool = False  # encrypted for the test council (tests/council_keys.py), as the exporter does


def _encrypted_page_pdf() -> bytes:
    from asn1crypto import x509 as asn1
    from pyhanko.pdf_utils.crypt.pubkey import PubKeySecurityHandler, RecipientEncryptionPolicy
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    from tests.council_keys import council_key

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(page_pdf())))
    certificate = asn1.Certificate.load(council_key().certificate.public_bytes(serialization.Encoding.DER))
    handler = PubKeySecurityHandler.build_from_certs(
        [certificate], keylen_bytes=32, pdf_mac=False, policy=RecipientEncryptionPolicy(prefer_oaep=True)
    )
    writer.security_handler = handler
    writer._encrypt = writer.add_object(handler.as_pdf_object())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_pack(path: Path, options: PackOptions | None = None) -> Path:
    """Write a signed test pack to ``path``: page, attachments + manifest (one update), certification signature."""
    options = options or PackOptions()
    keys = options.keys or default_keys()
    files = options.files if options.files is not None else default_files()
    writer = writer_of(io.BytesIO(_encrypted_page_pdf() if options.encrypted else page_pdf()))
    for item in files:
        _embed(writer, item.name, item.data, item.media_type, item.compress, "Source", item.encoded)
    if options.include_manifest:
        if options.manifest_bytes is not None:
            manifest = options.manifest_bytes
        else:
            content = options.manifest or manifest_for(files, keys.fingerprint)
            if options.edit_manifest:
                options.edit_manifest(content)
            manifest = json.dumps(content, indent=2).encode("utf-8")
        _embed(writer, "manifest.json", manifest, "application/json", True, "Data")
    with_attachments = io.BytesIO()
    writer.write(with_attachments)
    if options.extra_revision is not None:
        extra = writer_of(with_attachments)
        options.extra_revision(extra)
        again = io.BytesIO()
        extra.write(again)
        with_attachments = again
    sign_into(with_attachments, path, keys, options)
    return path


def sign_into(unsigned: io.BytesIO, path: Path, keys: OrgKeys, options: PackOptions | None = None) -> None:
    options = options or PackOptions()
    meta = signers.PdfSignatureMetadata(
        field_name=options.field_name,
        certify=options.certify,
        docmdp_permissions=options.docmdp,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm=options.md_algorithm,
    )
    writer = writer_of(unsigned)
    signer = keys.signer()
    with path.open("wb") as out:
        signers.sign_pdf(writer, meta, signer=signer, output=out)


def approve_again(source: Path, target: Path, keys: OrgKeys | None = None) -> Path:
    """A second, approval signature added to an existing pack, as a tool that ignores the DocMDP lock might."""
    from unittest import mock

    keys = keys or other_keys()
    meta = signers.PdfSignatureMetadata(field_name="SecondSignature", subfilter=SigSeedSubFilter.PADES)
    writer = writer_of(io.BytesIO(source.read_bytes()))
    # pyHanko itself refuses to sign after a "no changes" certification; pretend there is none.
    with mock.patch("pyhanko.sign.validation.read_certification_data", return_value=None), target.open("wb") as out:
        signers.sign_pdf(writer, meta, signer=keys.signer(), output=out)
    return target


def deflated_zeros(size: int) -> bytes:
    """A zlib stream of ``size`` zero bytes (a compression bomb for tests), made in milliseconds.

    One MiB of zeros is deflated once, ending in a full flush so the piece stands alone; the piece repeated is
    valid deflate data for that many MiB, followed by the remainder, the final block and the Adler-32 checksum.
    """
    block = 1024 * 1024
    zeros = bytes(block)
    whole, rest = divmod(size, block)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    ending = tail.compress(bytes(rest)) + tail.flush()
    adler = 1
    for _ in range(whole):
        adler = zlib.adler32(zeros, adler)
    adler = zlib.adler32(bytes(rest), adler)
    return b"\x78\xda" + piece * whole + ending + adler.to_bytes(4, "big")


# --- tampering helpers --------------------------------------------------------------------------------------


def incremental(data: bytes, edit: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    """``data`` with one incremental update made by pyHanko's writer after ``edit`` changed it."""
    writer = writer_of(io.BytesIO(data))
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def raw_update(data: bytes, objects: dict[int, bytes], new_root: bytes | None = None) -> bytes:
    """Append a hand-written incremental update: ``objects`` (number -> body), optionally a replaced catalog."""
    reader = reader_of(data)
    root_ref = reader.trailer.raw_get("/Root")
    size = int(reader.trailer["/Size"])
    bodies = dict(objects)
    if new_root is not None:
        bodies[root_ref.idnum] = new_root
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets = {}
    for number, body in sorted(bodies.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f\r\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n\r\n" % (number, offsets[number])
    size = max([size, *(n + 1 for n in offsets)])
    trailer = io.BytesIO()
    reader.trailer.raw_get("/ID").write_to_stream(trailer) if "/ID" in reader.trailer else None
    id_part = b" /ID " + trailer.getvalue() if trailer.getvalue() else b""
    if "/Encrypt" in reader.trailer:  # the update claims the pack's encryption (its objects are written plain)
        id_part += b" /Encrypt %d 0 R" % reader.trailer.raw_get("/Encrypt").idnum
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        root_ref.idnum,
        reader.last_startxref,
        id_part,
        xref,
    )
    return bytes(out)


def catalog_with(data: bytes, extra: bytes) -> bytes:
    """The pack's catalog dictionary serialised with ``extra`` (e.g. b"/Deep [[...]]") added before its end."""
    reader = reader_of(data)
    catalog = generic.DictionaryObject({generic.NameObject(k): reader.root.raw_get(k) for k in reader.root})
    out = io.BytesIO()
    catalog.write_to_stream(out)
    text = out.getvalue().rstrip()
    assert text.endswith(b">>")
    return text[:-2] + b" " + extra + b" >>"


def next_object_number(data: bytes) -> int:
    return int(reader_of(data).trailer["/Size"])


# --- a genuine pack from the real exporter ----------------------------------------------------------------

DEMO_PASSPHRASE = "demo passphrase for tests only 7"


@dataclass(frozen=True)
class DemoPack:
    path: Path
    fingerprint: str
    data_root: Path
    organisation: str
    decryption: Any = None  # the test council's DecryptionKey when the pack is encrypted for it

    def bytes(self) -> bytes:
        return self.path.read_bytes()

    @property
    def encrypted(self) -> bool:
        return self.decryption is not None


_DEMO: dict[bool, DemoPack] = {}


def demo_pack(tmp_path_factory: Any, *, encrypted: bool = False) -> DemoPack:
    """The demo VCO's data exported by the real exporter, made once per test run (read-only: copy to change);
    ``encrypted``: with the test council's certificate in its framework, so encrypted for it."""
    if encrypted in _DEMO:
        return _DEMO[encrypted]
    from kitemark_app.services.demo import create_demo
    from kitemark_app.services.export import export_pack
    from tests.council_keys import council_key, give_council_certificate

    folder = Path(tmp_path_factory.mktemp("demo-pack-encrypted" if encrypted else "demo-pack"))
    root = folder / "data"
    create_demo(root)
    if encrypted:
        give_council_certificate(root, council_key().certificate_pem())
    result = export_pack(root, folder / "demo-pack.pdf", DEMO_PASSPHRASE, encrypt=encrypted)
    decryption = council_key().decryption_key() if encrypted else None
    manifest = json.loads(_manifest_of(result.pack, decryption))
    _DEMO[encrypted] = DemoPack(
        result.pack, result.signer_root_fingerprint, root, manifest["organisation"]["name"], decryption
    )
    return _DEMO[encrypted]


def _manifest_of(path: Path, decryption: Any = None) -> bytes:
    from kitemark_app.verify import verify_pack

    verdict = verify_pack(path, decryption=decryption)
    assert verdict.manifest_bytes is not None, verdict.reasons
    return verdict.manifest_bytes
