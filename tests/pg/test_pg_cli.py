"""`main.py --db postgresql+psycopg://… demo` and `cases` against the throwaway server; the
application keeps adding rows after the demo's bulk load (the id sequences were moved on)."""

from __future__ import annotations

import json

import pytest

import main
from domain.model import CaseFilter, SortKey
from tests.test_services_on_sqlite import _case as new_case


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main.main(list(argv))
    return code, capsys.readouterr().out


def test_demo_and_cases_on_the_server(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--db", pg_url, "demo", "--cases", "200", "--seed", "5")
    assert code == 0 and "Added 200 demo cases to postgresql+psycopg://" in out
    code, out = _run(capsys, "--db", pg_url, "cases", "--limit", "500", "--json")
    assert code == 0 and len(json.loads(out)) == 200
    # A second load continues the ids; then the services add a case and an event of their own.
    assert _run(capsys, "--db", pg_url, "demo", "--cases", "50", "--seed", "6")[0] == 0
    with main.opened(pg_url) as wiring:
        assert wiring.services.count_cases(CaseFilter()) == 250
        # A new body, servant, case and event: each table's next id is past the demo's.
        case_id = wiring.services.register_case(new_case(wiring))
        assert [e.kind for e in wiring.services.get_case(case_id).events] == ["created"]
        found = wiring.services.list_cases(CaseFilter(search="нұрлан серікұлы"), SortKey.FULL_NAME)
        assert case_id in [r.id for r in found]
