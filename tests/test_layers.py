"""Imports go one way, down the flow: directive files -> catalogue -> rules -> graph | evaluation ->
letters -> store -> faces (cli, the HTTP api, and the web to come), with i18n (the language of what
staff read) under them all. A room may import from the rooms below it, never
from one above or beside it, and never from the package root (the root imports every room).

Our own small check rather than import-linter: the rule layer lives in the top-level ``rules/`` folder
and is installed as ``obligations.rules`` through ``package-dir``, which import-linter's graph builder
(grimp, walking the ``obligations/`` folder) does not see.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: each room and its rank; a module may import from rooms of a lower rank only (and its own room)
RANKS = {"i18n": -1, "catalogue": 0, "drafting": 0.5, "rules": 1, "graph": 2, "evaluation": 2, "letters": 3, "store": 4, "faces": 5}
FACES = {"cli", "__main__", "api", "web"}


def room_of(module: str) -> str | None:
    """The room of a dotted module name under ``obligations``; None for the package root itself."""
    parts = module.split(".")
    if parts[0] != "obligations" or len(parts) == 1 or parts[1] == "__init__":
        return None
    return "faces" if parts[1] in FACES else parts[1]


def modules(root: Path) -> dict[str, Path]:
    """Every module of the package, by its installed dotted name (``rules/`` is ``obligations.rules``)."""
    found = {}
    for base, prefix in ((root / "obligations", ["obligations"]), (root / "rules", ["obligations", "rules"])):
        for path in base.rglob("*.py"):
            parts = prefix + list(path.relative_to(base).with_suffix("").parts)
            found[".".join(parts)] = path
    return found


def imported(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the file, including those inside functions."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    result = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            result += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if node.module is None:  # from . import a, b: each name may be a module
                result += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
            else:
                result.append((node.lineno, target))
    return result


def violations(root: Path) -> list[str]:
    """One line per import that reaches up or sideways, naming the file, the line and the rule broken."""
    found = []
    for module, path in sorted(modules(root).items()):
        room = room_of(module)
        if room is None:
            continue  # the package root is the facade: it may re-export any room but the faces
        for line, target in imported(module, path):
            if not target.startswith("obligations"):
                continue
            where = f"{path.relative_to(root)}:{line}"
            other = room_of(target)
            if other is None:
                found.append(f"{where}: the {room} room imports the package root ({target})")
            elif other not in RANKS:
                continue  # data packages such as obligations.directives
            elif other != room and RANKS[other] >= RANKS[room]:
                found.append(f"{where}: the {room} room imports {target}, of the {other} room "
                             f"(a room imports only from rooms below it)")
    for line, target in imported("obligations", root / "obligations" / "__init__.py"):
        if room_of(target) == "faces":
            found.append(f"obligations/__init__.py:{line}: the package root imports a face ({target})")
    return found


def test_every_room_is_known():
    rooms = {room_of(module) for module in modules(ROOT)} - {None}
    assert rooms <= set(RANKS), rooms - set(RANKS)
    assert {"catalogue", "graph", "evaluation", "letters", "rules", "store", "faces"} <= rooms


def test_imports_go_down_the_flow_on_main():
    assert violations(ROOT) == []


def _copy(tmp_path: Path) -> Path:
    for folder in ("obligations", "rules"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "sample"))
    return tmp_path


def test_evaluation_importing_the_cli_fails_the_check(tmp_path):
    root = _copy(tmp_path)
    plan = root / "obligations" / "evaluation" / "plan.py"
    plan.write_text(plan.read_text(encoding="utf-8") + "\n\ndef _reach_up():\n    from ..cli import main\n",
                    encoding="utf-8")
    found = violations(root)
    assert len(found) == 1
    assert found[0].startswith("obligations/evaluation/plan.py:")
    assert "the evaluation room imports obligations.cli, of the faces room" in found[0]


def test_sideways_and_root_imports_fail_the_check(tmp_path):
    root = _copy(tmp_path)
    (root / "obligations" / "graph" / "peek.py").write_text("from ..evaluation import findings\n", encoding="utf-8")
    (root / "obligations" / "catalogue" / "peek.py").write_text("import obligations\n", encoding="utf-8")
    (root / "rules" / "peek.py").write_text("from obligations.letters import compose\n", encoding="utf-8")
    found = "\n".join(violations(root))
    assert "obligations/graph/peek.py:1: the graph room imports obligations.evaluation, of the evaluation room" in found
    assert "obligations/catalogue/peek.py:1: the catalogue room imports the package root" in found
    assert "rules/peek.py:1: the rules room imports obligations.letters, of the letters room" in found


def test_only_the_store_imports_sqlalchemy():
    """The library rooms never see the database: SQLAlchemy and Alembic stay behind obligations.store."""
    found = []
    for module, path in sorted(modules(ROOT).items()):
        if room_of(module) == "store":
            continue
        for line, target in imported(module, path):
            if target.split(".")[0] in ("sqlalchemy", "alembic"):
                found.append(f"{path.relative_to(ROOT)}:{line}: {target}")
    assert found == []


def test_the_store_reaching_up_to_the_api_fails_the_check(tmp_path):
    root = _copy(tmp_path)
    (root / "obligations" / "store" / "peek.py").write_text("from ..api import create_app\n", encoding="utf-8")
    found = violations(root)
    assert found == ["obligations/store/peek.py:1: the store room imports obligations.api, of the faces room "
                     "(a room imports only from rooms below it)"]
