"""One criterion row of the worksheet: its title and badge, a rating, a note and its error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from domain.criteria import Rating, WorksheetItem
from domain.validation import MAX_WORKSHEET_NOTE_LENGTH
from ui.i18n import current_language
from ui.penalty_text import criterion_title, rating_label

if TYPE_CHECKING:
    from domain.rulepack import Criterion, RulePack
    from ui.worksheet_panel import WorksheetPanel

RATINGS = (Rating.AGGRAVATING, Rating.NEUTRAL, Rating.MITIGATING, Rating.NOT_APPLICABLE)
_BADGE = (
    "background: #fff3d6; color: #6d4c00; border-radius: 3px; padding: 0px 5px; font-size: 90%;"
)
ERROR_STYLE = "color: #c62828;"
MUTED_STYLE = "color: #505050;"


# The rows' texts keep the "WorksheetPanel" context they had when the rows lived in that module.
_PROPOSAL = QT_TRANSLATE_NOOP("WorksheetPanel", "proposal")
_NOT_IN_RULES = QT_TRANSLATE_NOOP(
    "WorksheetPanel", "Not in the Rules: the source article's proposal or Douglas factor %1."
)
_NOT_RATED = QT_TRANSLATE_NOOP("WorksheetPanel", "— not rated —")
_NOTE_HINT = QT_TRANSLATE_NOOP("WorksheetPanel", "Why (required when aggravating or mitigating)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorksheetPanel", text)


class CriterionRow:
    """The widgets of one criterion: its title (with badge), a rating, a note and its error."""

    def __init__(self, criterion: Criterion, pack: RulePack, parent: WorksheetPanel) -> None:
        self.criterion = criterion
        self.title = QLabel(criterion_title(criterion.code, pack))
        self.title.setWordWrap(True)
        tooltip = criterion.guidance.get(current_language())
        self.title.setToolTip(tooltip)
        self.badge = QLabel(_tr(_PROPOSAL) if criterion.proposal else "")
        self.badge.setStyleSheet(_BADGE)
        self.badge.setVisible(criterion.proposal)
        self.badge.setToolTip(
            _tr(_NOT_IN_RULES).replace("%1", ", ".join(str(n) for n in criterion.douglas))
        )
        self.rating = QComboBox()
        self.rating.addItem(_tr(_NOT_RATED), None)
        for rating in RATINGS:
            self.rating.addItem(rating_label(rating), rating.value)
        self.rating.setToolTip(tooltip)
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_WORKSHEET_NOTE_LENGTH)
        self.note.setPlaceholderText(_tr(_NOTE_HINT))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.summary = QLabel()  # computed criteria: the data and a link instead of a rating
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet(MUTED_STYLE)
        self.summary.linkActivated.connect(lambda _link: parent.consistency_requested.emit())

    def item(self) -> WorksheetItem | None:
        value = self.rating.currentData()
        if value is None:
            return None
        return WorksheetItem(self.criterion.code, Rating(value), self.note.text())

    def set_item(self, item: WorksheetItem | None) -> None:
        value = Rating(item.rating).value if item is not None else None
        self.rating.setCurrentIndex(max(0, self.rating.findData(value)))
        self.note.setText(item.note if item is not None else "")
        self.note.setCursorPosition(0)  # a long note shows its beginning
        self.note.setToolTip(self.note.text())

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
