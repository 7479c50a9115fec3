"""What a printed document says, as canonical content: its hash, short code and QR payload.

A registered document keeps the SHA-256 of its content. Verifying a paper copy recomputes the
content from today's record: the same hash means the record still says what the paper says.
The content holds only what the document prints, in a language-independent form (codes, ISO
dates, names and texts as typed), plus its kind, language, registration number and date; never
the verification code, which is derived from the hash.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import Enum

from domain.document_data import DocumentData
from domain.procedure_model import DocumentKind, Hearing

# Crockford's base 32: digits and letters without I, L, O and U, so a code read from paper has
# no 0/O or 1/I/L ambiguity; typed O, I and L are read as 0, 1 and 1.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4
_CODE_LENGTH = CODE_GROUPS * CODE_GROUP_LENGTH  # 12 characters: 60 bits of the hash
QR_PREFIX = "TARTIP"
QR_VERSION = "1"

# What each kind prints besides the common heading (body, number, servant, offence).
_FACTS = "facts"
_EXPLANATION = "explanation"
_REQUEST = "request"
_HEARING = "hearing"
_MINUTES = "minutes"
_WORKSHEET = "worksheet"
_ORDER = "order"
_PARTS: dict[DocumentKind, frozenset[str]] = {
    DocumentKind.EXPLANATION_REQUEST: frozenset({_FACTS, _REQUEST}),
    DocumentKind.EXPLANATION_ACT: frozenset({_REQUEST, _EXPLANATION}),
    DocumentKind.PROTOCOL: frozenset({_FACTS, _REQUEST, _EXPLANATION, _HEARING, _MINUTES}),
    DocumentKind.DECISION: frozenset({_FACTS, _REQUEST, _EXPLANATION, _HEARING, _WORKSHEET}),
    DocumentKind.ORDER: frozenset({_FACTS, _ORDER}),
}


def _s(value: object) -> str:
    """A value as the content holds it: "" for None, ISO dates, enum values, 1/0, NFC text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value))


def document_content(data: DocumentData, lang: str | None = None) -> dict[str, str]:
    """The fields a document of `data.kind` prints, keyed by stable dotted names.

    `lang` ("kk", "ru" or "both") is part of the content when given, so the same record printed
    in two languages gives two hashes. Texts the pack words per language are included only as
    the worksheet's paragraphs (their notes are the commission's own words).
    """
    case = data.case
    servant = case.servant
    parts = _PARTS[DocumentKind(data.kind)]
    content: dict[str, str] = {
        "kind": _s(data.kind),
        "number": _s(data.stamp.number),
        "issued_on": _s(data.stamp.issued_on),
        "place": _s(data.place),
        "executor": _s(data.executor),
        "case.number": _s(case.number),
        "case.rule_pack": _s(case.rule_pack),
        "case.offence": _s(case.offence),
        "servant.full_name": _s(servant.full_name),
        "servant.iin": _s(servant.iin),
        "servant.position": _s(servant.position),
        "body.kk": _s(data.body_names.get("kk")),
        "body.ru": _s(data.body_names.get("ru")),
    }
    if lang is not None:
        content["lang"] = lang
    if _FACTS in parts:
        content |= _facts_content(data)
    explanation = data.procedure.explanation
    if _REQUEST in parts:
        content["explanation.requested_on"] = _s(explanation and explanation.requested_on)
        content["explanation.due_on"] = _s(explanation and explanation.due_on)
    if _EXPLANATION in parts and explanation is not None:
        content |= {
            "explanation.outcome": _s(explanation.outcome),
            "explanation.received_on": _s(explanation.received_on),
            "explanation.text": _s(explanation.text),
            "explanation.act_on": _s(explanation.act_on),
            "explanation.act_witnesses": _s(explanation.act_witnesses),
        }
    if _HEARING in parts:
        content |= _hearing_content(data, minutes=_MINUTES in parts)
    if _WORKSHEET in parts:
        content["case.penalty"] = _s(case.penalty)
        content["case.justification"] = _s(case.justification)
        for lang_key, paragraphs in sorted(data.worksheet_paragraphs.items()):
            content[f"worksheet.{lang_key}"] = _s("\n".join(paragraphs))
    if _ORDER in parts and data.order is not None:
        o = data.order
        content |= {
            f"order.{name}": _s(getattr(o, name))
            for name in (
                "signed_on",
                "official_name",
                "official_position",
                "outcome",
                "penalty",
                "order_number",
                "announced_on",
                "familiarised_on",
                "refused_on",
                "refusal_witnesses",
                "announce_due",
                "expires_on",
            )
        }
    return content


