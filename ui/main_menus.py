"""The main window's menu bar: File, Case, View, Settings (language, calendar, switches),
Session (ui.session_menu), Help."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from domain.errors import StorageError
from ui.audit_dialog import AuditCommand
from ui.backup_dialog import BackupCommand
from ui.commission_dialog import CommissionCommand
from ui.document_menu import DocumentCommands
from ui.i18n import current_language
from ui.labels import switch_label
from ui.permissions import apply_to_main_window
from ui.session_menu import build_session_menu
from ui.users_dialog import UsersCommand

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.main_window import MainWindow

# Logged under the window's name, as before the menus had a module of their own.
_log = logging.getLogger("ui.main_window")

# Language names are written in their own language: a user must find theirs in any UI language.
_LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


# The texts keep the "MainWindow" translation context they had as the window's own tr(); lupdate
# reads the context only from a literal QCoreApplication.translate() call, hence the repetition.


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[..., object],
    shortcut: QKeySequence | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar; every action is kept as an attribute of the window."""
    bar = window.menuBar()
    window.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.new_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New case…"),
        window.new_case,
        QKeySequence("Ctrl+N"),
    )
    window.open_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Open database…"), window.open_database
    )
    window.open_action.setEnabled(window.context.reopen is not None)
    window.demo_action = _action(
        window, QCoreApplication.translate("MainWindow", "Load &demo data…"), window.load_demo
    )
    window.demo_action.setEnabled(window.context.load_demo is not None)
    window.quit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence("Ctrl+Q"),
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    for action in (window.new_action, window.open_action, window.demo_action):
        window.file_menu.addAction(action)
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.quit_action)

    window.case_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Case"))
    window.edit_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Edit…"), window.edit_current
    )
    window.edit_action.setShortcuts(
        [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
    )
    # Enter edits only while the list has focus, not inside the filter fields.
    window.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.table.addAction(window.edit_action)
    window.case_menu.addAction(window.edit_action)
    _add_document_actions(window)

    window.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.view_menu.addAction(window.groups_dock.toggleViewAction())
    window.view_menu.addAction(window.filters_dock.toggleViewAction())
    window.view_menu.addAction(window.watch_dock.toggleViewAction())

    _build_settings_menu(window)
    build_session_menu(window)

    window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    window.about_action = _action(
        window, QCoreApplication.translate("MainWindow", "&About Tartip"), window.show_about
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.help_menu.addAction(window.about_action)
    # Last, so it sees every action above (and those other modules add before this line).
    window.permissions = apply_to_main_window(window, window.context.guard)


def _add_document_actions(window: MainWindow) -> None:
    """Case menu: print one document for every listed case, verify a printed document."""
    commands = DocumentCommands(window)
    window.document_commands = commands
    available = window.context.procedure is not None
    window.batch_print_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Print documents for the listed cases…"),
        commands.print_listed,
    )
    window.verify_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Verify a document…"),
        commands.verify,
    )
    window.case_menu.addSeparator()
    for action in (window.batch_print_action, window.verify_action):
        action.setEnabled(available)
        window.case_menu.addAction(action)


def _build_settings_menu(window: MainWindow) -> None:
    window.settings_menu = window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "&Settings")
    )
    window.language_menu = window.settings_menu.addMenu(
        QCoreApplication.translate("MainWindow", "&Language")
    )
    window.language_actions = QActionGroup(window)
    chosen = window.settings.language or current_language()
    for code, name in _LANGUAGE_NAMES.items():
        action = window.language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        window.language_actions.addAction(action)
    window.language_actions.triggered.connect(window.language_chosen)
    window.calendar_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Working-day &calendar…"),
        window.open_calendar,
    )
    window.settings_menu.addAction(window.calendar_action)
    window.penalty_table_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Table of &penalties…"),
        window.open_penalty_table,
    )
    window.settings_menu.addAction(window.penalty_table_action)
    window.commission_command = CommissionCommand(window)
    window.commissions_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Disciplinary co&mmissions…"),
        window.commission_command.open,
    )
    window.commissions_action.setEnabled(window.context.procedure is not None)
    window.settings_menu.addAction(window.commissions_action)
    window.users_command = UsersCommand(window)
    window.users_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Users…"), window.users_command.open
    )
    window.users_action.setEnabled(window.context.auth is not None)
    window.settings_menu.addAction(window.users_action)
    window.backup_command = BackupCommand(window)
    window.backup_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Backups…"), window.backup_command.open
    )
    window.backup_action.setEnabled(window.backup_command.service is not None)
    window.settings_menu.addAction(window.backup_action)
    window.audit_command = AuditCommand(window)
    window.audit_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Audit trail…"), window.audit_command.open
    )
    window.audit_action.setEnabled(window.audit_command.service is not None)
    window.settings_menu.addAction(window.audit_action)
    window.settings_menu.addSeparator()
    window.switch_actions = {}
    try:
        switches = window.services.switches()
    except StorageError as exc:
        _log.warning("switches: %s", exc)
        switches = {}
    for name, value in switches.items():
        action = window.settings_menu.addAction(switch_label(name))
        action.setCheckable(True)
        action.setChecked(value)
        action.toggled.connect(lambda on, name=name: window.set_switch(name, on))
        window.switch_actions[name] = action
