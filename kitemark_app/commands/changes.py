"""``kitemark changes [--json]`` — what changed since the last pack this organisation sent.

Answers (status, text), evidence added, replaced or removed (by content, not by name), actions closed. Exit 0.
"""

from __future__ import annotations

import argparse

from kitemark_app.commands import data_root, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("changes", help="what changed since the last pack you sent")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.core.dates import long_day
    from kitemark_app.services.changes import since_last_export

    since = since_last_export(data_root(args))
    if args.json:
        print_json(
            {
                "since": {"file_name": since.file_name, "exported_at": since.exported_at.isoformat()}
                if since
                else None,
                "changes": [
                    {
                        "criterion": c.criterion,
                        "kind": c.kind.value,
                        "status_before": c.status_before,
                        "status_now": c.status_now,
                        "narrative_diff": list(c.narrative_diff),
                        "evidence_added": list(c.evidence_added),
                        "evidence_removed": list(c.evidence_removed),
                        "sentence": c.sentence(),
                    }
                    for c in (since.changes if since else [])
                ],
                "actions_closed": since.actions_closed if since else [],
            }
        )
        return 0
    if since is None:
        print("You have not sent a pack yet, so there is nothing to compare with.")
        return 0
    print(f"Since {since.file_name} ({long_day(since.exported_at)}):")
    if since.nothing:
        print("  nothing has changed.")
    for change in since.changes:
        print(f"  {change.sentence()}")
    for action in since.actions_closed:
        print(f"  Action done: {action}")
    return 0
