"""Encrypting the pack for the council: PDF public-key encryption, AES-256 (docs/pack-format.md, "Encrypted for
the council").

When the framework in use carries the council's encryption certificate, every string and stream of the pack is
encrypted with one random 256-bit file key (AES-256-CBC, the ``/AESV3`` crypt filter of PDF 2.0, security handler
``/Adobe.PubSec`` version 5, sub-filter ``adbe.pkcs7.s5``), and the key's seed is sealed for the council in a CMS
EnvelopedData (AES-256-CBC content, the seed's envelope key wrapped with RSAES-OAEP for an RSA certificate, ECDH for
an EC one). pyHanko builds the handler and the recipient envelope; the exporter then writes each revision
encrypted — the document through pyHanko's writer, the evidence streamed by ``StreamEncryptor``, the signature by
pyHanko's incremental writer — so the signature covers the file exactly as the council receives it.

No PDF MAC (ISO 32004): the signature already covers every byte, and a MAC would sit in the signature's unsigned
attributes, which a pack never has.

The charity does not hold the council's private key, so it cannot open the file it wrote the way a reader does.
It does not need to: it made the seed, and ``_KnownKeyReader`` hands pyHanko the handler that holds it.
"""

from __future__ import annotations

import io
import os
from datetime import datetime
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from kitemark_app.core.council_certificate import CouncilCertificate, check_certificate

BLOCK = 16  # AES block, and the IV each encrypted string and stream begins with


def encrypted_length(size: int) -> int:
    """The length of ``size`` bytes encrypted as a PDF AES stream: IV, data, and 1-16 bytes of PKCS#7 padding."""
    return BLOCK + (size // BLOCK + 1) * BLOCK


class StreamEncryptor:
    """One stream's bytes encrypted as PDF AES streams are: a random IV, then AES-256-CBC with PKCS#7 padding.

    ``update`` returns what can be written so far (the IV comes with the first call); ``finish`` the rest. The CBC
    encryptor keeps a partial block itself, so the data is passed to it as it is, without copies; the padding is
    known from the count of bytes alone."""

    def __init__(self, key: bytes) -> None:
        iv = os.urandom(BLOCK)
        self._pending = iv
        self._cipher = Cipher(algorithms.AES256(key), modes.CBC(iv)).encryptor()
        self._count = 0

    def update(self, data: bytes | bytearray | memoryview) -> bytes:
        self._count += len(data)
        out = self._cipher.update(data)
        if self._pending:
            out, self._pending = self._pending + out, b""
        return out

    def finish(self) -> bytes:
        pad = BLOCK - self._count % BLOCK
        return self._pending + self._cipher.update(bytes([pad]) * pad) + self._cipher.finalize()


class PackEncryption:
    """The pack's encryption for one council certificate: a new file key for each pack."""

    def __init__(self, certificate: CouncilCertificate) -> None:
        from asn1crypto import x509 as asn1_x509
        from pyhanko.pdf_utils.crypt.api import SecurityHandlerVersion
        from pyhanko.pdf_utils.crypt.pubkey import PubKeySecurityHandler, RecipientEncryptionPolicy

        self.certificate = certificate
        recipient = asn1_x509.Certificate.load(certificate.der)
        self.handler = PubKeySecurityHandler.build_from_certs(
            [recipient],
            keylen_bytes=32,
            version=SecurityHandlerVersion.AES256,
            use_crypt_filters=True,
            pdf_mac=False,
            # the key usage was checked with the certificate (core/council_certificate.py), EC keys included
            policy=RecipientEncryptionPolicy(prefer_oaep=True, ignore_key_usage=True),
        )
        self.key: bytes = self.handler.get_file_encryption_key()

    @classmethod
    def for_council(cls, pem: str, now: datetime) -> PackEncryption:
        """Refuses (``EncryptionCertificateError``, a sentence) a certificate that is not fit to encrypt for."""
        return cls(check_certificate(pem, now))

    def write_document(self, plain: bytes, out: BinaryIO) -> None:
        """Revision 1: the readable document ``plain`` (reportlab's PDF) written anew with every object encrypted,
        classic cross-reference table, PDF 1.7 as before."""
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.pdf_utils.writer import copy_into_new_writer

        writer = copy_into_new_writer(PdfFileReader(io.BytesIO(plain), strict=False), {"stream_xrefs": False})
        # What the writer's encrypt_pubkey does, without moving the file to PDF 2.0 (which would add an XMP
        # packet at signing; the pack has none) and without a MAC.
        writer.security_handler = self.handler
        writer._encrypt = writer.add_object(self.handler.as_pdf_object())
        writer.write(out)

    def reader(self, handle: BinaryIO) -> Any:
        """A pyHanko reader of the pack being written, able to read and extend it with the key made here."""
        return _known_key_reader(handle, self.handler)


def _known_key_reader(handle: BinaryIO, handler: Any) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader

    class _KnownKeyReader(PdfFileReader):
        """The file's security handler is the one that encrypted it (it holds the seed), not one read back from
        the ``/Encrypt`` dictionary, which only the council's private key could open."""

        @property
        def security_handler(self) -> Any:
            return handler

    return _KnownKeyReader(handle, strict=False)
