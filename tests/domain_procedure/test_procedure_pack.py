"""The procedure's rule-pack parameters are checked when a pack loads; its codes are listed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from domain.errors import RulePackError
from domain.procedure import PROCEDURE_ERROR_CODES, attachment_limits, pack_quorum
from domain.procedure_params import parse_quorum
from domain.rulepack import RulePack
from domain.validation import ERROR_CODES

Edit = Callable[[Callable[[dict[str, Any]], None]], RulePack]


def test_the_shipped_pack_carries_the_procedure_parameters(pack: RulePack) -> None:
    assert attachment_limits(pack) == (20 * 1024 * 1024, ("pdf", "png", "jpeg", "tiff", "txt"))
    assert pack.parameters["reinstatement_penalties"] == ["dismissal"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("commission_quorum", "3/2"),
        ("commission_quorum", "0/3"),
        ("commission_quorum", "two thirds"),
        ("commission_quorum", 0.66),
        ("commission_majority", "all"),
        ("attachment_max_bytes", 0),
        ("attachment_types", ["pdf", "exe"]),
        ("attachment_types", []),
        ("reinstatement_penalties", ["sacking"]),
    ],
)
def test_a_bad_parameter_is_refused_at_load(edited_pack: Edit, key: str, value: object) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["parameters"][key] = value

    with pytest.raises(RulePackError) as refused:
        edited_pack(edit)
    assert key in refused.value.where


def test_a_pack_may_set_a_half_quorum(edited_pack: Edit) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["parameters"]["commission_quorum"] = " 1/2 "

    assert pack_quorum(edited_pack(edit)) == (1, 2)


def test_quorum_text() -> None:
    assert parse_quorum("2/3") == (2, 3)
    assert parse_quorum("3/3") == (3, 3)
    assert parse_quorum("2 / 3") == (2, 3)
    assert parse_quorum("2/") is None and parse_quorum("/3") is None and parse_quorum(None) is None


def test_every_procedure_code_is_a_known_error_code_once() -> None:
    assert set(PROCEDURE_ERROR_CODES) <= set(ERROR_CODES)
    assert len(ERROR_CODES) == len(set(ERROR_CODES))
    prefixes = (
        "procedure.",
        "commission.",
        "hearing.",
        "order.",
        "appeal.",
        "attachment.",
        "document.",
    )
    assert all(code.startswith(prefixes) for code in PROCEDURE_ERROR_CODES)


def test_every_procedure_code_is_exercised_by_a_test() -> None:
    # Each code must appear in an assertion of these tests or of the SQLite service tests.
    here = Path(__file__).parent
    sources = [*here.glob("test_*.py"), here.parent / "test_procedure_on_sqlite.py"]
    text = "".join(p.read_text(encoding="utf-8") for p in sources if p != Path(__file__))
    assert [code for code in PROCEDURE_ERROR_CODES if f'"{code}"' not in text] == []
