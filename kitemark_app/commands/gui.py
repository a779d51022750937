"""``kitemark gui`` — the desktop app (the default when no command is given)."""

from __future__ import annotations

import argparse

from kitemark_app.commands import data_root, use_register_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("gui", help="open the Kitemark app (the default)")
    parser.add_argument(
        "--exit-after-show",
        action="store_true",
        help="quit with status 0 once the main window is shown and idle (for smoke tests and timing)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.ui.app import run_gui

    use_register_option(args)

    return run_gui(data_root(args), exit_after_show=args.exit_after_show, explicit_data_dir=bool(args.data_dir))
