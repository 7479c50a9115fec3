"""`main.py decision` and `main.py verify` on a real database file: exit codes, JSON keys, the PDF
read back, and verification that notices a changed record and a doctored file."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest

import main
from domain.iin import make_iin
from domain.model import BodyKind, CaseInput, ServantInput, ServiceCategory, Sex
from domain.procedure_model import (
    CommissionInput,
    CommissionMember,
    Composition,
    HearingOutcome,
    MemberRole,
    OrderInput,
    Vote,
)
from domain.procedure_records import case_input_of

NAME = "Құрманғалиева Әйгерім Һасенқызы"


def _decided_case(db: Path) -> tuple[int, str, str]:
    """A case taken through the commission to a signed order; (id, number, IIN)."""
    wiring = main.open_services(str(db))
    try:
        cases, procedure = wiring.services, wiring.procedure
        body = cases.add_body("Акимат района", "Аудан әкімдігі", BodyKind.AKIMAT)
        iin = next(i for s in range(1, 99) if (i := make_iin(date(1985, 3, 4), Sex.FEMALE, s)))
        case_id = cases.register_case(
            CaseInput(
                servant=ServantInput(
                    NAME, iin, "бас маман", ServiceCategory.ADMINISTRATIVE, False, body
                ),
                offence="art44.duties",
                committed_on=date(2026, 9, 15),
                discovered_on=date(2026, 9, 25),
                description="Тапсырманы орындамады <b>",
            )
        )
        commission = procedure.save_commission(CommissionInput("Комиссия", "Комиссия", (body,)))
        members = (
            CommissionMember("Ахметов Болат", "заместитель акима", MemberRole.CHAIR),
            CommissionMember("Сәрсенбаева Әйгерім", "руководитель", MemberRole.MEMBER),
            CommissionMember("Петров Иван", "специалист", MemberRole.MEMBER),
            CommissionMember("Ильина Ольга", "специалист", MemberRole.SECRETARY, votes=False),
        )
        procedure.save_composition(commission, Composition(date(2026, 1, 1), members))
        hearing = procedure.new_hearing(case_id, commission, date(2026, 10, 1))
        hearing = replace(
            hearing,
            place="Түркістан",
            members=tuple(replace(m, vote=Vote.FOR) if m.votes else m for m in hearing.members),
            outcome=HearingOutcome.IMPOSE,
            proposed_penalty="reprimand",
        )
        procedure.record_hearing(case_id, hearing)
        procedure.record_order(
            case_id,
            OrderInput(
                date(2026, 10, 5),
                "Ахметов Болат",
                "аким района",
                HearingOutcome.IMPOSE,
                "reprimand",
                familiarised_on=date(2026, 10, 6),
            ),
        )
        return case_id, cases.get_case(case_id).number, iin
    finally:
        wiring.database.dispose()


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, int, str, str]:
    db = tmp_path / "office.db"
    return (db, *_decided_case(db))


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_decision_prints_both_languages_and_verify_confirms_it(
    office: tuple[Path, int, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, case_id, number, iin = office
    out = tmp_path / "decision.pdf"
    code = main.main(["--db", str(db), "decision", "--case", number, "--out", str(out), "--json"])
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(printed) == {
        "id",
        "case_id",
        "kind",
        "lang",
        "number",
        "issued_on",
        "code",
        "pages",
        "file",
    }
    assert (printed["case_id"], printed["kind"], printed["lang"]) == (case_id, "decision", "both")
    text = _pdf_text(out)
    assert "ШЕШІМ" in text and "РЕШЕНИЕ" in text and iin in text
    assert "<b>" in text  # the servant's markup printed literally
    assert printed["code"] in text

    assert main.main(["--db", str(db), "verify", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "matches" and result["document"]["number"] == printed["number"]
    assert main.main(["--db", str(db), "verify", "--code", printed["code"].lower()]) == 0
    assert "matches the record" in capsys.readouterr().out

    # A reprint of unchanged content keeps its registration number.
    again = tmp_path / "again.pdf"
    assert (
        main.main(
            ["--db", str(db), "decision", "--case", str(case_id), "--out", str(again), "--json"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["number"] == printed["number"]


def test_verify_notices_a_changed_record_and_a_foreign_file(
    office: tuple[Path, int, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, case_id, _number, _iin = office
    out = tmp_path / "kk.pdf"
    assert (
        main.main(
            ["--db", str(db), "decision", "--case", str(case_id), "--lang", "kk", "--out", str(out)]
        )
        == 0
    )
    capsys.readouterr()
    wiring = main.open_services(str(db))
    try:
        detail = wiring.services.get_case(case_id)
        data = case_input_of(detail)
        wiring.services.update_case(case_id, replace(data, description="Другое описание"))
    finally:
        wiring.database.dispose()
    assert main.main(["--db", str(db), "verify", str(out), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "changed" and result["changed_fields"]

    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    assert main.main(["--db", str(db), "verify", str(fake)]) == 1
    assert "not a Tartip document" in capsys.readouterr().out


def test_decision_refuses_what_cannot_be_printed(
    office: tuple[Path, int, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, case_id, _number, _iin = office
    assert (
        main.main(["--db", str(db), "decision", "--case", "999", "--out", str(tmp_path / "x.pdf")])
        == 1
    )
    assert capsys.readouterr().err.startswith("error: no case")
    assert main.main(["--db", str(db), "decision", "--case", str(case_id)]) == 2
    assert "--out" in capsys.readouterr().err
    # The order is printable; the explanation act is not (no act was drawn up).
    code = main.main(
        [
            "--db",
            str(db),
            "decision",
            "--case",
            str(case_id),
            "--kind",
            "explanation_act",
            "--out",
            str(tmp_path / "a.pdf"),
        ]
    )
    assert code == 1 and "cannot be printed yet" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()


def test_a_batch_writes_one_file_per_case(
    office: tuple[Path, int, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, case_id, _number, _iin = office
    out_dir = tmp_path / "batch"
    code = main.main(
        [
            "--db",
            str(db),
            "decision",
            "--status",
            "decided",
            "--out-dir",
            str(out_dir),
            "--lang",
            "ru",
            "--json",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["requested"] == 1
    [written] = result["written"]
    assert Path(written).parent == out_dir and "РЕШЕНИЕ" in _pdf_text(Path(written))
