"""A key change the old key vouches for: "organisation O moves from root A to root B on date D", signed by A's
signing key, carried in every pack signed by B (the manifest's ``signer.key_change``) until the council has
registered B.

Made by ``kitemark key renew`` (the passphrase of the old key known: a new treasurer, a key thought exposed); a
forgotten passphrase cannot make one, and the council then confirms the new fingerprint by phone or letter. The
check (``check_key_change``) is plain ``cryptography``: A's root is self-signed and its SHA-256 is the statement's
``old_root``; the signing certificate is issued by it, is for signing, and signed the statement's exact bytes; the
statement names the root that signed the pack and the organisation the manifest names. Everything is bounded
before it is decoded. It lives in ``pack/`` and is imported by the verifier: the writer and the reader share one
definition of the statement.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

KIND = "kitemark-key-change/1"
FILE = "key-change.json"  # in the keys folder: public data, no secret
MAX_STATEMENT = 4096
MAX_SIGNATURE = 2048
MAX_CERTIFICATE = 8192


class KeyChangeProblem(Exception):
    """The statement does not check out; ``str()`` says why in plain words."""


@dataclass(frozen=True)
class KeyChange:
    organisation: str
    old_root: str
    new_root: str
    made_at: str


def _sign(private_key: PrivateKeyTypes, data: bytes) -> bytes:
    if isinstance(private_key, rsa.RSAPrivateKey):
        return private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        return private_key.sign(data, ec.ECDSA(hashes.SHA256()))
    raise KeyChangeProblem("the old key is of a kind Kitemark cannot sign a key change with")


def make_key_change(
    private_key: PrivateKeyTypes,
    certificate: x509.Certificate,
    root: x509.Certificate,
    organisation: str,
    new_root: str,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The manifest's ``key_change`` object: the statement, the old key's signature on it, its two certificates."""
    old_root = hashlib.sha256(root.public_bytes(serialization.Encoding.DER)).hexdigest()
    statement = {"kind": KIND, "organisation": organisation, "old_root": old_root, "new_root": new_root,
                 "made_at": (now or datetime.now(UTC)).isoformat(timespec="seconds")}  # fmt: skip
    data = json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    der = [cert.public_bytes(serialization.Encoding.DER) for cert in (certificate, root)]
    return {
        "statement": base64.b64encode(data).decode("ascii"),
        "signature": base64.b64encode(_sign(private_key, data)).decode("ascii"),
        "certificates": [base64.b64encode(item).decode("ascii") for item in der],
    }


def _decode(text: str, limit: int, what: str) -> bytes:
    if len(text) > limit * 4 // 3 + 4:
        raise KeyChangeProblem(f"its {what} is far larger than any real one")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise KeyChangeProblem(f"its {what} is not valid base64") from None


def _verify(public_key: Any, signature: bytes, data: bytes) -> None:
    if isinstance(public_key, rsa.RSAPublicKey):
        public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    else:
        raise KeyChangeProblem("the old key is of a kind Kitemark does not check")


def check_key_change(key_change: dict[str, Any], signer_root: str, now: datetime | None = None) -> KeyChange:
    """The statement, checked; raises ``KeyChangeProblem``. ``signer_root`` is the root that signed the pack."""
    certificates = key_change.get("certificates")
    if not isinstance(certificates, list) or len(certificates) != 2:
        raise KeyChangeProblem("it must carry exactly the old signing certificate and the old root")
    data = _decode(str(key_change.get("statement", "")), MAX_STATEMENT, "statement")
    signature = _decode(str(key_change.get("signature", "")), MAX_SIGNATURE, "signature")
    der = [_decode(str(item), MAX_CERTIFICATE, "certificate") for item in certificates]
    try:
        signing, root = (x509.load_der_x509_certificate(item) for item in der)
    except ValueError:
        raise KeyChangeProblem("its certificates cannot be read") from None
    try:
        root.verify_directly_issued_by(root)
        signing.verify_directly_issued_by(root)
    except (ValueError, TypeError, InvalidSignature):
        raise KeyChangeProblem("its signing certificate is not issued by its root") from None
    try:
        usage = signing.extensions.get_extension_for_class(x509.KeyUsage).value
        if not usage.digital_signature:
            raise KeyChangeProblem("its signing certificate is not for signing")
    except x509.ExtensionNotFound:
        raise KeyChangeProblem("its signing certificate does not say it is for signing") from None
    moment = now or datetime.now(UTC)
    if not signing.not_valid_before_utc <= moment <= signing.not_valid_after_utc:
        raise KeyChangeProblem("its signing certificate is not valid now")
    try:
        _verify(signing.public_key(), signature, data)
    except InvalidSignature:
        raise KeyChangeProblem("the old key's signature on it is not valid") from None
    try:
        statement = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyChangeProblem("its statement is not JSON") from None
    fields = ("kind", "organisation", "old_root", "new_root", "made_at")
    if not isinstance(statement, dict) or set(statement) != set(fields) or statement["kind"] != KIND:
        raise KeyChangeProblem("its statement is not a Kitemark key change")
    if not all(isinstance(statement[name], str) for name in fields):
        raise KeyChangeProblem("its statement is not a Kitemark key change")
    change = KeyChange(statement["organisation"], statement["old_root"], statement["new_root"], statement["made_at"])
    if change.old_root != hashlib.sha256(der[1]).hexdigest():
        raise KeyChangeProblem("it names an old root other than the one it carries")
    if change.new_root != signer_root:
        raise KeyChangeProblem("it hands over to a root other than the one that signed the pack")
    if change.old_root == change.new_root:
        raise KeyChangeProblem("it hands a root over to itself")
    return change
