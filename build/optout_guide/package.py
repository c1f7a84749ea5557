"""Output handling: build into a staging directory, swap it in only on success, zip deterministically."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Iterator

_EPOCH = (1980, 1, 1, 0, 0, 0)


@contextlib.contextmanager
def staged_output(out: Path) -> Iterator[Path]:
    """Yield an empty staging directory beside `out`; replace `out` with it only if the block succeeds."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    staging.chmod(0o755)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(out, old / "previous")
    os.replace(staging, out)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def deterministic_zip(source: Path, target: Path) -> None:
    """Zip `source`'s files with sorted names, fixed timestamps and modes: same input, same bytes."""
    files = sorted(p for p in source.rglob("*") if p.is_file())
    with zipfile.ZipFile(target, "w") as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(source).as_posix(), date_time=_EPOCH)
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes(), compresslevel=9)
