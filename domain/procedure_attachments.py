"""A case's attachments over the managed folder: copied under generated names, checked, recorded."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from domain.attachments import E_STORAGE_MISSING, check_attachment, detect_type, magic_type
from domain.errors import FieldError, NotFound, ValidationFailed
from domain.model import CaseStatus
from domain.ports import AttachmentFiles, UnitOfWork
from domain.procedure import attachment_limits
from domain.procedure_codes import E_CASE_ANNULLED
from domain.procedure_model import AttachmentKind
from domain.procedure_reads import CaseContext, case_context
from domain.rulepack import RulePackRegistry

ADDED_EVENT = "attachment_added"
_READ_CHUNK = 1024 * 1024


def writable_case(uow: UnitOfWork, packs: RulePackRegistry, case_id: int) -> CaseContext:
    """The case to write to (NotFound if unknown); an annulled case takes no procedure."""
    ctx = case_context(uow, packs, case_id)
    if ctx.case.status is CaseStatus.ANNULLED:
        raise ValidationFailed([FieldError("case", E_CASE_ANNULLED)])
    return ctx


class ProcedureAttachments:
    """Adds attachments and finds their files; ProcedureService delegates to it."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        now_utc: Callable[[], datetime],
        actor: Callable[[], str],
        files: AttachmentFiles | None,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._now_utc = now_utc
        self._actor = actor
        self._files = files

    def add(
        self,
        case_id: int,
        source: str | os.PathLike[str],
        kind: AttachmentKind,
        display_name: str | None,
    ) -> int:
        """Copy a file into the managed folder under a generated name and record it with an
        "attachment_added" event.

        Refused, keeping nothing: over the pack's `attachment_max_bytes` (checked before the
        whole file is read), empty, a type the pack does not accept, or bytes that disagree with
        the extension (domain.attachments). Raises NotFound, ValidationFailed (attachment.* on
        "file" or "display_name"), OSError when the source cannot be read.
        """
        files = self._files_or_fail()
        with self._read_uow_factory() as uow:
            ctx = writable_case(uow, self._packs, case_id)
        max_bytes, types = attachment_limits(ctx.pack)
        source_name = Path(os.fspath(source)).name
        stored = files.store(source, max_bytes)
        try:
            chunks = None
            if magic_type(stored.head) is None:
                chunks = _chunks(files.path(stored.stored_name))
            detected = detect_type(stored.head, chunks)
            shown = display_name if display_name is not None else source_name
            checked, errors = check_attachment(source_name, shown, stored.size, detected, types)
            if checked is None:
                raise ValidationFailed(errors)
            with self._uow_factory() as uow:
                writable_case(uow, self._packs, case_id)
                now, actor = self._now_utc(), self._actor()
                attachment_id = uow.procedure.add_attachment(
                    case_id,
                    AttachmentKind(kind),
                    checked.display_name,
                    stored.stored_name,
                    checked.media_type,
                    stored.size,
                    stored.sha256,
                    now,
                    actor,
                )
                event = {
                    "attachment_id": attachment_id,
                    "kind": AttachmentKind(kind).value,
                    "display_name": checked.display_name,
                    "media_type": checked.media_type,
                    "size": stored.size,
                    "sha256": stored.sha256,
                }
                uow.cases.add_event(case_id, ADDED_EVENT, actor, now, event)
                uow.commit()
        except BaseException:
            files.remove(stored.stored_name)
            raise
        return attachment_id

    def path(self, attachment_id: int) -> Path:
        """Where an attachment's file is kept; raises NotFound."""
        files = self._files_or_fail()
        with self._read_uow_factory() as uow:
            attachment = uow.procedure.attachment(attachment_id)
        if attachment is None:
            raise NotFound(f"attachment {attachment_id}")
        return files.path(attachment.stored_name)

    def _files_or_fail(self) -> AttachmentFiles:
        if self._files is None:
            raise ValidationFailed([FieldError("file", E_STORAGE_MISSING)])
        return self._files


def _chunks(path: Path) -> Iterator[bytes]:
    """A stored file's bytes, a chunk at a time (the text check of a file with no signature)."""
    with path.open("rb") as f:
        while chunk := f.read(_READ_CHUNK):
            yield chunk
