"""The dependency rule: core and sync never import Qt; the hub never imports the UI, nor
the laptop's services (it routes sealed envelopes; it has no use for clients or cases); the
session hands out the services, so no service needs the session module to run (they name
``Session`` for type checking only).

Checked two ways: statically over every module's imports, and by importing the packages in a
fresh interpreter and looking at what got loaded.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _runtime_imports(path: Path) -> list[str]:
    """The modules ``path`` imports when it runs: anywhere but under ``if TYPE_CHECKING:``."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if (isinstance(node, ast.If) and isinstance(node.test, ast.Name)
                and node.test.id == "TYPE_CHECKING"):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _imports(folder: Path) -> list[tuple[Path, str]]:
    found = []
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.append((path, node.module))
    return found


def test_core_and_sync_never_import_qt_or_the_ui() -> None:
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for folder in (ROOT / "collabdesk", ROOT / "sync")
        for path, name in _imports(folder)
        if name.split(".")[0] in QT or name.startswith("collabdesk.ui")
    ]
    assert bad == []


def test_hub_never_imports_the_ui() -> None:
    bad = [f"{p.relative_to(ROOT)} imports {n}" for p, n in _imports(ROOT / "sync" / "hub")
           if n.startswith("collabdesk.ui") or n.split(".")[0] in QT]
    assert bad == []


def test_the_hub_loads_none_of_the_laptops_services() -> None:
    code = ("import sys, collabdesk.sync.hub.app, collabdesk.sync.hub.cli\n"
            "print(sorted(k for k in sys.modules if k.startswith('collabdesk.services')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_importing_core_and_sync_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, collabdesk, collabdesk.sync\n"
        "for pkg in (collabdesk, collabdesk.sync):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if m.name.startswith('collabdesk.ui') or m.name.endswith('__main__'):\n"
        "            continue\n"
        "        importlib.import_module(m.name)\n"
        f"print(sorted(k for k in sys.modules if k.split('.')[0] in {QT!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


SESSION = "collabdesk.services.session"
SERVICES = ROOT / "collabdesk" / "services"


def test_no_service_imports_the_session_at_run_time() -> None:
    bad = [f"{path.relative_to(ROOT)} imports {SESSION}"
           for path in sorted(SERVICES.glob("*.py")) if path.name != "session.py"
           if SESSION in _runtime_imports(path)]
    assert bad == []


def test_loading_every_service_leaves_the_session_unloaded() -> None:
    names = sorted(p.stem for p in SERVICES.glob("*.py") if p.stem not in ("__init__", "session"))
    assert "clients" in names and "reports" in names
    code = ("import sys, importlib\n"
            f"for name in {names!r}:\n"
            "    importlib.import_module('collabdesk.services.' + name)\n"
            f"print({SESSION!r} in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
