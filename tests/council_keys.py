"""The DEMO/TEST council's encryption key pair, made when the tests run (never a real secret), and a helper that
puts its certificate into a workspace's framework, as a council-published framework would carry it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

if TYPE_CHECKING:
    from kitemark_app.verify.encryption import DecryptionKey

PASSPHRASE = "demo council decryption key for tests only"


@dataclass(frozen=True)
class CouncilKey:
    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate, as the export reports the certificate a pack is encrypted for."""
        return self.certificate.fingerprint(hashes.SHA256()).hex()

    def certificate_pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")

    def write_pkcs12(self, path: Path, passphrase: str = PASSPHRASE) -> Path:
        encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        path.write_bytes(pkcs12.serialize_key_and_certificates(b"council", self.private_key, self.certificate, None,
                                                               encryption))  # fmt: skip
        return path

    def decryption_key(self) -> DecryptionKey:
        """The key as the verifier takes it (what ``kitemark verify --decrypt-key`` loads from a file)."""
        from kitemark_app.verify.encryption import DecryptionKey

        return DecryptionKey(
            self.certificate.public_bytes(serialization.Encoding.DER),
            self.private_key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ),
        )

    def decrypter(self) -> Any:
        """pyHanko's credential for the same key (for tests that edit an encrypted pack as an attacker with the
        council's key might)."""
        return self.decryption_key().decrypter()

    def write_pem(self, path: Path, passphrase: str | None = PASSPHRASE) -> Path:
        encryption = (
            serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
            if passphrase
            else serialization.NoEncryption()
        )
        key = self.private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
        path.write_bytes(key + self.certificate.public_bytes(serialization.Encoding.PEM))
        return path


def make_council_key(
    name: str = "Riverside Council DEMO encryption key (tests only)",
    *,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None = None,
    key_usage: x509.KeyUsage | None = None,
    valid_from: datetime | None = None,
    valid_days: int = 365,
) -> CouncilKey:
    private_key = key or rsa.generate_private_key(65537, 2048)
    start = valid_from or datetime.now(UTC) - timedelta(days=1)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    usage = key_usage or x509.KeyUsage(False, False, True, True, False, False, False, False, False)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(private_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=valid_days))
        .add_extension(usage, critical=True)
        .sign(private_key, hashes.SHA256())
    )
    return CouncilKey(certificate, private_key)


@cache
def council_key() -> CouncilKey:
    return make_council_key()


@cache
def other_council_key() -> CouncilKey:
    return make_council_key("Another council DEMO encryption key (tests only)")


def framework_with_certificate(source: str, pem: str) -> str:
    """A framework's YAML text with ``council.encryption_certificate`` added to its council block."""
    block = "  encryption_certificate: |\n" + "".join(f"    {line}\n" for line in pem.strip().splitlines())
    marker = "\ncouncil:\n"
    assert marker in source, "the framework has no council block"
    head, tail = source.split(marker, 1)
    lines = tail.splitlines(keepends=True)
    body = 0
    while body < len(lines) and lines[body].startswith("  "):
        body += 1
    return head + marker + "".join(lines[:body]) + block + "".join(lines[body:])


def give_council_certificate(root: Path, pem: str) -> None:
    """The workspace's current cycle works on its framework with the council's certificate in it."""
    from kitemark_app.services.workspace import Workspace

    with Workspace.open(root) as workspace, workspace.session() as session:
        cycle = workspace.current_cycle(session)
        cycle.framework_source = framework_with_certificate(cycle.framework_source, pem)
