"""S2 child on PostgreSQL: tests/reliability/children/increment.py unchanged, except that its
control engine ("default" mode) is a plain READ COMMITTED engine on the server URL it is given
instead of `sqlite:///PATH`. Same usage: increment_on_server.py URL TIMES recipe|default.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from sqlalchemy import Engine, create_engine  # noqa: E402

import tests.reliability.children.increment as increment  # noqa: E402


def _plain_engine(url: str, **kwargs: Any) -> Engine:
    # increment.py builds f"sqlite:///{path}"; the "path" here is the server's URL.
    return create_engine(url.removeprefix("sqlite:///"), isolation_level="READ COMMITTED")


if __name__ == "__main__":
    increment.create_engine = _plain_engine  # type: ignore[attr-defined,assignment,unused-ignore]
    increment.main()
