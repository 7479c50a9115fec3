"""Audit checkpoints (RELIABILITY 2.2 (2)(3)): signed, parsed strictly, and they expose a trail
truncated below them or rewritten, at start-up (the remembered copy) and against the file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.audit_checkpoint import CheckpointFolder, audit_service_for, remembered_path
from db.audit_key import AnchorFile, anchor_path_for, keyring_for
from db.engine import Database
from domain.audit import AuditFilter, ChainProblem, verify_chain
from domain.audit_checkpoint import (
    UNSIGNED,
    Checkpoint,
    CheckpointError,
    CheckpointStatus,
    ExportRefused,
    Signature,
    checkpoint_text,
    make_checkpoint,
    parse_checkpoint,
    signature_of,
    vouches,
)
from domain.audit_service import CHECKPOINT_ACTION, AuditService
from domain.authz import Guard, Role, User
from domain.errors import PermissionDenied
from tests.audit.chains import insert_rows, make_chain, recompute, replace_all_rows, tamper

KEY = bytes(range(32))
KEYS = keyring_for(KEY)
TS = "2026-03-16T06:00:00.000000Z"


def _cp(key: bytes | None = KEY, seq: int = 400, head: str = "ab" * 32) -> Checkpoint:
    return make_checkpoint(database_name="office.db", database_path="/data/office.db",
                           chain_id="cd" * 32, seq=seq, head_hash=head, entries=seq,
                           created_utc=TS, key=key)  # fmt: skip


def _edited(text: str, **changes: object) -> str:
    data = json.loads(text)
    for name, value in changes.items():
        if name in ("name", "path", "chain_id"):
            data["database"][name] = value
        else:
            data[name] = value
    return json.dumps(data)


# --- the pure rules -------------------------------------------------------------------------


def test_a_signed_checkpoint_round_trips_and_its_signature_is_valid() -> None:
    cp = _cp()
    text = checkpoint_text(cp)
    assert parse_checkpoint(text) == cp
    assert cp.signed and cp.signature.startswith("hmac-sha256:") and cp.key_id in KEYS
    assert signature_of(cp, KEYS) is Signature.VALID and vouches(Signature.VALID, KEYS)
    assert signature_of(cp, keyring_for(b"\x07" * 32)) is Signature.UNKNOWN_KEY


def test_without_a_key_the_checkpoint_says_unsigned_and_counts_only_where_no_key_is_held() -> None:
    cp = _cp(key=None)
    assert cp.signature == UNSIGNED and cp.key_id == ""
    assert '"signature": "unsigned"' in checkpoint_text(cp)
    assert signature_of(cp, {}) is Signature.UNSIGNED
    assert vouches(Signature.UNSIGNED, {}) is True
    # Stripping the signature must not make a forgery pass where a key exists.
    assert vouches(Signature.UNSIGNED, KEYS) is False


@settings(max_examples=60, deadline=None)
@given(
    field=st.sampled_from(["seq", "head_hash", "entries", "created_utc", "name", "chain_id"]),
    seq=st.integers(0, 10**9),
)
def test_any_edited_field_makes_the_signature_fail(field: str, seq: int) -> None:
    text = checkpoint_text(_cp())
    new = {
        "seq": seq if seq != 400 else 401,
        "entries": seq if seq != 400 else 401,
        "head_hash": f"{seq:064x}",
        "chain_id": f"{seq + 1:064x}",
        "created_utc": "2026-03-17T06:00:00.000000Z",
        "name": f"other{seq}.db",
    }[field]
    forged = parse_checkpoint(_edited(text, **{field: new}))
    assert signature_of(forged, KEYS) is Signature.FORGED


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("not json {", "checkpoint.not_json"),
        ('{"format": "something-else"}', "checkpoint.not_a_checkpoint"),
        ("[1, 2]", "checkpoint.not_a_checkpoint"),
    ],
)
def test_what_is_not_a_checkpoint_is_refused_by_code(text: str, code: str) -> None:
    with pytest.raises(CheckpointError) as caught:
        parse_checkpoint(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("changes", "code", "params"),
    [
        ({"version": 2}, "checkpoint.version", {"version": "2"}),
        ({"seq": "400"}, "checkpoint.field", {"field": "seq"}),
        ({"seq": True}, "checkpoint.field", {"field": "seq"}),
        ({"head_hash": "xyz"}, "checkpoint.field", {"field": "head_hash"}),
        ({"created_utc": "yesterday"}, "checkpoint.field", {"field": "created_utc"}),
        ({"key_id": "../../etc"}, "checkpoint.field", {"field": "key_id"}),
    ],
)
def test_a_damaged_checkpoint_names_its_bad_field(
    changes: dict[str, object], code: str, params: dict[str, str]
) -> None:
    with pytest.raises(CheckpointError) as caught:
        parse_checkpoint(_edited(checkpoint_text(_cp()), **changes))
    assert (caught.value.code, caught.value.params) == (code, params)


def test_the_chain_is_truncated_below_a_checkpoint_or_rewritten_against_it() -> None:
    chain = make_chain(500, KEY)
    pin = _cp(seq=400, head=chain[399].hash).as_anchor()
    assert verify_chain(chain, KEYS, pins=[pin]).ok
    cut = verify_chain(chain[:350], KEYS, pins=[pin])
    assert (cut.problem, cut.first_bad_seq, cut.against) == (ChainProblem.TRUNCATED, 351, pin)
    # A keyless installation: a full recompute is self-consistent, only the checkpoint shows it.
    plain = make_chain(500, None)
    pin = _cp(key=None, seq=400, head=plain[399].hash).as_anchor()
    rewritten = recompute([*plain[:10], replace(plain[10], actor="someone"), *plain[11:]], None, 10)
    assert verify_chain(rewritten).ok
    found = verify_chain(rewritten, pins=[pin])
    assert (found.problem, found.first_bad_seq, found.against) == (
        ChainProblem.REWRITTEN, 400, pin,
    )  # fmt: skip


def test_each_pin_is_checked_on_its_own_so_a_forged_anchor_hides_nothing() -> None:
    chain = make_chain(300, KEY)
    rewritten = recompute([*chain[:99], replace(chain[99], actor="x"), *chain[100:]], KEY, 99)
    forged_anchor = _cp(seq=300, head=rewritten[-1].hash).as_anchor("anchor")
    checkpoint = _cp(seq=200, head=chain[199].hash).as_anchor()
    verdict = verify_chain(rewritten, KEYS, forged_anchor, pins=[checkpoint])
    assert (verdict.problem, verdict.first_bad_seq) == (ChainProblem.REWRITTEN, 200)
    assert verdict.against == checkpoint


# --- the service on a real SQLite file -------------------------------------------------------


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"  # the conftest's key lives here, as audit.key


def _service(database: Database, key: bytes | None, config: Path, **kw: object) -> AuditService:
    return audit_service_for(database, keyring_for(key), config, audited=True, **kw)  # type: ignore[arg-type]


@pytest.fixture
def trail(database: Database, db_path: Path, key: bytes) -> list:  # type: ignore[type-arg]
    entries = make_chain(300, key)
    insert_rows(db_path, entries)
    return entries


def test_happy_path_export_is_recorded_remembered_and_verifies(
    database: Database,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    service = _service(database, key, config)
    out = tmp_path / "usb" / "checkpoint.json"
    cp = service.export_checkpoint(str(out))
    assert (cp.seq, cp.entries, cp.head_hash, cp.chain_id) == (
        300,
        300,
        trail[-1].hash,
        trail[0].hash,
    )
    assert cp.database_name == "office.db" and cp.created_utc == "2026-03-16T06:00:00.000000Z"
    assert parse_checkpoint(out.read_text(encoding="utf-8")) == cp
    remembered = remembered_path(config, cp.database_path)
    assert remembered.parent.parent == config and remembered.read_text(encoding="utf-8") == (
        out.read_text(encoding="utf-8")
    )
    with database.uow(read_only=True) as uow:
        (entry,) = uow.audit.entries(AuditFilter(action=CHECKPOINT_ACTION), 0, 5)
    assert entry.seq == 301 and entry.key_id and json.loads(entry.diff)["seq"] == 300
    checked = service.verify_checkpoint(str(out))
    assert checked.status is CheckpointStatus.OK and checked.signature is Signature.VALID
    assert checked.same_chain and checked.chain.count == 301
    assert service.verify().ok


def test_truncation_below_the_checkpoint_shows_at_start_up_even_without_the_anchor(
    database: Database,
    db_path: Path,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    out = tmp_path / "checkpoint.json"
    _service(database, key, config).export_checkpoint(str(out))
    tamper(db_path, ("DELETE FROM audit_log WHERE seq > ?", (250,)))
    anchor_path_for(db_path).unlink()  # whoever truncated also removed the anchor beside the file
    # The start-up check (main._startup_checks builds exactly this: no exports recorded).
    verdict = audit_service_for(database, keyring_for(key), config).verify()
    assert (verdict.ok, verdict.problem, verdict.first_bad_seq) == (
        False, ChainProblem.TRUNCATED, 251,
    )  # fmt: skip
    assert verdict.against is not None and verdict.against.source == "remembered"
    checked = _service(database, key, config).verify_checkpoint(str(out))
    assert checked.status is CheckpointStatus.TAMPERED and checked.signature is Signature.VALID
    assert checked.chain.problem is ChainProblem.TRUNCATED


def test_a_keyless_full_recompute_is_exposed_by_the_checkpoint(
    database: Database, db_path: Path, config: Path, tmp_path: Path
) -> None:
    database.actor.key = None  # an installation without a key: plain SHA-256, unsigned checkpoint
    plain = make_chain(200, None)
    insert_rows(db_path, plain)
    out = tmp_path / "checkpoint.json"
    cp = _service(database, None, config).export_checkpoint(str(out))
    assert cp.signature == UNSIGNED and cp.seq == 200
    with database.uow(read_only=True) as uow:
        appended = list(uow.audit.iter_all())
    rewritten = recompute([*appended[:49], replace(appended[49], reason="edited"),
                           *appended[50:]], None, 49)  # fmt: skip
    replace_all_rows(db_path, rewritten)
    anchor_path_for(db_path).unlink()
    fresh = tmp_path / "elsewhere"  # another computer: no remembered copy, only the file
    checked = _service(database, None, fresh).verify_checkpoint(str(out))
    assert checked.status is CheckpointStatus.TAMPERED and checked.against_checkpoint
    assert (checked.chain.problem, checked.chain.first_bad_seq) == (ChainProblem.REWRITTEN, 200)
    assert checked.signature is Signature.UNSIGNED and checked.same_chain  # entry 1 untouched


def test_a_keyed_rewrite_without_the_key_is_caught_by_the_chain_itself(
    database: Database,
    db_path: Path,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    out = tmp_path / "checkpoint.json"
    _service(database, key, config).export_checkpoint(str(out))
    with database.uow(read_only=True) as uow:
        appended = list(uow.audit.iter_all())
    replace_all_rows(db_path, recompute(appended, None, 0))
    checked = _service(database, key, config).verify_checkpoint(str(out))
    assert checked.status is CheckpointStatus.TAMPERED
    assert (checked.chain.problem, checked.chain.first_bad_seq) == (ChainProblem.UNKEYED, 1)


@pytest.mark.parametrize(
    "forge", ["seq", "head_hash", "unsigned"], ids=["edited seq", "edited hash", "stripped"]
)
def test_a_forged_checkpoint_matching_a_truncated_trail_is_refused(
    forge: str,
    database: Database,
    db_path: Path,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    out = tmp_path / "checkpoint.json"
    service = _service(database, key, config)
    service.export_checkpoint(str(out))
    tamper(db_path, ("DELETE FROM audit_log WHERE seq > ?", (250,)))
    anchor_path_for(db_path).unlink()
    remembered_path(config, str(db_path.resolve())).unlink()
    # The forger makes the file agree with the truncated trail, keeping or dropping the MAC.
    changes: dict[str, object] = {"seq": 250, "entries": 250, "head_hash": trail[249].hash}
    if forge == "seq":
        changes = {"seq": 250, "entries": 250}
    elif forge == "unsigned":
        changes = {**changes, "signature": UNSIGNED, "key_id": ""}
    out.write_text(_edited(out.read_text(encoding="utf-8"), **changes), encoding="utf-8")
    checked = service.verify_checkpoint(str(out))
    assert checked.status is CheckpointStatus.REFUSED and not checked.ok
    expected = Signature.UNSIGNED if forge == "unsigned" else Signature.FORGED
    assert checked.signature is expected and not checked.accepted


def test_an_edited_remembered_copy_is_reported_at_start_up(
    database: Database,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    cp = _service(database, key, config).export_checkpoint(str(tmp_path / "c.json"))
    remembered = remembered_path(config, cp.database_path)
    remembered.write_text(_edited(remembered.read_text(encoding="utf-8"), seq=120))
    verdict = audit_service_for(database, keyring_for(key), config).verify()
    assert (verdict.ok, verdict.problem, verdict.first_bad_seq) == (
        False, ChainProblem.FORGED_CHECKPOINT, 120,
    )  # fmt: skip
    remembered.write_bytes(b"\x00garbage")
    assert audit_service_for(database, keyring_for(key), config).verify().problem is (
        ChainProblem.FORGED_CHECKPOINT
    )


def test_no_checkpoint_of_a_broken_chain_and_nothing_recorded(
    database: Database,
    db_path: Path,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    tamper(db_path, ("UPDATE audit_log SET actor = 'admin' WHERE seq = ?", (42,)))
    out = tmp_path / "checkpoint.json"
    with pytest.raises(ExportRefused) as caught:
        _service(database, key, config).export_checkpoint(str(out))
    assert (caught.value.verdict.first_bad_seq, caught.value.verdict.problem) == (
        42, ChainProblem.EDITED,
    )  # fmt: skip
    assert not out.exists() and not (config / "audit-checkpoints").exists()
    with database.uow(read_only=True) as uow:
        assert uow.audit.count(AuditFilter(action=CHECKPOINT_ACTION)) == 0


def test_the_remembered_copy_only_moves_forward(tmp_path: Path) -> None:
    folder = CheckpointFolder("office.db", "/data/office.db", tmp_path)
    newer, older = checkpoint_text(_cp(seq=500)), checkpoint_text(_cp(seq=400))
    folder.remember(newer, 500)
    folder.remember(older, 400)
    assert folder.remembered() == newer
    other = CheckpointFolder("office.db", "/elsewhere/office.db", tmp_path)
    assert other.remembered() is None  # keyed by database: another file has its own


def test_a_huge_file_is_not_read_as_a_checkpoint(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 70_000)
    with pytest.raises(CheckpointError) as caught:
        CheckpointFolder("x", "/x", tmp_path).load(str(big))
    assert caught.value.code == "checkpoint.too_big"


def test_export_needs_the_audit_export_permission(
    database: Database,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    auditor = Guard(User(5, "aud", "Auditor", Role.AUDITOR, None, True))
    officer = Guard(User(6, "hr", "Officer", Role.HR_OFFICER, None, True))
    assert (
        _service(database, key, config, guard=auditor)
        .export_checkpoint(str(tmp_path / "a.json"))
        .seq
        == 300
    )
    with pytest.raises(PermissionDenied):
        _service(database, key, config, guard=officer).export_checkpoint(str(tmp_path / "b.json"))
    with pytest.raises(PermissionDenied):
        _service(database, key, config, guard=officer).verify_checkpoint(str(tmp_path / "a.json"))
    assert not (tmp_path / "b.json").exists()


def test_main_start_up_check_reports_a_trail_shorter_than_the_remembered_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import main

    config = tmp_path / "cfg"
    monkeypatch.setattr(main, "audit_key_path", lambda: config / "audit.key")
    db_file = tmp_path / "live.db"
    wiring = main.open_services(str(db_file))
    try:
        key = wiring.database.actor.key
        insert_rows(db_file, make_chain(80, key))
        assert main._startup_checks(wiring).ok  # type: ignore[union-attr]
        cp = wiring.audit.export_checkpoint(str(tmp_path / "cp.json"))
        assert cp.seq == 80 and remembered_path(config, str(db_file.resolve())).is_file()
    finally:
        wiring.database.dispose()
    tamper(db_file, ("DELETE FROM audit_log WHERE seq > ?", (40,)))
    anchor_path_for(db_file).unlink()
    wiring = main.open_services(str(db_file))
    try:
        verdict = main._startup_checks(wiring)
    finally:
        wiring.database.dispose()
    assert verdict is not None and (verdict.problem, verdict.first_bad_seq) == (
        ChainProblem.TRUNCATED, 41,
    )  # fmt: skip


def test_a_restore_sets_the_anchor_and_checkpoint_aside_and_its_entry_keeps_them(
    database: Database,
    db_path: Path,
    key: bytes,
    config: Path,
    tmp_path: Path,
    trail: list,  # type: ignore[type-arg]
) -> None:
    from db.backup import backup_to
    from db.restore import restore

    older = tmp_path / "older.db"
    backup_to(database, older)  # 300 entries
    service = _service(database, key, config)
    cp = service.export_checkpoint(str(tmp_path / "usb.json"))  # entry 301, remembered at 300
    assert service.verify().ok  # the anchor moves to 301
    anchored = AnchorFile(anchor_path_for(db_path)).read()
    assert anchored is not None and anchored.seq == 301

    restored = restore(older, db_path, database=database, keys=keyring_for(key), config_dir=config)
    assert restored.database is not None
    try:
        after = _service(restored.database, key, config)
        assert after.verify().ok  # without the set-aside: "truncated" at every start
        with restored.database.uow(read_only=True) as uow:
            (entry,) = uow.audit.entries(AuditFilter(action="database.restore"), 0, 5)
        assert json.loads(entry.diff)["replaced"] == {
            "anchor": {"seq": 301, "hash": anchored.hash},
            "checkpoint": {"seq": cp.seq, "hash": cp.head_hash},
        }
        # The control: the old anchor put back would have reported the restored trail.
        anchor_path_for(db_path).unlink()
        AnchorFile(anchor_path_for(db_path)).write(anchored)
        assert after.verify().problem is ChainProblem.REWRITTEN  # another entry No. 301
    finally:
        restored.database.dispose()
