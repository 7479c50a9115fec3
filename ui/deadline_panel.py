"""The case editor's live deadline: the last permissible day, both limits and how they were found."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import deadline_status
from ui.deadline_text import (
    badge_hint,
    badge_style,
    badge_text,
    date_text,
    days_left_text,
    limit_from_text,
    step_text,
)
from ui.labels import citation

if TYPE_CHECKING:
    from domain.deadline_facts import DeadlineResult
    from domain.deadline_steps import Step


class DeadlinePanel(QGroupBox):
    """Shows a DeadlineResult: the last day with its badge, the limits, the readings, the steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deadline (Art. 45)"), parent)
        self.result: DeadlineResult | None = None
        self._reasons: Mapping[str, str] | None = None
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #505050;")

        self.last_day = QLabel()
        self.last_day.setObjectName("lastDay")
        font = self.last_day.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.last_day.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("deadlineBadge")
        self.days_left = QLabel()
        last_row = QHBoxLayout()
        last_row.setContentsMargins(0, 0, 0, 0)
        last_row.addWidget(self.last_day)
        last_row.addWidget(self.badge)
        last_row.addWidget(self.days_left)
        last_row.addStretch(1)
        last_box = QWidget()
        last_box.setLayout(last_row)

        self.discovery_title = QLabel()
        self.discovery = QLabel()
        self.absolute = QLabel()
        self.absolute.setWordWrap(True)
        self.readings = QLabel()
        self.readings.setObjectName("readings")
        self.readings.setWordWrap(True)
        self.readings.setStyleSheet("color: #404040;")
        self.blocked = QLabel()
        self.blocked.setObjectName("blocked")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #8a3300;")

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Last permissible day"), last_box)
        form.addRow(self.discovery_title, self.discovery)
        form.addRow(self.tr("Absolute limit"), self.absolute)

        self.steps_button = QToolButton()
        self.steps_button.setCheckable(True)
        self.steps_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.steps_button.setArrowType(Qt.ArrowType.RightArrow)
        self.steps_button.setAutoRaise(True)
        self.steps_button.toggled.connect(self._toggle_steps)
        self.steps = QLabel()
        self.steps.setObjectName("steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_area = QScrollArea()
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setWidget(self.steps)
        self.steps_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.steps_area.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.details)
        layout.addWidget(self.readings)
        layout.addWidget(self.blocked)
        layout.addWidget(self.steps_button)
        layout.addWidget(self.steps_area, 1)
        layout.addStretch(0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.show_result(None, date.today())

    def show_result(
        self,
        result: DeadlineResult | None,
        today: date,
        open_case: bool = True,
        reasons: Mapping[str, str] | None = None,
        facts_entered: bool = False,
    ) -> None:
        """Show `result` (None: the facts are incomplete or wrong); the badge only if open."""
        self.result = result
        self._reasons = reasons
        has = result is not None
        self.placeholder.setVisible(not has)
        self.placeholder.setText(
            self.tr("The deadline is shown again once the problems listed below are fixed.")
            if facts_entered
            else self.tr(
                "The deadline is computed as soon as the offence and its dates are entered."
            )
        )
        for widget in (self.details, self.readings, self.steps_button):
            widget.setVisible(has)
        self.steps_area.setVisible(has and self.steps_button.isChecked())
        if result is None:
            self.blocked.hide()
            self.steps.clear()
            return
        self.last_day.setText(date_text(result.last_day))
        status = deadline_status(result.last_day, today)
        self.badge.setVisible(open_case)
        self.days_left.setVisible(open_case)
        if open_case:
            self.badge.setText(badge_text(status))
            self.badge.setStyleSheet(badge_style(status))
            self.badge.setToolTip(badge_hint(status))
            self.days_left.setText(days_left_text(result.last_day, today))
        self.discovery_title.setText(limit_from_text(result.discovery_event))
        self.discovery.setText(date_text(result.discovery_limit))
        if result.absolute_limit_extended != result.absolute_limit:
            self.absolute.setText(
                self.tr("%1; extended by suspensions: %2")
                .replace("%1", date_text(result.absolute_limit))
                .replace("%2", date_text(result.absolute_limit_extended))
            )
        else:
            self.absolute.setText(date_text(result.absolute_limit))
        self.readings.setText(self.step_line(result.readings, reasons))
        blocked = [
            step_text(
                "blocked",
                {"start": b.start.isoformat(), "end": b.end.isoformat(), "reason": b.reason},
                reasons,
            )
            for b in result.blocked_periods
        ]
        self.blocked.setText("\n".join(blocked))
        self.blocked.setVisible(bool(blocked))
        self.steps_button.setText(self.tr("How it was counted (%n step(s))", "", len(result.steps)))
        items = "".join(
            f"<li>{html.escape(step_text(s.code, s.params, reasons))} "
            f"<span style='color:#6a6a6a'>[{html.escape(citation(s.article))}]</span></li>"
            for s in result.steps
        )
        self.steps.setText(f"<ol style='margin-left:-20px'>{items}</ol>")

    def step_line(self, step: Step, reasons: Mapping[str, str] | None = None) -> str:
        text = step_text(step.code, step.params, reasons)
        return f"{text} [{citation(step.article)}]" if step.article else text

    def steps_lines(self) -> list[str]:
        """The steps as plain lines in the UI language (tests and copying)."""
        if self.result is None:
            return []
        return [step_text(s.code, s.params, self._reasons) for s in self.result.steps]

    def _toggle_steps(self, shown: bool) -> None:
        self.steps_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.steps_area.setVisible(shown and self.result is not None)
