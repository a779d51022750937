"""``kitemark evidence add FILE... [--criterion ID]... [--title T] [--document-date YYYY-MM-DD]``, and
``kitemark evidence redact`` (commands/evidence_redact.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import iso_date, open_workspace


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("evidence", help="manage the evidence library")
    actions = parser.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add files to the evidence library")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--criterion", action="append", default=[], metavar="ID", help="link to this criterion")
    add.add_argument("--title", default="", help="title (default: from the file name)")
    add.add_argument("--document-date", type=iso_date, metavar="YYYY-MM-DD", help="the date the document represents")
    add.add_argument("--review-by", type=iso_date, metavar="YYYY-MM-DD", help="when the document is due for review")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="list the evidence library: id, title, file, what is hidden")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    listing.set_defaults(handler=run_list)
    personal = actions.add_parser(
        "personal-data",
        help="say whether an evidence file names people (flagged before a pack is sent unless parts are hidden)",
    )
    personal.add_argument(
        "evidence_id", type=int, metavar="ID", help="the evidence item (see 'kitemark evidence list')"
    )
    personal.add_argument("answer", choices=PERSONAL_ANSWERS, help="yes: it names people; no: it names no one")
    personal.set_defaults(handler=run_personal_data)
    from kitemark_app.commands import evidence_redact

    evidence_redact.register(actions)


def run_add(args: argparse.Namespace) -> int:
    from kitemark_app.services import evidence_ops

    if args.title and len(args.files) > 1:
        from kitemark_app.errors import UsageError

        raise UsageError("--title can only be used when adding one file")
    with open_workspace(args) as workspace:
        evidence_ops.check_criteria(workspace, args.criterion)
        for path in args.files:  # check every file before adding any, so a bad one adds nothing
            workspace.store.check_source(path)
        for path in args.files:
            evidence_ops.add_evidence(
                workspace,
                path,
                title=args.title,
                document_date=args.document_date,
                review_by=args.review_by,
                criteria=args.criterion,
            )
            linked = f", linked to {', '.join(args.criterion)}" if args.criterion else ""
            print(f"Added {path.name}{linked}")
    return 0


PERSONAL_ANSWERS = {"yes": True, "no": False, "not-said": None}


def run_personal_data(args: argparse.Namespace) -> int:
    from kitemark_app.services import evidence_ops

    with open_workspace(args) as workspace:
        evidence_ops.update_details(workspace, args.evidence_id, personal_data=PERSONAL_ANSWERS[args.answer])
        item = next(i for i in evidence_ops.list_evidence(workspace) if i.id == args.evidence_id)
    said = {True: "names people", False: "names no one", None: "not said whether it names people"}
    print(f"'{item.title}': {said[item.personal_data]}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kitemark_app.commands import print_json
    from kitemark_app.services import evidence_ops, redaction_ops

    with open_workspace(args) as workspace:
        items = evidence_ops.list_evidence(workspace)
        hidden = redaction_ops.for_items(workspace, [item.id for item in items])
    if args.json:
        print_json(
            [
                {"id": i.id, "title": i.title, "file_name": i.original_name, "media_type": i.media_type,
                 "criteria": list(i.criteria), "personal_data": i.personal_data,
                 "hidden": list(hidden[i.id].words()) if i.id in hidden else []}
                for i in items
            ]
        )  # fmt: skip
        return 0
    for item in items:
        parts = f" — hidden: {'; '.join(hidden[item.id].words())}" if item.id in hidden else ""
        print(f"{item.id:>4}  {item.title} ({item.original_name}){parts}")
    return 0
