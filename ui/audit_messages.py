"""The wording of the audit trail's verification results, its checkpoints and its clock warning."""

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
    "audit.truncated.checkpoint": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail ends before entry No. {pin}, recorded in the audit checkpoint of {at}: "
        "it was truncated below the checkpoint (entries from No. {seq} were removed).",
    ),
    "audit.rewritten.checkpoint": QT_TRANSLATE_NOOP(
        "Messages",
        "Audit entry No. {seq} differs from the audit checkpoint of {at}: the history was "
        "rewritten.",
    ),
    "audit.forged_checkpoint": QT_TRANSLATE_NOOP(
        "Messages",
        "The copy of the last exported audit checkpoint kept on this computer was altered or "
        "damaged (its signature does not match). Verify the trail against the exported file.",
    ),
    "audit.checkpoint.ok": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail contains the checkpoint of {at} (entry No. {seq}) unchanged; the "
        "checkpoint's signature is valid. The trail now has {count} entries.",
    ),
    "audit.checkpoint.ok_unsigned": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail contains the checkpoint of {at} (entry No. {seq}) unchanged. The "
        "checkpoint is unsigned: it is only as trustworthy as the place it was kept.",
    ),
    "audit.checkpoint.forged": QT_TRANSLATE_NOOP(
        "Messages",
        "The checkpoint file was altered: its signature does not match. It cannot vouch for "
        "the audit trail.",
    ),
    "audit.checkpoint.unsigned": QT_TRANSLATE_NOOP(
        "Messages",
        "The checkpoint is not signed, while this installation signs its checkpoints: it may be "
        "forged. It cannot vouch for the audit trail.",
    ),
    "audit.checkpoint.unknown_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The checkpoint was signed with a key this computer does not hold; it cannot be checked "
        "here.",
    ),
    "audit.checkpoint.other_chain": QT_TRANSLATE_NOOP(
        "Messages",
        "The checkpoint was made for the database {name}, whose trail began differently: if it "
        "is another database's checkpoint, choose this database's one.",
    ),
    "audit.checkpoint.written": QT_TRANSLATE_NOOP(
        "Messages",
        "Checkpoint of entry No. {seq} written to {file}. Keep it away from this computer: on "
        "removable media or at the regional office.",
    ),
    "audit.checkpoint.refused": QT_TRANSLATE_NOOP(
        "Messages", "No checkpoint was written: the audit trail does not verify."
    ),
    "audit.checkpoint.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "The checkpoint could not be written: {error}"
    ),
    "audit.checkpoint.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The checkpoint file could not be read: {error}"
    ),
    "checkpoint.not_json": QT_TRANSLATE_NOOP(
        "Messages", "This file is not an audit checkpoint (it is not JSON text)."
    ),
    "checkpoint.not_a_checkpoint": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Tartip audit checkpoint."
    ),
    "checkpoint.too_big": QT_TRANSLATE_NOOP(
        "Messages", "This file is too large to be an audit checkpoint."
    ),
    "checkpoint.version": QT_TRANSLATE_NOOP(
        "Messages",
        "This audit checkpoint was written by a newer version of Tartip (format {version}).",
    ),
    "checkpoint.field": QT_TRANSLATE_NOOP(
        "Messages", 'The audit checkpoint is damaged: its field "{field}" is invalid.'
    ),
}
