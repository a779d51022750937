"""``kitemark verify PACK.pdf [--json] [--trust ROOT]...`` — is this pack exactly what the organisation signed?

Exit 0: valid and signed by a trusted root; 1: rejected (tampered, damaged, not a pack); 3: intact but the signer's
root is not registered (or not one of the ``--trust`` roots); 2: usage error or unreadable file. ROOT is a PEM or
DER certificate file or a root's SHA-256 fingerprint in hex (colons and spaces optional). Without ``--trust`` the
register in force is used, read-only (``--register URL``, ``KITEMARK_REGISTER_URL``, the data folder's saved one, else
the SQLite register in ``--data-dir``); a data folder without a register is an empty register.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kitemark_app.commands import data_root, print_json

EXIT_CODES = {"valid": 0, "rejected": 1, "unregistered": 3}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check a signed pack (exit 0 valid and trusted, 1 rejected, 3 intact but signer not registered)",
    )
    parser.add_argument("pack", type=Path, metavar="PACK.pdf", help="the pack to verify")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--trust",
        action="append",
        default=None,
        metavar="ROOT",
        help="trust this root (certificate file or SHA-256 fingerprint) instead of the register; repeatable",
    )
    parser.set_defaults(handler=run)


def trusted_roots(values: list[str]) -> set[str]:
    """Fingerprints from ``--trust`` values: an existing file is read as a certificate, anything else as hex."""
    from kitemark_app.errors import UsageError
    from kitemark_app.verify.trust import FingerprintError, certificate_fingerprint, normalise_fingerprint

    roots = set()
    for value in values:
        path = Path(value)
        if path.is_file():
            try:
                roots.add(certificate_fingerprint(path))
            except (OSError, ValueError):
                raise UsageError(f"--trust {value}: the file is not a certificate (PEM or DER)") from None
            continue
        try:
            roots.add(normalise_fingerprint(value))
        except FingerprintError:
            if path.suffix.lower() in {".pem", ".crt", ".cer", ".der"} or len(path.parts) > 1:
                raise UsageError(f"--trust {value}: there is no such certificate file") from None
            raise UsageError(
                f"--trust {value}: not a certificate file, nor a SHA-256 fingerprint of 64 hexadecimal digits"
            ) from None
    return roots


def run(args: argparse.Namespace) -> int:
    from kitemark_app.verify import verify_pack

    if args.trust is not None:
        verdict = verify_pack(args.pack, trusted_roots(args.trust))
    else:
        from kitemark_app.verify.register import register_for_reading  # SQLAlchemy: only when the register is read

        with register_for_reading(data_root(args), getattr(args, "register", None)) as known:
            verdict = verify_pack(args.pack, register=known)
    if verdict.warning:
        print(f"kitemark: {verdict.warning}", file=sys.stderr)
    if args.json:
        print_json(verdict.as_json())
    else:
        _print_human(verdict)
    return EXIT_CODES[verdict.verdict]


def _print_human(verdict: object) -> None:
    from kitemark_app.verify import Verdict
    from kitemark_app.verify.trust import display_fingerprint

    assert isinstance(verdict, Verdict)
    headline = {
        "valid": "VALID: the pack is exactly what the organisation signed, and its root is trusted.",
        "unregistered": "INTACT BUT NOT REGISTERED: the pack is exactly what was signed, but not by a root you trust.",
        "rejected": "REJECTED: this pack must not be relied on.",
    }[verdict.verdict]
    print(headline)
    if verdict.organisation:
        print(f"  Organisation: {verdict.organisation}")
    if verdict.signer_fingerprint:
        print(f"  Root fingerprint: {display_fingerprint(verdict.signer_fingerprint)}")
    if verdict.signed_at:
        print(f"  Signed at: {verdict.signed_at.isoformat()}")
    if verdict.intact:
        print(f"  Attachments checked: {verdict.attachments_checked}")
    for reason in verdict.reasons:
        print(f"  - {reason}")
