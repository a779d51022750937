"""``kitemark framework validate FILE [--json]`` — check a criteria framework file."""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("framework", help="work with criteria framework files")
    actions = parser.add_subparsers(dest="framework_command", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate", help="check a framework file; exit 0 valid, 1 invalid, 2 unreadable"
    )
    validate.add_argument("file", type=Path)
    validate.add_argument("--json", action="store_true", help="print the result as JSON")
    validate.set_defaults(handler=run_validate)
    from kitemark_app.commands.framework_moves import add_actions as add_move_actions  # diff, move

    add_move_actions(actions)
    from kitemark_app.commands.framework_files import add_actions  # publish, install: the signed framework files

    add_actions(actions)


def run_validate(args: argparse.Namespace) -> int:
    from kitemark_app.core.framework import FrameworkError, FrameworkIssue, load_framework
    from kitemark_app.errors import UsageError

    path: Path = args.file
    try:
        framework = load_framework(path)
        issues: list[FrameworkIssue] = []
    except (OSError, UnicodeDecodeError) as error:
        reason = (
            "it is not UTF-8 text" if isinstance(error, UnicodeDecodeError) else error.strerror or str(error)
        )
        if args.json:
            print_json({"ok": False, "framework": None, "areas": 0, "criteria": 0, "levels": [],
                        "errors": [{"path": "", "message": f"cannot read {path}: {reason}"}]})  # fmt: skip
            return 2
        raise UsageError(f"cannot read {path}: {reason}") from None
    except FrameworkError as error:
        framework, issues = None, error.issues

    if args.json:
        print_json(
            {
                "ok": framework is not None,
                "framework": {"id": framework.id, "version": framework.version, "title": framework.title}
                if framework
                else None,
                "areas": len(framework.areas) if framework else 0,
                "criteria": framework.criteria_count if framework else 0,
                "levels": framework.level_names if framework else [],
                "errors": [{"path": i.path, "message": i.message} for i in issues],
            }
        )
    elif framework:
        print(
            f"{path}: valid — {framework.title} {framework.version}: {len(framework.areas)} areas, "
            f"{framework.criteria_count} criteria, levels {', '.join(framework.level_names)}"
        )
    else:
        import sys

        print(
            f"{path}: not a valid framework ({len(issues)} problem{'s' if len(issues) != 1 else ''}):",
            file=sys.stderr,
        )
        for issue in issues:
            print(f"  {issue}", file=sys.stderr)
    return 0 if framework else 1
