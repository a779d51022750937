"""Verify signed Kitemark packs (assessor mode): fail closed, read within limits, decide trust by root fingerprint.

``verify_pack(path, trusted_roots, register) -> Verdict`` is the one entry point; ``register.TrustRegister`` is the
assessor's register of organisations and received packs.
"""

from kitemark_app.verify.verifier import UnreadablePackError, Verdict, VerifiedAttachment, verify_pack

__all__ = ["UnreadablePackError", "Verdict", "VerifiedAttachment", "verify_pack"]
