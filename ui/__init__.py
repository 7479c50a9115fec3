"""The desktop client: PySide6 models, widgets and dialogs over the domain services."""

from ui import qt_fixes

# Before any widget emits: the installed PySide6 may drop a reference on every emit (qt_fixes).
qt_fixes.apply()
