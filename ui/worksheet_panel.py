"""The criteria worksheet of a saved case: rate each criterion, see the recommendation, keep versions.

One row per criterion of the rule pack (p.32 of the Rules, Decree No. 152; the source article's
proposals and the Douglas factors marked as such). Criteria the app answers from data (Douglas 6
and 7) show that data and a link instead of a rating. The recommendation follows every change
(domain.criteria.recommend, inside the statutory bounds); the app recommends, the commission
decides. Every save is a new version; the history lists them with time and author.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.criteria import (
    Rating,
    Recommendation,
    Worksheet,
    WorksheetItem,
    recommend,
    validate_worksheet,
)
from domain.errors import FieldError, NotFound, RulePackError, StorageError, ValidationFailed
from ui.messages import field_error_text
from ui.penalty_panel import allowed_text, range_text
from ui.penalty_text import (
    NOTE_PENDING,
    criterion_title,
    rating_label,
    step_text,
)
from ui.prompts import Prompts
from ui.worksheet_history import WorksheetHistoryModel
from ui.worksheet_recommendation import RecommendationBox
from ui.worksheet_rows import ERROR_STYLE, MUTED_STYLE, CriterionRow

if TYPE_CHECKING:
    from domain.consistency_service import PenaltyReview
    from domain.penalties import PenaltyBounds
    from domain.rulepack import RulePack
    from domain.services import CaseService
    from domain.worksheet_service import WorksheetVersion

_log = logging.getLogger(__name__)


class WorksheetPanel(QWidget):
    """Rates the case's criteria, shows the live recommendation, saves versions, lists them."""

    saved = Signal(int)  # the version number stored
    consistency_requested = Signal()  # a computed criterion's link: show the comparable cases
    recommended = Signal()  # the live recommendation was recomputed

    def __init__(
        self,
        services: CaseService,
        prompts: Prompts,
        case_id: int,
        pack: RulePack,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.pack = pack
        self.read_only = read_only
        self.bounds: PenaltyBounds | None = None
        self.review: PenaltyReview | None = None
        self.chosen: str | None = None
        self.recommendation: Recommendation | None = None
        self.saved_worksheet = Worksheet()
        self.versions: list[WorksheetVersion] = []
        self.rows: dict[str, CriterionRow] = {}

        intro = QLabel(
            self.tr(
                "Rate each criterion the commission weighed and write down why. The app "
                "recommends a class of penalty inside the law's bounds; the commission decides."
            )
        )
        intro.setWordWrap(True)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(2, 6)
        grid.setVerticalSpacing(8)
        header_style = "font-weight: bold;"
        for column, text in enumerate((self.tr("Criterion"), self.tr("Rating"), self.tr("Note"))):
            label = QLabel(text)
            label.setStyleSheet(header_style)
            grid.addWidget(label, 0, column)
        line = 1
        for criterion in pack.criteria:
            row = CriterionRow(criterion, pack, self)
            self.rows[criterion.code] = row
            title = QWidget()
            title_layout = QVBoxLayout(title)
            title_layout.setContentsMargins(0, 0, 0, 0)
            title_layout.setSpacing(1)
            title_layout.addWidget(row.title)
            title_layout.addWidget(row.badge, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(title, line, 0, Qt.AlignmentFlag.AlignTop)
            if criterion.computed:
                grid.addWidget(row.summary, line, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
                row.rating.hide()
                row.note.hide()
            else:
                # The note and its error line share a cell: a hidden error takes no room.
                note = QWidget()
                note_layout = QVBoxLayout(note)
                note_layout.setContentsMargins(0, 0, 0, 0)
                note_layout.setSpacing(1)
                note_layout.addWidget(row.note)
                note_layout.addWidget(row.error)
                grid.addWidget(row.rating, line, 1, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(note, line, 2, Qt.AlignmentFlag.AlignTop)
                row.rating.currentIndexChanged.connect(self._changed)
                row.note.textChanged.connect(self._changed)
                row.rating.setEnabled(not read_only)
                row.note.setReadOnly(read_only)
            line += 1
        grid.setRowStretch(line, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_host)

        self.save_button = QPushButton(self.tr("Save worksheet"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(not read_only)
        self.status = QLabel()
        self.status.setObjectName("worksheetStatus")
        self.status.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(intro)
        left_layout.addWidget(self.scroll, 1)
        left_layout.addLayout(footer)

        right = QSplitter(Qt.Orientation.Vertical)
        self.recommendation_box = RecommendationBox()
        # The box's labels, under the names the panel has always given them.
        self.decides = self.recommendation_box.decides
        self.recommended_class = self.recommendation_box.recommended_class
        self.recommended_penalties = self.recommendation_box.recommended_penalties
        self.comparison = self.recommendation_box.comparison
        self.reasons = self.recommendation_box.reasons
        right.addWidget(self.recommendation_box)
        right.addWidget(self._build_history())
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(left)
        columns.addWidget(right)
        columns.setStretchFactor(0, 3)
        columns.setStretchFactor(1, 2)
        columns.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(columns)
        self.load()

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("Saved versions"))
        self.history_model = WorksheetHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history.selectionModel().currentRowChanged.connect(self._version_selected)
        self.version_details = QLabel()
        self.version_details.setObjectName("versionDetails")
        self.version_details.setWordWrap(True)
        self.version_details.setStyleSheet(MUTED_STYLE)
        self.version_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QScrollArea()
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        details.setWidget(self.version_details)
        layout = QVBoxLayout(box)
        layout.addWidget(self.history, 2)
        layout.addWidget(details, 1)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return box

    # -- loading and reading -----------------------------------------------------------------

    def load(self) -> None:
        """Read the case's versions and show the latest in the form."""
        try:
            self.versions = self._services.worksheet_history(self.case_id)
        except (StorageError, NotFound) as exc:
            _log.warning("worksheet: %s", exc)
            self.versions = []
        self.saved_worksheet = self.versions[-1].worksheet if self.versions else Worksheet()
        by_code = {i.code: i for i in self.saved_worksheet.items}
        for code, row in self.rows.items():
            for widget in (row.rating, row.note):
                widget.blockSignals(True)
            row.set_item(by_code.get(code))
            for widget in (row.rating, row.note):
                widget.blockSignals(False)
        self.history_model.set_versions(self.versions, self.pack)
        if self.versions:
            self.history.selectRow(len(self.versions) - 1)
        self._changed()

    def worksheet(self) -> Worksheet:
        """The ratings as the form shows them, in the pack's order."""
        items = [row.item() for row in self.rows.values() if not row.criterion.computed]
        return Worksheet(tuple(i for i in items if i is not None))

    def dirty(self) -> bool:
        return _comparable(self.worksheet()) != _comparable(self.saved_worksheet)

    # -- live state --------------------------------------------------------------------------

    def set_review(self, review: PenaltyReview | None, pack: RulePack, chosen: str | None) -> None:
        """The editor's current bounds and ranges (the form as typed) and the penalty chosen."""
        self.review = review
        self.bounds = review.bounds if review is not None else None
        self.chosen = chosen
        if pack.id != self.pack.id:
            self.bounds = None  # the worksheet's criteria are its own pack's
        self._show_computed()
        self._recommend()

    def _changed(self) -> None:
        errors = validate_worksheet(self.worksheet(), self.pack)
        by_code: dict[str, list[str]] = {}
        for error in errors:
            code = error.field.split(".")[1] if "." in error.field else error.field
            by_code.setdefault(code, []).append(field_error_text(error))
        for code, row in self.rows.items():
            row.set_error(" ".join(by_code.get(code, [])))
        dirty = self.dirty()
        self.save_button.setEnabled(dirty and not errors and not self.read_only)
        if errors:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(
                self.tr("%n rating(s) still need a note before saving.", "", len(errors))
            )
        elif dirty:
            self.status.setStyleSheet(MUTED_STYLE)
            self.status.setText(self.tr("Unsaved changes."))
        else:
            self.status.setStyleSheet(MUTED_STYLE)
            self.status.setText(
                self.tr("Version %1 is shown.").replace("%1", str(self.versions[-1].version))
                if self.versions
                else self.tr("Nothing saved yet.")
            )
        self._recommend()

    def _preview(self) -> Worksheet:
        """The form's ratings with a stand-in for notes not written yet: the recommendation
        follows a rating at once, the note is asked for before saving."""
        return Worksheet(
            tuple(
                WorksheetItem(i.code, i.rating, i.note if i.note.strip() else NOTE_PENDING)
                for i in self.worksheet().items
            )
        )

    def _recommend(self) -> None:
        bounds = self.bounds
        self.recommendation = None
        if bounds is None:
            self.recommendation_box.show_pending()
            self.recommended.emit()
            return
        try:
            found = recommend(self._preview(), bounds, bounds.offence, self.pack)
        except (ValidationFailed, RulePackError, ValueError) as exc:
            _log.warning("recommendation: %s", exc)
            self.recommendation_box.show_unscorable()
            self.recommended.emit()
            return
        self.recommendation = found
        self.recommendation_box.show_recommendation(found, self.chosen, self.pack)
        self.recommended.emit()

    def reason_lines(self) -> list[str]:
        if self.recommendation is None:
            return []
        return [step_text(r.code, r.params, self.pack) for r in self.recommendation.reasons]

    def _show_computed(self) -> None:
        review, pack = self.review, self.pack
        link = html.escape(self.tr("Comparable cases and bounds"))
        for row in self.rows.values():
            criterion = row.criterion
            if not criterion.computed:
                continue
            if review is None:
                text = self.tr("Shown once the offence and its date are entered.")
            elif criterion.code == "penalty_table" or 7 in criterion.douglas:
                allowed = review.bounds.allowed if review.bounds is not None else ()
                text = (
                    self.tr("The law allows: %1. Body's table of penalties: %2.")
                    .replace("%1", allowed_text(allowed, pack) if allowed else "—")
                    .replace(
                        "%2",
                        range_text(review.table_range, pack)
                        if review.table_range
                        else self.tr("no entry"),
                    )
                )
            else:
                text = (
                    self.tr("%n comparable decided case(s)", "", review.comparables)
                    + "; "
                    + self.tr("usual range: %1.").replace(
                        "%1", range_text(review.consistency, pack)
                    )
                )
            row.summary.setText(f"{html.escape(text)} <a href='#consistency'>{link} →</a>")

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> int | None:
        """Store the form as a new version; inline errors if the service refuses it."""
        if self.read_only:
            return None
        try:
            version = self._services.save_worksheet(self.case_id, self.worksheet())
        except ValidationFailed as exc:
            self._show_refusal(exc.errors)
            return None
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        self.load()
        self.status.setStyleSheet(MUTED_STYLE)
        self.status.setText(self.tr("Saved as version %1.").replace("%1", str(version)))
        self.saved.emit(version)
        return version

    def _show_refusal(self, errors: list[FieldError]) -> None:
        by_code: dict[str, list[str]] = {}
        for error in errors:
            parts = error.field.split(".")
            code = parts[1] if len(parts) > 1 else error.field
            by_code.setdefault(code, []).append(field_error_text(error))
        for code, row in self.rows.items():
            row.set_error(" ".join(by_code.get(code, [])))
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("The worksheet was not saved: see the notes marked in red."))

    def _version_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        version = self.history_model.version(current.row())
        if version is None:
            self.version_details.clear()
            return
        lines = [
            f"{criterion_title(i.code, self.pack)}: {rating_label(i.rating)}"
            + (f" — {i.note}" if i.note else "")
            for i in version.worksheet.items
        ]
        self.version_details.setText(
            "\n".join(lines) if lines else self.tr("Nothing was rated in this version.")
        )


def _comparable(worksheet: Worksheet) -> dict[str, tuple[str, str]]:
    return {i.code: (Rating(i.rating).value, i.note.strip()) for i in worksheet.items}
