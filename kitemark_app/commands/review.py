"""``kitemark review import FILE [--json] [--accept-new-assessor-key]`` — import the assessor's signed review of a
pack we sent; ``kitemark review confirm-council-key FINGERPRINT`` — record the council's key fingerprint as the
council published it, so that its reviews are believed from the first one.

Exit 0 when imported (or already imported), 1 when the review is refused (tampered, damaged, not a review, it
answers a pack this organisation never sent, or its council key is not the confirmed one — then compare the
fingerprint printed and run again with ``--accept-new-assessor-key`` if it matches), 2 for usage errors or an
unreadable file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kitemark_app.commands import data_root, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("review", help="import the assessor's signed review")
    actions = parser.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    importer = actions.add_parser("import", help="verify and import a signed review (exit 0 done, 1 refused)")
    importer.add_argument("file", type=Path, metavar="FILE", help="the signed review PDF")
    importer.add_argument("--json", action="store_true", help="print the result as JSON")
    importer.add_argument(
        "--accept-new-assessor-key",
        action="store_true",
        help="accept a council key that is not the confirmed one (compare its fingerprint with the council's first)",
    )
    importer.set_defaults(handler=run_import)
    confirm = actions.add_parser(
        "confirm-council-key", help="record the council's key fingerprint, as the council published it"
    )
    confirm.add_argument("fingerprint", metavar="FINGERPRINT", help="64 hexadecimal digits (spaces or colons allowed)")
    confirm.set_defaults(handler=run_confirm)


def run_confirm(args: argparse.Namespace) -> int:
    from kitemark_app.paths import DataLayout
    from kitemark_app.services.review_import import confirm_council_key
    from kitemark_app.services.workspace import NoOrganisationError
    from kitemark_app.verify.trust import display_fingerprint

    root = data_root(args)
    if not DataLayout(root).database.exists():
        raise NoOrganisationError()
    fingerprint = confirm_council_key(root, args.fingerprint)
    print(f"Council key confirmed: {display_fingerprint(fingerprint)}. Reviews signed with it will be imported.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kitemark_app.paths import DataLayout
    from kitemark_app.services.review_import import CouncilKeyQuestion, import_review
    from kitemark_app.services.workspace import NoOrganisationError
    from kitemark_app.verify.trust import display_fingerprint

    root = data_root(args)
    if not DataLayout(root).database.exists():
        raise NoOrganisationError()
    try:
        result = import_review(root, args.file, accept_new_key=args.accept_new_assessor_key)
    except CouncilKeyQuestion as question:
        print(f"kitemark: {question} To accept it, run the same command with --accept-new-assessor-key.", file=sys.stderr)
        return 1
    if args.json:
        print_json(asdict(result))
        return 0
    if result.already_imported:
        print(f"This review was already imported; nothing changed ({result.outcome_label}).")
        return 0
    print(f"Review imported: {result.outcome_label}", end="")
    if result.level:
        print(f" at {result.level}, valid until {result.valid_until}", end="")
    if result.resubmit_by:
        print(f"; resubmit by {result.resubmit_by}", end="")
    print(".")
    print(
        f"  {result.verdicts} verdicts from {result.assessor}; {result.actions_created} new actions from the assessor"
    )
    print(f"  Council key (confirmed): {display_fingerprint(result.signer_fingerprint)}")
    return 0
