"""The council publishes a signed framework; a charity installs it only under the council key it confirmed, which is
then the one key its reviews must come from."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.errors import KitemarkError
from kitemark_app.pack import keys
from kitemark_app.paths import resource
from kitemark_app.services import framework_files
from kitemark_app.services.workspace import Workspace

COUNCIL_PASSPHRASE = "test council passphrase (not secret)"
BUNDLED = resource("frameworks", "borough-vco-kitemark.yaml")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, framework_files.PublishResult]:
    base = tmp_path_factory.mktemp("framework-files")
    source = base / "framework.yaml"
    source.write_text(BUNDLED.read_text(encoding="utf-8"), encoding="utf-8")
    result = framework_files.publish_framework(base / "council", source, base / "framework.pdf", COUNCIL_PASSPHRASE)
    return base, result


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _installed(root: Path) -> tuple[str, str] | None:
    with Workspace.open(root) as workspace:
        return framework_files.installed_framework(workspace)


def test_independent_tools_accept_the_published_framework(
    published: tuple[Path, framework_files.PublishResult],
) -> None:
    _base, result = published
    assert result.key_created
    report = subprocess.run(["pdfsig", str(result.path)], capture_output=True, text=True, check=False).stdout
    assert "Signature Field Name: KitemarkFramework" in report
    assert "Signature is Valid." in report and "Total document signed" in report
    check = subprocess.run(["qpdf", "--check", str(result.path)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    listed = subprocess.run(
        ["qpdf", "--list-attachments", str(result.path)], capture_output=True, text=True, check=True
    )
    assert listed.stdout.split()[0] == "framework.yaml"
    booklet = subprocess.run(["pdftotext", str(result.path), "-"], capture_output=True, text=True, check=True).stdout
    assert "GOV-01 A signed, adopted governing document" in booklet
    assert keys.grouped_fingerprint(result.council_fingerprint) in " ".join(booklet.split())


def test_the_first_install_waits_for_the_council_key_to_be_confirmed(
    published: tuple[Path, framework_files.PublishResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _base, result = published
    charity = str(tmp_path / "charity")
    code, out, err = _cli(capsys, "--data-dir", charity, "framework", "install", str(result.path))
    assert code == 3 and out == ""
    assert keys.grouped_fingerprint(result.council_fingerprint) in err and err.count("\n") == 1
    assert _installed(tmp_path / "charity") is None  # nothing installed

    code, _out, err = _cli(capsys, "--data-dir", charity, "framework", "install", str(result.path),
                           "--confirm-council-key", "ab" * 32)  # fmt: skip
    assert code == 1 and "is not the key that signed" in err
    assert _installed(tmp_path / "charity") is None

    spaced = keys.grouped_fingerprint(result.council_fingerprint).upper()  # as read from a letter
    code, out, _ = _cli(capsys, "--data-dir", charity, "framework", "install", str(result.path),
                        "--confirm-council-key", spaced, "--json")  # fmt: skip
    installed = json.loads(out)
    assert code == 0 and installed["unsigned"] is False
    assert installed["framework"] == {"id": "borough-vco-kitemark", "version": "2026.1",
                                      "title": "Riverside Voluntary Sector Kitemark"}  # fmt: skip
    assert _installed(tmp_path / "charity") == (BUNDLED.read_text(encoding="utf-8"), result.council_fingerprint)
    # From now on the same key needs no confirmation.
    assert _cli(capsys, "--data-dir", charity, "framework", "install", str(result.path))[0] == 0


def test_a_framework_altered_after_signing_is_refused(
    published: tuple[Path, framework_files.PublishResult], tmp_path: Path
) -> None:
    _base, result = published
    data = bytearray(result.path.read_bytes())
    data[len(data) // 3] ^= 0x01  # one bit inside the signed range (the booklet's pages)
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    with pytest.raises(KitemarkError, match=r"^'altered.pdf' is not an intact council-signed framework") as refused:
        framework_files.install_framework(tmp_path / "charity", altered, confirm_council_key=result.council_fingerprint)
    assert "\n" not in str(refused.value)
    assert _installed(tmp_path / "charity") is None


def test_a_framework_from_another_key_is_refused_once_a_council_key_is_confirmed(
    published: tuple[Path, framework_files.PublishResult], tmp_path: Path
) -> None:
    base, result = published
    charity = tmp_path / "charity"
    framework_files.install_framework(charity, result.path, confirm_council_key=result.council_fingerprint)
    source = base / "framework.yaml"
    other = framework_files.publish_framework(tmp_path / "impostor", source, tmp_path / "other.pdf", "impostor (test)")
    assert other.council_fingerprint != result.council_fingerprint
    with pytest.raises(KitemarkError, match="signed with a different council key"):
        framework_files.install_framework(charity, other.path)
    with pytest.raises(KitemarkError, match="signed with a different council key"):
        framework_files.install_framework(charity, other.path, confirm_council_key=other.council_fingerprint)
    assert _installed(charity) == (source.read_text(encoding="utf-8"), result.council_fingerprint)


def test_a_yaml_file_installs_as_an_unsigned_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.yaml"
    draft.write_text(BUNDLED.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = _cli(capsys, "--data-dir", str(tmp_path / "charity"), "framework", "install", str(draft))
    assert code == 0 and "unsigned draft" in out
    assert _installed(tmp_path / "charity") == (draft.read_text(encoding="utf-8"), "")


def test_publishing_refuses_an_invalid_framework_and_writes_nothing(tmp_path: Path) -> None:
    from kitemark_app.core.framework import FrameworkError

    broken = tmp_path / "broken.yaml"
    broken.write_text(BUNDLED.read_text(encoding="utf-8").replace("level: Foundation", "level: Gold", 1))
    with pytest.raises(FrameworkError, match="unknown level 'Gold'"):
        framework_files.publish_framework(tmp_path / "council", broken, tmp_path / "out.pdf", COUNCIL_PASSPHRASE)
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("organisation", ["Riverside", "R" * 63, "The Bethnal Green and Spitalfields Bangladeshi "
                                          "Women's and Families' Association"])  # fmt: skip
def test_the_root_and_signing_certificates_keep_distinct_names_whatever_the_length(organisation: str) -> None:
    signing, _root_key = keys.create_signing_key(organisation)
    root_name = signing.root.subject
    signing_name = signing.certificate.subject
    assert root_name != signing_name
    assert signing.certificate.issuer == root_name
    common = next(attribute.value for attribute in root_name if attribute.oid.dotted_string == "2.5.4.3")
    assert len(common) <= 64 and str(common).endswith("Kitemark root")


@pytest.mark.slow
def test_a_review_from_another_key_than_the_installed_frameworks_council_is_refused(
    published: tuple[Path, framework_files.PublishResult], tmp_path: Path
) -> None:
    """One anchor: installing the council's framework confirms its key, and a review signed by any other key (here
    an assessor who made their own) is not imported without the charity's explicit yes."""
    from kitemark_app.services import assessor
    from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import export_pack
    from kitemark_app.services.review_import import AssessorKeyChanged, import_review

    _base, result = published
    vco, desk = tmp_path / "vco", tmp_path / "desk"
    create_demo(vco)
    framework_files.install_framework(vco, result.path, confirm_council_key=result.council_fingerprint)
    pack = export_pack(vco, tmp_path / "pack.pdf", DEMO_PASSPHRASE).pack
    opened = assessor.open_received_pack(desk, pack)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    opened = assessor.open_received_pack(desk, pack)
    for criterion in opened.criteria:
        opened.draft.verdicts[criterion.criterion] = VerdictEntry("met")
    opened.draft.outcome = OutcomeEntry("awarded", "Foundation", assessor.default_valid_until(), None, "")
    assessor.save_review(desk, opened.received_pack_id, opened.draft)
    assessor.create_assessor_key(desk, "Someone Else", "Not the council", "another key (test)")
    review = assessor.export_review(desk, opened.received_pack_id, tmp_path / "review.pdf", "another key (test)")
    assert review.signer_fingerprint != result.council_fingerprint
    with pytest.raises(AssessorKeyChanged, match="different council key"):
        import_review(vco, review.path)


