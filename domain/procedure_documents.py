"""The documents a case's procedure produces: what can be printed, registering and printing one
in the body's journal, and verifying a printed copy against the record."""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from domain.audit import anchor_text
from domain.case_deadlines import count_deadlines, engine_input
from domain.criteria import worksheet_text
from domain.document_data import DocumentData, DocumentRenderer, DocumentStamp
from domain.documents import (
    canonical_json,
    changed_fields,
    content_hash,
    document_content,
    normalize_code,
    parse_content,
    qr_payload,
    short_code,
)
from domain.errors import FieldError, NotFound, RulePackError, ValidationFailed
from domain.ports import UnitOfWork
from domain.procedure import latest_adopted
from domain.procedure_codes import E_DOCUMENT_LANG, E_DOCUMENT_NOT_AVAILABLE, E_RENDERER_MISSING
from domain.procedure_model import (
    CaseProcedure,
    DocumentKind,
    ExplanationOutcome,
    IssuedDocument,
    VerifyResult,
    VerifyStatus,
)
from domain.procedure_reads import CaseContext, case_context, load_procedure
from domain.rulepack import RulePackRegistry
from domain.text import normalize_name

if TYPE_CHECKING:
    from domain.services import CaseService

DOCUMENT_LANGS = ("kk", "ru", "both")
ISSUED_EVENT = "document_issued"
DRAFT_NUMBER = "—"
DRAFT_CODE = "DRAFT"
# The worksheet's paragraphs are built in both languages whatever is printed, so the content (and
# its hash) of one record does not depend on the language chosen.
_WORKSHEET_LANGS = ("kk", "ru")


def document_number(seq: int, year: int) -> str:
    """The printed registration number: the journal's sequence and the year, "0007/2026"."""
    return f"{seq:04d}/{year}"


def available_kinds(procedure: CaseProcedure) -> list[DocumentKind]:
    """What the record holds enough for, in the procedure's order: the request once an
    explanation was requested, the act once it was refused or not given, the protocol once a
    hearing was held, the decision once a hearing adopted one, the order once it is recorded."""
    kinds: list[DocumentKind] = []
    explanation = procedure.explanation
    if explanation is not None:
        kinds.append(DocumentKind.EXPLANATION_REQUEST)
        if explanation.outcome in (ExplanationOutcome.REFUSED, ExplanationOutcome.ABSENT):
            kinds.append(DocumentKind.EXPLANATION_ACT)
    if procedure.hearings:
        kinds.append(DocumentKind.PROTOCOL)
    if latest_adopted(procedure.hearings) is not None:
        kinds.append(DocumentKind.DECISION)
    if procedure.order is not None:
        kinds.append(DocumentKind.ORDER)
    return kinds


def stamp_of(doc: IssuedDocument) -> DocumentStamp:
    return DocumentStamp(doc.id, doc.number, doc.issued_on, doc.code, qr_payload(doc.id, doc.code))


def _as_issued(data: DocumentData, doc: IssuedDocument) -> DocumentData:
    """The data as the registered document printed it: its stamp, its executor (the issuer)."""
    return replace(data, stamp=stamp_of(doc), executor=doc.actor)


def _fold(text: str) -> str:
    return normalize_name(unicodedata.normalize("NFC", text))


def file_stem(case_number: str) -> str:
    """A case number made safe as part of a file name: letters, digits, "-", "_" and "."."""
    safe = re.sub(r"[^\w.-]", "_", unicodedata.normalize("NFC", case_number)).strip("._")
    return safe or "case"


