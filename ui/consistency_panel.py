"""Consistency with other decisions (Douglas factor 6): the penalties imposed in comparable cases.

The options say which decided cases are comparable (same offence or same group, this body or any,
a similar position, within N years); the chart counts their penalties, the current proposal
highlighted; the list below names them, and activating one opens it read-only.
The chart is painted with QPainter: the Essentials wheel has no QtCharts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import NotFound, StorageError
from domain.model import ComparableRow, Comparables
from ui.deadline_text import date_text
from ui.labels import citation
from ui.penalty_panel import range_text
from ui.penalty_text import penalty_name

if TYPE_CHECKING:
    from domain.model import CaseInput
    from domain.rulepack import RulePack
    from domain.services import CaseService

_log = logging.getLogger(__name__)

BAR = QColor("#9db4cc")
BAR_PROPOSED = QColor("#1565c0")
GRID = QColor("#d0d0d0")
MAX_YEARS = 30
LIST_LIMIT = 200
_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ChartRow:
    """One bar: a penalty, its name and how many comparable cases drew it."""

    code: str
    label: str
    count: int


class DistributionChart(QWidget):
    """Horizontal bars, one per penalty of the pack, least to most severe; counts written out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.proposed: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    def set_rows(self, rows: list[ChartRow], proposed: str | None) -> None:
        self.rows = rows
        self.proposed = proposed
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self._describe()
        self.update()

    def set_proposed(self, proposed: str | None) -> None:
        if proposed != self.proposed:
            self.proposed = proposed
            self._describe()
            self.update()

    def counts(self) -> dict[str, int]:
        """The counts drawn, by penalty code (zeros left out, as the service gives them)."""
        return {r.code: r.count for r in self.rows if r.count}

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.rows)) * self._row_height() + 8)

    def _describe(self) -> None:
        # Screen readers and tooltips get the figures as text: the bars are not the only carrier.
        lines = [
            f"{r.label}: {r.count}" + (" ◀" if r.code == self.proposed else "") for r in self.rows
        ]
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip("\n".join(lines))

    def bar_rect(self, index: int) -> QRectF:
        """Where row `index`'s bar is drawn (its full length at the largest count)."""
        label_width, count_width = self._columns()
        height = self._row_height()
        top = 4 + index * height
        total = max((r.count for r in self.rows), default=0)
        span = max(1.0, self.width() - label_width - count_width - 24)
        length = span * (self.rows[index].count / total) if total else 0.0
        return QRectF(label_width + 12, top + 3, length, height - 6)

    def _columns(self) -> tuple[int, int]:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(r.label) for r in self.rows), default=0)
        label_width = min(widest + 4, int(self.width() * 0.45))
        count_width = metrics.horizontalAdvance("0000 (100%)")
        return label_width, count_width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width, _ = self._columns()
        height = self._row_height()
        total = sum(r.count for r in self.rows)
        painter.setPen(QPen(GRID))
        painter.drawLine(label_width + 12, 2, label_width + 12, 4 + len(self.rows) * height)
        for index, row in enumerate(self.rows):
            proposed = row.code == self.proposed
            font = QFont(self.font())
            font.setBold(proposed)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            top = 4 + index * height
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, top, label_width, height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            bar = self.bar_rect(index)
            if proposed:
                painter.setPen(QPen(BAR_PROPOSED.darker(130), 1.5))
                painter.setBrush(BAR_PROPOSED)
                if bar.width() < 1:  # the proposal has no precedent: an outline says where
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    bar.setWidth(6)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAR)
            if bar.width() >= 1:
                painter.drawRoundedRect(bar, 2, 2)
            share = f" ({round(100 * row.count / total)}%)" if total and row.count else ""
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(bar.right() + 6, top, self.width() - bar.right() - 6, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{row.count}{share}",
            )
        painter.end()


class Column:
    """The comparable cases' columns."""

    NUMBER, FULL_NAME, BODY, OFFENCE, POSITION, PENALTY, DECIDED = range(7)
    COUNT = 7


