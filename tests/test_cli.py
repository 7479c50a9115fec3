"""The command-line contract other tools rely on: subcommand names, options, JSON keys, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import main
from domain.iin import make_iin, parse_iin
from domain.model import CaseStatus, Sex
from domain.text import search_key

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main.main(list(argv))
    except SystemExit as exc:  # argparse refusing the arguments, as a shell would see it
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    assert main.main(["demo", "--cases", "400", "--seed", "3", "--db", str(path)]) == 0
    return path


def test_demo_then_cases_lists_json_with_the_contract_keys(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "cases", "--db", str(demo_db), "--limit", "1000", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 400
    for key in ("id", "number", "full_name", "iin", "offence", "group", "status"):
        assert key in rows[0]
    # The demo data is what it claims: valid IINs, every status, all three groups.
    today = date.today()
    for row in rows:
        parse_iin(row["iin"], today=today)
    assert {r["status"] for r in rows} == {s.value for s in CaseStatus}
    assert {r["group"] for r in rows} >= {"I", "II", "III", None}


def test_cases_filters_by_group_offence_status_and_search(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "cases", "--db", str(demo_db), "--limit", "1000", "--json")
    everything = json.loads(out)

    _, out, _ = run(
        capsys, "cases", "--db", str(demo_db), "--group", "II", "--limit", "1000", "--json"
    )
    group_two = json.loads(out)
    assert group_two and all(r["group"] == "II" for r in group_two)
    assert len(group_two) == sum(r["group"] == "II" for r in everything)

    offence = group_two[0]["offence"]
    _, out, _ = run(capsys, "cases", "--db", str(demo_db), "--offence", offence, "--json")
    assert {r["offence"] for r in json.loads(out)} == {offence}

    _, out, _ = run(capsys, "cases", "--db", str(demo_db), "--status", "hearing", "--json")
    assert {r["status"] for r in json.loads(out)} == {"hearing"}

    # Search folds case for Kazakh letters: any spelling of a surname finds the same cases.
    name = next(
        r["full_name"] for r in everything if "Ә" in r["full_name"] or "Қ" in r["full_name"]
    )
    surname = name.split()[0]
    found = []
    for spelling in (surname, surname.lower(), surname.upper()):
        _, out, _ = run(capsys, "cases", "--db", str(demo_db), "--search", spelling, "--json")
        found.append({r["id"] for r in json.loads(out)})
    expected = {r["id"] for r in everything if search_key(surname) in search_key(r["full_name"])}
    assert found[0] == found[1] == found[2] == expected

    _, out, _ = run(capsys, "cases", "--db", str(demo_db), "--limit", "5", "--json")
    assert len(json.loads(out)) == 5


def test_cases_refuses_an_unknown_offence_with_one_line(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "cases", "--db", str(demo_db), "--offence", "art99", "--json")
    assert code == 2
    assert out == ""
    assert err.strip() == "error: unknown offence code: art99"


def test_check_iin_valid_and_invalid(capsys: pytest.CaptureFixture[str]) -> None:
    iin = next(
        i for serial in range(1, 50) if (i := make_iin(date(1985, 3, 12), Sex.FEMALE, serial))
    )
    code, out, _ = run(capsys, "check-iin", iin, "--json")
    assert code == 0
    assert json.loads(out) == {"valid": True, "birth_date": "1985-03-12", "sex": "female"}

    broken = iin[:-1] + str((int(iin[-1]) + 1) % 10)
    code, out, _ = run(capsys, "check-iin", broken, "--json")
    assert code == 1
    answer = json.loads(out)
    assert answer["valid"] is False
    assert "check digit" in answer["reason"]

    for bad in ("12345", "85031250012a", "851312500123", "857312700123"):
        code, out, _ = run(capsys, "check-iin", bad, "--json")
        assert code == 1 and json.loads(out)["valid"] is False

    code, out, _ = run(capsys, "check-iin", iin)
    assert code == 0 and "1985-03-12" in out


def _check_refused(capsys: pytest.CaptureFixture[str], bad: Path, fragment: str) -> None:
    before = bad.read_bytes()
    code, out, err = run(capsys, "cases", "--db", str(bad), "--json")
    assert code == 3
    assert out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert fragment in err.lower()
    assert bad.read_bytes() == before  # a damaged file is never written to


def test_a_file_that_is_no_database_gives_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes("протокол заседания комиссии\n".encode() * 50)
    _check_refused(capsys, bad, "not a tartip database")


def test_a_damaged_database_gives_one_clear_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "damaged.db"
    data = bytearray(demo_db.read_bytes())  # the demo database is closed: a plain copy is safe
    page = 4096
    data[5 * page : 9 * page] = bytes(4 * page)  # zero four b-tree pages in the middle
    bad.write_bytes(bytes(data))
    _check_refused(capsys, bad, "damaged")


def test_the_real_entry_point_runs_as_a_script(tmp_path: Path) -> None:
    db = tmp_path / "script.db"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--cases", "50", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "cases", "--limit", "3", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 3


# -- deadlines -----------------------------------------------------------------------------------


def deadlines(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, dict, str]:
    code, out, err = run(capsys, "deadlines", "--db", str(db), *argv, "--json")
    return code, (json.loads(out) if code == 0 else {}), err


def test_deadlines_general_offence_worked_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Discovered Sat 2026-03-21: one month -> Tue 2026-04-21; commission + 6 months -> 2026-09-02.
    code, result, _ = deadlines(
        capsys,
        tmp_path / "d.db",
        "--offence",
        "art44",
        "--committed",
        "2026-03-02",
        "--discovered",
        "2026-03-21",
    )
    assert code == 0
    for key in (
        "discovery_limit",
        "absolute_limit",
        "absolute_limit_extended",
        "last_day",
        "rule_pack",
        "steps",
    ):
        assert key in result
    assert result["discovery_limit"] == "2026-04-21"
    assert result["absolute_limit"] == result["absolute_limit_extended"] == "2026-09-02"
    assert result["last_day"] == "2026-04-21"
    assert result["rule_pack"] == "kz-416-V"
    assert any("Art. 174" in step for step in result["steps"])


def test_deadlines_with_pauses_and_a_terminated_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.db"
    # Art. 50: 3 months from discovery (2026-05-02, a Saturday) + 11 sick-leave days -> 2026-05-13.
    code, result, _ = deadlines(
        capsys,
        db,
        "--offence",
        "art50.4",
        "--committed",
        "2026-01-10",
        "--discovered",
        "2026-02-02",
        "--pause",
        "sick_leave:2026-02-10:2026-02-20",
    )
    assert code == 0
    assert result["discovery_limit"] == "2026-05-13"
    # 2026-01-10 + 1 year is Sunday 2027-01-10: the next working day. Extended: + 11 days.
    assert result["absolute_limit"] == "2027-01-11"
    assert result["absolute_limit_extended"] == "2027-01-21"
    assert result["last_day"] == "2026-05-13"

    # Signs found after a terminated criminal case: 3 months from termination, capped at 1 year.
    code, result, _ = deadlines(
        capsys,
        db,
        "--offence",
        "art50.2",
        "--committed",
        "2026-01-15",
        "--discovered",
        "2026-02-01",
        "--terminated",
        "2026-11-20",
    )
    assert code == 0
    assert result["discovery_limit"] == "2027-02-22"  # 2027-02-20 is a Saturday
    assert result["last_day"] == result["absolute_limit"] == "2027-01-15"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--offence", "art99"], "offence"),
        (["--offence", "art50.15"], "repealed"),
        (["--offence", "art44", "--discovered", "2025-12-01"], "before"),
        (["--offence", "art44", "--pause", "vacation:2026-03-05:2026-03-01"], "before"),
        (["--offence", "art44", "--pause", "holiday:2026-03-01:2026-03-05"], "reason"),
        (["--offence", "art44", "--pause", "vacation:2026-03-01"], "REASON:"),
        (["--offence", "art44", "--committed", "2026-02-30"], "not a date"),
    ],
)
def test_deadlines_bad_arguments_exit_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    base = {"--committed": "2026-01-10", "--discovered": "2026-02-02"}
    for flag, value in zip(argv[::2], argv[1::2], strict=True):
        base[flag] = value
    pauses = [v for f, v in zip(argv[::2], argv[1::2], strict=True) if f == "--pause"]
    args = [x for flag, value in base.items() if flag != "--pause" for x in (flag, value)]
    args += [x for p in pauses for x in ("--pause", p)]
    code, out, err = run(capsys, "deadlines", "--db", str(tmp_path / "d.db"), *args, "--json")
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert fragment.lower() in err.lower()


# -- penalties -----------------------------------------------------------------------------------


def penalties(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, dict, str]:
    code, out, err = run(capsys, "penalties", "--db", str(db), *argv, "--json")
    return code, (json.loads(out) if code == 0 else {}), err


def test_penalties_follow_rules_a_b_c_and_the_general_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    expected = {
        "art50.7": ("A", ["demotion"]),  # the warning only when demotion is impossible
        "art50.4": ("B", ["warning_incomplete_conformity", "dismissal"]),
        "art50.13": ("C", ["dismissal"]),
        "art44": (
            "general",
            [
                "remark",
                "reprimand",
                "severe_reprimand",
                "warning_incomplete_conformity",
                "demotion",
                "dismissal",
            ],
        ),
    }
    for offence, (rule, allowed) in expected.items():
        code, result, _ = penalties(capsys, db, "--offence", offence, "--on", "2026-10-01")
        assert code == 0
        assert result["rule"] == rule
        assert sorted(result["allowed"]) == sorted(allowed)
        assert result["steps"] and all(isinstance(s, str) for s in result["steps"])

    # Rule A without a vacant lower post, and for an elected servant: no demotion.
    for flag in ("--no-vacancy", "--elected"):
        _, result, _ = penalties(capsys, db, "--offence", "art50.7", "--on", "2026-10-01", flag)
        assert result["allowed"] == ["warning_incomplete_conformity"]
    _, result, _ = penalties(capsys, db, "--offence", "art44", "--elected")
    assert "demotion" not in result["allowed"]


def test_penalties_a_repeat_of_the_same_list_within_the_window_means_dismissal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    args = ("--offence", "art50.4", "--on", "2026-10-01")
    # A rule-B penalty imposed four months earlier, still in force: dismissal only.
    _, result, _ = penalties(
        capsys, db, *args, "--prior", "art50.2:warning_incomplete_conformity:2026-06-01"
    )
    assert (result["allowed"], result["repeat"]) == (["dismissal"], True)
    # The same penalty imposed nine months earlier has lapsed (6-month lifetime): no repeat.
    _, result, _ = penalties(
        capsys, db, *args, "--prior", "art50.2:warning_incomplete_conformity:2026-01-01"
    )
    assert result["repeat"] is False and "warning_incomplete_conformity" in result["allowed"]
    # A prior from the other list (rule A) is no repeat of a rule-B offence.
    _, result, _ = penalties(capsys, db, *args, "--prior", "art50.7:demotion:2026-06-01")
    assert result["repeat"] is False


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--offence", "art50.15"], "repealed"),
        (["--offence", "art51"], "offence"),
        (["--offence", "art44", "--prior", "art44:reprimand"], "OFFENCE:PENALTY"),
        (["--offence", "art44", "--on", "yesterday"], "not a date"),
    ],
)
def test_penalties_bad_arguments_exit_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, "penalties", "--db", str(tmp_path / "p.db"), *argv, "--json")
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert fragment.lower() in err.lower()
