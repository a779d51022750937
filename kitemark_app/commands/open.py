"""``kitemark open PACK.pdf`` — open the assessor window on a received pack (it is verified first)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import data_root, use_register_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("open", help="open a submission pack in the assessor window (verified first)")
    parser.add_argument("pack", type=Path, metavar="PACK.pdf", help="the pack to verify and review")
    parser.add_argument(
        "--exit-after-verify",
        action="store_true",
        help="quit once the verdict is shown (exit 0 valid, 3 unregistered, 1 rejected); for smoke tests",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.errors import UsageError

    if not args.pack.is_file():
        raise UsageError(f"'{args.pack}' is not a file; give the path of the pack to open.")
    from kitemark_app.ui.assessor.launch import run_assessor

    use_register_option(args)

    return run_assessor(data_root(args), args.pack, exit_after_verify=args.exit_after_verify)
