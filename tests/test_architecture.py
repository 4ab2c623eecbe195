"""The architecture, held by tools rather than review (docs/ARCHITECTURE.md):

- import-linter's contracts in pyproject.toml: the layers (nothing imports upward), no Qt below
  render/, a pure domain, file formats without sessions, widgets without the database;
- no import cycle between packages, counting imports inside functions;
- no module over 600 lines;
- mypy in strict mode on errors, domain/ and services/ (pyproject.toml [tool.mypy]);
- at run time, the core (domain, db, services, cli) loads without Qt.

Each check is shown to fail on a deliberate violation (a throwaway copy of the package with one
bad import added), so none of them can pass by checking nothing."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "bodymap"
MAX_MODULE_LINES = 600
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} is a test dependency (pyproject.toml [test]); reinstall the venv"
    return found


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(cwd), "PATH": str(BIN)})


def test_import_contracts_hold():
    out = _lint_imports(ROOT)
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]
    assert "BROKEN" not in out.stdout and out.stdout.count("KEPT") >= 5


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Path:
    """A copy of the package and its pyproject, to add violations to."""
    root = tmp_path_factory.mktemp("arch")
    shutil.copytree(PACKAGE, root / "bodymap", ignore=shutil.ignore_patterns("__pycache__", "assets"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.mark.parametrize("module, line, broken", [
    ("domain/charting.py", "from PySide6.QtCore import QPointF", "pure Python"),
    ("services/marks.py", "    from PySide6.QtGui import QColor", "No Qt below render"),
    ("domain/metrics.py", "    from bodymap.services import ChartService", "Layers"),
    ("render/style.py", "    from bodymap.ui import main_window", "Layers"),
    ("exchange/csv_io.py", "    from bodymap import db", "File formats only"),
    ("ui/widgets/banner.py", "    from sqlalchemy.exc import OperationalError", "never see the database"),
])
def test_a_deliberate_violation_breaks_a_contract(sandbox, module, line, broken):
    path = sandbox / "bodymap" / module
    original = path.read_text()
    try:
        if line.startswith("    "):          # inside a function: imports in functions count too
            path.write_text(original + f"\n\ndef _violation():\n{line}\n")
        else:
            path.write_text(line + "\n" + original)
        out = _lint_imports(sandbox)
    finally:
        path.write_text(original)
    assert out.returncode != 0
    broken_part = out.stdout[out.stdout.index("Broken contracts"):]
    assert broken in broken_part, out.stdout[-3000:]


CYCLES = textwrap.dedent("""
    import json, sys
    import grimp
    graph = grimp.build_graph("bodymap", cache_dir=None)

    def package_of(module):
        if graph.find_children(module) or module.count(".") == 1:   # a package, or a top-level module
            return module
        return module.rsplit(".", 1)[0]

    edges = {}
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            a, b = package_of(module), package_of(imported)
            if a != b:
                edges.setdefault(a, set()).add(b)
                edges.setdefault(b, set())
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(v):                            # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    print(json.dumps(groups))
""")


def package_cycles(root: Path) -> list[list[str]]:
    """Strongly connected groups of packages (more than one) in the import graph of root/bodymap.

    grimp reads the package found on the path, so it runs in a child process whose path starts at
    root (in this process, the real bodymap is long imported)."""
    out = subprocess.run([sys.executable, "-c", CYCLES], cwd=root, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(root), "PATH": str(BIN)})
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout)


def test_no_import_cycle_between_packages():
    assert package_cycles(ROOT) == []


def test_the_cycle_check_sees_a_cycle_made_inside_a_function(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "bodymap", ignore=shutil.ignore_patterns("__pycache__", "assets"))
    target = tmp_path / "bodymap" / "ui" / "canvas" / "items_probe.py"
    target.write_text("def probe():\n    from bodymap.ui import main_window\n    return main_window\n")
    cycles = package_cycles(tmp_path)
    assert any({"bodymap.ui", "bodymap.ui.canvas"} <= set(group) for group in cycles), cycles


def test_no_module_holds_more_than_600_lines():
    big = {str(p.relative_to(ROOT)): n for p in sorted(PACKAGE.rglob("*.py"))
           if (n := len(p.read_text().splitlines())) > MAX_MODULE_LINES}
    assert big == {}


def _mypy(target_root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([_tool("mypy"), "--no-incremental", "--config-file", str(target_root / "pyproject.toml")],
                          cwd=target_root, capture_output=True, text=True, timeout=600)


def test_strict_type_check_of_domain_and_services():
    out = _mypy(ROOT)
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]


def test_the_type_check_fails_on_a_type_error(sandbox):
    path = sandbox / "bodymap" / "domain" / "geometry.py"
    original = path.read_text()
    try:
        path.write_text(original + "\n\ndef _wrong(x: int) -> str:\n    return x\n")
        out = _mypy(sandbox)
    finally:
        path.write_text(original)
    assert out.returncode != 0 and "geometry.py" in out.stdout, out.stdout[-3000:]


def test_importing_the_core_does_not_load_qt():
    """At run time too: domain (all modules), db, services and cli load without Qt, and the
    domain loads without SQLAlchemy."""
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import bodymap.domain as d
        for m in pkgutil.iter_modules(d.__path__):
            importlib.import_module('bodymap.domain.' + m.name)
        bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy'))
        assert not bad, 'domain loaded ' + repr(bad[:5])
        import bodymap.db, bodymap.services, bodymap.cli, bodymap.services.demo, bodymap.services.exchange
        bad = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')
        assert not bad, 'core loaded ' + repr(bad[:5])
        print('ok')
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
