"""A non-modal notice across the top of a window: a sentence, an action button, a close button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class MessageBar(QFrame):
    """Tells without interrupting (unlike a message box); hidden until `show_message`."""

    action_triggered = Signal(str)  # the key of the clicked action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet(
            "#messageBar { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
        )
        self.icon = QLabel("⚠")
        self.icon.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #3a2a00;")
        self.buttons: dict[str, QPushButton] = {}
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this notice"))
        self.close_button.setAccessibleName(self.tr("Hide this notice"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self._buttons_layout = QHBoxLayout()
        layout.addLayout(self._buttons_layout)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, actions: Sequence[tuple[str, str]] = ()) -> None:
        """Show `text` with a button per (key, label); a click emits `action_triggered(key)`."""
        self.text.setText(text)
        for button in self.buttons.values():
            self._buttons_layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for key, label in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, key=key: self.action_triggered.emit(key))
            self._buttons_layout.addWidget(button)
            self.buttons[key] = button
        self.show()
