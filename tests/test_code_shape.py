"""Issue 12's shape goal, kept: no function or method in ``analysis/`` is longer than 60 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import analysis

MOST_LINES = 60


def long_functions(root: Path, most: int = MOST_LINES) -> list[str]:
    """Return ``"path:line name (n lines)"`` for each function under ``root`` longer than ``most`` lines."""
    out = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > most:
                    out.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name} ({n} lines)")
    return out


def test_no_function_in_the_package_is_over_60_lines():
    assert long_functions(Path(analysis.__file__).parent) == []


def test_the_length_rule_sees_a_long_function(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(MOST_LINES))
    (pkg / "m.py").write_text(f"def short():\n    return 1\n\n\ndef long():\n{body}\n", encoding="utf-8")
    assert long_functions(pkg) == ["pkg/m.py:5 long (61 lines)"]


def names_assigned_twice(root: Path) -> list[str]:
    """Return ``"path name (lines)"`` for each module-level name a module under ``root`` assigns more than once.

    A second ``_WORDS = ...`` far below the first silently replaces it under every rule written for the first (four
    such pairs were found in the nineteenth session: a pattern or word set whose first value no rule ever saw).
    Augmented assignments (``X |= ...``) and annotated declarations without a value are not counted.
    """
    out = []
    for path in sorted(root.rglob("*.py")):
        lines: dict[str, list[int]] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
                if isinstance(node, ast.AnnAssign) and node.value is not None else []
            for name in (t.id for t in targets if isinstance(t, ast.Name)):
                lines.setdefault(name, []).append(node.lineno)
        out += [f"{path.relative_to(root.parent)} {k} {v}" for k, v in lines.items() if len(v) > 1]
    return out


def test_no_module_assigns_a_name_twice():
    assert names_assigned_twice(Path(analysis.__file__).parent) == []


def test_the_twice_rule_sees_a_second_assignment(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "m.py").write_text("A = 1\nB: int = 2\nA |= 3\nC: int\nB = 4\n", encoding="utf-8")
    assert names_assigned_twice(pkg) == ["pkg/m.py B [2, 5]"]
