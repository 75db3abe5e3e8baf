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
