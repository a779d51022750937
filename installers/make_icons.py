"""Render the application icon from ``kitemark_app/resources/icons/kitemark.svg`` into PNGs, a Windows .ico and a
macOS .icns beside it (all package data, so the wheel, the sdist and the installers share one folder).

Run after changing the SVG: ``.venv/bin/python installers/make_icons.py``. The outputs are committed, so building
an installer never needs this step. Qt (QtSvg) draws each size from the vector, so small sizes stay crisp; Pillow
packs them into the .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "kitemark_app" / "resources" / "icons"
SOURCE = ICONS / "kitemark.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    rendered = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        (ICONS / f"kitemark-{size}.png").write_bytes(rendered[size])
    images = {size: Image.open(io.BytesIO(data)) for size, data in rendered.items()}

    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ICONS / "kitemark.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(ICONS / "kitemark.icns", append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    print(f"wrote {len(PNG_SIZES)} PNGs, kitemark.ico and kitemark.icns into {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
