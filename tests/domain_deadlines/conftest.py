"""Shared fixtures of the deadline tests: the real 416-V pack, the real KZ calendar, a hand-built pack."""

from __future__ import annotations

from datetime import date

import pytest

from domain.calendar import WorkCalendar
from domain.rulepack import (
    Offence,
    OffenceKind,
    RulePack,
    RulePackRegistry,
    SuspensionReason,
    Text,
    TimeLimit,
)


@pytest.fixture(scope="session")
def pack() -> RulePack:
    """The built-in Law 416-V pack, exactly as the app loads it."""
    return RulePackRegistry.load_builtin_packs().default


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    return WorkCalendar()


def _t(en: str) -> Text:
    return Text(ru=en, kk=en, en=en)


@pytest.fixture(scope="session")
def hand_pack() -> RulePack:
    """A small pack written here: same Art. 45 figures, plus a reason that blocks but never suspends."""
    return RulePack(
        id="test-pack",
        title=_t("Test"),
        law="test",
        effective_from=date(2000, 1, 1),
        sources=(),
        caveat=None,
        offences=(
            Offence("g", OffenceKind.GENERAL, "Art. 44", _t("general"), None, None),
            Offence("d", OffenceKind.DISCREDITING, "Art. 50", _t("discrediting"), "I", "B"),
            Offence("b", OffenceKind.BUDGET, "budget", _t("budget"), None, None),
        ),
        penalties=(),
        severity_classes=(),
        time_limits=(
            TimeLimit("general", 1, 6, "Art. 45"),
            TimeLimit("discrediting", 3, 12, "Art. 45"),
            TimeLimit("budget", 3, 12, "Art. 45"),
            TimeLimit("after_termination", 3, 12, "Art. 45"),
        ),
        suspension_reasons=(
            SuspensionReason("vacation", _t("Vacation"), True, True, "Art. 45 p.3-4"),
            SuspensionReason("criminal_proceedings", _t("Proceedings"), True, False, "Art. 45 p.4"),
            SuspensionReason("watch", _t("Blocks only"), False, True, "Art. 45 p.3"),
        ),
        switches={"move_to_next_working_day": True},
        parameters={
            "continuing_offence_start": "end_or_discovery",
            "penalty_lifetime_months": 6,
            "repeat_window_months": 12,
            "explanation_wait_working_days": 2,
            "order_announcement_working_days": 3,
            "reentry_ban_years": {"discrediting": 2, "restrictions_or_ethics": 1},
        },
    )
