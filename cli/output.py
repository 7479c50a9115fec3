"""What every subcommand shares: the one-line error, JSON printing, and the file behind --db."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


class CliError(Exception):
    """A one-line message for the user and the exit code to leave with."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def sqlite_path(target: str) -> Path | None:
    """The SQLite file a `--db` target names (a path or a `sqlite:///` URL); None for a server."""
    if "://" in target and not target.startswith("sqlite"):
        return None
    return Path(target.split("///", 1)[-1]).expanduser().resolve()
