"""Sort keys that put Kazakh and Russian names in alphabet order under plain binary comparison.

Code-point order puts Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І after Я; the key maps each letter of the Kazakh
Cyrillic alphabet (a superset of the Russian one) to a code point in alphabet order, so an ordinary
index on the key sorts "Әлиев" between "Аяпов" and "Бекова" on any database (byte order).
PostgreSQL compares with the column's collation, so `cases.sort_name` is declared COLLATE "C"
there (migration 0001, the model's variant): an ICU or glibc database collation would reorder the
key's code points. No ICU collation is needed; the same key and index serve both databases.
"""

from __future__ import annotations

# The 42 letters of the Kazakh Cyrillic alphabet, in order (Ё folds to Е before this step).
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# U+0500.. (Cyrillic Supplement: Komi and Abkhaz letters, not found in Kazakhstan's names) keeps
# each key letter two bytes in UTF-8, like the letter it replaces, and above every Latin letter.
_BASE = 0x0500

_TABLE = {ord(letter): chr(_BASE + rank) for rank, letter in enumerate(KAZAKH_ALPHABET)}


def name_sort_key(name_key: str) -> str:
    """The stored sort key of an already folded name (`name_key`): alphabet order, spaces first."""
    return name_key.translate(_TABLE)
