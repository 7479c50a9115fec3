"""Commissions and their compositions over the store (Law 416-V Art. 44 p.9; make-up [NF])."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from domain.audit import diff_of
from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.procedure import validate_commission, validate_composition
from domain.procedure_model import Commission, CommissionInput, Composition
from domain.procedure_reads import case_context, commission_for
from domain.procedure_records import clean_composition
from domain.rulepack import RulePackRegistry
from domain.text import normalize_name


def load_commission(uow: UnitOfWork, commission_id: int) -> Commission:
    """A stored commission; raises NotFound."""
    commission = uow.procedure.commission(commission_id)
    if commission is None:
        raise NotFound(f"commission {commission_id}")
    return commission


class CommissionRegistry:
    """Adds, renames and recomposes commissions; ProcedureService delegates to it."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs

    def commissions(self) -> list[Commission]:
        with self._read_uow_factory() as uow:
            return uow.procedure.commissions()

    def commission(self, commission_id: int) -> Commission:
        with self._read_uow_factory() as uow:
            return load_commission(uow, commission_id)

    def save_commission(self, data: CommissionInput, commission_id: int | None) -> int:
        """Names normalised; refused without both names or a known body (validate_commission)."""
        data = CommissionInput(
            normalize_name(data.name_ru), normalize_name(data.name_kk), tuple(data.body_ids)
        )
        with self._uow_factory() as uow:
            old = load_commission(uow, commission_id) if commission_id is not None else None
            errors = validate_commission(data, uow.queries.bodies())
            if errors:
                raise ValidationFailed(errors)
            saved = uow.procedure.save_commission(data, commission_id)
            before = (
                None if old is None else CommissionInput(old.name_ru, old.name_kk, old.body_ids)
            )
            uow.audit.append("commission.saved", "commission", saved, diff_of(before, data))
            uow.commit()
        return saved

    def save_composition(self, commission_id: int, composition: Composition) -> int:
        """Names normalised; refused as validate_composition says. Raises NotFound for an
        unknown commission or a composition id that is not the commission's."""
        composition = clean_composition(composition)
        with self._uow_factory() as uow:
            commission = load_commission(uow, commission_id)
            known = {c.id for c in commission.compositions}
            if composition.id is not None and composition.id not in known:
                raise NotFound(f"composition {composition.id} of commission {commission_id}")
            errors = validate_composition(composition, commission.compositions)
            if errors:
                raise ValidationFailed(errors)
            saved = uow.procedure.save_composition(commission_id, composition)
            before = next((c for c in commission.compositions if c.id == composition.id), None)
            uow.audit.append(
                "composition.saved",
                "composition",
                saved,
                {"commission_id": commission_id, **diff_of(before, replace(composition, id=saved))},
            )
            uow.commit()
        return saved

    def commission_for_case(self, case_id: int, on: date) -> Commission | None:
        with self._read_uow_factory() as uow:
            ctx = case_context(uow, self._packs, case_id)
            return commission_for(uow, ctx.case.servant.body_id, on)
