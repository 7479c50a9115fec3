"""The wording of deadlines: the engine's steps in the UI language, badges, days left, holidays.

The engine (domain.deadlines) explains a computation as Steps: a code, parameters (ISO dates,
numbers, codes) and an article. This module holds a template per code, translated through Qt
Linguist, and fills it with the parameters rendered for the reader: dates as dd.mm.yyyy, codes as
words, suspension reasons by the rule pack's names in the UI language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from domain.model import DeadlineStatus
from ui.labels import citation

_CTX = "Deadlines"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def date_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else "—"


# -- badges --------------------------------------------------------------------------------------

_BADGES = {
    DeadlineStatus.ON_TIME: QT_TRANSLATE_NOOP("Deadlines", "On time"),
    DeadlineStatus.WITHIN_7: QT_TRANSLATE_NOOP("Deadlines", "≤ 7 days"),
    DeadlineStatus.WITHIN_2: QT_TRANSLATE_NOOP("Deadlines", "≤ 2 days"),
    DeadlineStatus.EXPIRED: QT_TRANSLATE_NOOP("Deadlines", "Expired"),
}
_BADGE_HINTS = {
    DeadlineStatus.ON_TIME: QT_TRANSLATE_NOOP(
        "Deadlines", "More than 7 days are left to impose a penalty."
    ),
    DeadlineStatus.WITHIN_7: QT_TRANSLATE_NOOP(
        "Deadlines", "The last permissible day is within a week."
    ),
    DeadlineStatus.WITHIN_2: QT_TRANSLATE_NOOP(
        "Deadlines", "The last permissible day is within 2 days: decide now."
    ),
    DeadlineStatus.EXPIRED: QT_TRANSLATE_NOOP(
        "Deadlines",
        "The last permissible day has passed: no penalty may be imposed on this case any more.",
    ),
}
# (background, text) per band; the text of the badge says the same, for readers of any colour.
BADGE_COLOURS: dict[DeadlineStatus, tuple[QColor, QColor]] = {
    DeadlineStatus.ON_TIME: (QColor("#dcefdc"), QColor("#1b5e20")),
    DeadlineStatus.WITHIN_7: (QColor("#fff0c2"), QColor("#6d4c00")),
    DeadlineStatus.WITHIN_2: (QColor("#ffd9b3"), QColor("#8a3300")),
    DeadlineStatus.EXPIRED: (QColor("#c62828"), QColor("#ffffff")),
}


def badge_text(status: DeadlineStatus) -> str:
    return _t(_BADGES[status])


def badge_hint(status: DeadlineStatus) -> str:
    return _t(_BADGE_HINTS[status])


def badge_style(status: DeadlineStatus) -> str:
    """A style sheet that draws a QLabel as the band's badge."""
    background, text = BADGE_COLOURS[status]
    return (
        f"background: {background.name()}; color: {text.name()}; border-radius: 4px;"
        " padding: 1px 6px; font-weight: bold;"
    )


