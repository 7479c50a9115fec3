"""The case registry's statutory penalty bounds, the servant's prior record, and their checks.

The prior record and the bounds are read in domain.penalty_facts; the consistency with comparable
cases and the bodies' tables of penalties in domain.consistency_service; the criteria worksheet in
domain.worksheet_service.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from domain.case_packs import stored_switches
from domain.consistency_service import ConsistencyService
from domain.errors import FieldError, RulePackError, ValidationFailed
from domain.model import CaseDetail, CaseInput, CaseStatus
from domain.penalties import PenaltyBounds, PriorPenalty, allowed_penalties
from domain.penalty_facts import (
    case_facts,
    input_facts,
    known_penalty,
    prior_record,
    statutory_bounds,
)
from domain.ports import UnitOfWork
from domain.rulepack import RulePack, RulePackRegistry
from domain.validation import E_JUSTIFICATION_REQUIRED, E_PENALTY_NOT_ALLOWED


class PenaltyService:
    """Statutory bounds and the prior record over the store, and the penalty's refusals.

    CaseService owns one and delegates to it; `assess` adds the penalty's refusals to the case
    validation inside the caller's unit of work.
    """

    def __init__(
        self,
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        consistency: ConsistencyService,
    ) -> None:
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._consistency = consistency

    def allowed_for(
        self,
        offence: str,
        on: date,
        priors: Sequence[PriorPenalty],
        *,
        vacancy: bool = True,
        elected: bool = False,
    ) -> PenaltyBounds:
        """domain.penalties.allowed_penalties under the pack for `on` and the stored switches."""
        with self._read_uow_factory() as uow:
            switches = stored_switches(self._packs, uow)
        return allowed_penalties(
            offence,
            on,
            priors,
            vacancy=vacancy,
            elected=elected,
            pack=self._packs.for_date(on),
            switches=switches,
        )

    def penalty_bounds(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> PenaltyBounds:
        """The penalties the law allows for a stored case or one as typed (`data`, an edit of
        `case_id` if given), with the servant's prior record read from the store.

        Raises NotFound; ValidationFailed (domain.penalties.ERROR_CODES, or `required` on
        committed_on while it is not typed) when no bounds can be given.
        """
        with self._read_uow_factory() as uow:
            facts = case_facts(uow, self._packs, case_id, data)
            return statutory_bounds(uow, facts, stored_switches(self._packs, uow))

    def prior_penalties(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> tuple[PriorPenalty, ...]:
        """The servant's penalties imposed on or before the offence date, oldest first."""
        with self._read_uow_factory() as uow:
            return prior_record(uow, case_facts(uow, self._packs, case_id, data))

    def assess(
        self,
        uow: UnitOfWork,
        data: CaseInput,
        existing: CaseDetail | None,
        pack: RulePack,
        switches: Mapping[str, bool],
    ) -> list[FieldError]:
        """The penalty's refusals that need the store: outside the statutory bounds with the
        servant's prior record (`penalty.not_allowed` on `penalty`), or outside the comparable
        cases' and the table's ranges without a justification (`penalty.justification_required`
        on `justification`). Checked for a new case and whenever a fact they depend on changed,
        so an old case is not held to comparables decided after it was saved.

        `data` is cleaned; problems validate_case reports (unknown offence or penalty, missing
        date) are not repeated here.
        """
        if data.penalty is None or data.committed_on is None:
            return []
        if data.status is CaseStatus.NO_PENALTY or not known_penalty(pack, data.penalty):
            return []
        if existing is not None and _penalty_facts(existing) == _penalty_facts(data):
            return []
        facts = input_facts(data, existing, pack)
        try:
            bounds = statutory_bounds(uow, facts, switches)
        except (ValidationFailed, RulePackError):
            # The offence cannot be chosen now (validate_case says why), or an existing case kept
            # a repealed one: the law gives no bounds to hold the penalty to.
            return []
        if data.penalty not in bounds.allowed:
            params = {
                "penalty": data.penalty,
                "allowed": ",".join(bounds.allowed),
                "rule": bounds.rule,
                "repeat": bounds.repeat,
            }
            return [FieldError("penalty", E_PENALTY_NOT_ALLOWED, params)]
        if data.justification:
            return []
        review = self._consistency.review(uow, facts, switches, bounds)
        if review.justification_range is None:
            return []
        least, most = review.justification_range
        params = {"penalty": data.penalty, "least": least, "most": most}
        return [FieldError("justification", E_JUSTIFICATION_REQUIRED, params)]


def _penalty_facts(c: CaseDetail | CaseInput) -> tuple[object, ...]:
    """What the penalty's bounds and justification depend on, to tell whether to check again."""
    return (
        c.penalty,
        c.offence,
        c.committed_on,
        c.decided_on,
        c.status,
        c.lower_post_vacant,
        c.justification,
        c.servant.iin,
        c.servant.elected,
        c.servant.body_id,
    )
