"""`encrypt`, and the passphrase of an encrypted database on the command line.

A script gives the passphrase in `TARTIP_DB_PASSPHRASE`; a person at a terminal is asked for it
(never on the command line itself, where `ps` and the shell history would keep it). Exit codes:
0 done; 1 refused (already encrypted, a server database, a passphrase the policy refuses);
2 usage; 3 the database cannot be read or written, or the passphrase is wrong.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.output import CliError, print_json, sqlite_path

PASSPHRASE_ENV = "TARTIP_DB_PASSPHRASE"
NEW_PASSPHRASE_ENV = "TARTIP_DB_NEW_PASSPHRASE"
_POLICY = {
    "passphrase.short": "the passphrase needs at least {min} characters",
    "passphrase.long": "the passphrase may have at most {max} characters",
    "passphrase.mismatch": "the two passphrases differ",
}


def add_encryption_commands(add: Any) -> None:
    """Register `encrypt` through cli.parser's `add(name, help)`."""
    p = add("encrypt", "encrypt the database file (SQLCipher) with a passphrase, in place")
    p.add_argument(
        "--keep-plain-backups",
        action="store_true",
        help="keep the unencrypted automatic backups (default: a new encrypted backup is made, "
        "then they are deleted)",
    )
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p = add(
        "change-passphrase",
        "re-encrypt an encrypted database and its automatic backups for a new passphrase "
        f"(the current one from {PASSPHRASE_ENV}, the new one from {NEW_PASSPHRASE_ENV}, or "
        "both asked in a terminal)",
    )
    p.add_argument("--json", action="store_true", help="print a JSON object")


def ask_passphrase(
    prompt: str = "Database passphrase: ", *, confirm: bool = False, env: str = PASSPHRASE_ENV
) -> str | None:
    """The passphrase from the environment, or typed at a terminal; None when neither can be."""
    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise CliError("the two passphrases differ", 1)
    return first


def unlock_if_encrypted(target: str) -> None:
    """Unlock an encrypted database file before a command opens it, when a passphrase can be
    had; without one the command goes on (it fails with KEY_REQUIRED only if it opens the file).

    Raises StorageError WRONG_PASSWORD or CORRUPT as db.cipher.unlock does.
    """
    from db.cipher import UNLOCKED, is_encrypted, salt_of, unlock

    path = sqlite_path(target)
    if path is None or UNLOCKED.for_file(path) is not None:
        return
    if is_encrypted(path):
        passphrase = ask_passphrase()
    else:
        # Without its key file an encrypted file looks like any non-SQLite file: tried only
        # when a passphrase was given explicitly (then a wrong one is what the user hears).
        passphrase = os.environ.get(PASSPHRASE_ENV) if salt_of(path) is not None else None
    if passphrase is not None:
        unlock(path, passphrase)


def run_encrypt(
    target: str,
    args: argparse.Namespace,
    open_database: Callable[[str], Any],
    backup_folder: Callable[[Path], Path],
) -> int:
    """Check the file, encrypt it, reopen it with the key (audited), back it up, and delete
    the plain automatic backups unless told to keep them."""
    from db.cipher import is_encrypted
    from db.encrypt import encrypt_live
    from domain.passphrase import passphrase_errors

    path = sqlite_path(target)
    if path is None:
        raise CliError("a server database is protected by the server (disk encryption, TLS)", 1)
    if is_encrypted(path):
        raise CliError(f"{path} is already encrypted", 1)
    open_database(str(path)).dispose()  # migrated and checked before anything changes
    passphrase = ask_passphrase("New database passphrase: ", confirm=True)
    if passphrase is None:
        raise CliError(f"no passphrase: set {PASSPHRASE_ENV} or run this in a terminal", 2)
    for error in passphrase_errors(passphrase):
        raise CliError(_POLICY[error.code].format(**error.params), 1)
    done = encrypt_live(
        path,
        passphrase,
        backup_folder(path),
        lambda p: open_database(str(p)),
        remove_plain_backups=not args.keep_plain_backups,
    )
    result = {
        "database": str(path),
        "key_file": str(done.encrypted.key_file),
        "rows": done.encrypted.rows,
        "backup": str(done.backup),
        "plain_backups_removed": done.removed,
        "plain_backups_kept": done.kept,
    }
    if args.json:
        print_json(result)
        return 0
    rows = ", ".join(f"{k} {v}" for k, v in done.encrypted.rows.items())
    print(f"Encrypted {path} ({rows}).")
    print(f"Key file: {done.encrypted.key_file} (keep it beside the database; no secret in it).")
    print(f"A new encrypted backup: {done.backup}")
    if done.removed:
        print(f"Deleted {len(done.removed)} unencrypted backups.")
    if done.kept:
        print(f"Kept {len(done.kept)} unencrypted backups: they hold the data in clear.")
    print("Keep the passphrase safe: without it nobody can read the data, you included.")
    return 0


def run_change_passphrase(
    target: str,
    args: argparse.Namespace,
    open_database: Callable[[str], Any],
    backup_folder: Callable[[Path], Path],
) -> int:
    """Check the current passphrase, re-encrypt the file and its backups, audit the change."""
    from db.cipher import is_encrypted
    from db.encrypt import change_passphrase
    from domain.passphrase import passphrase_errors

    path = sqlite_path(target)
    if path is None or not is_encrypted(path):
        raise CliError(f"{target} is not an encrypted database file", 1)
    current = ask_passphrase("Current passphrase: ")
    new = ask_passphrase("New passphrase: ", confirm=True, env=NEW_PASSPHRASE_ENV)
    if current is None or new is None:
        raise CliError(
            f"no passphrase: set {PASSPHRASE_ENV} and {NEW_PASSPHRASE_ENV}, or use a terminal", 2
        )
    for error in passphrase_errors(new):
        raise CliError(_POLICY[error.code].format(**error.params), 1)
    done = change_passphrase(
        path, current, new, backup_folder(path), lambda p: open_database(str(p))
    )
    result = {"database": str(path), "backups_rekeyed": done.backups, "backups_left": done.left}
    if args.json:
        print_json(result)
        return 0
    print(f"New passphrase set for {path}; {len(done.backups)} backups re-encrypted.")
    if done.left:
        print(f"Left with their own passphrase: {', '.join(done.left)}")
    return 0
