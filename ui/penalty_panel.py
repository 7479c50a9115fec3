"""The case editor's penalty: the choice inside the statutory bounds, and why the law bounds it so.

`PenaltyFields` adds the penalty rows to the editor's Decision box: the penalty (the penalties the
law forbids stay listed but disabled, their tooltip says why), whether a vacant lower post exists,
the date the penalty was lifted early, and the written justification the service asks for when
the penalty lies outside the comparable cases' and the body's table's ranges.
`BoundsPanel` lists every penalty with the article that allows or excludes it, and the steps of
domain.penalties (Art. 44 p.3-7, the prior record), with the ranges beside them.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from domain.penalties import ART_PROPOSAL
from ui.form_widgets import FieldBox, OptionalDateEdit
from ui.labels import citation
from ui.messages import field_label
from ui.penalty_text import (
    occurrence_label,
    penalties_text,
    penalty_name,
    penalty_word,
    step_text,
)

if TYPE_CHECKING:
    from domain.consistency_service import PenaltyReview
    from domain.penalties import PenaltyBounds, Step
    from domain.rulepack import RulePack

_MUTED = "color: #505050;"


_PROPOSAL = QT_TRANSLATE_NOOP("Penalties", "the source article's proposal, not law")


def _article_text(article: str) -> str:
    """A bounds step's article in the UI language (the proposal marker too)."""
    if article == ART_PROPOSAL:
        return QCoreApplication.translate("Penalties", _PROPOSAL)
    return citation(article) if article else ""


def step_line(step: Step, pack: RulePack) -> str:
    """A step with its article in brackets, in the UI language."""
    text = step_text(step.code, step.params, pack)
    article = _article_text(step.article)
    return f"{text} [{article}]" if article else text


def why_not(code: str, bounds: PenaltyBounds, pack: RulePack) -> str:
    """Why the law excludes penalty `code` here: the step that removed it, with its article."""
    for step in bounds.steps:
        if (
            step.code in ("bounds.no_vacancy", "bounds.elected")
            and step.params.get("penalty") == code
        ):
            return step_line(step, pack)
    if bounds.repeat:
        repeat = next((s for s in bounds.steps if s.code == "prior.repeat"), None)
        if repeat is not None:
            return step_line(repeat, pack)
    # Otherwise the offence's own rule (Art. 44 p.5-7) leaves it out: its first step says so.
    return step_line(bounds.steps[0], pack) if bounds.steps else ""


