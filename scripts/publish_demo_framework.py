"""Publish the bundled framework as the demo council: kitemark_app/resources/frameworks/borough-vco-kitemark.pdf.

    .venv/bin/python scripts/publish_demo_framework.py

The signing key is made for this run in a temporary folder and thrown away (its certificate, inside the PDF, names
it "Kitemark demo council (not a real council)"): the file shows what a council's published framework looks like
and lets the install path be tried; a real council publishes its own with `kitemark framework publish`. Run it again
after changing the bundled YAML (tests/integration/test_demo_framework.py checks the two match).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

DEMO_COUNCIL = "Kitemark demo council (not a real council)"
DEMO_PASSPHRASE = "kitemark-demo-council-only"  # demo only: the key is discarded after the run


def main() -> int:
    from kitemark_app.pack import keys
    from kitemark_app.paths import resource
    from kitemark_app.services.framework_files import COUNCIL_KEYS, publish_framework

    source = Path(str(resource("frameworks", "borough-vco-kitemark.yaml")))
    out = (
        Path(__file__).resolve().parent.parent
        / "kitemark_app"
        / "resources"
        / "frameworks"
        / "borough-vco-kitemark.pdf"
    )
    with tempfile.TemporaryDirectory(prefix="kitemark-demo-council-") as folder:
        root = Path(folder)
        signing, root_key = keys.create_signing_key(DEMO_COUNCIL)
        keys.save_keys(root / "keys" / COUNCIL_KEYS, signing, DEMO_PASSPHRASE, root_key)
        result = publish_framework(root, source, out, DEMO_PASSPHRASE)
    print(f"{out} ({result.size:,} bytes), demo council key {keys.grouped_fingerprint(result.council_fingerprint)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
