"""The one owner of the UI's QSettings: every key, its type and its default live here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ui.i18n import LANGUAGES

_VERSION = 2


# The idle lock's preference (Settings → Lock after…): an hour at most, since an unattended
# unlocked screen shows personal data (RELIABILITY S17).
IDLE_MINUTES_MIN, IDLE_MINUTES_MAX = 1, 60


def _idle_range(minutes: int) -> int:
    return min(IDLE_MINUTES_MAX, max(IDLE_MINUTES_MIN, minutes))


class Settings:
    """Typed accessors over QSettings (per user); legal switches live in the database, not here."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else QSettings()
        version = self._int("meta/version", 0)
        if version < _VERSION:
            if version == 1:
                # 2: the case list gained the deadline columns; an older header state would put
                # the saved widths and sort on the wrong columns.
                self._s.remove("cases/header")
            self._s.setValue("meta/version", _VERSION)

    def _int(self, key: str, default: int) -> int:
        value = self._s.value(key, default)
        try:
            return int(value)  # INI files give strings back
        except (TypeError, ValueError):
            return default

    def _bytes(self, key: str) -> QByteArray:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def _bool(self, key: str, default: bool) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def sync(self) -> None:
        self._s.sync()

    @property
    def language(self) -> str | None:
        """The chosen UI language (ru, kk, en), or None to follow the system."""
        value = self._s.value("ui/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is None:
            self._s.remove("ui/language")
        else:
            self._s.setValue("ui/language", value)

    @property
    def window_geometry(self) -> QByteArray:
        return self._bytes("main/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("main/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """Docks and toolbars (QMainWindow.saveState)."""
        return self._bytes("main/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("main/state", value)

    @property
    def case_header_state(self) -> QByteArray:
        """Column widths, order, visibility and the sort indicator of the case list."""
        return self._bytes("cases/header")

    @case_header_state.setter
    def case_header_state(self, value: QByteArray) -> None:
        self._s.setValue("cases/header", value)

    @property
    def demo_offered(self) -> bool:
        return self._bool("hints/demo_offered", False)

    @demo_offered.setter
    def demo_offered(self, value: bool) -> None:
        self._s.setValue("hints/demo_offered", bool(value))

    def caveat_seen(self, pack_id: str) -> bool:
        return pack_id in self._seen_caveats()

    def mark_caveat_seen(self, pack_id: str) -> None:
        seen = self._seen_caveats() | {pack_id}
        self._s.setValue("hints/caveats_seen", "|".join(sorted(seen)))

    def _seen_caveats(self) -> set[str]:
        value = self._s.value("hints/caveats_seen", "")
        return {part for part in str(value).split("|") if part}

    @property
    def document_language(self) -> str:
        """The language documents are printed in by default: "kk", "ru" or "both"."""
        value = self._s.value("documents/language", "both")
        return value if value in ("kk", "ru", "both") else "both"

    @document_language.setter
    def document_language(self, value: str) -> None:
        if value in ("kk", "ru", "both"):
            self._s.setValue("documents/language", value)

    @property
    def output_folder(self) -> str:
        """The folder documents were last saved to ("" until the first save)."""
        value = self._s.value("documents/output_folder", "")
        return value if isinstance(value, str) else ""

    @output_folder.setter
    def output_folder(self, value: str) -> None:
        self._s.setValue("documents/output_folder", value)

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the screen locks (IDLE_MINUTES_MIN–MAX; S17: 15)."""
        return _idle_range(self._int("security/idle_lock_minutes", 15))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._s.setValue("security/idle_lock_minutes", _idle_range(int(value)))

    @property
    def session_hours(self) -> int:
        """Hours after a login when the session ends, whatever the activity (1–24; S17: 12)."""
        return min(24, max(1, self._int("security/session_hours", 12)))

    @session_hours.setter
    def session_hours(self, value: int) -> None:
        self._s.setValue("security/session_hours", min(24, max(1, int(value))))
