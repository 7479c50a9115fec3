"""S18 encryption at rest: no plain text in the file, its WAL, its backups or temp files; a wrong
passphrase and a damaged file told apart; SQLCipher's own page check; the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import main
from db.backup import backup_to
from db.backup_check import check_file
from db.cipher import (
    UNLOCKED,
    Keyring,
    connect_file,
    is_encrypted,
    key_file_path,
    unlock,
)
from db.encrypt import encrypt_file
from db.engine import open_database, translate_errors
from db.restore import restore
from domain.errors import StorageError, StorageErrorKind
from domain.iin import make_iin
from domain.model import BodyKind, CaseFilter, CaseInput, ServantInput, ServiceCategory, Sex
from domain.passphrase import passphrase_errors

PASSPHRASE = "Түркістан облысы 2026 кілт"
IIN = next(i for serial in range(1, 99) if (i := make_iin(date(1984, 6, 2), Sex.FEMALE, serial)))
SURNAME = "Жақсыбекова"
SECOND = "Қасымбекова"
PENALTY_WORD = "выговор"


@pytest.fixture(autouse=True)
def _forget_keys() -> Iterator[None]:
    yield
    UNLOCKED.forget()  # the next test starts like a new process


def _register(wiring: main.Wiring, surname: str, iin: str = IIN) -> int:
    body = wiring.services.add_body("Акимат области", "Облыс әкімдігі", BodyKind.AKIMAT)
    case = CaseInput(
        servant=ServantInput(
            full_name=f"{surname} Әлия Серікқызы",
            iin=iin,
            position="бас маман",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=body,
        ),
        offence="art50.7",
        committed_on=date(2026, 9, 1),
        discovered_on=date(2026, 9, 20),
        description=f"Предлагается {PENALTY_WORD}: ответ заявителю не дан.",
        report_source="Служебная записка № 4",
    )
    return wiring.services.register_case(case)


def _needles() -> list[bytes]:
    return [IIN.encode(), SURNAME.encode(), SECOND.encode(), PENALTY_WORD.encode()]


def _hits(path: Path) -> list[str]:
    data = path.read_bytes()
    return [n.decode() for n in _needles() if n in data]


def _plain_database(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    with main.opened(str(path)) as wiring:
        _register(wiring, SURNAME)
    return path


def test_the_plain_file_holds_the_needles_so_the_scan_can_fail(tmp_path: Path) -> None:
    path = _plain_database(tmp_path)
    assert set(_hits(path)) == {IIN, SURNAME, PENALTY_WORD}


def test_no_plain_text_in_the_database_its_wal_backups_or_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _plain_database(tmp_path)
    temp = tmp_path / "sqlite-temp"
    temp.mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    done = encrypt_file(path, PASSPHRASE)
    assert done.rows["cases"] == 1 and is_encrypted(path)

    with main.opened(str(path)) as wiring:
        assert wiring.database.cipher is not None
        second_iin = make_iin(date(1990, 1, 15), Sex.FEMALE, 7) or make_iin(
            date(1990, 1, 15), Sex.FEMALE, 8
        )
        assert second_iin is not None
        _register(wiring, SECOND, second_iin)
        wal = Path(f"{path}-wal")
        assert wal.stat().st_size > 0  # the new case is in the WAL, not yet in the file
        scanned = {"wal": _hits(wal)}
        backup = tmp_path / "backups" / "office-manual.db"
        backup_to(wiring.database, backup)
        # The data is all there for the user: the search finds both, in any letter case.
        rows = wiring.services.list_cases(CaseFilter(search=SECOND.upper()))
        assert [row.full_name.split()[0] for row in rows] == [SECOND]
    scanned["database"] = _hits(path)
    scanned["backup"] = _hits(backup)
    scanned["temp"] = [h for f in temp.rglob("*") if f.is_file() for h in _hits(f)]
    log = main.log_file_path()
    scanned["log"] = _hits(log) if log.exists() else []
    assert scanned == {"wal": [], "database": [], "backup": [], "temp": [], "log": []}


def test_a_wrong_passphrase_and_a_damaged_file_are_two_different_answers(
    tmp_path: Path,
) -> None:
    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE, keyring=Keyring())
    with pytest.raises(StorageError) as wrong:
        unlock(path, PASSPHRASE + "!", keyring=Keyring())
    assert wrong.value.kind is StorageErrorKind.WRONG_PASSWORD

    pristine = path.read_bytes()
    for offset, where in ((3, "salt in the header"), (200, "first page")):
        damaged = bytearray(pristine)
        damaged[offset] ^= 0x5A
        path.write_bytes(bytes(damaged))
        with pytest.raises(StorageError) as broken:
            unlock(path, PASSPHRASE, keyring=Keyring())
        assert broken.value.kind is StorageErrorKind.CORRUPT, where
        with pytest.raises(StorageError) as still_wrong:
            unlock(path, "not the passphrase at all", keyring=Keyring())
        assert still_wrong.value.kind is StorageErrorKind.WRONG_PASSWORD, where
    path.write_bytes(pristine)
    assert unlock(path, PASSPHRASE, keyring=Keyring()).salt == pristine[:16]


def test_without_its_key_file_a_database_still_opens_with_the_passphrase(
    tmp_path: Path,
) -> None:
    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE, keyring=Keyring())
    key_file_path(path).unlink()
    with pytest.raises(StorageError) as wrong:
        unlock(path, "wrong passphrase here", keyring=Keyring())
    assert wrong.value.kind is StorageErrorKind.WRONG_PASSWORD
    unlock(path, PASSPHRASE)
    with open_database(path) as database:
        assert database.cipher is not None


def test_cipher_integrity_check_names_the_page_with_a_flipped_byte(tmp_path: Path) -> None:
    path = _plain_database(tmp_path)
    key = encrypt_file(path, PASSPHRASE, keyring=Keyring()).key
    con = connect_file(path, key)
    try:
        assert con.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        con.close()
    data = bytearray(path.read_bytes())
    data[3 * 4096 + 1000] ^= 0x01  # page 4
    path.write_bytes(bytes(data))
    con = connect_file(path, key)
    try:
        report = " ".join(str(r[0]) for r in con.execute("PRAGMA cipher_integrity_check"))
    finally:
        con.close()
    assert "page 4" in report


def test_an_encrypted_database_does_not_open_until_unlocked(tmp_path: Path) -> None:
    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE, keyring=Keyring())
    with pytest.raises(StorageError) as refused:
        open_database(path)
    assert refused.value.kind is StorageErrorKind.KEY_REQUIRED
    assert refused.value.detail == str(path.resolve())


def test_a_key_file_beside_a_plain_file_is_an_interrupted_encryption(tmp_path: Path) -> None:
    path = _plain_database(tmp_path)
    key_file_path(path).write_text("{}", encoding="utf-8")
    assert not is_encrypted(path)
    with open_database(path) as database:
        assert database.cipher is None


def test_an_encrypted_backup_passes_its_checks_and_restores_with_the_key(
    tmp_path: Path,
) -> None:
    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE)
    backup = tmp_path / "b.db"
    with main.opened(str(path)) as wiring:
        backup_to(wiring.database, backup)
        _register(wiring, SECOND, make_iin(date(1991, 3, 3), Sex.FEMALE, 5) or "")
    assert check_file(backup).revision
    restored = restore(backup, path, reopen=False)
    assert restored.check.revision
    UNLOCKED.forget()
    unlock(path, PASSPHRASE)
    with main.opened(str(path)) as wiring:
        assert wiring.services.count_cases(CaseFilter()) == 1


def test_the_passphrase_policy() -> None:
    assert [e.code for e in passphrase_errors("короткий")] == ["passphrase.short"]
    assert passphrase_errors("Түркістан облысы 2026") == []
    assert [e.code for e in passphrase_errors("x" * 257)] == ["passphrase.long"]
    assert [e.field for e in passphrase_errors("достаточно длинный", "другой")] == ["confirm"]


def test_the_command_line_encrypts_and_then_needs_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plain_database(tmp_path)
    assert main.main(["--db", str(path), "backup", "--out", str(tmp_path / "plain.db")]) == 0
    folder = main.backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "office-daily-20261120T080000Z.db"
    assert main.main(["--db", str(path), "backup", "--out", str(old)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", "short")
    assert main.main(["--db", str(path), "encrypt"]) == 1
    assert "at least 12 characters" in capsys.readouterr().err
    assert not is_encrypted(path)

    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", PASSPHRASE)
    assert main.main(["--db", str(path), "encrypt", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {
        "database",
        "key_file",
        "rows",
        "backup",
        "plain_backups_removed",
        "plain_backups_kept",
    }
    assert result["plain_backups_removed"] == [old.name] and not old.exists()
    assert _hits(Path(result["backup"])) == []
    UNLOCKED.forget()

    monkeypatch.delenv("TARTIP_DB_PASSPHRASE")
    assert main.main(["--db", str(path), "cases", "--json"]) == 3
    assert "encrypted" in capsys.readouterr().err
    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", "a wrong passphrase")
    assert main.main(["--db", str(path), "cases", "--json"]) == 3
    assert "Wrong database passphrase" in capsys.readouterr().err
    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", PASSPHRASE)
    assert main.main(["--db", str(path), "cases", "--json"]) == 0
    assert [c["iin"] for c in json.loads(capsys.readouterr().out)] == [IIN]
    assert main.main(["--db", str(path), "check"]) == 0


def test_a_damaged_page_read_later_is_reported_as_damage(tmp_path: Path) -> None:
    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE)
    with open_database(path) as database, database.reader.connect() as conn:
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name='servants'"
        ).scalar_one()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 700] ^= 0x01
    path.write_bytes(bytes(data))
    with open_database(path) as database:  # opens: the whole-file checks are skipped
        with pytest.raises(StorageError) as damaged, translate_errors():
            with database.reader.connect() as conn:
                conn.exec_driver_sql("SELECT * FROM servants").fetchall()
    assert damaged.value.kind is StorageErrorKind.CORRUPT


def test_without_its_key_file_the_command_line_opens_it_with_the_passphrase_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE, keyring=Keyring())
    key_file_path(path).unlink()
    capsys.readouterr()
    assert main.main(["--db", str(path), "cases", "--json"]) == 3  # looks like any other file
    assert "not a tartip database" in capsys.readouterr().err.lower()
    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", PASSPHRASE)
    assert main.main(["--db", str(path), "cases", "--json"]) == 0
    assert [c["iin"] for c in json.loads(capsys.readouterr().out)] == [IIN]


NEW_PASSPHRASE = "Жаңа құпия фраза 2027"


def test_changing_the_passphrase_re_encrypts_the_file_and_its_backups(tmp_path: Path) -> None:
    from db.backup import rotate
    from db.encrypt import change_passphrase
    from domain.audit import AuditFilter

    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE)
    folder = main.backup_folder(path)
    with main.opened(str(path)) as wiring:
        rotate(path, folder, source=wiring.database)  # a daily and an exit backup
    before = path.read_bytes()
    opener = lambda p: main.open_services(str(p)).database  # noqa: E731
    with pytest.raises(StorageError) as wrong:
        change_passphrase(path, "not the passphrase", NEW_PASSPHRASE, folder, opener)
    assert wrong.value.kind is StorageErrorKind.WRONG_PASSWORD
    assert path.read_bytes() == before

    done = change_passphrase(path, PASSPHRASE, NEW_PASSPHRASE, folder, opener)
    assert len(done.backups) == 2 and done.left == []
    UNLOCKED.forget()
    with pytest.raises(StorageError) as old:
        unlock(path, PASSPHRASE, keyring=Keyring())
    assert old.value.kind is StorageErrorKind.WRONG_PASSWORD
    key = unlock(path, NEW_PASSPHRASE)
    for backup in folder.glob("*.db"):
        assert check_file(backup).revision  # opens with the new key (same salt)
        assert backup.read_bytes()[:16] == key.salt
    with open_database(path) as database, database.uow(read_only=True) as uow:
        (entry,) = uow.audit.entries(AuditFilter(action="database.passphrase_changed"), 0, 5)
    assert json.loads(entry.diff) == {"backups_rekeyed": 2, "backups_left": 0}
    assert PASSPHRASE not in entry.diff and NEW_PASSPHRASE not in entry.diff


def test_an_interrupted_change_leaves_a_file_the_old_passphrase_opens(tmp_path: Path) -> None:
    from db.cipher import KeyFile, derive, write_key_file

    path = _plain_database(tmp_path)
    key = encrypt_file(path, PASSPHRASE, keyring=Keyring()).key
    # The new key file was written, the file was not re-encrypted yet.
    fresh = derive(NEW_PASSPHRASE, key.salt)
    from db.cipher import CipherKey

    write_key_file(path, KeyFile.for_key(CipherKey(fresh, key.salt)))
    assert unlock(path, PASSPHRASE, keyring=Keyring()) == key  # the file decides
    with pytest.raises(StorageError) as wrong:  # and the key file follows the file again
        unlock(path, NEW_PASSPHRASE, keyring=Keyring())
    assert wrong.value.kind is StorageErrorKind.WRONG_PASSWORD


def test_the_command_line_changes_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plain_database(tmp_path)
    encrypt_file(path, PASSPHRASE, keyring=Keyring())
    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TARTIP_DB_NEW_PASSPHRASE", "short")
    capsys.readouterr()
    assert main.main(["--db", str(path), "change-passphrase"]) == 1
    assert "at least 12" in capsys.readouterr().err
    monkeypatch.setenv("TARTIP_DB_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert main.main(["--db", str(path), "change-passphrase", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {
        "database",
        "backups_rekeyed",
        "backups_left",
    }
    UNLOCKED.forget()
    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", NEW_PASSPHRASE)
    assert main.main(["--db", str(path), "cases", "--json"]) == 0
