"""``kitemark register …``: the same operations as the assessor window, with exit codes, on both back ends."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.services import assessor
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from kitemark_app.verify.trust import display_fingerprint
from tests import packs

PASSPHRASE = "test assessor passphrase (not secret)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


def _cli(capsys: pytest.CaptureFixture[str], desk: Path, url: str | None, *argv: str) -> tuple[int, str, str]:
    register = ["--register", url] if url else []
    code = main(["--data-dir", str(desk), *register, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_registers_only_when_the_fingerprint_matches(
    register_url: str | None, demo: packs.DemoPack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    wrong = "ab" * 32
    code, _out, err = _cli(
        capsys, desk, register_url, "register", "add", str(demo.path), "--confirm-fingerprint", wrong
    )
    assert code == 1
    assert "is not the pack's root" in err and display_fingerprint(wrong) in err and err.count("\n") == 1
    code, out, _ = _cli(capsys, desk, register_url, "register", "search", "riverside", "--json")
    assert (code, json.loads(out)) == (0, [])

    spaced = display_fingerprint(demo.fingerprint)  # as read out by phone: grouped, any case
    code, out, err = _cli(
        capsys, desk, register_url, "register", "add", str(demo.path), "--confirm-fingerprint", spaced.lower()
    )
    assert (code, err) == (0, "")
    assert f"Registered '{demo.organisation}'" in out

    code, out, _ = _cli(capsys, desk, register_url, "register", "search", "RIVERSIDE food", "--json")
    (found,) = json.loads(out)
    assert code == 0
    assert found["name"] == demo.organisation and found["root_fingerprint"] == demo.fingerprint
    assert found["packs"] == 1 and found["latest_outcome"] == "" and found["valid_until"] is None
    assert {"charity_number", "company_number"} <= found.keys()
    # verify reads the same register
    code, out, _ = _cli(capsys, desk, register_url, "verify", str(demo.path), "--json")
    assert (code, json.loads(out)["verdict"]) == (0, "valid")


def test_a_bad_fingerprint_is_a_usage_sentence(
    demo: packs.DemoPack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _cli(
        capsys, tmp_path / "desk", None, "register", "add", str(demo.path), "--confirm-fingerprint", "12"
    )
    assert code == 1 and err.startswith("kitemark: --confirm-fingerprint:") and err.count("\n") == 1


def test_queue_show_and_the_awards_export(
    register_url: str | None, demo: packs.DemoPack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    assert (
        _cli(capsys, desk, register_url, "register", "add", str(demo.path), "--confirm-fingerprint", demo.fingerprint)[
            0
        ]
        == 0
    )
    code, out, _ = _cli(capsys, desk, register_url, "register", "queue", "--filter", "unassigned", "--json")
    (row,) = json.loads(out)
    assert code == 0 and row["state"] == "received" and row["organisation"] == demo.organisation
    pack_id = row["id"]

    opened = assessor.open_received_pack(desk, demo.path, register=register_url)
    for criterion in opened.criteria:
        opened.draft.verdicts[criterion.criterion] = VerdictEntry("met")
    opened.draft.outcome = OutcomeEntry("awarded", "Foundation", assessor.default_valid_until(), None, "")
    assessor.save_review(desk, pack_id, opened.draft, register=register_url)
    assessor.create_assessor_key(desk, "Jo Assessor", "Borough Council", PASSPHRASE)
    if register_url is not None:  # a team: moderation by a second officer first (here the server's owner, a lead)
        assert _cli(capsys, desk, register_url, "register", "submit", str(pack_id))[0] == 0
        code, _out, err = _cli(capsys, desk, register_url, "register", "approve", str(pack_id))
        assert code == 1 and "second officer" in err  # the owner wrote this review: not theirs to approve
        return  # the team's path to the sent review is test_register_team.py
    assessor.export_review(desk, pack_id, tmp_path / "review.pdf", PASSPHRASE, register=register_url)

    code, out, _ = _cli(capsys, desk, register_url, "register", "show", str(pack_id), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["pack"]["state"] == "review-sent" and shown["archive_problem"] == ""
    assert [line["action"] for line in shown["history"]] == [
        "received",
        "verdict-now-valid",
        "review-saved",
        "review-sent",
    ]

    out_csv = tmp_path / "awards.csv"
    code, out, _ = _cli(capsys, desk, register_url, "register", "export", "--out", str(out_csv))
    assert code == 0 and "1 award(s)" in out
    with out_csv.open(encoding="utf-8-sig", newline="") as stream:
        (award,) = list(csv.DictReader(stream))
    assert award["organisation"] == demo.organisation and award["level"] == "Foundation"
    assert award["valid_until"] == assessor.default_valid_until().isoformat()
    assert award["root_fingerprint"] == demo.fingerprint


def test_upgrade_and_setup_sql(postgres_database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _cli(capsys, tmp_path, postgres_database_url, "register", "search", "x")
    assert code == 1 and "has not been set up yet" in err
    code, out, _ = _cli(capsys, tmp_path, postgres_database_url, "register", "upgrade")
    assert code == 0 and out.startswith("Schema 0001 is in the register")
    assert "kitemark-test-only" not in out  # never the password
    code, out, _ = _cli(capsys, tmp_path, None, "register", "setup-sql")
    assert code == 0 and "IN ROLE kitemark_assessor" in out and "CREATE DATABASE" in out


def test_use_remembers_a_register_without_its_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _cli(capsys, tmp_path, None, "register", "use", "postgresql+psycopg://jo:pw@127.0.0.1:1/k")
    assert code == 1 and "does not store passwords" in err
    assert not (tmp_path / "register-url.txt").exists()


def test_spreadsheet_formulas_in_names_are_not_run() -> None:
    from kitemark_app.core.safe_text import csv_text as _spreadsheet_safe

    assert _spreadsheet_safe('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert _spreadsheet_safe("+44 Trust") == "'+44 Trust"
    assert _spreadsheet_safe("Riverside") == "Riverside"
