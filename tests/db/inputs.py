"""A valid case as the editor would send it, for the store tests to vary one field at a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.model import CaseInput, ServantInput, ServiceCategory
from domain.services import CaseService


def case_input(service: CaseService, default_offence: str, **changes: object) -> CaseInput:
    """A case of `default_offence` (or `offence=` among the changes) for one servant (IIN 850314312344) in the first body (made if none)."""
    bodies = service.bodies()
    body = (
        bodies[0].id if bodies else service.add_body("Министерство юстиции", "Әділет министрлігі")
    )
    data = CaseInput(
        servant=ServantInput(
            full_name="Жақсылықов Ерлан Серікұлы",
            iin="850314312344",
            position="Главный специалист",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=body,
        ),
        offence=default_offence,
        committed_on=date(2026, 2, 10),
        discovered_on=date(2026, 2, 18),
    )
    return replace(data, **changes)  # type: ignore[arg-type]
