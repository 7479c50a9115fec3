"""The wording of the audit trail's verification results and its clock warning."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

AUDIT_MESSAGES: dict[str, str] = {
    "audit.ok": QT_TRANSLATE_NOOP(
        "Messages", "The audit trail is intact: {count} entries, the last is No. {head}."
    ),
    "audit.edited": QT_TRANSLATE_NOOP(
        "Messages", "Audit entry No. {seq} was changed after it was written."
    ),
    "audit.deleted": QT_TRANSLATE_NOOP("Messages", "Audit entry No. {seq} is missing (deleted)."),
    "audit.reordered": QT_TRANSLATE_NOOP(
        "Messages", "Audit entry No. {seq} does not follow the one before it (moved or replaced)."
    ),
    "audit.truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail ends before entry No. {seq}, which was already verified: entries at "
        "its end were removed.",
    ),
    "audit.rewritten": QT_TRANSLATE_NOOP(
        "Messages", "Audit entry No. {seq} differs from the one verified earlier: rewritten."
    ),
    "audit.unkeyed": QT_TRANSLATE_NOOP(
        "Messages", "Audit entry No. {seq} was recomputed without this installation's key."
    ),
    "audit.unknown_key": QT_TRANSLATE_NOOP(
        "Messages",
        "Audit entry No. {seq} was signed with a key this computer does not hold; it cannot be "
        "checked here.",
    ),
    "audit.clock_rollback": QT_TRANSLATE_NOOP(
        "Messages",
        "The computer's clock is behind the last audit entry; check the date and time. The "
        "change was recorded in the audit trail.",
    ),
    "audit.export_failed": QT_TRANSLATE_NOOP(
        "Messages", "The export could not be written: {error}"
    ),
}
