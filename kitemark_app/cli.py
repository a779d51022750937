"""The ``kitemark`` command. Sub-commands live in ``kitemark_app/commands/``, one module each.

Start-up stays light: each command imports what it needs when it runs, so ``kitemark --version`` and the
headless commands never load Qt, reportlab or pyHanko.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from kitemark_app import __version__, collection
from kitemark_app.errors import KitemarkError, UsageError

#: One module per sub-command; each has ``register(subparsers)`` and sets ``handler`` on its parser.
COMMAND_MODULES = (
    "gui",
    "framework",
    "demo",
    "evidence",
    "status",
    "export",
    "report",
    "key",
    "backup",
    "restore",
    "check",
    "verify",
    "open",
    "review",
    "register",
    "changes",
)

log = logging.getLogger("kitemark")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command`` (one of COMMAND_MODULES) only that sub-command is registered (start-up)."""
    parser = _Parser(
        prog="kitemark",
        description="Self-assessment and signed submission packs for the borough's VCO Kitemark.",
    )
    parser.add_argument("--version", action="version", version=f"kitemark {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder to use (default: KITEMARK_DATA_DIR, else your user data folder)",
    )
    parser.add_argument(
        "--register",
        metavar="URL",
        help="the council register to use (default: KITEMARK_REGISTER_URL, the saved one, else the data folder's)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in (command,) if command in COMMAND_MODULES else COMMAND_MODULES:
        importlib.import_module(f"kitemark_app.commands.{name}").register(subparsers)
    _data_dir_after_the_command(subparsers)
    return parser


def _data_dir_after_the_command(subparsers: argparse._SubParsersAction[_Parser]) -> None:
    """``kitemark status --data-dir D`` works as ``kitemark --data-dir D status`` does: every command takes it.

    The default is SUPPRESS, so a command given no ``--data-dir`` keeps the one given before it.
    """
    for parser in subparsers.choices.values():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            _data_dir_after_the_command(nested[0])
        else:
            parser.add_argument(
                "--data-dir",
                metavar="DIR",
                default=argparse.SUPPRESS,
                help="data folder to use (may also come before the command)",
            )


def _write_crash_log(args: argparse.Namespace | None) -> Path | None:
    try:
        from kitemark_app.paths import DataLayout, data_dir

        folder = DataLayout(data_dir(getattr(args, "data_dir", None))).logs
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        return None


class _DataFolderLog(logging.Handler):
    """The app's log records go to ``logs/kitemark.log`` in an existing data folder, never to the terminal.

    Without a handler Python prints warnings raw on stderr, so a failure would show two lines (the record and
    the one-sentence error) instead of one. A record that cannot be written is dropped.
    """

    def __init__(self, data_dir_option: str | None) -> None:
        super().__init__(logging.INFO)
        self.data_dir_option = data_dir_option
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            from kitemark_app.paths import DataLayout, data_dir

            layout = DataLayout(data_dir(self.data_dir_option))
            if not layout.root.is_dir():
                return
            layout.logs.mkdir(exist_ok=True)
            with (layout.logs / "kitemark.log").open("a", encoding="utf-8") as handle:
                handle.write(self.format(record) + "\n")
        except Exception:  # logging must never turn into the failure the user sees
            return


def _log_to_data_folder(args: argparse.Namespace) -> None:
    logger = logging.getLogger("kitemark_app")
    for handler in [h for h in logger.handlers if isinstance(h, _DataFolderLog)]:
        logger.removeHandler(handler)
    logger.addHandler(_DataFolderLog(getattr(args, "data_dir", None)))


def chosen_command(argv: Sequence[str]) -> str | None:
    """The sub-command ``argv`` runs ("gui" when it names none) when that is certain without the full parser:
    nothing but ``--data-dir`` or ``--register`` (the top-level options that take a value) comes before it. Otherwise None,
    and every sub-command is registered (for ``--help``, a usage error, …)."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in {"--data-dir", "--register"}:
            i += 2
        elif word.startswith(("--data-dir=", "--register=")):
            i += 1
        elif word.startswith("-"):
            return None
        else:
            return word if word in COMMAND_MODULES else None
    return "gui" if i == len(argv) else None


def main(argv: Sequence[str] | None = None) -> int:
    args: argparse.Namespace | None = None
    collection.pause()  # a command's imports make no garbage worth collecting; the app resumes it when ready
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        command = chosen_command(words)  # only its parser is built: saves a few ms at every start of the app
        args = build_parser(command).parse_args(words)
        if args.command is None:  # no sub-command: open the app
            args = build_parser("gui").parse_args([*words, "gui"])
        _log_to_data_folder(args)
        return int(args.handler(args))
    except KitemarkError as error:
        print(f"kitemark: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("kitemark: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kitemark status | head -1`: the reader has what it wanted; not a crash
        _silence_stdout()
        return 141  # as a shell reports a command that SIGPIPE ended
    except Exception as error:  # last resort: never a traceback on the user's screen
        where = _write_crash_log(args)
        hint = f"; details are in {where}" if where else ""
        print(f"kitemark: unexpected error ({type(error).__name__}: {error}){hint}", file=sys.stderr)
        return 1
    finally:
        collection.resume(freeze=False)  # main() may run again in this process (tests): nothing kept frozen


if __name__ == "__main__":
    raise SystemExit(main())


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit does not fail on the closed pipe."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
