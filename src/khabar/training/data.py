"""Where the training/evaluation data lives (``KHABAR_DATA``, default ``../shared/data``)."""

from __future__ import annotations

import os
from pathlib import Path

from khabar.errors import DataError

#: ``KHABAR_DATA=none``: run as a fresh clone without the data, even beside ``../shared/data`` (CI runs
#: the test command so too, to keep the README's promise that the tests pass without it).
NO_DATA = "none"


def data_dir(*, required: bool = True) -> Path | None:
    """The data folder: ``$KHABAR_DATA``, else ``../shared/data`` from the working directory or from
    the source checkout; none with ``KHABAR_DATA=none``. ``required=False`` returns None instead of
    raising when it is absent."""
    env = os.environ.get("KHABAR_DATA")
    if env == NO_DATA:
        if required:
            raise DataError("training data not used (KHABAR_DATA=none); set KHABAR_DATA to the folder that "
                            "holds ud_urdu_udtb/, wordseg/, ner/ ...")
        return None
    candidates = [Path(env)] if env else []
    candidates += [
        Path.cwd().parent / "shared" / "data",
        Path(__file__).resolve().parents[4] / "shared" / "data",
    ]
    for c in candidates:
        if c.is_dir():
            return c
    if required:
        tried = ", ".join(str(c) for c in candidates)
        raise DataError(
            f"training data not found (tried {tried}); set KHABAR_DATA to the folder that holds "
            "ud_urdu_udtb/, wordseg/, ner/ ..."
        )
    return None


def data_file(relative: str) -> Path:
    """A file under the data folder, with a clear error when it is missing."""
    base = data_dir()
    assert base is not None
    path = base / relative
    if not path.exists():
        raise DataError(f"{relative} is missing under {base}")
    return path
