"""``kitemark framework diff NEW.yaml [--json]`` — what a new version of the framework changes for this
organisation, against its current self-assessment's version; ``kitemark framework move NEW.yaml
--current|--next-cycle [--level LEVEL] [--json]`` — move to it (``services/framework_move.py``).

The file is the council's signed framework (verified, and only under the council key confirmed here: exit 3 if none
is, as for ``framework install``) or a YAML file, an unsigned draft; exit 0 done, 1 refused (one sentence says why), 2 usage or unreadable.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kitemark_app.commands import open_workspace, print_json

if TYPE_CHECKING:
    from kitemark_app.services.framework_move import MovePreview


def add_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    changes = actions.add_parser(
        "diff",
        help="what a new version of the framework changes for this organisation; exit 0 shown, 1 refused, 2 unreadable",
    )
    changes.add_argument(
        "file", type=Path, help="the new version: the council's signed framework file, or a YAML draft"
    )
    changes.add_argument("--json", action="store_true", help="print the result as JSON")
    changes.set_defaults(handler=run_diff)
    move = actions.add_parser(
        "move", help="move to a new version of the framework; exit 0 moved, 1 refused (the reason is said), 2 usage"
    )
    move.add_argument("file", type=Path, help="the new version: the council's signed framework file, or a YAML draft")
    which = move.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--current", action="store_true", help="move the self-assessment not yet sent (the old one is kept, superseded)"
    )
    which.add_argument(
        "--next-cycle",
        action="store_true",
        help="start the next self-assessment, after the one sent, on the new version",
    )
    move.add_argument("--level", metavar="LEVEL", help="the target level in the new version (default: the current one)")
    move.add_argument("--json", action="store_true", help="print the result as JSON")
    move.set_defaults(handler=run_move)


def _new_framework_text(args: argparse.Namespace) -> str:
    """The new version's text: a council-signed framework file (under the council key confirmed here) or a YAML draft."""
    from kitemark_app.commands import data_root
    from kitemark_app.core.framework import FrameworkError, read_framework_text
    from kitemark_app.errors import KitemarkError, UsageError
    from kitemark_app.services.framework_files import trusted_source

    path: Path = args.file
    try:
        if path.suffix.lower() == ".pdf":
            return trusted_source(data_root(args), path)
        return read_framework_text(path)
    except (OSError, UnicodeDecodeError) as error:
        reason = "it is not UTF-8 text" if isinstance(error, UnicodeDecodeError) else error.strerror or str(error)
        raise UsageError(f"cannot read {path}: {reason}") from None
    except FrameworkError as error:
        raise KitemarkError(f"The new framework is not valid: {error}.") from None


def run_diff(args: argparse.Namespace) -> int:
    from kitemark_app.services.framework_move import preview_move

    source = _new_framework_text(args)
    with open_workspace(args) as workspace:
        preview = preview_move(workspace, source)
    if args.json:
        print_json(preview.as_json())
    else:
        _print_preview(preview)
    return 0


def _print_preview(preview: MovePreview) -> None:
    from kitemark_app.core.framework_diff import Meaning

    changes = preview.diff
    print(
        f"{preview.framework_title}: version {preview.current_version} → {preview.new_version}, "
        f"for {preview.organisation}" + (f" (target level {preview.target_level})" if preview.target_level else "")
    )
    for heading, listed in (("New", changes.added), ("Gone", changes.removed), ("Changed", changes.changed)):
        print(f"\n{heading} ({len(listed)}):")
        for change in listed:
            print(f"  {change.message}")
        if not listed:
            print("  none")
    print("\nWhat it means for you:")
    for label, meaning in (
        ("Now applies to you", Meaning.NOW_APPLIES),
        ("No longer applies to you", Meaning.NO_LONGER_APPLIES),
        ("Answer to check again", Meaning.NEEDS_RECHECK),
    ):
        ids = changes.criteria_where(meaning)
        print(f"  {label}: {', '.join(ids) if ids else 'none'}")
    for note in changes.notes:
        print(f"\nNote: {note}")
    print()
    if not preview.current_refused:
        print("To move your current self-assessment: kitemark framework move FILE --current")
    if not preview.next_refused:
        print("To start your next self-assessment on it: kitemark framework move FILE --next-cycle")


def run_move(args: argparse.Namespace) -> int:
    from kitemark_app.services.framework_move import move_current_cycle, start_next_cycle_on

    source = _new_framework_text(args)
    move = start_next_cycle_on if args.next_cycle else move_current_cycle
    with open_workspace(args) as workspace:
        result = move(workspace, source, target_level=args.level)
    if args.json:
        print_json(result.as_json())
        return 0
    kept = (
        "your earlier answers are kept, unchanged, in the superseded copy"
        if result.previous_status == "superseded"
        else "the self-assessment you sent is closed, as it was"
    )
    print(
        f"Moved to version {result.version} (target level {result.target_level}): {result.carried} answers carried, "
        f"{result.flagged} of them to check again, {result.actions} actions; {kept}."
    )
    if result.left_behind:
        print(f"Not in the new version (answers kept with the old one): {', '.join(result.left_behind)}")
    return 0
