"""CLI sub-commands: parse arguments, call an operation in ``services``, print the result."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported inside the functions, so a command loads only what it uses
    from pathlib import Path

    from kitemark_app.services.workspace import Workspace


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def data_root(args: argparse.Namespace) -> Path:
    from kitemark_app.paths import data_dir, usable_data_dir

    return usable_data_dir(data_dir(args.data_dir))


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace of ``--data-dir``; it must already hold an organisation."""
    from kitemark_app.paths import DataLayout
    from kitemark_app.services.workspace import NoOrganisationError, Workspace

    root = data_root(args)
    if not DataLayout(root).database.exists():
        raise NoOrganisationError()
    workspace = Workspace.open(root)
    workspace.framework_choice = getattr(args, "framework", None)
    if workspace.read_only_reason:
        print(f"kitemark: {workspace.read_only_reason}", file=sys.stderr)
    return workspace


def add_framework_option(parser: argparse.ArgumentParser) -> None:
    """``--framework ID``: work on that framework's self-assessment, of those the organisation has begun."""
    parser.add_argument(
        "--framework",
        metavar="ID",
        help="the framework to work on, by its id (default: the one last chosen in the app, else the first begun)",
    )


def use_register_option(args: argparse.Namespace) -> None:
    """``--register URL`` for the windows: as ``KITEMARK_REGISTER_URL`` for the rest of this run (the app's process)."""
    import os

    if url := getattr(args, "register", None):
        os.environ["KITEMARK_REGISTER_URL"] = url
