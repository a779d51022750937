"""Sign a finished pack in place: one PAdES certification signature that allows no changes (revision 3).

pyHanko appends the signature revision to the open file and hashes the whole file from disk in chunks, so
memory stays flat however large the evidence is.
"""

from __future__ import annotations

from typing import BinaryIO

from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from kitemark_app.pack.keys import SigningKey

FIELD_NAME = "KitemarkSubmission"
DIGEST_CHUNK = 1024 * 1024


def signer_for(key: SigningKey) -> signers.SimpleSigner:
    return signers.SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(key.certificate),
        signing_key=translate_pyca_cryptography_key_to_asn1(key.private_key),
        cert_registry=SimpleCertificateStore.from_certs(
            [translate_pyca_cryptography_cert_to_asn1(c) for c in key.chain]
        ),
    )


def certify_in_place(
    handle: BinaryIO, key: SigningKey, *, field_name: str = FIELD_NAME, signer_name: str = "", reason: str = ""
) -> None:
    """Add the certification signature to the PDF open (read/write) in ``handle``; the file grows in place."""
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=signer_name or None,
        reason=reason or None,
    )
    handle.seek(0)
    writer = IncrementalPdfFileWriter(handle, strict=False)
    signers.PdfSigner(metadata, signer=signer_for(key)).sign_pdf(writer, in_place=True, chunk_size=DIGEST_CHUNK)
