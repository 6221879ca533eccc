"""khabar (خبر): Urdu news from raw text to structured, searchable knowledge."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from khabar.pipeline import Pipeline


def load(name: str = "default", **overrides: Any) -> Pipeline:
    """The pipeline ``name`` from the package's own resources (nothing is downloaded)."""
    from khabar.loading import load as _load

    return _load(name, **overrides)


__all__ = ["__version__", "load"]
