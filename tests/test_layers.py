"""The layer rule of DESIGN.md: a lower layer never imports a higher one.

Two independent checks: the import-linter contract in pyproject.toml (the same one ``lint-imports``
runs in CI), and a plain AST walk over ``src/khabar/**`` that needs nothing but the standard library.
The walk sees every ``import`` statement, including those inside functions and under
``TYPE_CHECKING``, because a lazy import of a higher layer is still a dependency on it.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "khabar"

#: DESIGN.md, lowest first: errors < doc < urdu < ml < pipeline < components < loading < training
#: < corpus/scale < cli/web, with ``inputs`` (reading user bytes into a Document) placed above urdu.
#: Packages on one line share a layer and must not import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    ("doc",),
    ("urdu",),
    ("inputs",),
    ("ml",),
    ("pipeline",),
    ("components",),
    ("loading",),
    ("training",),
    ("corpus", "scale"),
    ("cli", "web"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}
#: Not layers: the package's front door (``khabar.load``), ``python -m khabar``, and data folders.
OUTSIDE_LAYERS = {"__init__", "__main__", "models", "data"}
#: Heavy or adapter-only frameworks and the only top-level package allowed to import each.
FRAMEWORKS = {"fastapi": "web", "starlette": "web", "uvicorn": "web", "typer": "cli", "click": "cli",
              "dask": "scale", "distributed": "scale"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import statement in ``source``, a module of ``package``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # ``from khabar import cli`` and ``from . import cli`` import subpackages by name
            if module == "khabar":
                found += [(node.lineno, f"khabar.{alias.name}") for alias in node.names]
    return sorted(found)


def _imports(path: Path) -> list[tuple[int, str]]:
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "khabar" and len(parts) > 1 else None


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_contract_in_pyproject_is_the_design_order() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    # "(khabar.web)" is import-linter's optional layer: one that may not exist yet
    from_pyproject = [
        tuple(sorted(m.strip().strip("()").removeprefix("khabar.") for m in line.split("|")))
        for line in reversed(layers)
    ]
    assert from_pyproject == [tuple(sorted(names)) for names in LAYERS]


def test_every_top_level_module_belongs_to_a_layer() -> None:
    tops = {p.relative_to(SRC).parts[0].removesuffix(".py") for p in _sources()}
    unplaced = sorted(tops - RANK.keys() - OUTSIDE_LAYERS)
    assert unplaced == [], (
        f"khabar.{', khabar.'.join(unplaced)} belongs to no layer: place it in DESIGN.md's order, in "
        "[tool.importlinter] layers in pyproject.toml and in LAYERS in tests/test_layers.py"
    )


def test_no_lower_layer_imports_a_higher_one() -> None:
    violations = []
    for path in _sources():
        importer = _top(_module_name(path)) if path.parent != SRC or path.stem not in OUTSIDE_LAYERS else None
        if importer is None or importer not in RANK:
            continue
        for line, module in _imports(path):
            imported = _top(module)
            if imported is None or imported == importer or imported not in RANK:
                continue
            if RANK[imported] >= RANK[importer]:
                violations.append(f"{path.relative_to(ROOT)}:{line}: khabar.{importer} "
                                  f"(layer {RANK[importer]}) imports {module} (layer {RANK[imported]})")
    assert violations == []


def test_frameworks_stay_in_their_adapters() -> None:
    violations = []
    for path in _sources():
        owner = path.relative_to(SRC).parts[0].removesuffix(".py")
        for line, module in _imports(path):
            allowed = FRAMEWORKS.get(module.split(".")[0])
            if allowed is not None and owner != allowed:
                violations.append(
                    f"{path.relative_to(ROOT)}:{line}: imports {module} (only in khabar/{allowed}/)"
                )
    assert violations == []


@pytest.mark.parametrize(
    ("source", "package", "expected"),
    [
        ("from ..pipeline import Pipeline\n", "khabar.doc", [(1, "khabar.pipeline")]),
        ("def f():\n    import khabar.cli.app\n", "khabar.urdu", [(2, "khabar.cli.app")]),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from khabar.web import app\n",
         "khabar.doc", [(1, "typing"), (3, "khabar.web")]),
        ("from . import chars\n", "khabar.urdu", [(1, "khabar.urdu")]),
        ("from khabar import corpus\n", "khabar.doc", [(1, "khabar"), (1, "khabar.corpus")]),
    ],
)
def test_the_walker_sees_every_kind_of_import(source: str, package: str,
                                              expected: list[tuple[int, str]]) -> None:
    assert _imports_in(source, package) == expected


def test_import_linter_contract_holds(capsys: pytest.CaptureFixture[str]) -> None:
    """The same check as ``lint-imports`` in CI, run in-process (no cache written)."""
    use_cases = pytest.importorskip("importlinter.application.use_cases",
                                    reason="import-linter is a [dev] dependency")
    from importlinter import configuration

    configuration.configure()
    passed = use_cases.lint_imports(config_filename=str(ROOT / "pyproject.toml"), cache_dir=None,
                                    no_logo=True)
    report = capsys.readouterr().out
    assert passed, report
    assert "1 kept, 0 broken" in report
