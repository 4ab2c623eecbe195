"""Writing export files: atomically (a partly written file never replaces a good one) and readable
by their owner only, since they hold health data."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

PRIVATE_MODE = 0o600


def check_target(path) -> Path:
    """path as a Path; OSError naming it when it is a folder or its folder does not exist."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise IsADirectoryError(21, "Is a folder, not a file name", str(target))
    if not folder.is_dir():
        raise FileNotFoundError(2, "The folder does not exist", str(folder))
    return target


def write_private(path, data: bytes | str, encoding: str = "utf-8") -> Path:
    """Write data to path in one step (temporary file, fsync, rename) with mode 0600."""
    target = check_target(path)
    if isinstance(data, str):
        data = data.encode(encoding)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, PRIVATE_MODE)
        os.replace(temp_name, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    return target


@contextmanager
def open_private(path, encoding: str = "utf-8", newline: str | None = None) -> Iterator[TextIO]:
    """A text handle for writing path bit by bit (a streamed export), with write_private's promises:
    the text goes to a temporary file (mode 0600) that replaces path only when the block ends
    without an error (after fsync); on an error the temporary file is removed and path is untouched."""
    target = check_target(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(temp_name, PRIVATE_MODE)
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise


def safe_name(text: str, fallback: str = "patient") -> str:
    """text usable in a file name on every system (letters, digits, . _ -)."""
    import re
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", text or "").strip("._") or fallback
    return cleaned[:60]
