"""What every subcommand shares on the way out: the one-line error and JSON printing."""

from __future__ import annotations

import json
import sys
from typing import Any


class CliError(Exception):
    """A one-line message for the user and the exit code to leave with."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
