"""``kitemark export --out PACK.pdf [--passphrase-file F] [--bilingual] [--json]`` — write the signed submission
pack (in English for the council; ``--bilingual``: each criterion in English, then in Bengali).

``kitemark export --what-is-removed [--json]`` writes nothing: it lists, per evidence file of the next pack, the
details its copy leaves out (GPS position, camera, author…), or why it is sent as it is.

Exit 0 when the pack was written; 1 when the workspace is not ready or the passphrase is wrong (the message
lists what blocks); 2 for usage errors. The passphrase comes from ``--passphrase-file`` (its first line) or the
environment variable ``KITEMARK_PASSPHRASE``; it is never a command-line argument, where others could see it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kitemark_app.commands import data_root, print_json

PASSPHRASE_ENV = "KITEMARK_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help="write the signed submission pack (exit 0 done, 1 not ready or bad passphrase)"
    )
    parser.add_argument("--out", type=Path, metavar="PACK.pdf", help="where to write the pack")
    parser.add_argument(
        "--what-is-removed",
        action="store_true",
        help="write nothing; list per evidence file the details (GPS position, camera, author…) the pack leaves out",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the signing key's passphrase from the first line of FILE (default: ${PASSPHRASE_ENV})",
    )
    encryption = parser.add_mutually_exclusive_group()
    encryption.add_argument(
        "--encrypt",
        dest="encrypt",
        action="store_const",
        const=True,
        default=None,
        help="encrypt the pack so only the council can open it (the default when the framework carries the "
        "council's encryption certificate; refused when it does not)",
    )
    encryption.add_argument(
        "--no-encrypt", dest="encrypt", action="store_const", const=False, help="do not encrypt the pack"
    )
    parser.add_argument(
        "--bilingual",
        action="store_true",
        help="a pack in English and Bengali: each criterion's title and guidance in English, then in Bengali "
        "(the council's pack is English without it)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def read_passphrase(args: argparse.Namespace) -> str:
    return read_secret(args.passphrase_file, PASSPHRASE_ENV, "--passphrase-file")


def read_secret(path: Path | None, env: str, option: str, what: str = "passphrase") -> str:
    """The first line of ``path``, else the environment variable ``env``; never a command-line argument."""
    from kitemark_app.errors import UsageError

    if path is not None:
        try:
            text = path.read_text(encoding="utf-8-sig")  # Notepad and PowerShell add a BOM
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "it is not UTF-8 text"
            raise UsageError(f"cannot read the {what} file {path}: {reason}") from None
        lines = text.splitlines()
        passphrase = lines[0] if lines else ""
    else:
        passphrase = os.environ.get(env, "")
    if not passphrase and path is not None:
        raise UsageError(f"the {what} file {path} is empty; put the {what} on its first line")
    if not passphrase:
        raise UsageError(f"no {what}: give {option} FILE or set {env}")
    return passphrase


def run(args: argparse.Namespace) -> int:
    from kitemark_app.errors import UsageError
    from kitemark_app.paths import DataLayout
    from kitemark_app.services.export import BILINGUAL, export_pack
    from kitemark_app.services.workspace import NoOrganisationError

    if args.what_is_removed:
        if args.out is not None:
            raise UsageError("--what-is-removed writes no pack; leave out --out")
        return what_is_removed(args)
    if args.out is None:
        raise UsageError("give --out PACK.pdf (or --what-is-removed to see what the pack leaves out)")
    passphrase = read_passphrase(args)
    root = data_root(args)
    if not DataLayout(root).database.exists():
        raise NoOrganisationError()
    result = export_pack(
        root, args.out, passphrase, encrypt=args.encrypt, second_language=BILINGUAL if args.bilingual else ""
    )
    for warning in result.warnings:
        print(f"kitemark: warning: {warning}", file=sys.stderr)
    if args.json:
        print_json(result.as_json())
        return 0
    if result.key_created:
        print("A new signing key was created and saved in the data folder (keys/), protected by your passphrase.")
    print(f"Pack written: {result.pack}")
    print(f"  {result.size:,} bytes, {result.attachments} attachments (evidence files and manifest.json)")
    print(f"  SHA-256: {result.sha256}")
    if result.encrypted_for:
        print(f"  Encrypted so only the council can open it (certificate SHA-256 {result.encrypted_for})")
    else:
        print("  Not encrypted: anyone who has the file can read it")
    print(f"  Root fingerprint (give this to the council): {result.signer_root_fingerprint}")
    return 0


def what_is_removed(args: argparse.Namespace) -> int:
    from kitemark_app.paths import DataLayout
    from kitemark_app.services.export_copies import what_is_removed as report
    from kitemark_app.services.workspace import NoOrganisationError

    root = data_root(args)
    if not DataLayout(root).database.exists():
        raise NoOrganisationError()
    files = report(root)
    if args.json:
        print_json({"files": [f.as_json() for f in files]})
        return 0
    if not files:
        print("The pack carries no evidence files.")
    for item in files:
        print(item.sentence())
    return 0
