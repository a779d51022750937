"""The organisation's signing keys: created here, or imported from the council, kept only in PKCS#12 files.

``<data>/keys/signing.p12`` holds the signing key, its certificate and the chain up to the root;
``<data>/keys/root.p12`` holds the organisation's own root key (absent when the council issued the key).
Both are encrypted with the passphrase (AES-256, PBKDF2). ``root-certificate.pem`` is the root's public
certificate, for the council (it holds no secret). The root fingerprint is the SHA-256 of the root's DER bytes.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say

SIGNING_FILE = "signing.p12"
ROOT_FILE = "root.p12"
ROOT_PEM = "root-certificate.pem"
KEY_BITS = 3072  # RSA: every PDF reader checks it; 3072 bits is the NIST level for use beyond 2030
ROOT_YEARS = 20
SIGNING_YEARS = 5
KDF_ROUNDS = 200_000
MIN_PASSPHRASE_CHARS = 8


class SigningKeyError(KitemarkError):
    """A problem with the signing key (base class)."""


class NoSigningKeyError(SigningKeyError):
    def __init__(self) -> None:
        super().__init__(say("This organisation has no signing key yet; the first export creates one."))


class WrongPassphraseError(SigningKeyError):
    def __init__(self) -> None:
        super().__init__(say("That passphrase does not open the signing key; check it (capitals count) and try again."))


class DamagedKeyError(SigningKeyError):
    pass


@dataclass(frozen=True)
class SigningKey:
    private_key: PrivateKeyTypes
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # issuers, ending with the root

    @property
    def root(self) -> x509.Certificate:
        return self.chain[-1] if self.chain else self.certificate

    @property
    def root_fingerprint(self) -> str:
        return fingerprint(self.root)


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER bytes, as 64 lowercase hex digits."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """What people type (colons, spaces, capitals) in the form we compare."""
    return re.sub(r"[\s:]", "", text).lower()


def grouped_fingerprint(value: str) -> str:
    """``ab12 cd34 …``: easier to read aloud over the phone."""
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def passphrase_advice(passphrase: str) -> str | None:
    """An honest sentence when a new passphrase is weak, else None. Length matters most."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return say("The passphrase must be at least {count} characters long.", count=MIN_PASSPHRASE_CHARS)
    if len(set(passphrase)) < 5 or len(passphrase) < 14:
        return say(
            "This passphrase is short or repetitive. Anyone who copies your data folder can try millions of "
            "guesses; four or five unrelated words (e.g. 'maple orbit tuesday kettle') are far stronger "
            "and easier to remember."
        )
    return None


def has_signing_key(keys_dir: Path) -> bool:
    return (keys_dir / SIGNING_FILE).is_file()


def _name(role: str, organisation: str) -> x509.Name:
    """The certificate's name: "<organisation> <role>", the organisation shortened so the role always stays (X.509
    allows 64 characters; a long name cut at 64 gave the root and the signing certificate the same name)."""
    room = 64 - len(role) - 1
    common_name = f"{organisation[:room].rstrip()} {role}".strip()
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or "Kitemark organisation"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
        ]
    )


def _key_usage(*, signing: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,  # nonRepudiation
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signing,
        crl_sign=not signing,
        encipher_only=False,
        decipher_only=False,
    )


