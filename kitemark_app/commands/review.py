"""``kitemark review import FILE [--json]`` — import the assessor's signed review of a pack we sent.

Exit 0 when imported (or already imported), 1 when the review is refused (tampered, damaged, not a review, or it
answers a pack this organisation never sent), 2 for usage errors or an unreadable file.
"""

from __future__ import annotations

import argparse
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
        help="accept a council key different from the one earlier reviews used (check with the council first)",
    )
    importer.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kitemark_app.paths import DataLayout
    from kitemark_app.services.review_import import import_review
    from kitemark_app.services.workspace import NoOrganisationError

    root = data_root(args)
    if not DataLayout(root).database.exists():
        raise NoOrganisationError()
    result = import_review(root, args.file, accept_new_key=args.accept_new_assessor_key)
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
    print(f"  Assessor's root fingerprint: {result.signer_fingerprint}")
    return 0
