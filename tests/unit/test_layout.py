"""The layout rules that lint cannot express: pipelines/ and transforms/ never import deploy/."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

# `bantin es` and `bantin kibana` front the local cluster tools: the CLI module may call them,
# and the scale bench, which starts a node of its own (scale)
ALLOWED = {"pipelines/cli.py", "pipelines/bench_scale.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_pipelines_and_transforms_do_not_import_deploy() -> None:
    offenders = []
    for package in ("pipelines", "transforms"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in ALLOWED:
                continue
            found = sorted(n for n in _imports(path) if n == "deploy" or n.startswith("deploy."))
            if found:
                offenders.append(f"{rel}: {', '.join(found)}")
    assert offenders == []


def test_the_core_does_not_import_beam() -> None:
    # ruff's banned-api (TID251) enforces it in CI; this says it in the suite too
    offenders = []
    for path in sorted((ROOT / "transforms").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("transforms/steps/"):
            continue
        if any(n == "apache_beam" or n.startswith("apache_beam.") for n in _imports(path)):
            offenders.append(rel)
    assert offenders == []
