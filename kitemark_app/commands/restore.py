"""``kitemark restore FILE`` — put a backup file (or an automatic backup) back; the current data is kept too."""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import data_root


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("restore", help="restore a backup file; the current data is kept as a backup first")
    parser.add_argument("file", type=Path, metavar="FILE", help="a backup .zip, or an automatic backup .sqlite3")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.services.backup_archive import restore

    result = restore(data_root(args), args.file)
    print(f"Restored {result.restored_from.name}")
    if result.evidence_added:
        print(f"Added {result.evidence_added} evidence files to the store")
    if result.kept_current_as is not None:
        print(f"The data that was there before is kept in {result.kept_current_as}")
    if result.keys_kept_as is not None:
        print(f"The key files that were there before are kept in {result.keys_kept_as}")
    return 0
