"""The bundled framework is also shipped as the demo council published it: a signed booklet that installs."""

from __future__ import annotations

from importlib.resources import as_file
from pathlib import Path

from kitemark_app.paths import resource
from kitemark_app.publication.read import verify_framework_file
from kitemark_app.services import framework_files
from kitemark_app.services.workspace import Workspace


def test_the_bundled_pdf_is_the_bundled_yaml_signed_by_a_clearly_marked_demo_council(tmp_path: Path) -> None:
    with as_file(resource("frameworks", "borough-vco-kitemark.pdf")) as pdf:
        verified = verify_framework_file(pdf)
        assert verified.source == resource("frameworks", "borough-vco-kitemark.yaml").read_text(encoding="utf-8"), (
            "the bundled YAML changed: run scripts/publish_demo_framework.py"
        )
        assert verified.signer_subject is not None and "demo council (not a real council)" in verified.signer_subject
        result = framework_files.install_framework(
            tmp_path / "charity", pdf, confirm_council_key=verified.signer_fingerprint
        )
    assert not result.unsigned
    with Workspace.open(tmp_path / "charity") as workspace:
        installed = framework_files.installed_framework(workspace)
    assert installed == (verified.source, verified.signer_fingerprint)
