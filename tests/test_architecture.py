"""The house rules a reader can count, checked on the code itself (AST, nothing imported):
module and function sizes, the layers for the scripts import-linter cannot see (pages/ and
app.py are scripts, not a package), and no test that asserts on the wall clock.

`make test` runs `lint-imports` on the package itself (contracts in pyproject.toml).
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80
WALL_CLOCK = {"perf_counter", "perf_counter_ns", "time", "time_ns", "monotonic",
              "monotonic_ns"}


def _code_files() -> list[Path]:
    """Every Python file of the product: the package, the pages and the entry script."""
    return sorted([*(ROOT / "tradeinvest").rglob("*.py"), *(ROOT / "pages").glob("*.py"),
                   ROOT / "app.py"])


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_no_module_is_over_400_lines() -> None:
    long = [f"{_name(p)}: {n} lines" for p in _code_files()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, f"modules over {MAX_MODULE_LINES} lines:\n" + "\n".join(long)


def test_no_function_is_over_80_lines() -> None:
    """Every def, also methods and nested ones, from `def` to its last line."""
    long = [f"{_name(p)}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1} lines"
            for p in _code_files() for node in ast.walk(_tree(p))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(long)


# --- the layers for pages/ and app.py ------------------------------------------------------

def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _layer_modules(layer: str) -> set[str]:
    """'a : (b)' or 'a | b' -> {'a', 'b'} (parentheses: a layer that may not exist yet)."""
    return {part.strip().strip("()") for part in re.split(r"[|:]", layer)}


def _script_may_import() -> tuple[set[str], set[str]]:
    """(allowed, forbidden) modules under tradeinvest for a page: the scripts are the top
    layer beside the CLI, so every layer below the CLI's, less what the contract that keeps
    ui and the CLI off ingest forbids them."""
    contracts = {c["id"]: c for c in _contracts()}
    layers = contracts["layers"]["layers"]
    allowed = {f"tradeinvest.{m}" for layer in layers[1:] for m in _layer_modules(layer)}
    forbidden = set(contracts["no-ingest-above-loading"]["forbidden_modules"])
    return allowed, forbidden


def _imports(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, module) of every import of the tree, also inside functions; `from tradeinvest
    import x` gives tradeinvest.x."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "tradeinvest":
                yield from ((node.lineno, f"tradeinvest.{a.name}") for a in node.names)
            else:
                yield node.lineno, node.module


def _within(module: str, packages: set[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_pages_and_app_import_only_the_layers_below_them() -> None:
    allowed, forbidden = _script_may_import()
    wrong = [f"{_name(p)}:{line} imports {module}"
             for p in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]
             for line, module in _imports(_tree(p))
             if module.split(".")[0] == "tradeinvest"
             and (not _within(module, allowed) or _within(module, forbidden))]
    assert not wrong, ("pages/ and app.py may import " + ", ".join(sorted(allowed - forbidden))
                       + " (pyproject.toml [tool.importlinter]):\n" + "\n".join(wrong))


def test_the_script_check_reads_the_contract() -> None:
    """The check above is only as good as its reading of pyproject.toml."""
    allowed, forbidden = _script_may_import()
    assert {"tradeinvest.ui", "tradeinvest.measure", "tradeinvest.texts"} <= allowed
    assert "tradeinvest.cli" not in allowed
    assert "tradeinvest.ingest" in forbidden
    tree = ast.parse("from tradeinvest import access\nimport tradeinvest.ingest.schema\n"
                     "def f():\n    from tradeinvest.ui import state\n")
    assert sorted(_imports(tree)) == [(1, "tradeinvest.access"), (2, "tradeinvest.ingest.schema"),
                                      (4, "tradeinvest.ui")]


# --- no wall-clock assertion ---------------------------------------------------------------

def _clock_calls(node: ast.AST) -> bool:
    """Whether `node` calls time.perf_counter() and the like (a reading of the wall clock)."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr in WALL_CLOCK and isinstance(n.func.value, ast.Name)
               and n.func.value.id == "time" for n in ast.walk(node))


def _timing_assertions(tree: ast.Module) -> Iterator[int]:
    """Lines of asserts that compare a clock reading, directly or through a name it was
    assigned to in the same function (started = time.perf_counter(); assert ... - started)."""
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        clocked = {target.id for node in ast.walk(func) if isinstance(node, ast.Assign)
                   and _clock_calls(node.value)
                   for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(func):
            if isinstance(node, ast.Assert) and (_clock_calls(node.test) or any(
                    isinstance(n, ast.Name) and n.id in clocked for n in ast.walk(node.test))):
                yield node.lineno


def test_no_test_asserts_on_the_wall_clock() -> None:
    """Speed is measured by benchmarks/ and printed, never asserted: a busy machine would fail
    such a test, a fast one would hide a slow path. (A clock reading that is not asserted
    stays: tests/test_faults.py times a load to spread its kill moments over it.)"""
    found = sorted({f"{_name(p)}:{line}" for p in (ROOT / "tests").rglob("*.py")
                    for line in _timing_assertions(_tree(p))})
    assert not found, "assertions on elapsed time:\n" + "\n".join(found)


def test_the_wall_clock_check_finds_a_timing_assertion() -> None:
    tree = ast.parse("import time\ndef test_x():\n    started = time.perf_counter()\n"
                     "    work()\n    assert time.perf_counter() - started < 2\n"
                     "def test_y():\n    t0 = time.monotonic()\n    assert t0 > 0\n"
                     "def test_z():\n    assert work() == 2\n")
    assert sorted(set(_timing_assertions(tree))) == [5, 8]
