"""Polite HTTP fetching for feeds and the pages they link to.

Polite means: a ``User-Agent`` that names khabar, a timeout on every request, a size cap, and a pause
between two requests to the same host (``delay_s``). Only ``http`` and ``https`` URLs are fetched.
Every failure is a :class:`~khabar.corpus.errors.FetchError` that names the URL and says why.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from khabar import __version__
from khabar.corpus.errors import FetchError

USER_AGENT = f"khabar/{__version__} (Urdu news corpus builder; +https://pypi.org/project/khabar/)"
DEFAULT_TIMEOUT_S = 15.0
DEFAULT_DELAY_S = 1.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """The body of a fetched URL, the final URL after redirects, and the declared content type."""

    url: str
    body: bytes
    content_type: str


@dataclass(slots=True)
class Fetcher:
    """Fetches URLs politely; one instance remembers when it last asked each host."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    delay_s: float = DEFAULT_DELAY_S
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = USER_AGENT
    _last: dict[str, float] = field(default_factory=dict, repr=False)

    def fetch(self, url: str) -> Fetched:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"{url}: not an http(s) URL; give a feed or page address starting with "
                             "http:// or https://")
        host = parts.netloc.lower()
        wait = self._last.get(host, -1e9) + self.delay_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent,
                                                       "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as resp:
                body = resp.read(self.max_bytes + 1)
                final = resp.geturl()
                ctype = resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            raise FetchError(f"{url}: the server answered HTTP {exc.code} {exc.reason}; check the URL "
                             "or try again later") from None
        except TimeoutError:
            raise FetchError(f"{url}: no answer within {self.timeout_s:g} s (timed out); the site may be "
                             "slow or down: try again later or raise the timeout") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise FetchError(f"{url}: no answer within {self.timeout_s:g} s (timed out); the site "
                                 "may be slow or down: try again later or raise the timeout") from None
            raise FetchError(f"{url}: cannot connect ({reason}); check the address and the network") \
                from None
        except OSError as exc:
            raise FetchError(f"{url}: the connection failed ({exc}); try again later") from None
        finally:
            self._last[host] = time.monotonic()
        if len(body) > self.max_bytes:
            raise FetchError(f"{url}: the response is larger than {self.max_bytes:,} bytes; not a news "
                             "page or feed?")
        return Fetched(final, body, ctype)
