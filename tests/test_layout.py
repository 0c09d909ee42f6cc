"""The layout is the architecture: data flows one way, so a top-level package imports only from the
packages below it (README "Layout"). A new upward or circular import fails here, naming the file."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each package may import from the packages listed for it, and from nothing else of ours.
ALLOWED = {
    "settings": set(),  # the one settings object: below everything, so every package may read it
    "knowledge": {"settings"},
    "retrieval": {"settings", "knowledge"},
    "answers": {"settings", "knowledge", "retrieval"},
    "actions": {"settings", "knowledge", "retrieval", "answers"},
    # build_domain.py reads the fact vocabulary, and the fixed responses' words from the composer
    # (answers/dialogue.py RESPONSES: one wording for every channel, issue 20 item 3)
    "bot": {"settings", "knowledge", "answers"},
    "stack": {"settings", "knowledge"},  # runs the processes; knows paths and settings only
    "api": {"settings", "knowledge", "retrieval", "answers"},
    # `policy staff` manages the console's accounts in the application database (api.store); api
    # never imports cli, so this adds no cycle.
    "impact": {"settings", "knowledge", "retrieval", "answers"},  # what people would be told, before and after a change
    "cli": {"settings", "knowledge", "retrieval", "answers", "stack", "api", "impact"},
}


def _modules(path: Path) -> set[str]:
    """Every module `path` imports, dotted ("api.store.repo"; `from api import x` gives "api.x")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def _imports(path: Path) -> set[str]:
    return {m.split(".")[0] for m in _modules(path)}


def test_no_upward_or_circular_imports_between_top_level_packages():
    wrong = []
    for package, allowed in ALLOWED.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            for top in _imports(path) & set(ALLOWED):
                if top != package and top not in allowed:
                    wrong.append(f"{path.relative_to(ROOT)} imports {top}")
    assert wrong == []


def test_the_allowed_graph_itself_has_no_cycle():
    seen: dict[str, int] = {}

    def visit(p: str, stack: tuple[str, ...]) -> None:
        assert p not in stack, f"cycle: {' -> '.join(stack + (p,))}"
        for q in ALLOWED[p]:
            visit(q, stack + (p,))
        seen[p] = 1

    for p in ALLOWED:
        visit(p, ())
    assert set(seen) == set(ALLOWED)


def test_every_top_level_package_is_placed():
    packages = {p.name for p in ROOT.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages <= set(ALLOWED) | {"tests", "benchmarks"}, packages - set(ALLOWED)


# Inside api/: three rooms, one per channel, each thin over what sits below them (api/services,
# api/chat, the shared infrastructure). A room never imports another room: the console cannot
# lean on a web router's private helper, and a channel can be removed without breaking the others.
API = ROOT / "api"
ROOMS = ("web", "console", "wechat")


def _api_parts(module: str) -> list[str]:
    parts = module.split(".")
    return parts[1:] if parts[0] == "api" else []


def test_a_room_never_imports_another_room():
    wrong = []
    for room in ROOMS:
        for path in sorted((API / room).rglob("*.py")):
            for module in _modules(path):
                parts = _api_parts(module)
                if parts and parts[0] in ROOMS and parts[0] != room:
                    wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert wrong == []


def test_services_and_shared_infrastructure_never_import_a_room():
    wrong = []
    for path in sorted(API.rglob("*.py")):
        rel = path.relative_to(API).parts
        if rel[0] in ROOMS or rel == ("main.py",):  # main assembles the rooms
            continue
        for module in _modules(path):
            parts = _api_parts(module)
            if parts and parts[0] in ROOMS:
                wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert wrong == []


def test_rooms_reach_the_database_only_through_services():
    """A router reads a request and calls a service (api/services, api/chat); the store is below them."""
    wrong = []
    for room in ROOMS:
        for path in sorted((API / room).rglob("*.py")):
            for module in _modules(path):
                if module == "api.store" or module.startswith("api.store."):
                    wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert wrong == []
