"""The web adapter: a REST API and server-rendered pages over the library and the corpus.

``create_app(settings)`` (:mod:`khabar.web.app`) builds the FastAPI application; ``python -m
khabar.web`` (what ``khabar serve`` starts) serves it with uvicorn. FastAPI, Starlette and uvicorn are
imported only inside this package, and nothing is imported here at package import.
"""
