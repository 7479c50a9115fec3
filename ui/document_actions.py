"""Runs one document operation of the procedure service and says in a prompt why it failed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from domain.errors import NotFound, RenderError, StorageError, ValidationFailed
from ui.document_text import render_error_text, write_error_text
from ui.messages import field_error_text
from ui.prompts import Prompts

_log = logging.getLogger(__name__)
_CTX = "Documents"  # the wording shares document_text's context

T = TypeVar("T")

_CASE_GONE = QT_TRANSLATE_NOOP("Documents", "This case no longer exists.")


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the text it was given.
    return QCoreApplication.translate(_CTX, str(text))


def run_document_call(
    call: Callable[[], T], prompts: Prompts, title: str, parent: QWidget | None = None
) -> T | None:
    """`call()` under a wait cursor; None after telling the user why it could not be done.

    Refusals (what the record lacks), a missing font, the database and the file system each get
    their own clear message; a bug is not caught here and reaches the crash dialog.
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = call()
    except ValidationFailed as exc:
        QGuiApplication.restoreOverrideCursor()  # a message box under a wait cursor looks frozen
        prompts.warning(title, "\n".join(field_error_text(e) for e in exc.errors), parent)
    except RenderError as exc:
        QGuiApplication.restoreOverrideCursor()
        _log.warning("render: %s", exc)
        prompts.warning(title, render_error_text(exc), parent)
    except StorageError as exc:
        QGuiApplication.restoreOverrideCursor()
        prompts.storage_error(exc, parent)
    except NotFound:
        QGuiApplication.restoreOverrideCursor()
        prompts.info(title, _t(_CASE_GONE), parent)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        _log.warning("write: %s", exc)
        prompts.warning(title, write_error_text(exc), parent)
    except BaseException:
        QGuiApplication.restoreOverrideCursor()
        raise
    else:
        QGuiApplication.restoreOverrideCursor()
        return result
    return None
