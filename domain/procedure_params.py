"""The procedure's rule-pack parameters: their allowed values and how a quorum fraction is read.

Kept free of other domain imports so that the pack loader (domain.rulepack_sections) can check
these parameters at load time without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable

from domain.errors import RulePackError

# Attachment types Tartip can recognise by their leading bytes (domain.attachments); a pack's
# `attachment_types` picks among them.
ATTACHMENT_TYPES: tuple[str, ...] = ("pdf", "png", "jpeg", "tiff", "txt")

# `commission_majority`: a simple majority of the members present ("present") or of all the
# composition's voting members ("voting") [NF] configurable default "present".
MAJORITY_RULES: tuple[str, ...] = ("present", "voting")


def parse_quorum(text: object) -> tuple[int, int] | None:
    """A quorum written "n/d" (0 < n/d <= 1), as (n, d); None when it is not one."""
    if not isinstance(text, str):
        return None
    num, sep, den = text.strip().partition("/")
    if not sep or not num.strip().isdecimal() or not den.strip().isdecimal():
        return None
    n, d = int(num), int(den)
    return (n, d) if valid_quorum(n, d) else None


def valid_quorum(num: int, den: int) -> bool:
    """Whether num/den is a usable quorum: a positive fraction not above one."""
    return den > 0 and 0 < num <= den


def _check_quorum(value: object, where: str) -> None:
    if parse_quorum(value) is None:
        raise RulePackError(where, f'expected a fraction such as "2/3" in (0, 1], found {value!r}')


def _check_majority(value: object, where: str) -> None:
    if value not in MAJORITY_RULES:
        raise RulePackError(
            where, f"unknown value {value!r} (allowed: {', '.join(MAJORITY_RULES)})"
        )


def _check_positive(value: object, where: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RulePackError(where, f"expected a positive whole number, found {value!r}")


def _check_types(value: object, where: str) -> None:
    if not isinstance(value, list) or not value:
        raise RulePackError(where, "expected a non-empty list of file types")
    for i, item in enumerate(value):
        if item not in ATTACHMENT_TYPES:
            allowed = ", ".join(ATTACHMENT_TYPES)
            raise RulePackError(f"{where}[{i}]", f"unknown type {item!r} (allowed: {allowed})")


def _check_codes(value: object, where: str) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RulePackError(where, "expected a list of penalty codes")


# The loader's type checks of the procedure's parameters (domain.rulepack_sections); that the
# reinstatement penalties are the pack's own is checked with the other cross-references.
PROCEDURE_PARAMETER_CHECKS: dict[str, Callable[[object, str], None]] = {
    "commission_quorum": _check_quorum,
    "commission_majority": _check_majority,
    "attachment_max_bytes": _check_positive,
    "attachment_types": _check_types,
    "reinstatement_penalties": _check_codes,
}
