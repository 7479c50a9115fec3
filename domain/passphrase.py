"""The rule for a database passphrase: it alone protects a copied file, so it is longer than a
login password (RELIABILITY S18; a login is also guarded by lockout, an offline file is not)."""

from __future__ import annotations

import unicodedata

from domain.errors import FieldError

MIN_PASSPHRASE = 12
MAX_PASSPHRASE = 256


def passphrase_errors(passphrase: str, confirm: str | None = None) -> list[FieldError]:
    """12 to 256 characters after NFC, and the repetition equal when one is given."""
    length = len(unicodedata.normalize("NFC", passphrase))
    if length < MIN_PASSPHRASE:
        return [FieldError("passphrase", "passphrase.short", {"min": MIN_PASSPHRASE})]
    if length > MAX_PASSPHRASE:
        return [FieldError("passphrase", "passphrase.long", {"max": MAX_PASSPHRASE})]
    if confirm is not None and unicodedata.normalize("NFC", confirm) != unicodedata.normalize(
        "NFC", passphrase
    ):
        return [FieldError("confirm", "passphrase.mismatch")]
    return []
