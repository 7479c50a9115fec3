"""The canonical content of a document, its hash, short code and QR payload."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.document_data import DocumentData, DocumentStamp
from domain.documents import (
    canonical_json,
    changed_fields,
    content_hash,
    document_content,
    normalize_code,
    parse_content,
    parse_qr_payload,
    qr_payload,
    short_code,
)
from domain.model import CaseDetail, CaseStatus, Servant, ServiceCategory, Sex
from domain.procedure import tally
from domain.procedure_model import (
    CaseProcedure,
    DocumentKind,
    Explanation,
    ExplanationOutcome,
    Hearing,
)
from domain.rulepack import RulePack
from tests.domain_procedure.builders import COMMISSION, hearing

NOW = datetime(2026, 10, 20, 6, tzinfo=UTC)
SERVANT = Servant(
    1,
    "Әлиев Нұрлан Серікұлы",
    "840602300123",
    date(1984, 6, 2),
    Sex.MALE,
    "бас маман",
    ServiceCategory.ADMINISTRATIVE,
    False,
    7,
    None,
)
CASE = CaseDetail(
    id=3,
    number="2026-00003",
    servant=SERVANT,
    offence="art50.7",
    offence_group="II",
    rule_pack="kz-416-V",
    committed_on=date(2026, 9, 1),
    discovered_on=date(2026, 9, 20),
    continuing_until=None,
    description="Өтініш бойынша ақпарат берілмеді.",
    report_source="",
    status=CaseStatus.HEARING,
    created_at=NOW,
    updated_at=NOW,
    last_day=date(2026, 12, 21),
)
EXPLANATION = Explanation(
    3,
    date(2026, 9, 21),
    date(2026, 9, 23),
    ExplanationOutcome.REFUSED,
    None,
    "",
    date(2026, 9, 21),
    "Ким А.",
    None,
)
_H = hearing()
HEARING = Hearing(
    5,
    3,
    COMMISSION.id,
    _H.held_on,
    _H.place,
    _H.members,
    _H.outcome,
    _H.proposed_penalty,
    "Слушали…",
    "Әлиев Н.С.",
    tally(_H.members, (2, 3)),
)
STAMP = DocumentStamp(9, "0001/2026", date(2026, 10, 20), "", "")


def _data(pack: RulePack, kind: DocumentKind = DocumentKind.DECISION, **kw: object) -> DocumentData:
    procedure = CaseProcedure(3, COMMISSION, EXPLANATION, (HEARING,), None, (), (), ())
    data = DocumentData(
        kind=kind,
        case=CASE,
        deadline=None,
        pack=pack,
        procedure=procedure,
        stamp=STAMP,
        body_names={"kk": "Түркістан облысының әкімдігі", "ru": "Акимат Туркестанской области"},
        commission=COMMISSION,
        hearing=HEARING,
        worksheet_paragraphs={"kk": ["Бірінші."], "ru": ["Первый."]},
    )
    return replace(data, **kw)  # type: ignore[arg-type]


def test_a_decision_prints_the_servant_facts_explanation_hearing_and_votes(pack: RulePack) -> None:
    content = document_content(_data(pack), "kk")
    assert content["kind"] == "decision" and content["lang"] == "kk"
    assert content["number"] == "0001/2026"
    assert content["servant.iin"] == "840602300123"
    assert content["servant.full_name"] == "Әлиев Нұрлан Серікұлы"
    assert content["case.committed_on"] == "2026-09-01"
    assert content["case.last_day"] == "2026-12-21"
    assert content["explanation.outcome"] == "refused"
    assert content["hearing.proposed_penalty"] == "reprimand"
    assert (content["tally.for"], content["tally.adopted"]) == ("3", "1")
    assert content["hearing.members.4.full_name"] == "Ильина Ольга"
    assert content["worksheet.kk"] == "Бірінші." and content["worksheet.ru"] == "Первый."
    assert "hearing.minutes" not in content  # the protocol prints the minutes, the decision not
    assert all(isinstance(v, str) for v in content.values())


def test_each_kind_prints_only_its_own_part(pack: RulePack) -> None:
    request = document_content(_data(pack, DocumentKind.EXPLANATION_REQUEST))
    assert request["explanation.due_on"] == "2026-09-23"
    assert not any(k.startswith(("hearing.", "tally.", "order.", "worksheet.")) for k in request)
    protocol = document_content(_data(pack, DocumentKind.PROTOCOL))
    assert protocol["hearing.minutes"] == "Слушали…" and protocol["hearing.invited"] == "Әлиев Н.С."
    act = document_content(_data(pack, DocumentKind.EXPLANATION_ACT))
    assert act["explanation.act_witnesses"] == "Ким А." and "case.description" not in act


def test_the_code_and_the_qr_are_not_part_of_the_content(pack: RulePack) -> None:
    a = _data(pack)
    b = replace(a, stamp=replace(STAMP, document_id=10, code="ABCD-EFGH-JKMN", qr_payload="x"))
    assert content_hash(document_content(a, "ru")) == content_hash(document_content(b, "ru"))


def test_a_changed_fact_number_or_language_changes_the_hash(pack: RulePack) -> None:
    base = content_hash(document_content(_data(pack), "ru"))
    renamed = _data(pack, case=replace(CASE, servant=replace(SERVANT, full_name="Әлиев Нұрлан")))
    assert content_hash(document_content(renamed, "ru")) != base
    renumbered = _data(pack, stamp=replace(STAMP, number="0002/2026"))
    assert content_hash(document_content(renumbered, "ru")) != base
    assert content_hash(document_content(_data(pack), "kk")) != base


def test_the_hash_is_sha256_of_sorted_compact_nfc_json() -> None:
    nfd = unicodedata.normalize("NFD", "Әлиев")
    content = {"b": nfd, "a": "1"}
    text = '{"a":"1","b":"Әлиев"}'
    assert canonical_json(content) == text
    assert content_hash(content) == hashlib.sha256(text.encode()).hexdigest()
    assert content_hash(content) == content_hash({"a": "1", "b": "Әлиев"})


def test_stored_content_reads_back_and_differences_are_named() -> None:
    old = {"a": "1", "b": "2", "c": "3"}
    assert parse_content(canonical_json(old)) == old
    assert parse_content("") is None and parse_content("[1]") is None and parse_content("{") is None
    assert changed_fields(old, {"a": "1", "b": "9", "d": "4"}) == ("b", "c", "d")


def test_the_short_code_is_60_bits_of_the_hash_in_crockford_base32() -> None:
    digest = "0" * 64
    assert short_code(digest) == "0000-0000-0000"
    assert short_code("f" * 64) == "ZZZZ-ZZZZ-ZZZZ"
    # 0x123456789abcdef in 5-bit groups: 00010 01000 11010 00101 01100 11110 00100 11010 10111
    # 10011 01111 01111 = 2 8 26 5 12 30 4 26 23 19 15 15 = 2 8 T 5 C Y 4 T Q K F F.
    assert short_code("123456789abcdef" + "0" * 49) == "28T5-CY4T-QKFF"


@given(st.binary(min_size=1, max_size=64))
def test_a_short_code_has_no_ambiguous_letters_and_reads_back(data: bytes) -> None:
    code = short_code(hashlib.sha256(data).hexdigest())
    assert len(code) == 14 and code.count("-") == 2
    assert not set(code) & set("ILOU")
    assert normalize_code(code) == code
    assert normalize_code(code.lower().replace("-", " ")) == code


def test_typed_codes_read_o_as_zero_and_i_l_as_one() -> None:
    assert normalize_code("oooo-iiii-llll") == "0000-1111-1111"
    assert normalize_code("ABCD-EFGH-JKM") is None  # too short
    assert normalize_code("ABCD-EFGH-JKMU") is None  # U is not in the alphabet
    assert normalize_code("DRAFT") is None


def test_the_qr_payload_round_trips() -> None:
    payload = qr_payload(42, "14D2-PF2D-BSQF")
    assert payload == "TARTIP:1:42:14D2-PF2D-BSQF"
    assert parse_qr_payload(payload) == (42, "14D2-PF2D-BSQF")


@pytest.mark.parametrize(
    "text",
    [
        "TARTIP:2:42:14D2-PF2D-BSQF",
        "OTHER:1:42:14D2-PF2D-BSQF",
        "TARTIP:1:x:14D2-PF2D-BSQF",
        "TARTIP:1:42",
        "TARTIP:1:٤٢:14D2-PF2D-BSQF",
    ],
)
def test_other_payloads_are_not_ours(text: str) -> None:
    assert parse_qr_payload(text) is None


def test_content_json_is_valid_json_with_cyrillic_kept(pack: RulePack) -> None:
    text = canonical_json(document_content(_data(pack), "both"))
    assert "Әлиев" in text and json.loads(text)["lang"] == "both"
