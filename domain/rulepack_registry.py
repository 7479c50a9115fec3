"""The installed rule packs: the built-in folder, an administrator's folders, the pack for a date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain.errors import RulePackError
from domain.rulepack_loader import load_rule_pack
from domain.rulepack_types import RulePack, Text, UnknownPack

BUILTIN_PACK_DIR = Path(__file__).resolve().parent / "rulepacks"


@dataclass(frozen=True)
class PackProblem:
    """An administrator's pack file that was skipped, and why."""

    path: str
    error: RulePackError


class RulePackRegistry:
    """The installed rule packs; chooses the one that governs a date."""

    def __init__(
        self,
        packs: Iterable[RulePack],
        problems: Iterable[PackProblem] = (),
        default_id: str | None = None,
    ) -> None:
        # Load order matters for ties: a pack loaded later (the administrator's) wins.
        self._packs: list[RulePack] = []
        for pack in packs:
            if any(p.id == pack.id for p in self._packs):
                raise RulePackError("id", f"duplicate pack id {pack.id!r}")
            self._packs.append(pack)
        if not self._packs:
            raise RulePackError("$", "no rule pack is installed")
        self.problems: tuple[PackProblem, ...] = tuple(problems)
        if default_id is not None:
            self._default = self.get(default_id)
        else:
            self._default = max(
                enumerate(self._packs), key=lambda ip: (ip[1].effective_from, ip[0])
            )[1]

    @classmethod
    def load_builtin_packs(cls) -> RulePackRegistry:
        """The packs shipped with the app; a broken built-in pack is a bug and raises."""
        return cls.load_packs(())

    @classmethod
    def load_packs(
        cls, extra_dirs: Iterable[str | Path] = (), *, strict: bool = False
    ) -> RulePackRegistry:
        """Built-in packs plus every *.json in `extra_dirs` (an administrator's folder).

        A broken or clashing extra pack is skipped and listed in `.problems` (raised if `strict`),
        so one bad file cannot stop the app from starting.
        """
        packs = list(_load_dir(BUILTIN_PACK_DIR))
        problems: list[PackProblem] = []
        for d in extra_dirs:
            folder = Path(d)
            if not folder.is_dir():
                err = RulePackError("$", "folder not found", str(folder))
                if strict:
                    raise err
                problems.append(PackProblem(str(folder), err))
                continue
            for path in sorted(folder.glob("*.json")):
                try:
                    pack = load_rule_pack(path)
                    if any(p.id == pack.id for p in packs):
                        raise RulePackError(
                            "id", f"a pack with id {pack.id!r} is already installed", str(path)
                        )
                except RulePackError as e:
                    if strict:
                        raise
                    problems.append(PackProblem(str(path), e))
                    continue
                packs.append(pack)
        return cls(packs, problems)

    def get(self, pack_id: str) -> RulePack:
        """The pack with this id; raises `UnknownPack` (a LookupError)."""
        for p in self._packs:
            if p.id == pack_id:
                return p
        raise UnknownPack(pack_id)

    def find(self, pack_id: str) -> RulePack | None:
        """The pack with this id, or None."""
        return next((p for p in self._packs if p.id == pack_id), None)

    def for_date(self, on: date) -> RulePack:
        """The pack in force on a date: the latest effective_from <= on; else the earliest pack."""
        ordered = sorted(enumerate(self._packs), key=lambda ip: (ip[1].effective_from, ip[0]))
        chosen = ordered[0][1]
        for _, pack in ordered:
            if pack.effective_from <= on:
                chosen = pack
        return chosen

    def caveat_for(self, on: date) -> Text | None:
        """The warning to show for a date (e.g. 416-V applied after its reported successor)."""
        return self.for_date(on).caveat_for(on)

    @property
    def default(self) -> RulePack:
        """The pack with the latest effective date (or the one named when building the registry)."""
        return self._default

    def all(self) -> tuple[RulePack, ...]:
        """Every installed pack, in load order."""
        return tuple(self._packs)

    def switch_defaults(self) -> dict[str, bool]:
        """Every switch any pack defines, with its default; the default pack's value wins ties."""
        result: dict[str, bool] = {}
        for p in self._packs:
            if p is not self._default:
                result.update(p.switches)
        result.update(self._default.switches)
        return result


def _load_dir(folder: Path) -> Iterable[RulePack]:
    for path in sorted(folder.glob("*.json")):
        yield load_rule_pack(path)