class Deadlines(QObject):
    """The plural messages of the deadline wording, in the "Deadlines" translation context.

    Plural forms live here because lupdate (PySide6 6.11) marks a message plural only for a
    `self.tr(text, "", n)` call inside a class; the class name is the context the .ts files use.
    """

    def days_left(self, n: int) -> str:
        return self.tr("%n day(s) left", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


_PLURALS = Deadlines()


def days_left_text(last_day: date, today: date) -> str:
    """'12 days left', 'Last day today', '3 days ago' (said beside the badge, which names the band)."""
    left = (last_day - today).days
    if left > 0:
        return _PLURALS.days_left(left)
    if left == 0:
        return QCoreApplication.translate("Deadlines", "Last day today")
    return _PLURALS.days_ago(-left)


def days_left_samples(today: date) -> list[str]:
    """The longest texts the days-left column shows, to size it."""
    return [
        days_left_text(today, today),
        days_left_text(today + timedelta(days=88), today),
        days_left_text(today - timedelta(days=888), today),
    ]


# -- the engine's words --------------------------------------------------------------------------

# A limit, named at the start of a step ("Absolute limit: ...").
_LIMITS = {
    "discovery": QT_TRANSLATE_NOOP("Deadlines", "Limit from discovery"),
    "absolute": QT_TRANSLATE_NOOP("Deadlines", "Absolute limit"),
    "absolute_extended": QT_TRANSLATE_NOOP("Deadlines", "Absolute limit, extended reading"),
}
# The event a limit counts from, with its preposition ("from commission").
_EVENTS_FROM = {
    "discovery": QT_TRANSLATE_NOOP("Deadlines", "from discovery"),
    "termination": QT_TRANSLATE_NOOP("Deadlines", "from the decision terminating the case"),
    "commission": QT_TRANSLATE_NOOP("Deadlines", "from commission"),
    "conduct_end": QT_TRANSLATE_NOOP("Deadlines", "from the end of the conduct"),
    "discovery_still_continuing": QT_TRANSLATE_NOOP(
        "Deadlines", "from discovery (the conduct is still going on)"
    ),
}
# The short limit by the event it counts from, in the middle of a sentence.
_SHORT_LIMIT_NAMES = {
    "discovery": QT_TRANSLATE_NOOP("Deadlines", "the limit from discovery"),
    "termination": QT_TRANSLATE_NOOP("Deadlines", "the limit from the termination decision"),
}
_KINDS = {
    "general": QT_TRANSLATE_NOOP("Deadlines", "a general offence"),
    "discrediting": QT_TRANSLATE_NOOP("Deadlines", "a discrediting offence"),
    "budget": QT_TRANSLATE_NOOP("Deadlines", "a breach of budget legislation"),
    "after_termination": QT_TRANSLATE_NOOP(
        "Deadlines", "a discrediting offence found after a criminal or administrative case ended"
    ),
}
_WHY = {
    "weekend": QT_TRANSLATE_NOOP("Deadlines", "a weekend day"),
    "holiday": QT_TRANSLATE_NOOP("Deadlines", "a public holiday"),
    "override_non_working": QT_TRANSLATE_NOOP("Deadlines", "a day off set by the administrator"),
}
_CONTINUING_RULES = {
    "end_or_discovery": QT_TRANSLATE_NOOP(
        "Deadlines", "from the end of the conduct, or from discovery while it goes on"
    ),
    "commission": QT_TRANSLATE_NOOP("Deadlines", "from the day the conduct began"),
}

STEP_TEMPLATES: dict[str, str] = {
    "limits.kind": QT_TRANSLATE_NOOP(
        "Deadlines",
        "The offence under {offence_article} is {kind}: the limits are {discovery_months} "
        "{discovery_event} and {absolute_months} {absolute_event}.",
    ),
    "limits.continuing": QT_TRANSLATE_NOOP(
        "Deadlines",
        "The offence is continuing: the absolute limit counts {event}, {event_date} (setting: "
        "{rule}).",
    ),
    "limit.start": QT_TRANSLATE_NOOP(
        "Deadlines",
        "{limit}: counted {event}, {event_date}; the period starts the next day, {period_start}.",
    ),
    "limit.month_end": QT_TRANSLATE_NOOP(
        "Deadlines",
        "{months} from {event_date} end on {end}, the day with the same number.",
    ),
    "limit.month_end_clipped": QT_TRANSLATE_NOOP(
        "Deadlines",
        "{months} from {event_date}: that month has no day {day}, so the period ends on its "
        "last day, {end}.",
    ),
    "limit.suspended": QT_TRANSLATE_NOOP(
        "Deadlines",
        "{limit}: {days} of suspension after {event_date} ({reasons}) move the end from "
        "{from_date} to {to_date}.",
    ),
    "limit.moved_non_working": QT_TRANSLATE_NOOP(
        "Deadlines",
        "{limit}: {from_date} is not a working day ({why}{name}), so the end moves to {to_date}.",
    ),
    "limit.moved_out_of_pause": QT_TRANSLATE_NOOP(
        "Deadlines",
        "{limit}: {from_date} falls inside a suspension ({reason}, {pause_start} – {pause_end}), "
        "so the end moves to {to_date}.",
    ),
    "limit.result": QT_TRANSLATE_NOOP("Deadlines", "{limit}: the last day is {date}."),
    "absolute.readings": QT_TRANSLATE_NOOP(
        "Deadlines",
        "The law does not say whether suspension also extends the absolute limit: without it "
        "the limit ends on {plain}, extended by {days} of suspension after {event_date} on "
        "{extended}. The earlier date, {plain}, is used as the safe one.",
    ),
    "absolute.readings_same": QT_TRANSLATE_NOOP(
        "Deadlines",
        "No suspension falls after {event_date}, so both readings of the absolute limit give "
        "{plain}.",
    ),
    "last_day.discovery": QT_TRANSLATE_NOOP(
        "Deadlines",
        "The last day to impose a penalty is {last_day}: {discovery_limit_name} ends before the "
        "absolute limit ({absolute_limit}).",
    ),
    "last_day.absolute": QT_TRANSLATE_NOOP(
        "Deadlines",
        "The last day to impose a penalty is {last_day}: the absolute limit ends before "
        "{discovery_limit_name} ({discovery_limit}).",
    ),
    "last_day.both": QT_TRANSLATE_NOOP(
        "Deadlines", "The last day to impose a penalty is {last_day}: both limits end that day."
    ),
    "last_day.before_discovery": QT_TRANSLATE_NOOP(
        "Deadlines",
        "The absolute limit ({last_day}) passed before the offence was discovered on "
        "{discovered_on}: no penalty may be imposed.",
    ),
    "blocked": QT_TRANSLATE_NOOP(
        "Deadlines", "No penalty may be imposed from {start} to {end} ({reason})."
    ),
}


def months_text(n: int) -> str:
    return _PLURALS.months(n)


def days_text(n: int) -> str:
    return _PLURALS.days(n)


_MONTH_KEYS = frozenset({"months", "discovery_months", "absolute_months"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARAM = re.compile(r"\{(\w+)\}")


def _word(table: Mapping[str, str], value: object) -> str:
    source = table.get(str(value))
    return _t(source) if source else str(value)


def reason_names(names: Mapping[str, str], codes: str) -> str:
    """Comma-separated reason codes as the rule pack names them in the UI language."""
    return ", ".join(names.get(code, code.replace("_", " ")) for code in codes.split(",") if code)


def param_text(key: str, value: object, reasons: Mapping[str, str] | None = None) -> str:
    """One step or error parameter as a reader sees it (ISO dates become dd.mm.yyyy)."""
    if isinstance(value, str) and _DATE.match(value):
        return date_text(date.fromisoformat(value))
    if key in ("reason", "reasons"):
        return reason_names(reasons or {}, str(value))
    return str(value)


def step_values(
    code: str, params: Mapping[str, str | int], reasons: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The parameters of a step, rendered for its template."""
    values: dict[str, str] = {}
    for key, value in params.items():
        if key in _MONTH_KEYS and isinstance(value, int):
            values[key] = months_text(value)
        elif key == "days" and isinstance(value, int):
            values[key] = days_text(value)
        elif key == "limit":
            values[key] = _word(_LIMITS, value)
        elif key in ("event", "discovery_event", "absolute_event"):
            values[key] = _word(_EVENTS_FROM, value)
        elif key == "kind":
            values[key] = _word(_KINDS, value)
        elif key == "why":
            values[key] = _word(_WHY, value)
        elif key == "rule":
            values[key] = _word(_CONTINUING_RULES, value)
        elif key == "offence_article":
            values[key] = citation(str(value))
        elif key == "name":
            values[key] = f": {holiday_text(str(value))}" if value else ""
        else:
            values[key] = param_text(key, value, reasons)
    if "discovery_event" in params:
        values["discovery_limit_name"] = _word(_SHORT_LIMIT_NAMES, params["discovery_event"])
    return values


def fill(template: str, values: Mapping[str, str]) -> str:
    # A missing parameter leaves its placeholder rather than raising: wording never crashes.
    return _PARAM.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)


def step_text(
    code: str, params: Mapping[str, str | int], reasons: Mapping[str, str] | None = None
) -> str:
    """A step of the engine in the UI language, without its article; unknown codes show the code."""
    source = STEP_TEMPLATES.get(code)
    if source is None:
        return code
    return fill(_t(source), step_values(code, params, reasons))


def limit_from_text(event: str) -> str:
    """The panel's label of the short limit: 'Limit from discovery' or from termination."""
    if event == "termination":
        return QCoreApplication.translate("Deadlines", "Limit from the termination decision")
    return _t(_LIMITS["discovery"])


# -- holidays ------------------------------------------------------------------------------------

# The `holidays` package names Kazakhstan's holidays in English only.
_HOLIDAYS = {
    "New Year's Day": QT_TRANSLATE_NOOP("Deadlines", "New Year's Day"),
    "Orthodox Christmas": QT_TRANSLATE_NOOP("Deadlines", "Orthodox Christmas"),
    "International Women's Day": QT_TRANSLATE_NOOP("Deadlines", "International Women's Day"),
    "Nowruz Holiday": QT_TRANSLATE_NOOP("Deadlines", "Nauryz meirami"),
    "Kazakhstan's People Solidarity Holiday": QT_TRANSLATE_NOOP(
        "Deadlines", "Kazakhstan People's Unity Day"
    ),
    "Defender of the Fatherland Day": QT_TRANSLATE_NOOP(
        "Deadlines", "Defender of the Fatherland Day"
    ),
    "Victory Day": QT_TRANSLATE_NOOP("Deadlines", "Victory Day"),
    "Capital Day": QT_TRANSLATE_NOOP("Deadlines", "Capital Day"),
    "Eid al-Adha": QT_TRANSLATE_NOOP("Deadlines", "Kurban Ait"),
    "Constitution Day": QT_TRANSLATE_NOOP("Deadlines", "Constitution Day"),
    "Republic Day": QT_TRANSLATE_NOOP("Deadlines", "Republic Day"),
    "Independence Day": QT_TRANSLATE_NOOP("Deadlines", "Independence Day"),
    "First President Day": QT_TRANSLATE_NOOP("Deadlines", "First President Day"),
}
_OBSERVED = QT_TRANSLATE_NOOP("Deadlines", "%1 (transferred day off)")
_ESTIMATED = QT_TRANSLATE_NOOP("Deadlines", "%1 (date estimated)")
_SUBSTITUTED = QT_TRANSLATE_NOOP("Deadlines", "Day off moved from %1")
_SUBSTITUTED_RE = re.compile(r"^Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)$")


def _one_holiday(name: str) -> str:
    found = _SUBSTITUTED_RE.match(name)
    if found:
        # The package writes the date month first (en_US).
        month, day, year = found.groups()
        return _t(_SUBSTITUTED).replace("%1", f"{day}.{month}.{year}")
    for suffix, template in ((" (observed)", _OBSERVED), (" (estimated)", _ESTIMATED)):
        if name.endswith(suffix):
            return _t(template).replace("%1", _one_holiday(name.removesuffix(suffix)))
    source = _HOLIDAYS.get(name)
    return _t(source) if source else name


def holiday_text(name: str) -> str:
    """A holiday name of the `holidays` package in the UI language (several joined by '; ')."""
    return "; ".join(_one_holiday(part.strip()) for part in name.split(";") if part.strip())