class PenaltyFields(QObject):
    """The penalty rows of the Decision box and their live state (bounds, ranges)."""

    changed = Signal()  # the user changed a penalty field
    explain_requested = Signal()  # "Why?" next to the allowed penalties

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pack: RulePack | None = None
        self.review: PenaltyReview | None = None
        self.penalty = QComboBox()
        self.penalty.setMinimumContentsLength(20)
        self.penalty.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.vacancy = QCheckBox(field_label("lower_post_vacant"))
        self.vacancy.setChecked(True)
        self.vacancy.setToolTip(
            self.tr(
                "Demotion is possible only to a vacant (not temporarily vacant) lower post whose "
                "requirements the servant meets, and never for an elected post (Art. 44 p. 4)."
            )
        )
        penalty_row = QWidget()
        row = QVBoxLayout(penalty_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.penalty)
        row.addWidget(self.vacancy)

        self.allowed = QLabel()
        self.allowed.setObjectName("allowedPenalties")
        self.allowed.setWordWrap(True)
        self.allowed.setStyleSheet(_MUTED)
        self.allowed.setTextFormat(Qt.TextFormat.RichText)
        self.allowed.linkActivated.connect(lambda _link: self.explain_requested.emit())

        self.lifted = OptionalDateEdit()
        self.lifted.setToolTip(
            self.tr(
                "A penalty stays in force for 6 months; the official who imposed it may lift it "
                "earlier (Labour Code Art. 66). A lifted penalty is no longer a prior record."
            )
        )
        self.justification = QPlainTextEdit()
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(self.justification.fontMetrics().lineSpacing() * 3 + 12)
        self.justification.setPlaceholderText(
            self.tr("Why this penalty differs from comparable cases and the table of penalties")
        )
        self.penalty_box = FieldBox(penalty_row)
        self.allowed_box = FieldBox(self.allowed)
        self.lifted_box = FieldBox(self.lifted)
        self.justification_box = FieldBox(self.justification)
        self.justification_label = QLabel(field_label("justification"))
        self.justification_label.setWordWrap(True)
        self.allowed_label = QLabel(self.tr("Allowed by law"))

        self.penalty.currentIndexChanged.connect(self._penalty_changed)
        self.vacancy.toggled.connect(lambda _on: self.changed.emit())
        self.lifted.dateChanged.connect(lambda _d: self.changed.emit())
        self.justification.textChanged.connect(self.changed.emit)
        self._justification_asked = False
        self._show_justification()

    def add_rows(self, form: QFormLayout, boxes: dict[str, FieldBox]) -> None:
        """Put the rows into the editor's Decision form and its fields into `boxes`."""
        form.addRow(field_label("penalty"), self.penalty_box)
        form.addRow(self.allowed_label, self.allowed_box)
        form.addRow(field_label("penalty_lifted_on"), self.lifted_box)
        form.addRow(self.justification_label, self.justification_box)
        boxes["penalty"] = self.penalty_box
        boxes["penalty_lifted_on"] = self.lifted_box
        boxes["justification"] = self.justification_box
        self._show_justification()

    # -- the choices -------------------------------------------------------------------------

    def set_pack(self, pack: RulePack) -> None:
        """List the pack's penalties, least to most severe, keeping the current choice."""
        if self.pack is not None and self.pack.id == pack.id and self.penalty.count() > 1:
            return
        self.pack = pack
        current = self.value()
        self.penalty.blockSignals(True)
        try:
            self.penalty.clear()
            self.penalty.addItem(self.tr("— not chosen —"), None)
            for p in sorted(pack.penalties, key=lambda p: p.severity):
                self.penalty.addItem(penalty_name(p.code, pack), p.code)
            self.penalty.setCurrentIndex(max(0, self.penalty.findData(current)))
        finally:
            self.penalty.blockSignals(False)
        self._apply_bounds()

    def value(self) -> str | None:
        code = self.penalty.currentData()
        return str(code) if code else None

    def set_value(self, code: str | None) -> None:
        index = self.penalty.findData(code) if code else 0
        if index < 0 and code:  # a code the pack lacks: kept visible so the error can name it
            self.penalty.addItem(code, code)
            index = self.penalty.count() - 1
        self.penalty.setCurrentIndex(max(0, index))

    def allowed_codes(self) -> list[str]:
        """The penalties the combo offers as enabled."""
        model = self.penalty.model()
        assert isinstance(model, QStandardItemModel)
        return [
            str(self.penalty.itemData(i))
            for i in range(1, self.penalty.count())
            if model.item(i).isEnabled()
        ]

    def set_decides(self, decides_penalty: bool, no_penalty: bool) -> None:
        """The status: a penalty is imposed (label says so), proposed, or none is possible."""
        self.penalty.setEnabled(not no_penalty)
        self.vacancy.setEnabled(not no_penalty)
        self.penalty.setToolTip(
            self.tr("The case is decided without a penalty.")
            if no_penalty
            else self.tr("The penalty imposed by the order.")
            if decides_penalty
            else self.tr("The penalty proposed for the commission; required once it is imposed.")
        )
        self._penalty_changed()

    # -- the live state ----------------------------------------------------------------------

    def set_review(self, review: PenaltyReview | None, pack: RulePack) -> None:
        """Show the bounds and ranges the service found for the form as typed."""
        self.review = review
        self.set_pack(pack)
        self._apply_bounds()

    def set_justification_asked(self, asked: bool) -> None:
        """The service's check wants a justification: show the box (it stays while it has text)."""
        self._justification_asked = asked
        self._show_justification()

    def justification_shown(self) -> bool:
        return not self.justification_box.isHidden()

    def _show_justification(self) -> None:
        review = self.review
        outside = review is not None and review.justification_range is not None
        shown = self._justification_asked or outside or bool(self.justification.toPlainText())
        self.justification_box.setVisible(shown)
        self.justification_label.setVisible(shown)

    def _apply_bounds(self) -> None:
        pack = self.pack
        if pack is None:
            return
        model = self.penalty.model()
        assert isinstance(model, QStandardItemModel)
        bounds = self.review.bounds if self.review is not None else None
        for i in range(1, self.penalty.count()):
            code = str(self.penalty.itemData(i))
            item = model.item(i)
            if bounds is None:
                item.setEnabled(True)
                item.setToolTip("")
                continue
            allowed = code in bounds.allowed
            item.setEnabled(allowed)
            item.setToolTip(
                self.tr("Allowed by law.")
                if allowed
                else self.tr("Not allowed: %1").replace("%1", why_not(code, bounds, pack))
            )
        self._show_allowed()
        self._show_justification()

    def _show_allowed(self) -> None:
        pack, review = self.pack, self.review
        bounds = review.bounds if review is not None else None
        if pack is None or review is None or bounds is None:
            self.allowed.setText(
                html.escape(self.tr("Shown once the offence and its date are entered."))
            )
            return
        rule_step = bounds.steps[0] if bounds.steps else None
        article = _article_text(rule_step.article) if rule_step is not None else ""
        allowed = allowed_text(bounds.allowed, pack)
        parts = [
            "<b>"
            + html.escape(allowed)
            + "</b>"
            + (f" [{html.escape(article)}]" if article else "")
        ]
        if bounds.repeat:
            parts[0] += ", " + html.escape(self.tr("a repeat offence"))
        if review.consistency:
            parts.append(
                html.escape(
                    self.tr("Comparable cases: %1").replace(
                        "%1", range_text(review.consistency, pack)
                    )
                )
            )
        if review.table_range:
            parts.append(
                html.escape(
                    self.tr("Table of penalties: %1").replace(
                        "%1", range_text(review.table_range, pack)
                    )
                )
            )
        why = html.escape(self.tr("Why?"))
        # The law's answer first, with the link to its steps; the ranges each on a line below.
        lines = [f"{parts[0]} — <a href='#why'>{why}</a>", *parts[1:]]
        self.allowed.setText("<br>".join(lines))

    def _penalty_changed(self) -> None:
        has = self.value() is not None and self.penalty.isEnabled()
        self.lifted.setEnabled(has)
        if not has:
            self.lifted.set_value(None)
        self.changed.emit()


