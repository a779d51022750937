"""The Qt-free code a charity's GUI reaches says its errors with ``say()`` (``kitemark_app/sentences.py``), so the
GUI can show them in the language it is shown in; a raise with a plain or f-string message there escapes
translation. The council's side (verify/, register/, the assessor's and council's services) and the CLI's own
commands stay in English.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "kitemark_app"
#: Packages and modules a charity's GUI reaches.
CHARITY_SIDE = ("core", "evidence", "pack", "services", "publication", "review", "db/session.py")
COUNCIL_SIDE = (
    "services/assessor.py", "services/council.py", "pack/key_change.py", "core/framework.py",
    "core/framework_schema.py", "db/migrations", "review/write.py",
)  # fmt: skip
#: Errors that mean a bug, never shown to a user as a sentence (an OSError raised in the code is caught and said
#: by its caller, as the operating system's are).
PROGRAMMING_ERRORS = {
    "ValueError", "TypeError", "KeyError", "AssertionError", "RuntimeError", "NotImplementedError", "IndexError",
    "AttributeError", "LookupError", "OSError",
}  # fmt: skip


def _charity_side_files() -> list[Path]:
    found = []
    for part in CHARITY_SIDE:
        path = ROOT / part
        files = [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))
        found += [f for f in files if not any(f.relative_to(ROOT).as_posix().startswith(c) for c in COUNCIL_SIDE)]
    return found


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def plain_messages(source: str) -> list[int]:
    """The lines of ``source`` that raise a user's error with a message that is a literal or an f-string."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
            continue
        if _name(node.exc.func) in PROGRAMMING_ERRORS:
            continue
        if isinstance(node.exc.args[0], ast.JoinedStr | ast.Constant):
            lines.append(node.lineno)
    return lines


def test_the_check_finds_a_plain_message_and_passes_a_said_one() -> None:
    assert plain_messages('raise EvidenceError(f"{name} is empty.")\nraise KitemarkError("No.")') == [1, 2]
    assert plain_messages('raise EvidenceError(say("{name} is empty.", name=name))') == []
    assert plain_messages('raise ValueError(f"bad {x!r}")') == []  # a bug, not a sentence for a user


@pytest.mark.parametrize("path", _charity_side_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_error_a_charity_can_meet_is_said_for_translation(path: Path) -> None:
    assert plain_messages(path.read_text(encoding="utf-8")) == [], f"use say() for these messages in {path.name}"
