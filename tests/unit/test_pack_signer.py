"""The pack's signer signs with the key already loaded, and makes the signature pyHanko's own signer would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import SimpleSigner

from kitemark_app.pack.keys import SigningKey
from kitemark_app.pack.sign import signer_for


def _key(private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> SigningKey:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Signer test")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(private_key, hashes.SHA256())
    )
    return SigningKey(private_key, certificate, ())


@pytest.fixture(scope="module")
def rsa_key() -> SigningKey:
    return _key(rsa.generate_private_key(public_exponent=65537, key_size=2048))


def test_an_rsa_signature_is_the_one_pyhankos_own_signer_makes(rsa_key: SigningKey) -> None:
    data = b"the signed attributes"
    ours = signer_for(rsa_key)
    theirs = SimpleSigner(
        signing_cert=ours.signing_cert, signing_key=ours.signing_key, cert_registry=ours.cert_registry
    )
    assert ours.sign_raw(data, "sha256") == theirs.sign_raw(data, "sha256")  # PKCS#1 v1.5 is deterministic
    assert isinstance(rsa_key.private_key, rsa.RSAPrivateKey)
    rsa_key.private_key.public_key().verify(ours.sign_raw(data, "sha256"), data, padding.PKCS1v15(), hashes.SHA256())


def test_an_ecdsa_signature_verifies() -> None:
    key = _key(ec.generate_private_key(ec.SECP256R1()))
    data = b"the signed attributes"
    signature = signer_for(key).sign_raw(data, "sha256")
    assert isinstance(key.private_key, ec.EllipticCurvePrivateKey)
    key.private_key.public_key().verify(signature, data, ec.ECDSA(hashes.SHA256()))


def test_the_key_is_not_loaded_again(rsa_key: SigningKey, monkeypatch: pytest.MonkeyPatch) -> None:
    """pyHanko's own signer loads the key from its DER bytes for each signature (and checks an RSA key again)."""
    from pyhanko.sign.signers import pdf_cms

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the key was loaded again")

    monkeypatch.setattr(pdf_cms.serialization, "load_der_private_key", refuse)
    assert signer_for(rsa_key).sign_raw(b"data", "sha256")
    assert signer_for(_key(ec.generate_private_key(ec.SECP256R1()))).sign_raw(b"data", "sha256")
