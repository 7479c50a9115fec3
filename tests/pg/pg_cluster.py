"""The running throwaway PostgreSQL cluster the tests/pg fixtures start (its address and URLs)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PgCluster:
    """A running throwaway cluster: where it is and how to reach it."""

    bin_dir: Path
    data_dir: Path
    port: int
    user: str

    def url(self, database: str, user: str | None = None) -> str:
        """The URL of `database`, as the superuser or as `user` (trust: no password needed)."""
        return f"postgresql+psycopg://{user or self.user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement on the maintenance database, outside any transaction."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type,unused-ignore]  # test-built literal statements