def _facts_content(data: DocumentData) -> dict[str, str]:
    """The case's facts and the Art. 45 dates a document prints with them."""
    case = data.case
    content = {
        "case.unit_name": _s(case.unit_name),
        "case.committed_on": _s(case.committed_on),
        "case.discovered_on": _s(case.discovered_on),
        "case.continuing_until": _s(case.continuing_until),
        "case.terminated_on": _s(case.terminated_on),
        "case.description": _s(case.description),
        "case.report_source": _s(case.report_source),
        "case.last_day": _s(case.last_day),
    }
    d = data.deadline
    if d is not None:
        content |= {
            "deadline.discovery_event": _s(d.discovery_event),
            "deadline.discovery_limit": _s(d.discovery_limit),
            "deadline.absolute_limit": _s(d.absolute_limit),
            "deadline.suspended_days": _s(d.suspended_days),
            "deadline.expired_before_discovery": _s(d.expired_before_discovery),
            "case.last_day": _s(d.last_day),
        }
    return content


def _hearing_content(data: DocumentData, *, minutes: bool) -> dict[str, str]:
    """The hearing a decision or protocol records: commission, attendance, votes, outcome."""
    content: dict[str, str] = {}
    if data.commission is not None:
        content["commission.name_kk"] = _s(data.commission.name_kk)
        content["commission.name_ru"] = _s(data.commission.name_ru)
    if data.composition is not None:
        for i, seat in enumerate(data.composition.members, start=1):
            prefix = f"composition.{i}."
            content[prefix + "full_name"] = _s(seat.full_name)
            content[prefix + "position"] = _s(seat.position)
            content[prefix + "role"] = _s(seat.role)
    h: Hearing | None = data.hearing
    if h is None:
        return content
    content |= {
        "hearing.held_on": _s(h.held_on),
        "hearing.place": _s(h.place),
        "hearing.outcome": _s(h.outcome),
        "hearing.proposed_penalty": _s(h.proposed_penalty),
        "tally.members": _s(h.tally.members),
        "tally.present": _s(h.tally.present),
        "tally.quorum_needed": _s(h.tally.quorum_needed),
        "tally.for": _s(h.tally.votes_for),
        "tally.against": _s(h.tally.votes_against),
        "tally.abstained": _s(h.tally.abstained),
        "tally.adopted": _s(h.tally.adopted),
    }
    if minutes:
        content["hearing.minutes"] = _s(h.minutes)
        content["hearing.invited"] = _s(h.invited)
    for i, m in enumerate(h.members, start=1):
        prefix = f"hearing.members.{i}."
        content |= {
            prefix + "full_name": _s(m.full_name),
            prefix + "role": _s(m.role),
            prefix + "present": _s(m.present),
            prefix + "recused": _s(m.recused),
            prefix + "recusal_reason": _s(m.recusal_reason),
            prefix + "vote": _s(m.vote),
            prefix + "dissent": _s(m.dissent),
        }
    return content


def canonical_json(content: Mapping[str, str]) -> str:
    """The content as canonical JSON: keys sorted, no spaces, NFC, non-ASCII kept as is."""
    nfc = {
        unicodedata.normalize("NFC", k): unicodedata.normalize("NFC", v) for k, v in content.items()
    }
    return json.dumps(nfc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(content: Mapping[str, str]) -> str:
    """The hex SHA-256 of the content's canonical JSON (UTF-8)."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def parse_content(text: str) -> dict[str, str] | None:
    """Stored canonical JSON back as content; None when it is empty or not such an object."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return None
    return {str(k): v for k, v in value.items()}


def changed_fields(old: Mapping[str, str], new: Mapping[str, str]) -> tuple[str, ...]:
    """The content keys whose values differ (added, removed or changed), sorted."""
    return tuple(sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k)))


def short_code(hash_hex: str) -> str:
    """The code printed beside the QR: the hash's first 60 bits in Crockford base 32, grouped
    "XXXX-XXXX-XXXX"."""
    bits = int(hash_hex[:15], 16)  # 15 hex digits = 60 bits = 12 characters of 5 bits
    chars = "".join(_ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(_CODE_LENGTH)))
    return _grouped(chars)


def normalize_code(text: str) -> str | None:
    """A code as typed from paper in its printed form; None when it cannot be one.

    Case, spaces and hyphens do not matter; O, I and L are read as 0, 1 and 1.
    """
    chars = "".join(ch for ch in text.upper() if ch not in " -\t")
    chars = "".join(_READ_AS.get(ch, ch) for ch in chars)
    if len(chars) != _CODE_LENGTH or any(ch not in _ALPHABET for ch in chars):
        return None
    return _grouped(chars)


def _grouped(chars: str) -> str:
    n = CODE_GROUP_LENGTH
    return "-".join(chars[i : i + n] for i in range(0, len(chars), n))


def qr_payload(document_id: int, code: str) -> str:
    """What a document's QR code encodes: "TARTIP:1:<document id>:<code>"."""
    return f"{QR_PREFIX}:{QR_VERSION}:{document_id}:{code}"


def parse_qr_payload(text: str) -> tuple[int, str] | None:
    """The document id and code of a QR payload, or None when it is not a Tartip one."""
    parts = text.strip().split(":")
    if len(parts) != 4 or parts[0] != QR_PREFIX or parts[1] != QR_VERSION:
        return None
    if not parts[2].isdecimal() or not parts[2].isascii():
        return None
    code = normalize_code(parts[3])
    if code is None:
        return None
    return int(parts[2]), code
