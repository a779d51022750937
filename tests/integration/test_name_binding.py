"""Names bound to keys: the verdict carries the registered name of the root that signed; a registered root
signing a pack that names anyone else is rejected; a lookalike name is flagged as impersonation at verification
and refused at registration; hidden characters in a name are refused wherever a name comes in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kitemark_app.errors import KitemarkError
from kitemark_app.register.store import open_register
from kitemark_app.services.setup import start_self_assessment
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify import verify_pack
from kitemark_app.verify.register import RegisterConflict, TrustRegister
from tests import packs
from tests.profiles import ORGANISATION

A = "Riverside Community Hub"  # registered with packs.default_keys()
B = "Hillside Youth Trust"  # registered with packs.other_keys()


@pytest.fixture
def register(data_dir: Path) -> Iterator[TrustRegister]:
    with open_register(data_dir) as opened:
        trust = TrustRegister(opened.sessions)
        trust.register_organisation(A, packs.default_keys().fingerprint)
        trust.register_organisation(B, packs.other_keys().fingerprint)
        yield trust


def _pack(tmp_path: Path, organisation: str, keys: packs.OrgKeys | None = None) -> Path:
    def rename(manifest: dict[str, Any]) -> None:
        manifest["organisation"]["name"] = organisation

    keys = keys or packs.default_keys()
    return packs.build_pack(tmp_path / "pack.pdf", packs.PackOptions(keys=keys, edit_manifest=rename))


def test_a_pack_naming_its_registered_organisation_is_valid_under_the_registered_name(
    register: TrustRegister, tmp_path: Path
) -> None:
    verdict = verify_pack(_pack(tmp_path, "riverside  COMMUNITY hub"), register=register)
    assert verdict.verdict == "valid", verdict.reasons
    assert verdict.organisation == A  # the register's name, not the manifest's spelling


def test_a_registered_root_signing_for_another_registered_organisation_is_rejected(
    register: TrustRegister, tmp_path: Path
) -> None:
    verdict = verify_pack(_pack(tmp_path, B), register=register)  # A's key, B's name
    assert verdict.verdict == "rejected"
    (reason,) = verdict.reasons
    assert f"registered to '{A}'" in reason and f"names '{B}'" in reason


@pytest.mark.parametrize("named", ["Riverside Community Hub Ltd", "Riversidе Community Hub", "Someone New"])
def test_a_registered_root_naming_anything_but_its_registered_name_is_rejected(
    register: TrustRegister, tmp_path: Path, named: str
) -> None:
    verdict = verify_pack(_pack(tmp_path, named), register=register)
    assert verdict.verdict == "rejected" and f"registered to '{A}'" in verdict.reasons[0]


@pytest.mark.parametrize(
    "lookalike",
    ["Riversidе Community Hub", "River\u200bside Community Hub", "Riverside Community Hub\u00a0", "Rіverside Community Hub"],
)
def test_an_unknown_root_with_a_lookalike_of_a_registered_name_is_a_loud_warning(
    data_dir: Path, tmp_path: Path, lookalike: str
) -> None:
    with open_register(data_dir) as opened:
        trust = TrustRegister(opened.sessions)
        trust.register_organisation(A, packs.default_keys().fingerprint)
        stranger = packs.make_org_keys("Stranger (test key)")
        verdict = verify_pack(_pack(tmp_path, lookalike, stranger), register=trust)
    if "\u200b" in lookalike or "\u00a0" in lookalike:  # hidden characters: refused before any name is compared
        assert verdict.verdict == "rejected" and "cannot be seen" in verdict.reasons[0]
        return
    assert verdict.verdict == "unregistered"
    assert verdict.warning is not None and "WARNING" in verdict.warning and f"'{A}'" in verdict.warning


def test_an_unknown_root_with_an_unrelated_name_is_only_unregistered(register: TrustRegister, tmp_path: Path) -> None:
    verdict = verify_pack(_pack(tmp_path, "Eastside Lunch Club", packs.make_org_keys("Eastside (test key)")),
                          register=register)  # fmt: skip
    assert verdict.verdict == "unregistered" and verdict.warning is None


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\u2066", "\ufeff", "\u00ad"])
def test_a_manifest_name_with_hidden_characters_is_rejected(tmp_path: Path, hidden: str) -> None:
    keys = packs.default_keys()
    verdict = verify_pack(_pack(tmp_path, f"Riverside{hidden} Community Hub", keys), {keys.fingerprint})
    assert verdict.verdict == "rejected"
    assert any("cannot be seen" in reason for reason in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("lookalike", ["Riversidе Community Hub", "RIVERSlDE COMMUNITY HUB", "Riverside Cоmmunity Hub"])
def test_registering_a_lookalike_of_a_registered_name_is_refused(register: TrustRegister, lookalike: str) -> None:
    stranger = packs.make_org_keys("Stranger (test key)").fingerprint
    with pytest.raises(RegisterConflict, match=f"looks like '{A}'"):
        register.register_organisation(lookalike, stranger)
    with pytest.raises(RegisterConflict, match=f"looks like '{A}'"):
        register.register_organisation(lookalike, stranger, replace=True)  # replacing a root is not renaming
    assert register.by_fingerprint(stranger) is None


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\u00a0"])
def test_registering_a_name_with_hidden_characters_is_refused(register: TrustRegister, hidden: str) -> None:
    stranger = packs.make_org_keys("Stranger (test key)").fingerprint
    with pytest.raises(KitemarkError, match="cannot be seen"):
        register.register_organisation(f"Eastside{hidden}Lunch Club", stranger)


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\u2069"])
def test_setting_up_with_hidden_characters_in_the_name_is_refused(data_dir: Path, hidden: str) -> None:
    from dataclasses import replace

    from kitemark_app.paths import default_framework_text

    details = replace(ORGANISATION, name=f"Riverside{hidden} Community Hub")
    with Workspace.open(data_dir) as workspace:
        with pytest.raises(KitemarkError, match="cannot be seen"):
            start_self_assessment(workspace, details, default_framework_text(), "Foundation")
        assert not workspace.has_organisation()
