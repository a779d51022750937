"""``kitemark verify PACK.pdf [--json] [--trust ROOT]...`` — is this pack exactly what the organisation signed?

Exit 0: valid and signed by a trusted root; 1: rejected (tampered, damaged, not a pack); 3: intact but the signer's
root is not registered (or not one of the ``--trust`` roots); 2: usage error or unreadable file. ROOT is a PEM or
DER certificate file or a root's SHA-256 fingerprint in hex (colons and spaces optional). Without ``--trust`` the
register in force is used, read-only (``--register URL``, ``KITEMARK_REGISTER_URL``, the data folder's saved one, else
the SQLite register in ``--data-dir``); a data folder without a register is an empty register.

A pack encrypted for the council is opened with ``--decrypt-key FILE`` (the council's PKCS#12 or PEM key; its
passphrase from ``--decrypt-passphrase-file`` or ``KITEMARK_DECRYPT_PASSPHRASE``), else with the key file chosen in
the assessor window for this data folder; without one, or with another key, exit 2 with one sentence.
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
    add_decryption_options(parser)
    parser.set_defaults(handler=run)


def add_decryption_options(parser: argparse.ArgumentParser) -> None:
    """``--decrypt-key`` and ``--decrypt-passphrase-file``, for the commands that read a received pack."""
    parser.add_argument(
        "--decrypt-key",
        type=Path,
        metavar="FILE",
        help="the council's decryption key (PKCS#12 or PEM) for a pack encrypted for the council",
    )
    parser.add_argument(
        "--decrypt-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the decryption key's passphrase from the first line of FILE (default: $KITEMARK_DECRYPT_PASSPHRASE)",
    )


def decryption_key(args: argparse.Namespace) -> object:
    """The council's decryption key from ``--decrypt-key`` or the data folder's chosen key file; None without."""
    from kitemark_app.commands.export import read_secret
    from kitemark_app.errors import UsageError
    from kitemark_app.services import council_decryption

    path = args.decrypt_key or council_decryption.saved_key_file(data_root(args))
    if path is None:
        if args.decrypt_passphrase_file is not None:
            raise UsageError("--decrypt-passphrase-file needs --decrypt-key FILE")
        return None
    try:
        passphrase = read_secret(
            args.decrypt_passphrase_file, council_decryption.PASSPHRASE_ENV, "--decrypt-passphrase-file"
        )
    except UsageError:
        if args.decrypt_passphrase_file is not None:
            raise
        passphrase = ""  # a PEM key without a passphrase; one with a passphrase says it needs it
    return council_decryption.open_key(path, passphrase)


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
    from kitemark_app.verify.encryption import DecryptionKey

    key = decryption_key(args)
    assert key is None or isinstance(key, DecryptionKey)
    if args.trust is not None:
        verdict = verify_pack(args.pack, trusted_roots(args.trust), decryption=key)
    else:
        from kitemark_app.verify.register import register_for_reading  # SQLAlchemy: only when the register is read

        with register_for_reading(data_root(args), getattr(args, "register", None)) as known:
            verdict = verify_pack(args.pack, register=known, decryption=key)
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
        if verdict.encrypted:
            print("  Encrypted for the council (AES-256); opened with the council's decryption key.")
    for reason in verdict.reasons:
        print(f"  - {reason}")
