"""The frameworks an organisation works with at once:

``kitemark framework list [--json]`` — those shipped with the app and those begun, with their progress;
``kitemark framework start ID|FILE [--level LEVEL]`` — begin a self-assessment against another framework (a shipped
one by its id, or a YAML file), sharing the evidence library, profile and action plan;
``kitemark framework use ID`` — the framework the app and the commands work on from now on (``--framework ID``
chooses one for a single command).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import open_workspace, print_json


def add_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = actions.add_parser(
        "list", help="the frameworks shipped with the app and those this organisation works with"
    )
    listing.add_argument("--json", action="store_true", help="print the result as JSON")
    listing.set_defaults(handler=run_list)
    start = actions.add_parser(
        "start", help="begin a self-assessment against another framework; exit 0 begun, 1 refused, 2 usage"
    )
    start.add_argument("framework", help="a shipped framework's id (see 'kitemark framework list') or a YAML file")
    start.add_argument("--level", metavar="LEVEL", help="the target level (default: the framework's first)")
    start.set_defaults(handler=run_start)
    use = actions.add_parser("use", help="work on this framework from now on, in the app and the commands")
    use.add_argument("framework", metavar="ID", help="the id of a framework this organisation works with")
    use.set_defaults(handler=run_use)


def run_list(args: argparse.Namespace) -> int:
    from kitemark_app.commands import data_root
    from kitemark_app.paths import DataLayout
    from kitemark_app.services.frameworks_in_use import bundled_frameworks, frameworks_in_use

    in_use = []
    if DataLayout(data_root(args)).database.exists():
        with open_workspace(args) as workspace:
            if workspace.has_organisation():
                in_use = frameworks_in_use(workspace)
    shipped = bundled_frameworks()
    if args.json:
        print_json(
            {
                "in_use": [
                    item.as_json() | {"in_focus": item.in_focus, "target_level": item.target_level} for item in in_use
                ],
                "shipped": [
                    {"id": f.id, "version": f.version, "title": f.title, "publisher": f.publisher} for f in shipped
                ],
            }
        )
        return 0
    if in_use:
        print("This organisation works with:")
        for item in in_use:
            marker = "*" if item.in_focus else " "
            print(
                f" {marker} {item.id:<28} {item.title} {item.version} — {item.answered} of {item.applicable} answered"
            )
    print("Shipped with Kitemark:")
    for framework in shipped:
        print(f"   {framework.id:<28} {framework.title} {framework.version} ({framework.publisher})")
    return 0


def _source(text: str) -> str:
    from kitemark_app.core.framework import parse_framework, read_framework_text
    from kitemark_app.errors import UsageError
    from kitemark_app.paths import bundled_framework_texts

    for source in bundled_framework_texts().values():
        if parse_framework(source).id == text:
            return source
    path = Path(text)
    if not path.suffix:
        raise UsageError(
            f"'{text}' is neither a framework shipped with Kitemark nor a file (see 'kitemark framework list')."
        )
    try:
        return read_framework_text(path)
    except (OSError, UnicodeDecodeError) as error:
        reason = "it is not UTF-8 text" if isinstance(error, UnicodeDecodeError) else error.strerror or str(error)
        raise UsageError(f"cannot read {path}: {reason}") from None


def run_start(args: argparse.Namespace) -> int:
    from kitemark_app.core.framework import FrameworkError
    from kitemark_app.db.models import AssessmentCycle
    from kitemark_app.errors import KitemarkError
    from kitemark_app.services.frameworks_in_use import start_framework

    source = _source(args.framework)
    with open_workspace(args) as workspace:
        try:
            cycle_id = start_framework(workspace, source, args.level)
        except FrameworkError as error:
            raise KitemarkError(
                f"That framework cannot be used: {error.issues[0]}"
                + (f" (and {len(error.issues) - 1} more)" if len(error.issues) > 1 else "")
            ) from None
        with workspace.session() as session:
            begun = session.get(AssessmentCycle, cycle_id)
            assert begun is not None
            framework, level = workspace.framework(begun), begun.target_level
        workspace.choose_framework(framework.id)
    print(
        f"Begun {framework.title} {framework.version} (target: {level}); the app and the commands now "
        f"work on it ('kitemark framework use ID' to switch)."
    )
    return 0


def run_use(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        workspace.choose_framework(args.framework)
    print(f"The app and the commands now work on '{args.framework}'.")
    return 0