def create_signing_key(organisation: str, now: datetime | None = None) -> tuple[SigningKey, rsa.RSAPrivateKey]:
    """A new root (self-signed CA) and a signing certificate issued by it; returns (signing key, root key)."""
    now = now or datetime.now(UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    root_name = _name("Kitemark root", organisation)
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(signing=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name("Kitemark signing", organisation))
        .issuer_name(root_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * SIGNING_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signing=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    return SigningKey(key, certificate, (root,)), root_key


def _encryption(passphrase: str) -> serialization.KeySerializationEncryption:
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically, readable only by the user."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".key-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as writer:
            writer.write(data)
            writer.flush()
            os.fsync(writer.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def save_keys(keys_dir: Path, signing: SigningKey, passphrase: str, root_key: PrivateKeyTypes | None) -> None:
    """Store the signing key (and, when we made it, the root key) under ``passphrase``."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise SigningKeyError(
            say("The passphrase must be at least {count} characters long.", count=MIN_PASSPHRASE_CHARS)
        )
    encryption = _encryption(passphrase)
    if root_key is not None:
        root_data = pkcs12.serialize_key_and_certificates(
            b"root",
            root_key,  # type: ignore[arg-type]
            signing.root,
            None,
            encryption,
        )
        _write_private(keys_dir / ROOT_FILE, root_data)
    else:
        (keys_dir / ROOT_FILE).unlink(missing_ok=True)
    _write_private(keys_dir / SIGNING_FILE, _signing_pkcs12(signing, encryption))
    (keys_dir / ROOT_PEM).write_bytes(signing.root.public_bytes(serialization.Encoding.PEM))


def _order_chain(certificate: x509.Certificate, others: list[x509.Certificate]) -> tuple[x509.Certificate, ...]:
    """The issuers of ``certificate`` found among ``others``, nearest first."""
    chain: list[x509.Certificate] = []
    current = certificate
    remaining = list(others)
    while current.issuer != current.subject:
        issuer = next((c for c in remaining if c.subject == current.issuer), None)
        if issuer is None:
            break
        chain.append(issuer)
        remaining.remove(issuer)
        current = issuer
    return tuple(chain)


def _read_pkcs12(data: bytes, passphrase: str) -> SigningKey:
    try:
        bundle = pkcs12.load_pkcs12(data, passphrase.encode("utf-8"))
    except ValueError:
        raise WrongPassphraseError() from None
    if bundle.key is None or bundle.cert is None:
        raise DamagedKeyError(say("The key file holds no private key and certificate; it cannot sign."))
    certificate = bundle.cert.certificate
    chain = _order_chain(certificate, [c.certificate for c in bundle.additional_certs])
    return SigningKey(bundle.key, certificate, chain)


def load_signing_key(keys_dir: Path, passphrase: str) -> SigningKey:
    path = keys_dir / SIGNING_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NoSigningKeyError() from None
    except OSError as error:
        raise DamagedKeyError(say("The signing key file cannot be read ({reason}).", reason=error.strerror)) from None
    return _read_pkcs12(data, passphrase)


def import_pkcs12(keys_dir: Path, source: Path, passphrase: str, now: datetime | None = None) -> SigningKey:
    """Take a PKCS#12 file issued by the council; it is stored re-encrypted under the same passphrase."""
    try:
        data = source.read_bytes()
    except OSError as error:
        raise SigningKeyError(
            say("'{name}' cannot be read ({reason}).", name=source.name, reason=error.strerror)
        ) from None
    try:
        signing = _read_pkcs12(data, passphrase)
    except WrongPassphraseError:
        raise SigningKeyError(
            say("'{name}' could not be opened with that passphrase; use the one it was locked with.", name=source.name)
        ) from None
    certificate = signing.certificate
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
        can_sign = usage.digital_signature or usage.content_commitment
    except x509.ExtensionNotFound:
        can_sign = True
    if not can_sign:
        raise SigningKeyError(
            say(
                "The certificate in '{name}' is not meant for signing; ask the council for one that is.",
                name=source.name,
            )
        )
    now = now or datetime.now(UTC)
    if certificate.not_valid_after_utc < now:
        raise SigningKeyError(
            say(
                "The certificate in '{name}' expired on {day}.",
                name=source.name,
                day=certificate.not_valid_after_utc,
            )
        )
    if not signing.chain and certificate.issuer != certificate.subject:
        raise SigningKeyError(
            say(
                "'{name}' does not include the council's issuing certificate; ask for a file that does.",
                name=source.name,
            )
        )
    save_keys(keys_dir, signing, passphrase, None)
    return signing


# --- the key's life: a new passphrase, a copy for a new treasurer, starting again ---------------------------

RETIRED_DIR = "retired"


def change_passphrase(keys_dir: Path, old: str, new: str) -> SigningKey:
    """Re-lock the key files under ``new``; raises ``WrongPassphraseError`` if ``old`` does not open them.

    The signing key is re-written first (it is what every export needs), then the root key; each file is replaced
    atomically, so a crash between the two leaves the root key under the old passphrase and nothing lost.
    """
    if len(new) < MIN_PASSPHRASE_CHARS:
        raise SigningKeyError(
            say("The new passphrase must be at least {count} characters long.", count=MIN_PASSPHRASE_CHARS)
        )
    signing = load_signing_key(keys_dir, old)
    root_key = None
    root_path = keys_dir / ROOT_FILE
    if root_path.exists():
        try:
            root_key = _read_pkcs12(root_path.read_bytes(), old).private_key
        except OSError as error:
            raise DamagedKeyError(say("The root key file cannot be read ({reason}).", reason=error.strerror)) from None
    encryption = _encryption(new)
    _write_private(keys_dir / SIGNING_FILE, _signing_pkcs12(signing, encryption))
    if root_key is not None:
        data = pkcs12.serialize_key_and_certificates(b"root", root_key, signing.root, None, encryption)  # type: ignore[arg-type]
        _write_private(root_path, data)
    return signing


def _signing_pkcs12(signing: SigningKey, encryption: serialization.KeySerializationEncryption) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"signing",
        signing.private_key,  # type: ignore[arg-type]
        signing.certificate,
        list(signing.chain),
        encryption,
    )


def save_key_copy(keys_dir: Path, passphrase: str, target: Path, new_passphrase: str) -> SigningKey:
    """A copy of the signing key (with its certificates, not the root key) locked with ``new_passphrase``, for
    a new treasurer to import on their computer; the key in ``keys_dir`` is unchanged."""
    if len(new_passphrase) < MIN_PASSPHRASE_CHARS:
        raise SigningKeyError(
            say("The copy's passphrase must be at least {count} characters long.", count=MIN_PASSPHRASE_CHARS)
        )
    signing = load_signing_key(keys_dir, passphrase)
    try:
        _write_private(target, _signing_pkcs12(signing, _encryption(new_passphrase)))
    except OSError as error:
        raise SigningKeyError(
            say("The copy could not be saved as '{path}' ({reason}).", path=target, reason=error.strerror or error)
        ) from None
    return signing


def retire_keys(keys_dir: Path, now: datetime | None = None) -> Path:
    """Move the key files aside (never deleted: a remembered passphrase may still open them) so that the next
    export makes a new key. Returns the folder they went to."""
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    folder = keys_dir / RETIRED_DIR / moment
    folder.mkdir(parents=True, exist_ok=False)
    for name in (SIGNING_FILE, ROOT_FILE, ROOT_PEM):
        if (keys_dir / name).exists():
            os.replace(keys_dir / name, folder / name)
    return folder


def restore_retired(keys_dir: Path, folder: Path) -> None:
    """Undo ``retire_keys``: the files in ``folder`` go back into ``keys_dir`` and the folder goes."""
    for item in folder.iterdir():
        os.replace(item, keys_dir / item.name)
    folder.rmdir()
