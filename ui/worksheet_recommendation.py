"""The worksheet's recommendation box: the class recommended, its penalties, the chosen one, why."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.penalty_text import class_name, penalties_text, penalty_name, step_text
from ui.worksheet_rows import MUTED_STYLE

if TYPE_CHECKING:
    from domain.criteria import Recommendation
    from domain.rulepack import RulePack


# The texts keep the "WorksheetPanel" translation context they had as the panel's own tr(); lupdate
# reads the context only from a literal, hence the repetition.


class RecommendationBox(QGroupBox):
    """Shows a recommendation the panel computed; the app recommends, the commission decides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("WorksheetPanel", "Recommendation"), parent)
        self.decides = QLabel(
            QCoreApplication.translate(
                "WorksheetPanel", "The app recommends, the commission decides."
            )
        )
        self.decides.setObjectName("commissionDecides")
        self.decides.setWordWrap(True)
        self.decides.setStyleSheet(
            "background: #eef3f8; border: 1px solid #c9d7e6; border-radius: 4px; padding: 4px;"
            " font-weight: bold;"
        )
        self.recommended_class = QLabel()
        self.recommended_class.setObjectName("recommendedClass")
        font = self.recommended_class.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.recommended_class.setFont(font)
        self.recommended_class.setWordWrap(True)
        self.recommended_penalties = QLabel()
        self.recommended_penalties.setWordWrap(True)
        self.comparison = QLabel()
        self.comparison.setObjectName("chosenComparison")
        self.comparison.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        footnote = QLabel(
            QCoreApplication.translate(
                "WorksheetPanel",
                "Criteria: Rules of imposing disciplinary penalties (Presidential Decree No. 152 "
                "of 29.12.2015), p. 32, and proposals marked as such. The scoring that turns "
                "ratings into a class is the app's interpretation, not law.",
            )
        )
        footnote.setWordWrap(True)
        footnote.setStyleSheet(MUTED_STYLE)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.recommended_class)
        inner_layout.addWidget(self.recommended_penalties)
        inner_layout.addWidget(self.comparison)
        inner_layout.addWidget(self.reasons)
        inner_layout.addWidget(footnote)
        inner_layout.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decides)
        layout.addWidget(area, 1)

    def show_pending(self) -> None:
        """No statutory bounds yet, so nothing to recommend within."""
        self.recommended_class.setText("")
        self.recommended_penalties.setText(
            QCoreApplication.translate(
                "WorksheetPanel",
                "The recommendation is shown once the offence and its date give the "
                "statutory bounds.",
            )
        )
        self.comparison.clear()
        self.reasons.clear()

    def show_unscorable(self) -> None:
        self.recommended_class.setText("")
        self.recommended_penalties.setText(
            QCoreApplication.translate(
                "WorksheetPanel", "No recommendation: the rule pack cannot score this worksheet."
            )
        )

    def show_recommendation(
        self, found: Recommendation, chosen: str | None, pack: RulePack
    ) -> None:
        """The class, its penalties, how the chosen penalty compares, and the reasons."""
        self.recommended_class.setText(class_name(found.severity_class, pack))
        self.recommended_penalties.setText(
            QCoreApplication.translate(
                "WorksheetPanel", "Penalties of this class the law allows: %1."
            ).replace("%1", penalties_text(found.penalties, pack))
        )
        if chosen is None:
            self.comparison.setText(
                QCoreApplication.translate("WorksheetPanel", "No penalty is chosen yet.")
            )
            self.comparison.setStyleSheet(MUTED_STYLE)
        elif chosen in found.penalties:
            self.comparison.setText(
                QCoreApplication.translate(
                    "WorksheetPanel", "The penalty chosen, %1, is within the recommendation."
                ).replace("%1", penalty_name(chosen, pack))
            )
            self.comparison.setStyleSheet("color: #1b5e20;")
        else:
            self.comparison.setText(
                QCoreApplication.translate(
                    "WorksheetPanel",
                    "The penalty chosen, %1, is outside the recommendation: the decision should "
                    "say why.",
                ).replace("%1", penalty_name(chosen, pack))
            )
            self.comparison.setStyleSheet("color: #8a3300;")
        items = "".join(
            f"<li>{html.escape(step_text(r.code, r.params, pack))}</li>" for r in found.reasons
        )
        self.reasons.setText(f"<ol style='margin-left:-20px'>{items}</ol>")
