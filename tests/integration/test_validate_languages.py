"""``kitemark framework validate`` says, for each language a framework is translated into, that it is complete or
which fields are shown in English; ``--require-language`` makes those errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli import run
from tests.unit.test_framework_translations import gov02, text, translated


def _file(tmp_path: Path, change: object = None) -> Path:
    path = tmp_path / "framework.yaml"
    path.write_text(text(translated(change)), encoding="utf-8")
    return path


def test_a_complete_translation_is_said_to_be_complete(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "framework", "validate", str(_file(tmp_path)))
    assert code == 0
    assert out.splitlines()[1:] == ["Bengali (bn): complete"]
    code, out, _ = run(capsys, "framework", "validate", str(_file(tmp_path)), "--json", "--require-language", "bn")
    assert code == 0
    assert json.loads(out)["languages"] == [{"code": "bn", "name": "Bengali", "complete": True, "falls_back": []}]


def test_a_missing_guidance_is_a_warning_naming_exactly_that_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _file(tmp_path, lambda d: gov02(d)["translations"]["bn"].pop("guidance"))
    code, out, err = run(capsys, "framework", "validate", str(path))
    assert code == 0 and err == ""
    assert out.splitlines()[1:] == [
        "Bengali (bn): 1 field shown in English (no Bengali):",
        "  areas[0].criteria[1].translations.bn.guidance (GOV-02)",
    ]
    code, out, _ = run(capsys, "framework", "validate", str(path), "--json")
    result = json.loads(out)
    assert result["ok"] is True and result["errors"] == []
    assert result["languages"][0]["falls_back"] == [
        {"path": "areas[0].criteria[1].translations.bn.guidance", "criterion": "GOV-02"}
    ]


def test_require_language_makes_a_missing_field_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _file(tmp_path, lambda d: gov02(d)["translations"]["bn"].pop("guidance"))
    code, out, err = run(capsys, "framework", "validate", str(path), "--require-language", "bn")
    assert code == 1
    assert err.splitlines() == [
        f"{path}: not a valid framework (1 problem):",
        "  areas[0].criteria[1].translations.bn.guidance: no Bengali words for GOV-02 "
        "(every field must be translated: --require-language bn)",
    ]
    code, out, _ = run(capsys, "framework", "validate", str(path), "--json", "--require-language", "bn")
    assert code == 1 and json.loads(out)["ok"] is False


def test_a_file_without_translations_says_nothing_of_languages_unless_one_is_required(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.unit.test_framework_loader import GOOD

    path = tmp_path / "plain.yaml"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "framework", "validate", str(path))
    assert code == 0 and len(out.splitlines()) == 1
    code, out, err = run(capsys, "framework", "validate", str(path), "--require-language", "bn")
    assert code == 1 and "15 problems" in err


def test_an_unknown_required_language_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "framework", "validate", str(_file(tmp_path)), "--require-language", "xx")
    assert code == 2 and "unknown language 'xx'" in err
