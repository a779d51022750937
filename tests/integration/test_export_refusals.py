"""Export says no while a blocker is left (services/export.py): one criterion blocker or one profile blocker, made
alone in the otherwise ready demo workspace, stops the export, is named, and leaves no pack behind."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.core.profile import LegalForm
from kitemark_app.core.status import ResponseStatus
from kitemark_app.errors import NotReadyError
from kitemark_app.services import export as export_service
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import export_pack
from kitemark_app.services.workspace import Workspace


@pytest.fixture(scope="module")
def ready_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ready") / "data"
    create_demo(root)
    export_service.ensure_signing_key(root, DEMO_PASSPHRASE)
    return root


@pytest.fixture
def demo(ready_demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(ready_demo, copy)
    return copy


def first_mandatory(workspace: Workspace) -> str:
    with workspace.session() as session:
        return next(item.id for item in workspace.applicable(session) if item.mandatory)


def title_of(root: Path, cid: str) -> str:
    """The criterion's title, read from the bundled framework file itself (not through the readiness code)."""
    import yaml

    from kitemark_app.paths import default_framework_text

    data = yaml.safe_load(default_framework_text())
    return next(c["title"] for area in data["areas"] for c in area["criteria"] if c["id"] == cid)


def change_profile(root: Path, **changes: object) -> None:
    with Workspace.open(root) as workspace:
        workspace.update_organisation(dataclasses.replace(workspace.organisation_details(), **changes))


def alone(message: str) -> str:
    return f"The pack cannot be exported yet: 1 problem must be fixed first ({message})."


def refused(root: Path, out: Path) -> NotReadyError:
    with pytest.raises(NotReadyError) as caught:
        export_pack(root, out / "pack.pdf", DEMO_PASSPHRASE)
    assert list(out.iterdir()) == []  # no pack, no temporary file
    return caught.value


def test_the_demo_is_ready_to_export(demo: Path, tmp_path: Path) -> None:
    # The control: untouched, the same workspace exports, so each refusal below is its one change's.
    result = export_pack(demo, tmp_path / "pack.pdf", DEMO_PASSPHRASE)
    assert result.pack.is_file()


@pytest.mark.parametrize("reason", ["", "   ", "\t\n"])
def test_a_mandatory_criterion_not_applicable_without_a_reason_blocks(demo: Path, tmp_path: Path, reason: str) -> None:
    with Workspace.open(demo) as workspace:
        cid = first_mandatory(workspace)
        workspace.save_answer(cid, status=ResponseStatus.NOT_APPLICABLE, na_reason=reason)
    out = tmp_path / "out"
    out.mkdir()
    error = refused(demo, out)
    assert str(error) == alone(f"{cid} {title_of(demo, cid)} — not applicable, but no reason given")


def test_an_unanswered_mandatory_criterion_blocks(demo: Path, tmp_path: Path) -> None:
    with Workspace.open(demo) as workspace:
        cid = first_mandatory(workspace)
        workspace.save_answer(cid, status=ResponseStatus.NOT_STARTED)
    out = tmp_path / "out"
    out.mkdir()
    assert str(refused(demo, out)) == alone(f"{cid} {title_of(demo, cid)} — mandatory, not answered yet")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"contact_email": ""}, "The profile has no contact email"),
        ({"address": "   "}, "The profile has no address"),
        ({"legal_form": LegalForm.CIO, "charity_number": ""}, "A CIO must give its charity number"),
    ],
)
def test_a_profile_blocker_stops_the_export(demo: Path, tmp_path: Path, changes: dict, message: str) -> None:
    change_profile(demo, **changes)
    out = tmp_path / "out"
    out.mkdir()
    assert str(refused(demo, out)) == alone(message)


@pytest.mark.parametrize("legal_form", [LegalForm.CIC, LegalForm.CHARITABLE_COMPANY])
def test_a_company_without_its_number_cannot_export(demo: Path, tmp_path: Path, legal_form: LegalForm) -> None:
    # Becoming a company also brings the company-only criteria (unanswered in the demo); the number comes first.
    change_profile(demo, legal_form=legal_form, company_number="")
    out = tmp_path / "out"
    out.mkdir()
    assert re.match(
        r"The pack cannot be exported yet: \d+ problems must be fixed first "
        r"\(A company must give its Companies House number; ",
        str(refused(demo, out)),
    )


def test_the_cli_exits_1_and_names_the_blocker(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    change_profile(demo, legal_form=LegalForm.CHARITABLE_COMPANY, company_number="")
    monkeypatch.setenv("KITEMARK_PASSPHRASE", DEMO_PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    assert main(["--data-dir", str(demo), "export", "--out", str(out / "pack.pdf")]) == 1
    assert capsys.readouterr().err.startswith(
        "kitemark: The pack cannot be exported yet: 2 problems must be fixed first "
        "(A company must give its Companies House number; "
    )
    assert list(out.iterdir()) == []
