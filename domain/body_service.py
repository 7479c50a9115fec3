"""State bodies and their structural units: the reference list cases and users belong to."""

from __future__ import annotations

from collections.abc import Callable

from domain.authz import Guard, Permission
from domain.case_guard import REFERENCE_READ
from domain.errors import FieldError, ValidationFailed
from domain.model import Body, BodyKind, Unit
from domain.ports import UnitOfWork
from domain.text import normalize_name
from domain.validation import MAX_BODY_NAME_LENGTH, body_names_errors, text_errors


class BodyService:
    """Reads and adds bodies and units; CaseService owns one and delegates to it."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        guard: Guard,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._guard = guard

    def bodies(self) -> list[Body]:
        self._guard.require_any(*REFERENCE_READ)
        with self._read_uow_factory() as uow:
            return uow.queries.bodies()

    def units(self, body_id: int | None = None) -> list[Unit]:
        self._guard.require_any(*REFERENCE_READ)
        with self._read_uow_factory() as uow:
            return uow.queries.units(body_id)

    def add_body(
        self, name_ru: str, name_kk: str, kind: BodyKind = BodyKind.OTHER, region: str = ""
    ) -> int:
        """Add a state body; both names are required."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        name_ru, name_kk, region = (
            normalize_name(name_ru),
            normalize_name(name_kk),
            normalize_name(region),
        )
        errors = body_names_errors(name_ru, name_kk)
        errors += text_errors("region", region, MAX_BODY_NAME_LENGTH)
        if errors:
            raise ValidationFailed(errors)
        with self._uow_factory() as uow:
            body_id = uow.cases.add_body(name_ru, name_kk, BodyKind(kind), region)
            uow.audit.append(
                "body.created",
                "body",
                body_id,
                {
                    "name_ru": [None, name_ru],
                    "name_kk": [None, name_kk],
                    "kind": [None, BodyKind(kind).value],
                    "region": [None, region],
                },
            )
            uow.commit()
        return body_id

    def add_unit(self, body_id: int, name_ru: str, name_kk: str) -> int:
        """Add a structural unit to an existing body; both names are required."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        name_ru, name_kk = normalize_name(name_ru), normalize_name(name_kk)
        errors = body_names_errors(name_ru, name_kk)
        with self._uow_factory() as uow:
            if all(b.id != body_id for b in uow.queries.bodies()):
                errors.append(FieldError("body_id", "body.unknown", {"id": body_id}))
            if errors:
                raise ValidationFailed(errors)
            unit_id = uow.cases.add_unit(body_id, name_ru, name_kk)
            uow.audit.append(
                "unit.created",
                "unit",
                unit_id,
                {
                    "body_id": [None, body_id],
                    "name_ru": [None, name_ru],
                    "name_kk": [None, name_kk],
                },
            )
            uow.commit()
        return unit_id
