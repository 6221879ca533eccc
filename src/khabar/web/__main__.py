"""``python -m khabar.web --db PATH [--host H] [--port P] [--pipeline NAME] [--workers N]``: serve the
web app with uvicorn (``khabar serve`` runs this); ``--workers N`` runs N server processes. Other
settings come from ``KHABAR_*`` variables (:mod:`khabar.web.settings`); the API token only from
``KHABAR_API_TOKEN``, never the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from khabar.errors import KhabarError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="khabar serve", description=__doc__)
    parser.add_argument("--db", type=Path, default=None, help="corpus database (created empty if missing)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--pipeline", default=None, help="named pipeline for analyze and ingest")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="server processes (uvicorn workers; default $KHABAR_WORKERS or 1): each has its own "
        "pipeline and read-only database connections; about one per CPU core",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    args = parser.parse_args(argv)
    from khabar.web.app import serve
    from khabar.web.settings import Settings

    overrides: dict[str, Any] = {}
    if args.db is not None:
        overrides["db"] = args.db
    if args.pipeline is not None:
        overrides["pipeline"] = args.pipeline
    if args.workers is not None:
        overrides["workers"] = args.workers
    try:
        settings = Settings.from_env(**overrides)
        serve(settings, host=args.host, port=args.port, log_level=args.log_level)
    except KhabarError as exc:
        print(f"khabar: error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
