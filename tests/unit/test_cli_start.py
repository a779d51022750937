"""Starting the app builds only the parser of the sub-command it runs, and parses exactly as the full parser."""

from __future__ import annotations

import pytest

from kitemark_app.cli import COMMAND_MODULES, build_parser, chosen_command


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        ([], "gui"),
        (["--data-dir", "folder"], "gui"),
        (["--data-dir=folder"], "gui"),
        (["gui", "--exit-after-show"], "gui"),
        (["--data-dir", "status", "gui"], "gui"),  # a folder named like a command is the option's value
        (["--data-dir", "folder", "status", "--json"], "status"),
        (["framework", "validate", "file.yaml"], "framework"),
        (["--help"], None),
        (["--version"], None),
        (["--data", "folder", "gui"], None),  # an abbreviation: argparse decides
        (["--data-dir"], None),  # the value is missing: the full parser says so
        (["no-such-command"], None),
    ],
)
def test_the_command_is_chosen_only_when_certain(argv: list[str], command: str | None) -> None:
    assert chosen_command(argv) == command


@pytest.mark.parametrize(
    "argv",
    [
        ["gui", "--exit-after-show"],
        ["--data-dir", "status", "gui"],
        ["--data-dir=folder", "status", "--json"],
        ["framework", "validate", "file.yaml"],
        ["evidence", "add", "policy.pdf"],
    ],
)
def test_the_light_parser_parses_as_the_full_one(argv: list[str]) -> None:
    command = chosen_command(argv)
    assert command in COMMAND_MODULES
    assert vars(build_parser(command).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_the_light_parser_registers_one_command() -> None:
    (subparsers,) = [action for action in build_parser("gui")._actions if action.dest == "command"]
    assert list(subparsers.choices) == ["gui"]  # type: ignore[attr-defined]
