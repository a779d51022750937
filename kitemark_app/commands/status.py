"""``kitemark status [--json]`` — where the self-assessment stands and what still needs doing."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kitemark_app.commands import add_framework_option, data_root, open_workspace, print_json

if TYPE_CHECKING:
    from kitemark_app.services.overview import StatusReport


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("status", help="show progress and the problems that block a submission")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    add_framework_option(parser)
    parser.set_defaults(handler=run)


def _single(report: StatusReport) -> dict[str, object]:
    return {
        "id": report.framework_id,
        "version": report.framework_version,
        "title": report.framework_title,
        "applicable": report.criteria_applicable,
        "answered": report.answered,
    }


def run(args: argparse.Namespace) -> int:
    from kitemark_app.services.snapshot import read_first_screen

    # The light way: the same figures from the same rules (services/overview.py), read with sqlite3 as the app's
    # first screen is, without loading SQLAlchemy. Anything unusual (no data yet, a migration due, a newer
    # schema) takes the ordinary way, which explains it.
    # With --framework, the ordinary way picks it (and says so when the organisation has no such framework).
    screen = None if args.framework else read_first_screen(data_root(args), every_framework=True)
    if screen is not None:
        report = screen.status_report()
        frameworks = [_single(item) for item in screen.every_status_report()]
    else:
        from kitemark_app.services.frameworks_in_use import frameworks_in_use
        from kitemark_app.services.report import status_report

        with open_workspace(args) as workspace:
            report = status_report(workspace)
            frameworks = [item.as_json() for item in frameworks_in_use(workspace)]
    if args.json:
        print_json(report.as_json() | {"frameworks": frameworks})
        return 0
    if len(frameworks) > 1:
        print("Frameworks (answered of applicable):")
        for item in frameworks:
            marker = "*" if item["id"] == report.framework_id else " "
            print(
                f" {marker} {item['id']:<28} {item['title']} {item['version']}: {item['answered']}/{item['applicable']}"
            )
        print()
    print(f"{report.organisation} — {report.framework_id} {report.framework_version}, target: {report.target_level}")
    print(f"Answered {report.answered} of {report.criteria_applicable} criteria; {report.evidence} evidence items")
    for area in report.areas:
        print(f"  {area.id:<4} {area.title:<45} {area.answered:>3}/{area.applicable}")
    must_fix = report.must_fix
    if report.problems:
        print(f"\n{len(report.problems)} problems ({len(must_fix)} must be fixed before submitting):")
        for problem in report.problems:
            print(f"  {'!' if problem.must_fix else '-'} {problem.message}")
    else:
        print("\nReady to submit.")
    return 0