class ProcedureDocuments:
    """Prints, registers and verifies a case's documents; ProcedureService delegates to it."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        today: Callable[[], date],
        now_utc: Callable[[], datetime],
        actor: Callable[[], str],
        cases_over: Callable[[UnitOfWork], CaseService],
        renderer: DocumentRenderer | None,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._today = today
        self._now_utc = now_utc
        self._actor = actor
        self._cases_over = cases_over
        self._renderer = renderer

    def kinds(self, case_id: int) -> list[DocumentKind]:
        with self._read_uow_factory() as uow:
            ctx = case_context(uow, self._packs, case_id)
            return available_kinds(load_procedure(uow, ctx, self._today()))

    def documents(self, case_id: int) -> list[IssuedDocument]:
        with self._read_uow_factory() as uow:
            case_context(uow, self._packs, case_id)  # NotFound for an unknown case
            return uow.documents.documents(case_id)

    def preview(
        self, case_id: int, kind: DocumentKind, lang: str, out: str | os.PathLike[str] | IO[bytes]
    ) -> int:
        """Render with a draft stamp (number "—", code "DRAFT"); nothing is registered."""
        renderer = self._renderer_for(lang)
        with self._read_uow_factory() as uow:
            ctx = case_context(uow, self._packs, case_id)
            data = self._data(uow, ctx, DocumentKind(kind), self._draft_stamp(), check=True)
        return _render(renderer, data, lang, out)

    def issue(
        self, case_id: int, kind: DocumentKind, lang: str, out: str | os.PathLike[str] | IO[bytes]
    ) -> IssuedDocument:
        """Register and print in one transaction: a render failure consumes no number; a reprint
        of unchanged content reuses the registered document."""
        renderer = self._renderer_for(lang)
        kind = DocumentKind(kind)
        with self._uow_factory() as uow:
            ctx = case_context(uow, self._packs, case_id)
            base = self._data(uow, ctx, kind, self._draft_stamp(), check=True)
            reprint = self._reprint(uow, base, case_id, kind, lang)
            if reprint is not None:
                doc = reprint
            else:
                doc = self._register(uow, base, ctx, kind, lang)
            issued = replace(_as_issued(base, doc), audit_anchor=anchor_text(*uow.audit.head()))
            pages = _render(renderer, issued, lang, out)
            if pages != doc.pages:
                uow.documents.set_pages(doc.id, pages)
            event = {
                "document_id": doc.id,
                "kind": kind.value,
                "lang": lang,
                "number": doc.number,
                "code": doc.code,
                "content_hash": doc.content_hash,
                "pages": pages,
                "reprint": reprint is not None,
            }
            uow.cases.add_event(case_id, ISSUED_EVENT, self._actor(), self._now_utc(), event)
            uow.commit()
        return replace(doc, pages=pages)

    def batch(
        self,
        case_ids: Sequence[int],
        kind: DocumentKind,
        lang: str,
        out_dir: str | os.PathLike[str],
        progress: Callable[[int, int], bool] | None,
    ) -> list[Path]:
        """Issue one document per case into `out_dir` as "<case number>-<kind>-<lang>.pdf".

        A case whose record does not hold enough for the document is skipped; `progress(done,
        total)` returning False stops after the current case (what was written stays issued).
        """
        self._renderer_for(lang)
        folder = Path(out_dir)
        written: list[Path] = []
        total = len(case_ids)
        for done, case_id in enumerate(case_ids, start=1):
            with self._read_uow_factory() as uow:
                number = case_context(uow, self._packs, case_id).case.number
            path = folder / f"{file_stem(number)}-{DocumentKind(kind).value}-{lang}.pdf"
            try:
                self.issue(case_id, kind, lang, path)
            except ValidationFailed as refused:
                if any(e.code != E_DOCUMENT_NOT_AVAILABLE for e in refused.errors):
                    raise
            else:
                written.append(path)
            if progress is not None and not progress(done, total):
                break
        return written

    def verify_file(self, path: str | os.PathLike[str]) -> VerifyResult:
        """Whether a printed PDF is a document registered here and still says what the record
        says: its code and the number, IIN and name it printed, then its content today."""
        if self._renderer is None:
            raise ValidationFailed([FieldError("file", E_RENDERER_MISSING)])
        back = self._renderer.read_back(path)
        if back is None or back.document_id is None:
            return VerifyResult(VerifyStatus.UNREADABLE)
        with self._read_uow_factory() as uow:
            doc = uow.documents.document(back.document_id)
            if doc is None:
                return VerifyResult(VerifyStatus.UNKNOWN, detail="document")
            if normalize_code(back.code) != doc.code:
                return VerifyResult(VerifyStatus.TAMPERED, doc, ("code",), "code")
            printed = parse_content(doc.content_json) or {}
            text = _fold(back.text)
            missing = tuple(
                key
                for key, value in (
                    ("number", doc.number),
                    ("servant.iin", printed.get("servant.iin", "")),
                    ("servant.full_name", printed.get("servant.full_name", "")),
                )
                if _fold(value) not in text
            )
            if missing:
                return VerifyResult(VerifyStatus.TAMPERED, doc, missing, "text")
            return self._compare(uow, doc)

    def verify_code(self, code: str) -> VerifyResult:
        """Whether the document printed with this code still matches the record."""
        normal = normalize_code(code)
        if normal is None:
            return VerifyResult(VerifyStatus.UNKNOWN, detail="malformed")
        with self._read_uow_factory() as uow:
            doc = uow.documents.document_by_code(normal)
            if doc is None:
                return VerifyResult(VerifyStatus.UNKNOWN, detail="code")
            return self._compare(uow, doc)

    # -- internals ---------------------------------------------------------------------------------

    def _renderer_for(self, lang: str) -> DocumentRenderer:
        if lang not in DOCUMENT_LANGS:
            raise ValidationFailed([FieldError("lang", E_DOCUMENT_LANG, {"lang": lang})])
        if self._renderer is None:
            raise ValidationFailed([FieldError("kind", E_RENDERER_MISSING)])
        return self._renderer

    def _draft_stamp(self) -> DocumentStamp:
        return DocumentStamp(0, DRAFT_NUMBER, self._today(), DRAFT_CODE, qr_payload(0, DRAFT_CODE))

    def _data(
        self,
        uow: UnitOfWork,
        ctx: CaseContext,
        kind: DocumentKind,
        stamp: DocumentStamp,
        *,
        check: bool,
    ) -> DocumentData:
        """Everything the document prints, read in `uow`; with `check`, refused when the record
        does not hold enough for it yet."""
        today = self._today()
        procedure = load_procedure(uow, ctx, today)
        if check and kind not in available_kinds(procedure):
            params = {"kind": kind.value}
            raise ValidationFailed([FieldError("kind", E_DOCUMENT_NOT_AVAILABLE, params)])
        case = ctx.case
        if kind is DocumentKind.PROTOCOL:
            hearing = procedure.hearings[-1] if procedure.hearings else None
        else:
            hearing = latest_adopted(procedure.hearings)
        commission = procedure.commission
        if hearing is not None and (commission is None or commission.id != hearing.commission_id):
            commission = uow.procedure.commission(hearing.commission_id)
        body = next((b for b in uow.queries.bodies() if b.id == case.servant.body_id), None)
        # CaseService.deadline_for's count, from the case already read.
        deadline = count_deadlines(engine_input(case), ctx.pack, ctx.calendar, ctx.switches)
        paragraphs: dict[str, list[str]] = {}
        if kind is DocumentKind.DECISION:
            cases = self._cases_over(uow)
            try:
                worksheet, recommendation = cases.worksheet(case.id), cases.recommendation(case.id)
                for lang in _WORKSHEET_LANGS:
                    paragraphs[lang] = worksheet_text(worksheet, recommendation, ctx.pack, lang)
            except (ValidationFailed, RulePackError):
                paragraphs = {}
        return DocumentData(
            kind=kind,
            case=case,
            deadline=deadline,
            pack=ctx.pack,
            procedure=procedure,
            stamp=stamp,
            body_names={"kk": body.name_kk, "ru": body.name_ru} if body is not None else {},
            commission=commission,
            composition=(
                commission.composition_on(hearing.held_on if hearing else today)
                if commission is not None
                else None
            ),
            hearing=hearing,
            order=procedure.order,
            worksheet_paragraphs=paragraphs,
            place=hearing.place if hearing is not None else (body.region if body else ""),
            executor=self._actor(),
        )

    def _reprint(
        self, uow: UnitOfWork, base: DocumentData, case_id: int, kind: DocumentKind, lang: str
    ) -> IssuedDocument | None:
        """The registered document of the same case, kind and language whose content is what
        the record says now, if there is one."""
        for doc in uow.documents.documents(case_id):
            if doc.kind != kind or doc.lang != lang:
                continue
            content = document_content(_as_issued(base, doc), lang)
            if content_hash(content) == doc.content_hash:
                return doc
        return None

    def _register(
        self, uow: UnitOfWork, base: DocumentData, ctx: CaseContext, kind: DocumentKind, lang: str
    ) -> IssuedDocument:
        """The next number of the body's (kind, year) journal, taken in this transaction."""
        today = self._today()
        body_id = ctx.case.servant.body_id
        seq = uow.documents.next_seq(body_id, kind, today.year)
        number = document_number(seq, today.year)
        stamp = DocumentStamp(0, number, today, "", "")
        content = document_content(replace(base, stamp=stamp), lang)
        digest = content_hash(content)
        doc = IssuedDocument(
            id=0,
            case_id=ctx.case.id,
            body_id=body_id,
            kind=kind,
            lang=lang,
            year=today.year,
            seq=seq,
            number=number,
            issued_on=today,
            issued_at=self._now_utc(),
            content_hash=digest,
            code=short_code(digest),
            actor=self._actor(),
            pages=0,
            content_json=canonical_json(content),
        )
        return replace(doc, id=uow.documents.add_document(doc))

    def _compare(self, uow: UnitOfWork, doc: IssuedDocument) -> VerifyResult:
        """MATCHES when the record today gives the registered content, else CHANGED with the
        fields that differ from what was printed (when the printed content was kept)."""
        try:
            ctx = case_context(uow, self._packs, doc.case_id)
        except NotFound:
            return VerifyResult(VerifyStatus.UNKNOWN, doc, detail="case")
        base = self._data(uow, ctx, DocumentKind(doc.kind), stamp_of(doc), check=False)
        content = document_content(_as_issued(base, doc), doc.lang)
        if content_hash(content) == doc.content_hash:
            return VerifyResult(VerifyStatus.MATCHES, doc)
        printed = parse_content(doc.content_json)
        if printed is None or content_hash(printed) != doc.content_hash:
            return VerifyResult(VerifyStatus.CHANGED, doc)
        return VerifyResult(VerifyStatus.CHANGED, doc, changed_fields(printed, content))


def _render(
    renderer: DocumentRenderer,
    data: DocumentData,
    lang: str,
    out: str | os.PathLike[str] | IO[bytes],
) -> int:
    """Render; a file this call created is removed again when rendering fails."""
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        existed = path.exists()
        try:
            return renderer.render(data, lang, out)
        except BaseException:
            if not existed:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
    return renderer.render(data, lang, out)
