"""Root fingerprints and the trust decision: is the root that signed a pack one the assessor has registered?"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from kitemark_app.core.names import same_name

_SEPARATORS = re.compile(r"[\s:\-]")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class FingerprintError(ValueError):
    """Text that is not a SHA-256 fingerprint."""


def normalise_fingerprint(text: str) -> str:
    """64 lowercase hex digits from a fingerprint as people type it (colons, spaces or hyphens allowed)."""
    plain = _SEPARATORS.sub("", text).lower()
    if not _HEX64.match(plain):
        raise FingerprintError(f"'{text}' is not a SHA-256 fingerprint (64 hexadecimal digits)")
    return plain


def display_fingerprint(fingerprint: str) -> str:
    """The fingerprint in groups of four, as it is easiest to read aloud and compare."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def certificate_fingerprint(path: Path) -> str:
    """SHA-256 of the DER encoding of the certificate in ``path`` (PEM or DER). Raises ValueError if it is none."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    data = path.read_bytes()
    if b"-----BEGIN CERTIFICATE-----" in data:
        certificate = x509.load_pem_x509_certificate(data)
    else:
        certificate = x509.load_der_x509_certificate(data)
    return certificate.fingerprint(hashes.SHA256()).hex()


def der_fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


@dataclass(frozen=True)
class RegisteredOrg:
    """One organisation in the assessor's register, as plain data."""

    id: int
    name: str
    root_fingerprint: str
    registered_at: datetime | None
    notes: str


class TrustLookup(Protocol):
    """What the verifier needs from a register (``register.TrustRegister`` is the real one)."""

    def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None: ...

    def by_name(self, name: str) -> list[RegisteredOrg]:
        """Every registered organisation whose name looks like ``name`` (``core.names.looks_like``)."""
        ...


@dataclass(frozen=True)
class TrustDecision:
    trusted: bool
    registered: RegisteredOrg | None
    reasons: tuple[str, ...]
    warning: str | None  # loud: a registered organisation signed with a different root
    rejected: bool = False  # the registered root signed a pack naming another organisation
    handed_over_by: RegisteredOrg | None = None  # a registered root vouched for this new one (a key change)


def decide_trust(
    fingerprint: str,
    organisation: str,
    trusted_roots: set[str] | None,
    register: TrustLookup | None,
    previous_root: str | None = None,
) -> TrustDecision:
    if trusted_roots is not None and fingerprint in trusted_roots:  # verify_pack normalised them
        return TrustDecision(True, None, (), None)
    if register is not None:
        entry = register.by_fingerprint(fingerprint)
        if entry is not None and not same_name(entry.name, organisation):
            reason = (
                f"the pack is signed with the root registered to '{entry.name}' but names '{organisation}' as the "
                "organisation; a pack must carry the registered name of its root (if the organisation has changed "
                "its name, confirm that with it and rename it in your register first)"
            )
            return TrustDecision(False, entry, (reason,), None, rejected=True)
        if entry is not None:
            return TrustDecision(True, entry, (), None)
        old = register.by_fingerprint(previous_root) if previous_root else None
        if old is not None and same_name(old.name, organisation):
            reason = (
                f"the pack is signed with a new key, and the key registered to '{old.name}' signed a statement "
                "handing over to it: a key change, not an impersonation; accept the new key to update your "
                f"register (new root fingerprint {display_fingerprint(fingerprint)})"
            )
            return TrustDecision(False, None, (reason,), None, handed_over_by=old)
        others = [org for org in register.by_name(organisation) if org.root_fingerprint != fingerprint]
        if others:
            relation = "is" if same_name(others[0].name, organisation) else "looks like"
            warning = (
                f"WARNING: this pack names '{organisation}', which {relation} '{others[0].name}', registered with "
                f"a different root ({display_fingerprint(others[0].root_fingerprint)}), but this pack is signed with "
                f"{display_fingerprint(fingerprint)}. Someone may be impersonating the organisation: do not register "
                "the new root until the organisation has confirmed the change by a channel you already trust."
            )
            return TrustDecision(False, None, (warning,), warning)
    if trusted_roots is not None and register is None:
        reason = (
            f"the pack is intact, but its root ({display_fingerprint(fingerprint)}) is not one of the roots "
            "given with --trust"
        )
    else:
        reason = (
            f"the pack is intact, but '{organisation}' is not in your register: compare the root fingerprint "
            f"{display_fingerprint(fingerprint)} with the one the organisation gave you before registering it"
        )
    return TrustDecision(False, None, (reason,), None)