def test_a_new_signed_version_moves_the_self_assessment_under_the_confirmed_council_key(
    published: tuple[Path, framework_files.PublishResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The council publishes version 2026.2; the charity (on 2026.1, its council key confirmed when it installed
    version 1) sees the diff and moves, and its next pack names the council key of the framework it is on."""
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import export_pack
    from kitemark_app.verify import verify_pack

    base, first = published
    v2 = tmp_path / "v2.yaml"
    text = (base / "framework.yaml").read_text(encoding="utf-8")
    v2.write_text(text.replace('version: "2026.1"', 'version: "2026.2"\nprevious_version: "2026.1"', 1), encoding="utf-8")
    council = base / "council"  # the same council data folder (and key) that published version 1
    second = framework_files.publish_framework(council, v2, tmp_path / "v2.pdf", COUNCIL_PASSPHRASE)
    vco = tmp_path / "vco"
    create_demo(vco)
    code, _out, err = _cli(capsys, "--data-dir", str(vco), "framework", "diff", str(second.path))
    assert code == 3 and "not confirmed yet" in err  # nothing confirmed: not even a diff is believed
    framework_files.install_framework(vco, first.path, confirm_council_key=first.council_fingerprint)
    code, out, _ = _cli(capsys, "--data-dir", str(vco), "framework", "diff", str(second.path), "--json")
    assert code == 0 and json.loads(out)["new_version"] == "2026.2"
    code, out, err = _cli(capsys, "--data-dir", str(vco), "framework", "move", str(second.path), "--current")
    assert code == 0, err
    pack = export_pack(vco, tmp_path / "pack.pdf", DEMO_PASSPHRASE).pack
    manifest = json.loads(verify_pack(pack).manifest_bytes or b"{}")
    assert manifest["framework"]["version"] == "2026.2"
    assert manifest["framework"]["council_fingerprint"] == first.council_fingerprint
