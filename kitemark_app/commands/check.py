"""``kitemark check [--json]`` — database integrity and every evidence file; exit 0 healthy, 1 problems found."""

from __future__ import annotations

import argparse

from kitemark_app.commands import data_root, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("check", help="check the database and every evidence file are intact")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.services.health import check

    report = check(data_root(args))
    if args.json:
        print_json(report.as_json())
        return 0 if report.healthy else 1
    print(f"Database: {report.database} ({report.database_check})")
    print(f"Evidence files checked: {report.evidence_checked}")
    for problem in report.problems:
        print(f"  ! {problem}")
    for note in report.notes:
        print(f"  - {note}")
    print("Everything is intact." if report.healthy else f"{len(report.problems)} problem(s) found.")
    return 0 if report.healthy else 1
