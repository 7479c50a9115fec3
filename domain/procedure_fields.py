"""Field checks the procedure's rules share: dates in order, people's names, text limits."""

from __future__ import annotations

from datetime import date

from domain.errors import FieldError
from domain.procedure_codes import E_NOT_EXPECTED
from domain.text import MAX_NAME_LENGTH, name_problems

MIN_VOTING_MEMBERS = 3  # [NF] configurable default: a chair and at least two members vote
MAX_PLACE_LENGTH = 300
MAX_PROCEDURE_TEXT_LENGTH = 20_000  # an explanation, an act's wording, the hearing's minutes
MAX_SHORT_TEXT_LENGTH = 2_000  # witnesses, others present, a recusal reason, a note
MAX_DISSENT_LENGTH = 5_000
MAX_ORDER_NUMBER_LENGTH = 100


def date_errors(
    field: str, value: date | None, today: date, not_before: tuple[date, str] | None = None
) -> list[FieldError]:
    """A date not in the future and, if `not_before` = (day, code) is given, not before that
    day (the error carries `code` and the day as param "date")."""
    if value is None:
        return []
    if value > today:
        return [FieldError(field, "date.future", {"today": today.isoformat()})]
    if not_before is not None and value < not_before[0]:
        return [FieldError(field, not_before[1], {"date": not_before[0].isoformat()})]
    return []


def unexpected(field: str, value: object) -> list[FieldError]:
    """`procedure.not_expected` when a value the chosen outcome does not take is given."""
    return [FieldError(field, E_NOT_EXPECTED)] if value not in (None, "") else []


def person_name_errors(field: str, name: str) -> list[FieldError]:
    """A person's name (normalised): required, then domain.text's checks for spoofed names."""
    if not name:
        return [FieldError(field, "required")]
    return [
        FieldError(field, code, {"max": MAX_NAME_LENGTH} if code == "name.too_long" else {})
        for code in name_problems(name)
    ]
