"""``kitemark backup --out FILE`` — one file holding the database, the evidence and the protected key files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kitemark_app.commands import data_root


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("backup", help="write a backup file of all the data, to keep or move to a new PC")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the backup file to write (.zip)")
    parser.add_argument("--overwrite", action="store_true", help="replace FILE if it already exists")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.services.backup_archive import create_archive

    result = create_archive(data_root(args), args.out, overwrite=args.overwrite)
    print(
        f"Backed up the database, {result.evidence_files} evidence files and {result.key_files} key files "
        f"to {result.path} ({result.size / 1e6:.1f} MB)"
    )
    for reason in result.left_out:
        print(f"kitemark: left out: {reason}", file=sys.stderr)
    return 0
