"""The layering of the design card, checked by import-linter against pyproject's contracts."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_contracts_hold_for_the_project() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_contracts_catch_a_domain_module_importing_sqlalchemy(tmp_path: Path) -> None:
    # The same contracts over a miniature tree with one forbidden import: proves the check bites.
    for pkg in ("domain", "db", "ui", "reports", "cli"):
        (tmp_path / pkg).mkdir()
        (tmp_path / pkg / "__init__.py").write_text("")
    (tmp_path / "domain" / "rule.py").write_text("import sqlalchemy\n")
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    start = config.index("[tool.importlinter]")
    (tmp_path / "pyproject.toml").write_text(config[start:], encoding="utf-8")
    result = subprocess.run(
        [str(LINT), "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "domain.rule -> sqlalchemy" in result.stdout, textwrap.shorten(result.stdout, 2000)