class ComparablesModel(QAbstractTableModel):
    """The comparable cases the service listed, latest decision first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComparableRow] = []
        self.pack: RulePack | None = None
        self._headers = [
            self.tr("No."),
            self.tr("Full name"),
            self.tr("State body"),
            self.tr("Offence"),
            self.tr("Position"),
            self.tr("Penalty"),
            self.tr("Decided on"),
        ]

    def set_rows(self, rows: list[ComparableRow], pack: RulePack | None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.pack = pack
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < Column.COUNT
        ):
            return self._headers[section]
        return None

    def case_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == Column.NUMBER:
            return row.number
        if column == Column.FULL_NAME:
            return row.full_name
        if column == Column.BODY:
            return row.body_name
        if column == Column.OFFENCE:
            offence = self.pack.find_offence(row.offence) if self.pack else None
            return citation(offence.article) if offence else row.offence
        if column == Column.POSITION:
            return row.position
        if column == Column.PENALTY:
            return penalty_name(row.penalty, self.pack) if self.pack else row.penalty
        if column == Column.DECIDED:
            return date_text(row.decided_on)
        return None


class ConsistencyPanel(QWidget):
    """Options, the chart of penalties among comparable cases, and the list of those cases."""

    case_activated = Signal(int)  # a comparable case to open (read-only)
    loaded = Signal()  # the chart and the list show the latest query

    def __init__(
        self, services: CaseService, debounce_ms: int = 150, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._case_id: int | None = None
        self._data: CaseInput | None = None
        self._subject_key: object = None
        self._loaded_key: object = None
        self.pack: RulePack | None = None
        self.comparables: Comparables | None = None
        self.proposed: str | None = None

        self.same = QComboBox()
        self.same.addItem(self.tr("Same offence"), True)
        self.same.addItem(self.tr("Any offence of the same group"), False)
        self.body = QComboBox()
        self.body.addItem(self.tr("This state body"), False)
        self.body.addItem(self.tr("Any state body"), True)
        self.similar = QCheckBox(self.tr("Similar position"))
        self.similar.setToolTip(
            self.tr(
                "The positions share their words: “chief specialist” is similar to “specialist”, "
                "not to “leading specialist”."
            )
        )
        self.years = QSpinBox()
        self.years.setRange(1, MAX_YEARS)
        self.years.setValue(5)
        within = QLabel(self.tr("Period, years"))
        options = QHBoxLayout()
        options.addWidget(self.same)
        options.addWidget(self.body)
        options.addWidget(self.similar)
        options.addSpacing(8)
        options.addWidget(within)
        options.addWidget(self.years)
        options.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("consistencySummary")
        self.summary.setWordWrap(True)
        self.chart = DistributionChart()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #505050;")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.model = ComparablesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.FULL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.NUMBER, 95),
            (Column.BODY, 170),
            (Column.OFFENCE, 110),
            (Column.POSITION, 130),
            (Column.PENALTY, 150),
            (Column.DECIDED, 85),
        ):
            header.resizeSection(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._activated)
        self.hint = QLabel(self.tr("Double-click a case to open it read-only."))
        self.hint.setStyleSheet("color: #505050;")

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.reload)
        for signal in (
            self.same.currentIndexChanged,
            self.body.currentIndexChanged,
            self.similar.toggled,
            self.years.valueChanged,
        ):
            signal.connect(self.timer.start)

    # -- what to compare with ----------------------------------------------------------------

    def set_subject(
        self,
        case_id: int | None,
        data: CaseInput | None,
        pack: RulePack,
        proposed: str | None,
    ) -> None:
        """The case as the editor has it; the query runs when the panel is shown (or now)."""
        self._case_id, self._data, self.pack = case_id, data, pack
        self.proposed = proposed
        self.chart.set_proposed(proposed)
        self._show_legend()
        if data is not None:
            s = data.servant
            key: object = (
                data.offence,
                data.committed_on,
                data.decided_on,
                s.body_id,
                s.position,
                pack.id,
            )
        else:
            key = case_id
        self._subject_key = key
        if self.isVisible() and self._current_key() != self._loaded_key:
            self.timer.start()

    def options(self) -> dict[str, Any]:
        return {
            "same_offence": bool(self.same.currentData()),
            "any_body": bool(self.body.currentData()),
            "similar_position": self.similar.isChecked(),
            "years": self.years.value(),
        }

    def _current_key(self) -> object:
        return (self._subject_key, tuple(sorted(self.options().items())))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._current_key() != self._loaded_key:
            self.reload()

    def reload(self) -> None:
        """Ask the service for the comparable cases under the options, and show them."""
        self.timer.stop()
        if self.pack is None or (self._case_id is None and self._data is None):
            return
        try:
            found = self._services.comparable_cases(
                self._case_id, self._data, limit=LIST_LIMIT, **self.options()
            )
        except (StorageError, NotFound, ValueError) as exc:
            _log.warning("comparable cases: %s", exc)
            found = Comparables({}, 0, [])
        self._loaded_key = self._current_key()
        self.comparables = found
        pack = self.pack
        rows = [
            ChartRow(p.code, penalty_name(p.code, pack), found.distribution.get(p.code, 0))
            for p in sorted(pack.penalties, key=lambda p: p.severity)
        ]
        # Penalties of another pack (an older case) still count: shown by their code.
        known = {p.code for p in pack.penalties}
        rows += [ChartRow(c, c, n) for c, n in sorted(found.distribution.items()) if c not in known]
        self.chart.set_rows(rows, self.proposed)
        self.model.set_rows(found.cases, pack)
        # Within one body every row names the same body: its column only takes room then.
        self.table.setColumnHidden(Column.BODY, not self.options()["any_body"])
        self._show_summary(found)
        self._show_legend()
        self.loaded.emit()

    def _show_summary(self, found: Comparables) -> None:
        pack = self.pack
        assert pack is not None
        if found.total == 0:
            self.summary.setText(
                self.tr(
                    "No decided case is comparable under these options. Widen them: any offence "
                    "of the group, any state body, more years."
                )
            )
            return
        usual = self._usual_range()
        text = self.tr("%n comparable decided case(s).", "", found.total)
        if usual:
            text += " " + self.tr("Usual range: %1.").replace("%1", range_text(usual, pack))
        if found.total > len(found.cases):
            text += " " + self.tr("The latest %1 are listed.").replace("%1", str(len(found.cases)))
        self.summary.setText(text)

    def _usual_range(self) -> tuple[str, ...]:
        try:
            return self._services.consistency_range(self._case_id, self._data, **self.options())
        except (StorageError, NotFound, ValueError) as exc:
            _log.warning("consistency range: %s", exc)
            return ()

    def _show_legend(self) -> None:
        swatch = f"<span style='color:{BAR_PROPOSED.name()}'>■</span>"
        if self.proposed and self.pack is not None:
            self.legend.setText(
                swatch
                + " "
                + self.tr("The penalty chosen for this case: %1.").replace(
                    "%1", penalty_name(self.proposed, self.pack)
                )
            )
        else:
            self.legend.setText(self.tr("No penalty is chosen for this case yet."))

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.case_activated.emit(case_id)
