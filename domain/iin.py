"""The individual identification number (IIN / ЖСН): 12 digits `YYMMDD G NNNN C`.

The layout and check digit follow the published algorithm (shared/domain/README.md section 7):
birth date, a digit for century and sex, a 4-digit serial and a check digit computed mod 11 with
weights 1..11, then 3..11,1,2 when the first pass gives 10; if both give 10 the number is invalid.
The check digit does not catch every typo: weight 11 is 0 mod 11, so digit 11 is not protected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.model import Sex

IIN_LENGTH = 12
_DIGITS = frozenset("0123456789")  # ASCII only: str.isdigit() also accepts "١" and "１"
_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# Digit 7: (century's first year, sex) for 1..6.
_CENTURY_SEX: dict[int, tuple[int, Sex]] = {
    1: (1800, Sex.MALE),
    2: (1800, Sex.FEMALE),
    3: (1900, Sex.MALE),
    4: (1900, Sex.FEMALE),
    5: (2000, Sex.MALE),
    6: (2000, Sex.FEMALE),
}

IIN_ERROR_CODES: tuple[str, ...] = (
    "iin.empty",
    "iin.digits",
    "iin.length",
    "iin.century",
    "iin.date",
    "iin.checksum",
    "iin.future",
)


class IinError(ValueError):
    """An IIN was refused; `code` is one of IIN_ERROR_CODES."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class IinInfo:
    """What a valid IIN says: birth date, sex, and the century's first year (1800, 1900, 2000)."""

    birth_date: date
    sex: Sex
    century: int


def _is_ascii_digits(text: str) -> bool:
    return all(ch in _DIGITS for ch in text)


def check_digit(first11: str) -> int | None:
    """The check digit for the first 11 digits, or None when both passes give 10 (no valid IIN).

    Raises IinError("iin.digits" / "iin.length") if `first11` is not 11 ASCII digits.
    """
    if not _is_ascii_digits(first11):
        raise IinError("iin.digits")
    if len(first11) != IIN_LENGTH - 1:
        raise IinError("iin.length")
    digits = [int(ch) for ch in first11]
    c = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=True)) % 11
    if c == 10:
        c = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=True)) % 11
    return None if c == 10 else c


def parse_iin(text: str, today: date) -> IinInfo:
    """Validate an IIN exactly as typed (no trimming) and read the birth date and sex from it.

    Checks, in order: empty, ASCII digits only, 12 digits, century digit 1..6, a real birth date,
    the check digit, and a birth date not after `today`. Raises IinError with the first failure.
    """
    if not text:
        raise IinError("iin.empty")
    if not _is_ascii_digits(text):
        raise IinError("iin.digits")
    if len(text) != IIN_LENGTH:
        raise IinError("iin.length")
    century_sex = _CENTURY_SEX.get(int(text[6]))
    if century_sex is None:
        raise IinError("iin.century")
    century, sex = century_sex
    try:
        birth = date(century + int(text[0:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        raise IinError("iin.date") from None
    if check_digit(text[:11]) != int(text[11]):
        raise IinError("iin.checksum")
    if birth > today:
        raise IinError("iin.future")
    return IinInfo(birth_date=birth, sex=sex, century=century)


def is_valid_iin(text: str, today: date) -> bool:
    """True if `parse_iin` accepts the text."""
    try:
        parse_iin(text, today)
    except IinError:
        return False
    return True


def make_iin(birth_date: date, sex: Sex, serial: int) -> str | None:
    """Build a valid IIN (for demo data and tests); None if this serial gives no check digit.

    Raises ValueError for a birth year outside 1800-2099 or a serial outside 0..9999.
    """
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial must be 0..9999, not {serial}")
    for digit, (century, s) in _CENTURY_SEX.items():
        if s is sex and century <= birth_date.year < century + 100:
            first11 = f"{birth_date:%y%m%d}{digit}{serial:04d}"
            c = check_digit(first11)
            return None if c is None else f"{first11}{c}"
    raise ValueError(f"no IIN century digit for the year {birth_date.year}")
