"""Word frequencies for Urdu, from the ``wordfreq`` package's Urdu list (its data ships inside the
package: nothing is downloaded). Loaded on first use, never at import."""

from __future__ import annotations

import math
from functools import lru_cache


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ur")


def zipf(word: str) -> float:
    """Zipf frequency of ``word`` (log10 per billion words; 0.0 when unknown). فرمایا ≈ 5.4."""
    f = _frequencies().get(word)
    if not f:
        return 0.0
    return round(math.log10(f) + 9.0, 2)


def known(word: str) -> bool:
    return word in _frequencies()


def vocabulary() -> dict[str, float]:
    """The whole list: word -> frequency (a proportion)."""
    return _frequencies()
