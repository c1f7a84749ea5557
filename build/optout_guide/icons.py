"""The toolbar icon, drawn in code (no image library): a shield with a tick.

The PNGs are source assets in extension/icons/; redraw them after changing this file with
`python -m optout_guide.icons extension/icons`."""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

SIZES = (16, 32, 48, 128)
_SHIELD = (37, 99, 235)
_TICK = (255, 255, 255)


def _inside_shield(x: float, y: float) -> bool:
    # Unit square coordinates; flat top, sides curving into a point at the bottom.
    if not (0.12 <= x <= 0.88 and 0.08 <= y <= 0.94):
        return False
    if y < 0.5:
        return True
    half_width = 0.38 * (1 - ((y - 0.5) / 0.44) ** 1.6)
    return abs(x - 0.5) <= half_width


def _on_tick(x: float, y: float) -> bool:
    def near(ax, ay, bx, by, width=0.075):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= width * width
    return near(0.32, 0.50, 0.46, 0.64) or near(0.46, 0.64, 0.70, 0.36)


def _pixel(size: int, px: int, py: int) -> tuple[int, int, int, int]:
    # 4x4 supersampling for smooth edges.
    cover = tick = 0
    for sy in range(4):
        for sx in range(4):
            x, y = (px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size
            if _inside_shield(x, y):
                cover += 1
                tick += _on_tick(x, y)
    if not cover:
        return (0, 0, 0, 0)
    f = tick / cover
    rgb = tuple(round(s * (1 - f) + t * f) for s, t in zip(_SHIELD, _TICK))
    return (*rgb, round(255 * cover / 16))


@lru_cache(maxsize=None)
def png(size: int) -> bytes:
    rows = b"".join(
        b"\x00" + b"".join(bytes(_pixel(size, x, y)) for x in range(size)) for y in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    import sys
    from pathlib import Path

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "extension/icons")
    folder.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (folder / f"icon-{size}.png").write_bytes(png(size))
