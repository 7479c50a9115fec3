"""The desktop client: PySide6 models, widgets and dialogs over the domain services."""
