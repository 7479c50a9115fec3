"""A stand-in for ui.prompts.Prompts that records what would have been asked and answers at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.errors import StorageError


@dataclass
class FakePrompts:
    """Records every prompt as (kind, title-or-detail); `answers` says what questions return."""

    answers: dict[str, Any] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)
    owner: Any = None

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]

    def info(self, title: str, text: str, parent: Any = None) -> None:
        self.calls.append(("info", text))

    def warning(self, title: str, text: str, parent: Any = None) -> None:
        self.calls.append(("warning", text))

    def error(self, title: str, text: str, parent: Any = None) -> None:
        self.calls.append(("error", text))

    def question(self, title: str, text: str, parent: Any = None) -> bool:
        self.calls.append(("question", text))
        return bool(self.answers.get("question", False))

    def storage_error(self, error: StorageError, parent: Any = None) -> None:
        self.calls.append(("storage_error", error.kind.value))

    def ask_int(
        self, title: str, label: str, value: int, minimum: int, maximum: int, parent: Any = None
    ) -> int | None:
        self.calls.append(("ask_int", label))
        return self.answers.get("ask_int")

    def open_file(self, title: str, filters: str, parent: Any = None) -> str | None:
        self.calls.append(("open_file", title))
        return self.answers.get("open_file")

    def about(self, title: str, text: str, parent: Any = None) -> None:
        self.calls.append(("about", text))

    def crash(self, details: str, log_path: str, parent: Any = None) -> None:
        self.calls.append(("crash", details + "\n" + log_path))
