"""The wording of database problems (domain.errors.StorageErrorKind): a title and advice for
dialogs, and the English line the command line prints."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.errors import StorageErrorKind

_CTX = "Messages"  # the same context as ui.messages: one catalogue section for all messages

STORAGE_TITLES: dict[StorageErrorKind, str] = {
    StorageErrorKind.LOCKED: QT_TRANSLATE_NOOP("Messages", "Database busy"),
    StorageErrorKind.READ_ONLY: QT_TRANSLATE_NOOP("Messages", "Database is read-only"),
    StorageErrorKind.CORRUPT: QT_TRANSLATE_NOOP("Messages", "Database damaged"),
    StorageErrorKind.NOT_A_DATABASE: QT_TRANSLATE_NOOP("Messages", "Not a Tartip database"),
    StorageErrorKind.NEWER_SCHEMA: QT_TRANSLATE_NOOP("Messages", "Database from a newer Tartip"),
    StorageErrorKind.DISK_FULL: QT_TRANSLATE_NOOP("Messages", "Disk full"),
    StorageErrorKind.CANNOT_OPEN: QT_TRANSLATE_NOOP("Messages", "Cannot open the database"),
    StorageErrorKind.NETWORK_SHARE: QT_TRANSLATE_NOOP("Messages", "Database on a network share"),
    StorageErrorKind.TRUNCATED: QT_TRANSLATE_NOOP("Messages", "Incomplete database file"),
    StorageErrorKind.OTHER_APPLICATION: QT_TRANSLATE_NOOP("Messages", "Another program's file"),
    StorageErrorKind.TAMPERED: QT_TRANSLATE_NOOP("Messages", "Database content altered"),
    StorageErrorKind.IO_ERROR: QT_TRANSLATE_NOOP("Messages", "Cannot write to the database"),
    StorageErrorKind.KEY_REQUIRED: QT_TRANSLATE_NOOP("Messages", "Database is encrypted"),
    StorageErrorKind.WRONG_PASSWORD: QT_TRANSLATE_NOOP("Messages", "Wrong database passphrase"),
}

STORAGE_MESSAGES: dict[StorageErrorKind, str] = {
    StorageErrorKind.LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "Another program or user is writing to the database right now. Nothing was saved; "
        "your input is kept. Wait a moment and try again.",
    ),
    StorageErrorKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "The database file or its folder cannot be written. Nothing was saved; your input is "
        "kept. Ask your administrator for write access, or open a copy in a writable folder.",
    ),
    StorageErrorKind.CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged. Stop working in it and open the latest backup; the "
        "damaged file is left untouched for your administrator.",
    ),
    StorageErrorKind.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Tartip database. Choose another file."
    ),
    StorageErrorKind.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of Tartip. Install that version; this "
        "one will not change the file.",
    ),
    StorageErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full. Nothing was saved; your input is kept. Free some space and try again.",
    ),
    StorageErrorKind.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be opened: its folder is missing or not accessible. Check the "
        "path, the network connection or the permissions.",
    ),
    StorageErrorKind.NETWORK_SHARE: QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is on a network share, where SQLite can lose or damage data. Move "
        "it to a local disk, or let several users work in the server mode (PostgreSQL).",
    ),
    StorageErrorKind.TRUNCATED: QT_TRANSLATE_NOOP(
        "Messages",
        "The file is shorter than a complete database: the copy or download was interrupted. "
        "Nothing was changed. Choose a complete backup.",
    ),
    StorageErrorKind.OTHER_APPLICATION: QT_TRANSLATE_NOOP(
        "Messages",
        "This is a database of another program, not of Tartip. Nothing was changed.",
    ),
    StorageErrorKind.TAMPERED: QT_TRANSLATE_NOOP(
        "Messages",
        "The file's structure is sound, but its recorded history does not verify: records were "
        "changed outside Tartip. Nothing was changed; tell your administrator.",
    ),
    StorageErrorKind.IO_ERROR: QT_TRANSLATE_NOOP(
        "Messages",
        "The system refused to write the database file (a file size limit of the drive, or a "
        "failing device). Nothing was saved; what you typed is kept. Move the database to a "
        "local disk and try again.",
    ),
    StorageErrorKind.KEY_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages",
        "The database is encrypted. Enter its passphrase (on the command line: set "
        "TARTIP_DB_PASSPHRASE or run it in a terminal, which asks for it).",
    ),
    StorageErrorKind.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "Messages",
        "This passphrase does not unlock the database. Check the keyboard layout and Caps Lock "
        "and try again. Nothing was changed.",
    ),
}


def storage_error_text(kind: StorageErrorKind) -> tuple[str, str]:
    """The title and the advice for a database problem, translated."""
    return QCoreApplication.translate(_CTX, STORAGE_TITLES[kind]), QCoreApplication.translate(
        _CTX, STORAGE_MESSAGES[kind]
    )


def english_storage_message(kind: StorageErrorKind) -> str:
    """The English title and advice for a database problem, for the CLI."""
    return f"{STORAGE_TITLES[kind]}: {STORAGE_MESSAGES[kind]}"
