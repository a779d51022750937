"""reportlab's C accelerators (the ``rl_accel`` dependency) are what builds the packs' documents (issue 18): its
pure-Python fallbacks for number formatting and ASCII85 cost about a fifth of a demo pack's document build."""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_formats_numbers_and_ascii85_in_c() -> None:
    for name in ("fp_str", "asciiBase85Encode", "escapePDF", "calcChecksum"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", f"reportlab's {name} is its pure-Python fallback"
