"""The ranges a penalty is compared with: the consistency range of comparable cases (Douglas
factor 6), the range of a body's table of penalties (factor 7), and when a penalty outside them
needs a written justification. Pure functions over the rule pack.

Interpretations (shown to users as such):
- The consistency range is the penalties seen among the comparable cases whose severity lies
  between the 10th and the 90th percentile of them (nearest rank, by severity): one outlier among
  ten or more cases does not widen it; below ten cases it is the whole range seen. It exists only
  with at least MIN_COMPARABLES comparable cases.
- A justification is required when the penalty is less severe than the least, or more severe
  than the most severe, of the consistency range and the table range together; not when the law
  leaves a single penalty (a repeat, rule C).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from domain.model import PenaltyTableEntry
from domain.penalties import PenaltyBounds
from domain.rulepack import RulePack

MIN_COMPARABLES = 3  # fewer comparable cases give no consistency range
CONSISTENCY_QUANTILES = (0.1, 0.9)  # the consistency range's percentiles, by severity [I]


def table_range(entry: PenaltyTableEntry | None, pack: RulePack) -> tuple[str, ...] | None:
    """The pack's penalties from the entry's least to its most severe, inclusive."""
    if entry is None:
        return None
    low, high = pack.penalty(entry.min_penalty).severity, pack.penalty(entry.max_penalty).severity
    ordered = sorted(pack.penalties, key=lambda p: p.severity)
    return tuple(p.code for p in ordered if low <= p.severity <= high)


def consistency_range_of(distribution: Mapping[str, int], pack: RulePack) -> tuple[str, ...]:
    """The penalties seen among comparable cases between the 10th and 90th percentile of
    severity (nearest rank), least to most severe; () below MIN_COMPARABLES cases.

    Codes the pack does not know (cases under another pack) are left out.
    """
    severity = {p.code: p.severity for p in pack.penalties}
    seen = sorted((severity[c], c, n) for c, n in distribution.items() if c in severity and n > 0)
    total = sum(n for _, _, n in seen)
    if total < MIN_COMPARABLES:
        return ()
    low_rank, high_rank = (max(1, math.ceil(q * total)) for q in CONSISTENCY_QUANTILES)
    low = high = seen[0][0]
    cumulative = 0
    for sev, _, n in seen:
        if cumulative < low_rank <= cumulative + n:
            low = sev
        if cumulative < high_rank <= cumulative + n:
            high = sev
        cumulative += n
    return tuple(c for sev, c, _ in seen if low <= sev <= high)


def justification_range(
    penalty: str | None,
    bounds: PenaltyBounds | None,
    consistency: Sequence[str],
    table: Sequence[str] | None,
    pack: RulePack,
) -> tuple[str, str] | None:
    """(least, most) severe penalty of consistency ∪ table when `penalty` lies outside them and
    the law leaves a choice; None when no justification is needed."""
    if penalty is None or bounds is None or penalty not in bounds.allowed:
        return None
    if len(bounds.allowed) <= 1:
        return None  # the law leaves no choice: it is the justification
    severity = {p.code: p.severity for p in pack.penalties}
    ranges = [c for c in (*consistency, *(table or ())) if c in severity]
    if not ranges or penalty not in severity:
        return None
    low = min(ranges, key=severity.__getitem__)
    high = max(ranges, key=severity.__getitem__)
    if severity[low] <= severity[penalty] <= severity[high]:
        return None
    return low, high
