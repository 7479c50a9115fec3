"""The deadline engine's facts and result: Pause, DeadlineInput, BlockedPeriod, DeadlineResult."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from domain.deadline_steps import Step


@dataclass(frozen=True)
class Pause:
    """A recorded period (both ends inclusive) with a rule-pack suspension reason (Art. 45 p.3-4)."""

    reason: str  # a SuspensionReason.code: sick_leave, vacation, ..., prosecutor_review
    start: date
    end: date


@dataclass(frozen=True)
class DeadlineInput:
    """The facts the Art. 45 limits depend on."""

    offence: str  # rule-pack offence code
    committed_on: date  # for a continuing offence, the day the conduct began
    discovered_on: date
    pauses: tuple[Pause, ...] = ()
    continuing: bool = False  # a continuing offence; implied when `continuing_until` is set
    continuing_until: date | None = None  # the day a continuing offence ended, if it has
    terminated_on: date | None = None  # Art. 50 signs found after this termination decision
    new_case: bool = True  # repealed or switched-off offences are refused for new cases only


@dataclass(frozen=True)
class BlockedPeriod:
    """A pause on whose days no penalty may be imposed (Art. 45 p.3)."""

    reason: str
    start: date
    end: date
    article: str


@dataclass(frozen=True)
class DeadlineResult:
    """Both Art. 45 limits of a case, both readings of the absolute one, and how they were found."""

    rule_pack: str
    offence: str
    # The TimeLimit.applies_to used: general, discrediting, budget or after_termination.
    limit_kind: str
    discovery_event: str  # "discovery" or "termination"
    discovery_start: date  # the event date the discovery limit counts from
    absolute_event: str  # "commission", "conduct_end" or "discovery_still_continuing"
    absolute_start: date  # the event date the absolute limit counts from
    discovery_limit: date  # suspended and moved to a working day (if the switch is on)
    absolute_limit: date  # without suspension (the safe reading)
    absolute_limit_extended: date  # extended by the pauses after absolute_start
    last_day: date  # min(discovery_limit, absolute_limit)
    binding: str  # "discovery", "absolute" or "both"
    suspended_days: int  # days added to the discovery limit by pauses
    absolute_suspended_days: int  # days added to the extended absolute limit
    expired_before_discovery: bool  # last_day < discovered_on: the case was time-barred at once
    blocked_periods: tuple[BlockedPeriod, ...]
    readings: Step  # the one-sentence explanation of the two readings of the absolute limit
    steps: tuple[Step, ...]

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: ISO dates, steps as English strings, and the codes beside them."""
        return {
            "rule_pack": self.rule_pack,
            "offence": self.offence,
            "limit_kind": self.limit_kind,
            "discovery_event": self.discovery_event,
            "discovery_start": self.discovery_start.isoformat(),
            "absolute_event": self.absolute_event,
            "absolute_start": self.absolute_start.isoformat(),
            "discovery_limit": self.discovery_limit.isoformat(),
            "absolute_limit": self.absolute_limit.isoformat(),
            "absolute_limit_extended": self.absolute_limit_extended.isoformat(),
            "last_day": self.last_day.isoformat(),
            "binding": self.binding,
            "suspended_days": self.suspended_days,
            "absolute_suspended_days": self.absolute_suspended_days,
            "expired_before_discovery": self.expired_before_discovery,
            "blocked_periods": [
                {
                    "reason": b.reason,
                    "start": b.start.isoformat(),
                    "end": b.end.isoformat(),
                    "article": b.article,
                }
                for b in self.blocked_periods
            ],
            "readings": self.readings.english(),
            "readings_code": self.readings.to_json(),
            "steps": [s.english() for s in self.steps],
            "step_codes": [s.to_json() for s in self.steps],
        }
