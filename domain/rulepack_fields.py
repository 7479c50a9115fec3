"""Readers for the values of a rule-pack JSON file; each error names the value's JSON path."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from domain.errors import RulePackError
from domain.rulepack_types import Text

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
LANGS = ("ru", "kk", "en")
_T = TypeVar("_T")


class JsonObject(dict[str, Any]):
    """A JSON object that remembers keys the file gave twice (json keeps only the last one)."""

    duplicates: list[str]


def object_pairs_hook(pairs: list[tuple[str, Any]]) -> JsonObject:
    """json's object_pairs_hook: a JsonObject that notes the keys given twice."""
    obj = JsonObject()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def reject_constant(name: str) -> object:
    """json's parse_constant: NaN and Infinity are refused."""
    raise RulePackError("$", f"{name} is not a valid JSON number")


def field_path(where: str, key: str) -> str:
    """The JSON path of `key` inside the object at `where` ("$" is the top level)."""
    return key if where == "$" else f"{where}.{key}"


def json_type_name(value: object) -> str:
    """The JSON name of a decoded value's type, for error messages."""
    if value is None:
        return "null"
    return {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        JsonObject: "object",
    }.get(type(value), type(value).__name__)


def read_object(
    value: object,
    where: str,
    required: Sequence[str],
    optional: Sequence[str] = (),
    *,
    any_keys: bool = False,
) -> dict[str, Any]:
    """Check `value` is an object with exactly the allowed keys (comments aside)."""
    if not isinstance(value, dict):
        raise RulePackError(where, f"expected an object, found {json_type_name(value)}")
    for key in getattr(value, "duplicates", ()):
        raise RulePackError(field_path(where, key), "field given more than once")
    allowed = set(required) | set(optional)
    for key in value:
        if any_keys or key.startswith("_"):
            continue
        if key not in allowed:
            raise RulePackError(field_path(where, str(key)), "unknown field")
    for key in required:
        if key not in value:
            raise RulePackError(field_path(where, key), "missing required field")
    return value


def read_str(obj: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> str:
    """The string at `key`; a blank one is refused unless `empty`."""
    value = obj[key]
    path = field_path(where, key)
    if not isinstance(value, str):
        raise RulePackError(path, f"expected a string, found {json_type_name(value)}")
    if not empty and not value.strip():
        raise RulePackError(path, "must not be empty")
    return value


def read_opt_str(obj: Mapping[str, Any], key: str, where: str) -> str:
    """The string at `key` (blank allowed), or "" when the key is absent."""
    return read_str(obj, key, where, empty=True) if key in obj else ""


def read_bool(obj: Mapping[str, Any], key: str, where: str, default: bool | None = None) -> bool:
    """The true/false at `key`; `default` when the key is absent and a default is given."""
    if key not in obj and default is not None:
        return default
    value = obj[key]
    if not isinstance(value, bool):
        raise RulePackError(
            field_path(where, key), f"expected true or false, found {json_type_name(value)}"
        )
    return value


def read_int(value: object, where: str, *, minimum: int = 0) -> int:
    """An integer of at least `minimum`."""
    # bool is an int subclass in Python; `true` must not pass for 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise RulePackError(where, f"expected an integer, found {json_type_name(value)}")
    if value < minimum:
        raise RulePackError(where, f"must be at least {minimum}")
    return value


def read_text(value: object, where: str) -> Text:
    """A {ru, kk, en} object of non-empty strings."""
    obj = read_object(value, where, LANGS)
    ru, kk, en = (read_str(obj, lang, where) for lang in LANGS)
    return Text(ru=ru, kk=kk, en=en)


def read_opt_text(obj: Mapping[str, Any], key: str, where: str) -> Text | None:
    """The Text at `key`, or None when the key is absent or null."""
    value = obj.get(key)
    return None if value is None else read_text(value, field_path(where, key))


def read_date(value: object, where: str) -> date:
    """A YYYY-MM-DD string naming a real date."""
    if not isinstance(value, str):
        raise RulePackError(
            where, f"expected a date string YYYY-MM-DD, found {json_type_name(value)}"
        )
    if not _ISO_DATE.fullmatch(value):
        raise RulePackError(where, f"expected a date YYYY-MM-DD, found {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RulePackError(where, f"no such date: {value!r}") from None


def read_list(
    obj: Mapping[str, Any],
    key: str,
    where: str,
    item: Callable[[object, str], _T],
    *,
    non_empty: bool = True,
) -> tuple[_T, ...]:
    """The array at `key`, each element read by `item` at its own path."""
    value = obj[key]
    path = field_path(where, key)
    if not isinstance(value, list):
        raise RulePackError(path, f"expected an array, found {json_type_name(value)}")
    if non_empty and not value:
        raise RulePackError(path, "must not be empty")
    return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(value))


def read_code(value: object, where: str) -> str:
    """A non-empty string (a code naming an entry of another section)."""
    if not isinstance(value, str) or not value.strip():
        raise RulePackError(where, f"expected a non-empty string, found {json_type_name(value)}")
    return value


def check_unique(items: Iterable[_T], code: Callable[[_T], str], where: str, what: str) -> None:
    """Refuse an item whose `code` repeats an earlier one's, at the item's `what` field."""
    seen: set[str] = set()
    for i, it in enumerate(items):
        c = code(it)
        if c in seen:
            raise RulePackError(f"{where}[{i}].{what}", f"duplicate {what} {c!r}")
        seen.add(c)
