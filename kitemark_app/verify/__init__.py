"""Verify signed Kitemark packs (assessor mode): fail closed, read within limits, decide trust by root fingerprint.

``verify_pack(path, trusted_roots, register) -> Verdict`` is the one entry point; ``register.TrustRegister`` is the
assessor's register of organisations and received packs.

The verifier (and pyHanko with it) loads on first use of these names, so that the light modules of this package
(``trust``: fingerprints) can be used without it, e.g. by the VCO's start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kitemark_app.verify.verifier import UnreadablePackError, Verdict, VerifiedAttachment, verify_pack

__all__ = ["UnreadablePackError", "Verdict", "VerifiedAttachment", "verify_pack"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kitemark_app.verify import verifier

        return getattr(verifier, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
