"""The council's encryption certificate, carried by the framework (``council.encryption_certificate``).

A charity encrypts its pack for this certificate (pack/encryption.py), so that only the council's private key
opens it. It is checked when a framework file is loaded (framework_schema.py) and again before each export (it
may have expired since): one PEM certificate (X.509), an RSA key of at least 2048 bits or an EC key on P-384 or
P-521, valid now, and — when it has a key usage extension — allowed to encipher keys (keyEncipherment; for EC,
keyAgreement or keyEncipherment). Each problem is one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kitemark_app.sentences import say

MAX_PEM = 64 * 1024
MIN_RSA_BITS = 2048
EC_CURVES = frozenset({"secp384r1", "secp521r1"})  # ECDH with AES-192 or AES-256 key wrap (never AES-128)
FIELD = "council.encryption_certificate"


class EncryptionCertificateError(ValueError):
    """The certificate cannot be encrypted for; ``str()`` is the sentence (without the field's name)."""


@dataclass(frozen=True)
class CouncilCertificate:
    der: bytes
    subject: str
    fingerprint: str  # SHA-256 of the DER, 64 lowercase hex
    not_after: datetime
    key_kind: str  # "RSA 3072", "EC secp384r1"


def check_certificate(pem: str, now: datetime | None = None) -> CouncilCertificate:
    """The certificate in ``pem`` if it is fit to encrypt for at ``now``; else ``EncryptionCertificateError``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import Encoding

    now = now or datetime.now(UTC)
    text = pem.strip()
    if len(text) > MAX_PEM:
        raise EncryptionCertificateError(say("is far longer than a certificate"))
    if text.count("-----BEGIN CERTIFICATE-----") != 1 or not text.endswith("-----END CERTIFICATE-----"):
        raise EncryptionCertificateError(
            say(
                "must be exactly one certificate in PEM form "
                "(from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----)"
            )
        )
    try:
        certificate = x509.load_pem_x509_certificate(text.encode("ascii"))
        public_key = certificate.public_key()
    except (ValueError, UnicodeEncodeError):
        raise EncryptionCertificateError(say("is not a readable X.509 certificate")) from None
    if isinstance(public_key, rsa.RSAPublicKey):
        if public_key.key_size < MIN_RSA_BITS:
            raise EncryptionCertificateError(
                say(
                    "has an RSA key of {bits} bits; at least {least} are needed",
                    bits=public_key.key_size,
                    least=MIN_RSA_BITS,
                )
            )
        usages: tuple[str, ...] = ("key_encipherment",)
        kind = f"RSA {public_key.key_size}"
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        if public_key.curve.name not in EC_CURVES:
            raise EncryptionCertificateError(
                say(
                    "has an EC key on {curve}; use P-384 or P-521 (or RSA of 2048 bits or more)",
                    curve=public_key.curve.name,
                )
            )
        kind, usages = f"EC {public_key.curve.name}", ("key_agreement", "key_encipherment")
    else:
        raise EncryptionCertificateError(
            say("has a key that is neither RSA nor EC, so packs cannot be encrypted for it")
        )
    not_before, not_after = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if now < not_before:
        raise EncryptionCertificateError(say("is not valid until {day}", day=f"{not_before:%Y-%m-%d}"))
    if now > not_after:
        raise EncryptionCertificateError(
            say("expired on {day}; the council must publish a new one", day=f"{not_after:%Y-%m-%d}")
        )
    try:
        key_usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        key_usage = None
    if key_usage is not None and not any(getattr(key_usage, usage) for usage in usages):
        raise EncryptionCertificateError(say("is not for encryption (its key usage does not allow keyEncipherment)"))
    return CouncilCertificate(
        der=certificate.public_bytes(Encoding.DER),
        subject=certificate.subject.rfc4514_string(),
        fingerprint=certificate.fingerprint(hashes.SHA256()).hex(),
        not_after=not_after,
        key_kind=kind,
    )
