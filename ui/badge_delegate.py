"""Paints a case's deadline band as a coloured badge with its name, then the days left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from domain.model import DeadlineStatus
from ui.deadline_text import BADGE_COLOURS, badge_text, days_left_samples

_PAD = 6
_GAP = 6


class BadgeDelegate(QStyledItemDelegate):
    """For cells whose `badge_role` holds a DeadlineStatus; others are painted as usual."""

    def __init__(self, badge_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = badge_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = _status(index.data(self._role))
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # selection and alternating background, without the text
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        label = badge_text(status)
        metrics = opt.fontMetrics
        rect = opt.rect.adjusted(3, 3, -3, -3)
        width = min(metrics.horizontalAdvance(label) + 2 * _PAD, rect.width())
        pill = QRect(rect.left(), rect.top(), width, rect.height())
        background, foreground = BADGE_COLOURS[status]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(pill, 4, 4)
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(foreground)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.setFont(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        font.setBold(False)
        painter.setFont(font)
        rest = QRect(
            pill.right() + _GAP, rect.top(), rect.right() - pill.right() - _GAP, rect.height()
        )
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rest.width())
        painter.drawText(
            rest, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        status = _status(index.data(self._role))
        if status is not None:
            extra = option.fontMetrics.horizontalAdvance(badge_text(status)) + 2 * _PAD + _GAP
            size.setWidth(size.width() + extra)
        return size


def badge_column_width(font: QFont) -> int:
    """Wide enough for the widest badge and the longest days-left text in `font`."""
    bold = QFont(font)
    bold.setBold(True)
    pill = max(QFontMetrics(bold).horizontalAdvance(badge_text(s)) for s in DeadlineStatus)
    text = max(QFontMetrics(font).horizontalAdvance(t) for t in days_left_samples(date.today()))
    return pill + 2 * _PAD + _GAP + text + 16


def fit_deadline_columns(table: QTableView, days_left: int, last_day: int) -> None:
    """Size the days-left and last-day columns of `table` to their content and titles."""
    header = table.horizontalHeader()
    title_metrics = QFontMetrics(header.font())
    model = table.model()

    def title(column: int) -> int:
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        return title_metrics.horizontalAdvance(text) + 28  # room for the sort arrow

    dates = QFontMetrics(table.font()).horizontalAdvance("00.00.0000") + 16
    header.resizeSection(days_left, max(badge_column_width(table.font()), title(days_left)))
    header.resizeSection(last_day, max(dates, title(last_day)))


def _status(value: object) -> DeadlineStatus | None:
    # A StrEnum comes back from a model as a plain str (QVariant keeps the string only).
    try:
        return DeadlineStatus(str(value)) if value is not None else None
    except ValueError:
        return None