_ANY_PENALTY = QT_TRANSLATE_NOOP("Penalties", "any penalty")


def allowed_text(allowed: tuple[str, ...] | list[str], pack: RulePack) -> str:
    """The allowed penalties as a phrase; 'any penalty' when the law leaves every one open."""
    if set(allowed) == {p.code for p in pack.penalties}:
        return QCoreApplication.translate("Penalties", _ANY_PENALTY)
    return penalties_text(allowed, pack)


def range_text(codes: tuple[str, ...] | list[str], pack: RulePack) -> str:
    """A range of penalties as 'reprimand – severe reprimand' (one penalty: its name)."""
    if not codes:
        return "—"
    if len(codes) == 1:
        return penalty_word(codes[0], pack)
    return f"{penalty_word(codes[0], pack)} – {penalty_word(codes[-1], pack)}"


class BoundsPanel(QGroupBox):
    """Every penalty of the pack marked allowed or not, why, and the steps of the bounds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Penalties the law allows (Art. 44)"), parent)
        self.placeholder = QLabel(self.tr("Shown once the offence and its date are entered."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(_MUTED)
        self.table = QLabel()
        self.table.setObjectName("boundsTable")
        self.table.setWordWrap(True)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.ranges = QLabel()
        self.ranges.setObjectName("ranges")
        self.ranges.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setObjectName("boundsSteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps_title = QLabel(self.tr("How the law bounds it"))
        font = steps_title.font()
        font.setBold(True)
        steps_title.setFont(font)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.table)
        inner_layout.addWidget(self.ranges)
        inner_layout.addWidget(steps_title)
        inner_layout.addWidget(self.steps)
        inner_layout.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.area, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.lines: list[str] = []
        self.show_review(None, None)

    def show_review(self, review: PenaltyReview | None, pack: RulePack | None) -> None:
        bounds = review.bounds if review is not None else None
        self.placeholder.setVisible(bounds is None)
        self.area.setVisible(bounds is not None)
        if review is None or bounds is None or pack is None:
            self.lines = []
            return
        rows = []
        for p in sorted(pack.penalties, key=lambda p: p.severity):
            allowed = p.code in bounds.allowed
            mark = "✔" if allowed else "✘"
            colour = "#1b5e20" if allowed else "#8a3300"
            why = self.tr("allowed") if allowed else why_not(p.code, bounds, pack)
            rows.append(
                f"<tr><td style='color:{colour}; padding-right:6px'>{mark}</td>"
                f"<td style='padding-right:10px'>{html.escape(penalty_name(p.code, pack))}</td>"
                f"<td style='color:#505050'>{html.escape(why)}</td></tr>"
            )
        self.table.setText(f"<table cellspacing='2'>{''.join(rows)}</table>")
        ranges = [
            self.tr("Comparable decided cases: %1; usual range: %2.")
            .replace("%1", str(review.comparables))
            .replace("%2", range_text(review.consistency, pack)),
            self.tr("Body's table of penalties (%1): %2.")
            .replace("%1", occurrence_label(review.occurrence))
            .replace(
                "%2",
                range_text(review.table_range, pack)
                if review.table_range
                else self.tr("no entry for this offence"),
            ),
        ]
        self.ranges.setText("\n".join(ranges))
        self.lines = [step_line(s, pack) for s in bounds.steps]
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines)
        self.steps.setText(f"<ol style='margin-left:-20px'>{items}</ol>")
