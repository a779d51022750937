"""``kitemark evidence redact`` and ``kitemark evidence list``: the same operations as the marking dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.evidence.redaction import Area
from kitemark_app.services import redaction_ops
from kitemark_app.services.workspace import Workspace
from tests.integration.test_redaction_export import make_certificate
from tests.safety import new_workspace


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    new_workspace(root).close()
    make_certificate(tmp_path / "dbs.pdf")
    assert main(["--data-dir", str(root), "evidence", "add", str(tmp_path / "dbs.pdf"), "--criterion", "SAF-01"]) == 0
    return root


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), "evidence", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_boxes_and_pages_are_saved_and_shown(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, root, "redact", "1", "--box", "0.1,0.2,0.6,0.25", "--box", "3:0,0,0.5,0.5",
                       "--omit-page", "2")  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == (
        "Hidden in the pack's copy of 'dbs': 2 areas hidden by the organisation; page 2 left out by the organisation."
    )
    with Workspace.open(root) as workspace:
        hidden = redaction_ops.load(workspace, 1).redactions
    assert hidden.areas == (Area(1, 0.1, 0.2, 0.6, 0.25), Area(3, 0, 0, 0.5, 0.5))
    assert hidden.omitted_pages == {2}
    code, out, _ = run(capsys, root, "redact", "1", "--page", "2", "--box", "0,0,1,0.1", "--json")
    shown = json.loads(out)
    assert shown["areas"][-1] == {"page": 2, "box": [0.0, 0.0, 1.0, 0.1]} and shown["omitted_pages"] == [2]
    code, out, _ = run(capsys, root, "list", "--json")
    assert json.loads(out)[0]["hidden"][0] == "3 areas hidden by the organisation"
    code, out, _ = run(capsys, root, "redact", "1", "--clear")
    assert (code, out) == (0, "Nothing is hidden in 'dbs': the pack sends all of it.\n")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--box", "1,2"], 2, "'1,2' is not a box; give its corners as fractions of the page"),
        (["--box", "0.5,0,0.2,1"], 1, "an area's second corner must be right of and below its first."),
        (["--box", "0,0,2,1"], 1, "an area's corners must be between 0 and 1"),
        (["--omit-page", "4"], 1, "the file has 3 pages, so page 4 cannot be used."),
        (["--omit-page", "1", "--omit-page", "2", "--omit-page", "3"], 1, "every page would be left out"),
    ],
)
def test_bad_input_is_one_sentence_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], root: Path, args: list[str], code: int, message: str
) -> None:
    capsys.readouterr()
    got, _, err = run(capsys, root, "redact", "1", *args)
    assert got == code and message in err and len(err.strip().splitlines()) == 1, err
    with Workspace.open(root) as workspace:
        assert redaction_ops.load(workspace, 1).redactions.empty


def test_an_unknown_item_is_named(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    capsys.readouterr()
    code, _, err = run(capsys, root, "redact", "42", "--omit-page", "1")
    assert code == 1 and err.strip() == "kitemark: That evidence item no longer exists."
