"""Files the pages need: the stylesheet (package data), the Urdu fonts (found on the system, see
:mod:`khabar.web.fonts`) and the offline API docs (Swagger UI from the swagger-ui-bundle package).

No route joins a user's path to a folder: each serves only names from a fixed table built when the
app is created, so ``/static/../app.py`` or ``/fonts/%2e%2e%2fpasswd`` can only be 404.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, Response

from khabar.web.errors import NotFound
from khabar.web.fonts import Fonts

log = logging.getLogger("khabar.web")
_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ttf": "font/ttf",
    ".woff2": "font/woff2",
}
#: Swagger UI files the docs page loads.
DOCS_ASSETS = ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png")
CACHE = "public, max-age=86400"


def _static_files() -> dict[str, bytes]:
    folder = resources.files("khabar.web") / "static"
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.is_file() and Path(f.name).suffix in _TYPES}


def _docs_folder() -> Path | None:
    try:
        import swagger_ui_bundle  # type: ignore[import-untyped]
    except ImportError:
        return None
    folder = Path(swagger_ui_bundle.swagger_ui_path)
    return folder if all((folder / n).is_file() for n in DOCS_ASSETS) else None


def router(fonts: Fonts) -> APIRouter:
    r = APIRouter(include_in_schema=False)
    files = _static_files()
    docs = _docs_folder()
    if docs is None:
        log.warning(
            "swagger-ui-bundle is not installed: /docs is off (the OpenAPI document is at "
            "/openapi.json); pip install 'khabar[web]'"
        )

    @r.get("/static/{name}")
    def static(name: str) -> Response:
        if name not in files:
            raise NotFound(f"no static file {name!r}")
        return Response(files[name], media_type=_TYPES[Path(name).suffix], headers={"Cache-Control": CACHE})

    @r.get("/fonts.css")
    def fonts_css() -> Response:
        return Response(fonts.css(), media_type=_TYPES[".css"], headers={"Cache-Control": CACHE})

    @r.get("/fonts/{name}")
    def font(name: str) -> Response:
        path = fonts.files.get(name)
        if path is None:
            raise NotFound(f"no font {name!r} on this server")
        return FileResponse(
            path,
            media_type=_TYPES.get(path.suffix, "application/octet-stream"),
            headers={"Cache-Control": CACHE},
        )

    if docs is not None:

        @r.get("/docs")
        def api_docs() -> HTMLResponse:
            from fastapi.openapi.docs import get_swagger_ui_html

            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="khabar API",
                swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                swagger_css_url="/docs-assets/swagger-ui.css",
                swagger_favicon_url="/docs-assets/favicon-32x32.png",
            )

        @r.get("/docs-assets/{name}")
        def docs_asset(name: str) -> Response:
            if name not in DOCS_ASSETS:
                raise NotFound(f"no docs asset {name!r}")
            return FileResponse(
                docs / name, media_type=_TYPES[Path(name).suffix], headers={"Cache-Control": CACHE}
            )

    return r
