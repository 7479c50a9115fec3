"""The split rule-pack and penalty modules: the old import paths keep every name, with no cycles."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import domain.penalties
import domain.rulepack

DOMAIN = Path(domain.rulepack.__file__).resolve().parent

# The public names of domain.rulepack and domain.penalties before the split, written out here so
# that dropping one from a façade fails this test: the whole repo imports them from there.
RULEPACK_NAMES = {
    "AFTER_TERMINATION",
    "BUILTIN_PACK_DIR",
    "FORMAT_VERSION",
    "SELECT_ANY",
    "SELECT_FIRST_POSSIBLE",
    "CriteriaWording",
    "Criterion",
    "Offence",
    "OffenceGroup",
    "OffenceKind",
    "PackProblem",
    "PenaltyRule",
    "PenaltyType",
    "RulePack",
    "RulePackRegistry",
    "SeverityClass",
    "SuspensionReason",
    "Text",
    "TimeLimit",
    "UnknownCode",
    "UnknownOffence",
    "UnknownPack",
    "UnknownPenalty",
    "load_rule_pack",
    "loads_rule_pack",
    "parse_rule_pack",
}
PENALTIES_NAMES = {
    "ART_LIFETIME",
    "ART_PROPOSAL",
    "ERROR_CODES",
    "E_OFFENCE_REPEALED",
    "E_OFFENCE_SWITCHED_OFF",
    "E_OFFENCE_UNKNOWN",
    "E_PRIOR_LIFTED_BEFORE_IMPOSED",
    "E_PRIOR_OFFENCE_UNKNOWN",
    "E_PRIOR_PENALTY_UNKNOWN",
    "GENERAL",
    "STEP_CODES",
    "PenaltyBounds",
    "PriorPenalty",
    "Step",
    "allowed_penalties",
    "penalties_of_class",
    "penalty_words",
    "priors_in_force",
    "severity_class_of",
    "severity_classes",
}

# Each module may import only the ones before it: a strict order cannot form a cycle.
RULEPACK_ORDER = [
    "domain.rulepack_types",
    "domain.rulepack_fields",
    "domain.rulepack_sections",
    "domain.rulepack_loader",
    "domain.rulepack_registry",
    "domain.rulepack",
]
PENALTIES_ORDER = ["domain.penalty_steps", "domain.prior_penalties", "domain.penalties"]


def _domain_imports(module: str) -> set[str]:
    path = DOMAIN / (module.removeprefix("domain.") + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("domain"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("domain"))
    return found


@pytest.mark.parametrize(
    ("facade", "names"),
    [(domain.rulepack, RULEPACK_NAMES), (domain.penalties, PENALTIES_NAMES)],
)
def test_the_old_module_still_offers_every_public_name(facade: object, names: set[str]) -> None:
    exported = set(getattr(facade, "__all__", ()))
    assert names <= exported, names - exported
    assert all(hasattr(facade, n) for n in exported)


def test_the_rulepack_facade_holds_no_code_of_its_own() -> None:
    # Every name is the very object of its home module, so there is one definition of each.
    for name in domain.rulepack.__all__:
        value = getattr(domain.rulepack, name)
        homes = [importlib.import_module(m) for m in RULEPACK_ORDER[:-1]]
        assert any(getattr(h, name, None) is value for h in homes), name


@pytest.mark.parametrize("order", [RULEPACK_ORDER, PENALTIES_ORDER])
def test_the_split_modules_import_only_the_ones_before_them(order: list[str]) -> None:
    for i, module in enumerate(order):
        later = set(order[i:])
        assert not (_domain_imports(module) & later), (module, _domain_imports(module) & later)


@pytest.mark.parametrize("module", RULEPACK_ORDER + PENALTIES_ORDER)
def test_each_split_module_stays_under_500_lines(module: str) -> None:
    path = DOMAIN / (module.removeprefix("domain.") + ".py")
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 500
