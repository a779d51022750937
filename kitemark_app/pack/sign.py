"""Sign a finished pack in place: one PAdES certification signature that allows no changes (revision 3).

pyHanko writes the signature revision at the end of the open file and makes the CMS signature. The signature
covers every byte but the ``/Contents`` placeholder, so its digest must read the whole file — a second full pass
over a gigabyte of evidence. The exporter already hashed those bytes while writing them, so it may pass that
SHA-256 state (``prefix``): only the few kilobytes after it are read here. Without ``prefix`` the whole file is
read, as pyHanko itself would.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers import constants
from pyhanko.sign.signers.cms_embedder import PdfCMSEmbedder, SigIOSetup, SigMDPSetup, SigObjSetup
from pyhanko.sign.signers.pdf_byterange import PreparedByteRangeDigest, SignatureObject
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from kitemark_app.pack.encryption import PackEncryption
from kitemark_app.pack.keys import SigningKey

FIELD_NAME = "KitemarkSubmission"
DIGEST = "sha256"
READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class HashedPrefix:
    """The SHA-256 state of the file's first ``length`` bytes (bytes the signing will not change)."""

    digest: Any  # hashlib's sha256 object
    length: int


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's signer, signing with the key object already loaded from the PKCS#12 file: pyHanko's own loads the
    key again from its DER bytes for each signature, and so checks the RSA key again (0.1 s of CPU for 3072 bits)."""

    def __init__(self, key: SigningKey) -> None:
        super().__init__(
            signing_cert=translate_pyca_cryptography_cert_to_asn1(key.certificate),
            signing_key=translate_pyca_cryptography_key_to_asn1(key.private_key),
            cert_registry=SimpleCertificateStore.from_certs(
                [translate_pyca_cryptography_cert_to_asn1(c) for c in key.chain]
            ),
        )
        self.loaded_key = key.private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        try:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:
            mechanism = None  # one pyHanko names otherwise: its own code signs
        hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self.loaded_key, rsa.RSAPrivateKey):
            return self.loaded_key.sign(data, PKCS1v15(), hash_algorithm)
        if mechanism == "ecdsa" and isinstance(self.loaded_key, ec.EllipticCurvePrivateKey):
            return self.loaded_key.sign(data, ec.ECDSA(hash_algorithm))
        return bytes(super().sign_raw(data, digest_algorithm))


def signer_for(key: SigningKey) -> signers.SimpleSigner:
    return _LoadedKeySigner(key)


class _Signature(SignatureObject):
    """pyHanko's signature dictionary, with the byte-range digest continued from an already-hashed prefix."""

    def __init__(self, prefix: HashedPrefix, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.prefix = prefix

    def fill(self, writer: Any, md_algorithm: str, in_place: bool = False, output: Any = None, chunk_size: int = 0):  # type: ignore[no-untyped-def]
        # Mirrors PdfByteRangeDigest.fill for the in-place case; only the digest's first part differs.
        assert in_place and md_algorithm == DIGEST
        writer.digest_aware_write = True
        stream = writer.prev.stream
        writer.write_in_place()
        eof = stream.tell()
        sig_start, sig_end = self.contents.offsets
        self.byte_range.fill_offsets(stream, sig_start, sig_end, eof)
        if sig_start < self.prefix.length:
            raise ValueError("the hashed prefix overlaps the signature")
        digest = self.prefix.digest.copy()
        for start, end in ((self.prefix.length, sig_start), (sig_end, eof)):
            stream.seek(start)
            remaining = end - start
            while remaining > 0:
                chunk = stream.read(min(READ_CHUNK, remaining))
                if not chunk:
                    raise OSError("the file ended before the signed range")
                digest.update(chunk)
                remaining -= len(chunk)
        prepared = PreparedByteRangeDigest(
            document_digest=digest.digest(), reserved_region_start=sig_start, reserved_region_end=sig_end
        )
        cms_data = yield prepared, stream
        yield prepared.fill_with_cms(stream, cms_data)


def _reserved_hex_digits(key: SigningKey) -> int:
    """Room for the CMS object, as hex digits: the certificates it carries, the signature value and generous
    room for the signed attributes. (pyHanko would make a trial signature to measure; with RSA keys that costs
    a key load and a signing, ~0.15 s, for a number this sum bounds.)"""
    certificates = sum(len(c.public_bytes(Encoding.DER)) for c in (key.certificate, *key.chain))
    signature = getattr(key.private_key, "key_size", 4096) // 8 + 16
    return 2 * (certificates + signature + 4096)


async def _certify(
    handle: BinaryIO,
    key: SigningKey,
    prefix: HashedPrefix,
    field_name: str,
    signer_name: str,
    reason: str,
    encryption: PackEncryption | None,
) -> None:
    signer = signer_for(key)
    if encryption is None:
        writer = IncrementalPdfFileWriter(handle, strict=False)
    else:  # the signature revision is encrypted like the rest (its /Contents never is, as PDF requires)
        writer = IncrementalPdfFileWriter.from_reader(encryption.reader(handle))
    writer.ensure_output_version(version=(1, 7))  # what pyHanko's PdfSigner does for PAdES
    if writer.output_version < (2, 0):
        writer.register_extension(constants.ESIC_EXTENSION_1)
    now = datetime.now(UTC)
    attributes = PdfCMSSignedAttributes(signing_time=now)
    reserved = _reserved_hex_digits(key)
    embedder = PdfCMSEmbedder(new_field_spec=fields.SigFieldSpec(sig_field_name=field_name))
    cms_writer = embedder.write_cms(field_name=field_name, writer=writer)
    next(cms_writer)
    signature = _Signature(
        prefix,
        bytes_reserved=reserved,
        subfilter=fields.SigSeedSubFilter.PADES,
        timestamp=now,
        name=signer_name or None,
        reason=reason or None,
    )
    cms_writer.send(
        SigObjSetup(
            sig_placeholder=signature,
            mdp_setup=SigMDPSetup(md_algorithm=DIGEST, certify=True, docmdp_perms=fields.MDPPerm.NO_CHANGES),
        )
    )
    prepared, _ = cms_writer.send(SigIOSetup(md_algorithm=DIGEST, in_place=True))
    cms = await signer.async_sign(prepared.document_digest, DIGEST, use_pades=True, signed_attr_settings=attributes)
    cms_writer.send(cms)


def certify_in_place(
    handle: BinaryIO,
    key: SigningKey,
    *,
    field_name: str = FIELD_NAME,
    signer_name: str = "",
    reason: str = "",
    prefix: HashedPrefix | None = None,
    encryption: PackEncryption | None = None,
) -> None:
    """Add the certification signature to the PDF open (read/write) in ``handle``; the file grows in place.
    ``encryption`` is the one the file was written with, if it is encrypted."""
    handle.seek(0)
    prefix = prefix or HashedPrefix(hashlib.sha256(), 0)
    asyncio.run(_certify(handle, key, prefix, field_name, signer_name, reason, encryption))
