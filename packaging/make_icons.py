"""Write the app icon files the builds need, from the icon the app draws at run time.

    .venv/bin/python packaging/make_icons.py

- ``resources/crmsync.png``: 256×256, for the Linux ``.desktop`` entry (and any window
  icon loaded from a file);
- ``resources/crmsync.ico``: 16 to 256 px, for the Windows ``.exe`` and the installer;
- ``resources/crmsync.icns``: 16 to 256 px (with the @2x variants), for the macOS ``.app``.

The drawing is ``crmsync_gui.ui.icons.app_icon()`` (a blue disc with two arrows), made at
16, 32, 64, 128 and 256 px; 24 and 48 px are scaled down from the next size up. The ICO
and ICNS containers are written here, each entry a PNG (Windows Vista+ and macOS 10.7+
read PNG entries), so no Pillow or extra Qt image plugin is needed and the output is the
same bytes on every run. Rerun it when the drawing changes and commit the three files.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not

from crmsync_gui.ui.icons import app_icon  # noqa: E402

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data: (type, pixels). The drawing stops at 256 px, so there
# is no 512 or 1024 entry (macOS scales 256 up for the largest Finder views).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256))


def png_bytes(icon: QIcon, size: int) -> bytes:
    image = icon.pixmap(QSize(size, size)).toImage()
    if image.width() != size:  # a high-DPI pixmap: bring it to the exact pixel size
        image = image.scaled(size, size)
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"cannot encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG data (width/height 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in images.items():
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32,
                                   len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(entries: list[tuple[bytes, bytes]]) -> bytes:
    """'icns' + total length, then per entry its type, its length (8 + data) and data."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    icon = app_icon()
    out = ROOT / "resources"
    pngs = {size: png_bytes(icon, size) for size in sorted({*ICO_SIZES, 256})}
    (out / "crmsync.png").write_bytes(pngs[256])
    (out / "crmsync.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (out / "crmsync.icns").write_bytes(icns_bytes([(kind, pngs[size])
                                                   for kind, size in ICNS_TYPES]))
    for name in ("crmsync.png", "crmsync.ico", "crmsync.icns"):
        print(f"{out / name}: {(out / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
