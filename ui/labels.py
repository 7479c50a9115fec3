"""Translated names of the domain's enumerations (status, group, service category, sex)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.model import NO_GROUP, Body, CaseStatus, ServiceCategory, Sex, Unit
from domain.rulepack import Offence
from ui.i18n import current_language

_CTX = "Labels"

_STATUS = {
    CaseStatus.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    CaseStatus.INVESTIGATION: QT_TRANSLATE_NOOP("Labels", "Investigation"),
    CaseStatus.HEARING: QT_TRANSLATE_NOOP("Labels", "Commission hearing"),
    CaseStatus.DECIDED: QT_TRANSLATE_NOOP("Labels", "Penalty imposed"),
    CaseStatus.NO_PENALTY: QT_TRANSLATE_NOOP("Labels", "No penalty"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    CaseStatus.ANNULLED: QT_TRANSLATE_NOOP("Labels", "Annulled"),
}

# The source article's grouping of Art. 50 p.1; the long names are its headings.
_GROUP_LONG = {
    "I": QT_TRANSLATE_NOOP("Labels", "I — corruption-related"),
    "II": QT_TRANSLATE_NOOP("Labels", "II — rights of persons"),
    "III": QT_TRANSLATE_NOOP("Labels", "III — abuse of authority"),
    NO_GROUP: QT_TRANSLATE_NOOP("Labels", "Outside the groups (Art. 44, budget)"),
}

_CATEGORY = {
    ServiceCategory.POLITICAL: QT_TRANSLATE_NOOP("Labels", "Political"),
    ServiceCategory.ADMINISTRATIVE: QT_TRANSLATE_NOOP("Labels", "Administrative"),
}

_SEX = {
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "female"),
}

GROUPS: tuple[str, ...] = ("I", "II", "III", NO_GROUP)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: CaseStatus | str) -> str:
    try:
        return _t(_STATUS[CaseStatus(status)])
    except ValueError:
        return str(status)


def group_label(group: str | None) -> str:
    """The long name of a group; None and NO_GROUP both mean outside the Art. 50 groups."""
    return _t(_GROUP_LONG[group if group in _GROUP_LONG else NO_GROUP])


def group_short(group: str | None) -> str:
    return group if group in ("I", "II", "III") else "—"


def category_label(category: ServiceCategory) -> str:
    return _t(_CATEGORY[category])


def sex_label(sex: Sex) -> str:
    return _t(_SEX[sex])


def offence_title(offence: Offence) -> str:
    return offence.title.get(current_language())


def offence_label(offence: Offence) -> str:
    """One line for lists and combos: the citation, the title, and whether it may still be used."""
    text = f"{citation(offence.article)} — {offence_title(offence)}"
    if offence.repealed:
        text += " " + _t(QT_TRANSLATE_NOOP("Labels", "(repealed)"))
    elif offence.proposal:
        text += " " + _t(QT_TRANSLATE_NOOP("Labels", "(proposal, not law)"))
    return text


def offence_tooltip(offence: Offence) -> str:
    lines = [citation(offence.article), offence_title(offence)]
    if offence.repealed:
        lines.append(
            _t(QT_TRANSLATE_NOOP("Labels", "Repealed by %1")).replace("%1", offence.repealed_by)
        )
    if offence.proposal:
        lines.append(
            _t(QT_TRANSLATE_NOOP("Labels", "A proposal of the source article, not the law."))
        )
    return "\n".join(lines)


_SWITCHES = {
    "proposed_subpoint_20": QT_TRANSLATE_NOOP(
        "Labels", "Proposed sub-point 20 of Art. 50 (source article, not law)"
    ),
    "move_to_next_working_day": QT_TRANSLATE_NOOP(
        "Labels", "A deadline falling on a day off moves to the next working day"
    ),
}


def switch_label(name: str) -> str:
    """A rule-pack switch as the Settings menu names it; unknown switches show their key."""
    source = _SWITCHES.get(name)
    return _t(source) if source else name


_CITE_TOKEN = re.compile(r"(Art\.|sub-p\.|p\.)\s*([\w\-]+)")
_CITE_TEMPLATES = {
    "Art.": QT_TRANSLATE_NOOP("Labels", "Art. %1"),
    "p.": QT_TRANSLATE_NOOP("Labels", "p. %1"),
    "sub-p.": QT_TRANSLATE_NOOP("Labels", "sub-p. %1"),
}
# The acts the deadline engine cites besides Law 416-V's own articles.
_CITE_SOURCES = {
    "Civil Code": QT_TRANSLATE_NOOP("Labels", "Civil Code"),
    "Labour Code": QT_TRANSLATE_NOOP("Labels", "Labour Code"),
    "Law 416-V": QT_TRANSLATE_NOOP("Labels", "Law 416-V"),
}
# "%1" is the act, "%2" its article: word order differs between the languages.
_CITE_IN_SOURCE = QT_TRANSLATE_NOOP("Labels", "%1 %2")
_CITE_NOTES = {
    "proposed": QT_TRANSLATE_NOOP("Labels", "(proposed)"),
    "interpretation": QT_TRANSLATE_NOOP("Labels", "(interpretation)"),
    "interpretation: parameter continuing_offence_start": QT_TRANSLATE_NOOP(
        "Labels", "(interpretation: the start of the limit for a continuing offence)"
    ),
}
_CITE_NOTE = re.compile(r"\s*\(([^()]*)\)\s*$")


def citation(article: str) -> str:
    """A rule pack's or the engine's citation in the UI language; unparsed text as is.

    Understands 'Art. 50 p.1 sub-p. 4', 'Art. 45 p.3-4', 'Civil Code Art. 173; Labour Code Art.
    13' and a trailing note in brackets ('(proposed)', '(interpretation)').
    """
    out: list[str] = []
    for clause in article.split(";"):
        clause = clause.strip()
        note = ""
        found = _CITE_NOTE.search(clause)
        if found:
            source_note = _CITE_NOTES.get(found.group(1))
            if source_note is None:
                return article
            note = " " + _t(source_note)
            clause = clause[: found.start()].strip()
        source = next((s for s in _CITE_SOURCES if clause.startswith(s + " ")), None)
        body = clause[len(source) :].strip() if source else clause
        tokens = _CITE_TOKEN.findall(body)
        if not tokens or _CITE_TOKEN.sub("", body).strip():
            return article  # a form we do not know: the pack's own text is better than a guess
        text = " ".join(_t(_CITE_TEMPLATES[kind]).replace("%1", num) for kind, num in tokens)
        if source:
            text = _t(_CITE_IN_SOURCE).replace("%1", _t(_CITE_SOURCES[source])).replace("%2", text)
        out.append(text + note)
    return "; ".join(out)


def body_name(body: Body) -> str:
    """A state body's name in the UI language (Russian when there is no Kazakh and for English)."""
    return body.name_kk if current_language() == "kk" and body.name_kk else body.name_ru


def unit_name(unit: Unit) -> str:
    return unit.name_kk if current_language() == "kk" and unit.name_kk else unit.name_ru
