"""The commission's procedure over the store: commissions, the explanation, hearings, the order,
appeals, attachments and documents, each write one unit of work with its case event."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from domain.authz import Guard, Permission
from domain.case_guard import CASE_EDIT, REFERENCE_READ, check_case
from domain.case_records import event_json
from domain.clock_decisions import confirm_clock, record_reason
from domain.document_data import DocumentRenderer
from domain.errors import FieldError, NotFound, RulePackError, ValidationFailed
from domain.model import CaseDetail, CaseStatus
from domain.override_signoff import OverrideConfirmation, Signoff, sign_off
from domain.ports import AttachmentFiles, UnitOfWork
from domain.procedure import (
    hearing_members,
    pack_majority,
    pack_quorum,
    tally,
    validate_appeal,
    validate_explanation,
    validate_hearing,
    validate_order,
    with_composition_roles,
)
from domain.procedure_attachments import ProcedureAttachments, writable_case
from domain.procedure_codes import E_NO_COMPOSITION
from domain.procedure_commissions import CommissionRegistry, load_commission
from domain.procedure_dates import explanation_due
from domain.procedure_documents import ProcedureDocuments
from domain.procedure_model import (
    AppealInput,
    AttachmentKind,
    CaseProcedure,
    Commission,
    CommissionInput,
    Composition,
    DocumentKind,
    ExplanationInput,
    HearingInput,
    HearingOutcome,
    IssuedDocument,
    OrderInput,
    Tally,
    VerifyResult,
)
from domain.procedure_reads import (
    CaseContext,
    case_context,
    load_procedure,
    stored_hearings,
)
from domain.procedure_records import (
    ORDER_FIELDS,
    JoinedUnitOfWork,
    appeal_of,
    case_input_of,
    changes_of,
    clean_appeal,
    clean_explanation,
    clean_hearing,
    clean_order,
    decision_input,
    hearing_of,
    hearing_quorum,
)
from domain.rulepack import RulePackRegistry
from domain.services import CaseService


class ProcedureService:
    """The commission's procedure for the case registry (issue 5), over ports.UnitOfWork.

    The actor is `cases.actor` and the calendar `cases.work_calendar()`. A decision the order
    records goes through CaseService.update_case inside the order's own transaction, so the
    deadline and penalty-bounds checks (and their override reason) stay in one place.
    """

    def __init__(
        self,
        cases: CaseService,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        today: Callable[[], date],
        now_utc: Callable[[], datetime],
        renderer: DocumentRenderer | None = None,
        files: AttachmentFiles | None = None,
        guard: Guard | None = None,
    ) -> None:
        self._cases = cases
        # One session, one guard: by default the case service's (domain.authz).
        self._guard = guard if guard is not None else cases.guard
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._today = today
        self._now_utc = now_utc
        self._commissions = CommissionRegistry(uow_factory, read_uow_factory, packs)
        self._attachments = ProcedureAttachments(
            uow_factory, read_uow_factory, packs, now_utc, self._actor, files
        )
        self._documents = ProcedureDocuments(
            uow_factory,
            read_uow_factory,
            packs,
            today,
            now_utc,
            self._actor,
            self._cases_over,
            renderer,
        )

    # -- commissions (CommissionRegistry) ---------------------------------------------------------

    def commissions(self) -> list[Commission]:
        """Every commission with its compositions, by name."""
        self._guard.require_any(*REFERENCE_READ)
        return self._commissions.commissions()

    def commission(self, commission_id: int) -> Commission:
        """One commission; raises NotFound."""
        self._guard.require_any(*REFERENCE_READ)
        return self._commissions.commission(commission_id)

    def save_commission(self, data: CommissionInput, commission_id: int | None = None) -> int:
        """Add (None) or rename a commission and set the bodies it serves (Art. 44 p.9)."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        return self._commissions.save_commission(data, commission_id)

    def save_composition(self, commission_id: int, composition: Composition) -> int:
        """Add (id None) or replace a composition of the commission; returns its id."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        return self._commissions.save_composition(commission_id, composition)

    def commission_for_case(self, case_id: int, on: date | None = None) -> Commission | None:
        """The commission serving the case's body on `on` (today if None); raises NotFound."""
        self._check(case_id)
        return self._commissions.commission_for_case(case_id, on or self._today())

    def default_quorum(self) -> tuple[int, int]:
        """The pack's quorum for compositions that set none ([NF] default two thirds)."""
        return pack_quorum(self._packs.for_date(self._today()))

    # -- one case's procedure ----------------------------------------------------------------------

    def procedure(self, case_id: int) -> CaseProcedure:
        """Everything of the case's procedure in one read; raises NotFound."""
        self._check(case_id)
        with self._read_uow_factory() as uow:
            return load_procedure(uow, case_context(uow, self._packs, case_id), self._today())

    def explanation_due(self, requested_on: date) -> date:
        """The last day of the wait for the explanation (Labour Code Art. 65: 2 working days)."""
        pack = self._packs.for_date(requested_on)
        return explanation_due(requested_on, self._cases.work_calendar(), pack)

    def record_explanation(self, case_id: int, data: ExplanationInput) -> None:
        """Store the request and its result; a registered case moves to investigation.

        Raises NotFound, ValidationFailed (domain.procedure.validate_explanation's codes).
        """
        self._check(case_id, Permission.CASE_EDIT_PROCEDURE)
        data = clean_explanation(data)
        with self._uow_factory() as uow:
            ctx = writable_case(uow, self._packs, case_id)
            due = explanation_due(data.requested_on, ctx.calendar, ctx.pack)
            attachments = {a.id for a in uow.procedure.attachments(case_id)}
            errors = validate_explanation(
                data, due, ctx.case.discovered_on, self._today(), attachments
            )
            if errors:
                raise ValidationFailed(errors)
            old = uow.procedure.explanation(case_id)
            if old == data:
                return
            uow.procedure.set_explanation(case_id, data)
            event: dict[str, Any] = {"changes": changes_of(old, data), "due_on": event_json(due)}
            self._advance(uow, ctx.case, CaseStatus.INVESTIGATION, event)
            self._event(uow, case_id, "explanation_recorded", event)
            uow.commit()

    def new_hearing(self, case_id: int, commission_id: int, held_on: date) -> HearingInput:
        """A hearing to fill in: the members of the composition in force on the day, all
        present, none voted yet. Raises NotFound; ValidationFailed (hearing.no_composition)."""
        self._check(case_id, Permission.HEARING_RECORD)
        with self._read_uow_factory() as uow:
            case_context(uow, self._packs, case_id)
            commission = load_commission(uow, commission_id)
        composition = commission.composition_on(held_on)
        if composition is None:
            params = {"held_on": held_on.isoformat()}
            raise ValidationFailed([FieldError("held_on", E_NO_COMPOSITION, params)])
        return HearingInput(
            commission_id=commission_id,
            held_on=held_on,
            place="",
            members=hearing_members(composition),
            outcome=HearingOutcome.IMPOSE,
        )

    def tally(self, data: HearingInput) -> Tally:
        """The live count of a hearing as typed (domain.procedure.tally)."""
        self._guard.require(Permission.HEARING_RECORD)
        pack = self._packs.for_date(data.held_on)
        with self._read_uow_factory() as uow:
            commission = uow.procedure.commission(data.commission_id)
        quorum = hearing_quorum(commission, data.held_on, pack)
        composition = commission.composition_on(data.held_on) if commission else None
        members = with_composition_roles(data.members, composition)
        return tally(members, quorum, pack_majority(pack))

    def record_hearing(
        self, case_id: int, data: HearingInput, hearing_id: int | None = None
    ) -> int:
        """Store a hearing (new, or `hearing_id` replaced); an open case moves to the hearing.

        Roles and voting rights come from the composition. Raises NotFound, ValidationFailed
        (validate_hearing's codes; a proposed penalty outside the statutory bounds).
        """
        self._check(case_id, Permission.HEARING_RECORD)
        data = clean_hearing(data)
        with self._uow_factory() as uow:
            ctx = writable_case(uow, self._packs, case_id)
            commission = uow.procedure.commission(data.commission_id)
            composition = commission.composition_on(data.held_on) if commission else None
            data = replace(data, members=with_composition_roles(data.members, composition))
            allowed: Sequence[str] = ()
            if HearingOutcome(data.outcome) is HearingOutcome.IMPOSE:
                allowed = self._allowed(uow, ctx)
            errors = validate_hearing(
                data,
                commission,
                ctx.case.servant.body_id,
                ctx.case.discovered_on,
                allowed,
                self._today(),
            )
            if errors:
                raise ValidationFailed(errors)
            stored = dict(uow.procedure.hearings(case_id))
            if hearing_id is not None and hearing_id not in stored:
                raise NotFound(f"hearing {hearing_id} of case {case_id}")
            old = stored.get(hearing_id) if hearing_id is not None else None
            if old == data and hearing_id is not None:
                return hearing_id
            saved = uow.procedure.save_hearing(case_id, data, hearing_id)
            counted = hearing_of(case_id, saved, data, commission, ctx.pack).tally
            event: dict[str, Any] = {
                "hearing_id": saved,
                "changes": changes_of(old, data),
                "tally": {k: v for k, v in vars(counted).items()},
            }
            self._advance(uow, ctx.case, CaseStatus.HEARING, event)
            self._event(uow, case_id, "hearing_recorded", event)
            uow.commit()
        return saved

    def record_order(
        self,
        case_id: int,
        data: OrderInput,
        override_reason: str = "",
        clock_reason: str = "",
        confirmation: OverrideConfirmation | None = None,
    ) -> None:
        """Store the authorised official's order and decide the case through
        CaseService.update_case in the same transaction: IMPOSE -> DECIDED (a closed case stays
        closed) with the penalty and its early lifting, NONE -> NO_PENALTY; decided on the day
        signed. A date after the limits needs `override_reason` and, from a user, a second
        user's `confirmation`, as in the case editor (domain.override_signoff); saving while the
        clock is behind the audit trail needs `clock_reason` (domain.clock_decisions).

        Raises NotFound; ValidationFailed: validate_order's codes, then the case editor's
        decision codes with decided_on reported as signed_on, penalty_lifted_on as lifted_on;
        E_CLOCK_REASON at signed_on; override_signoff's codes at its CONFIRM_FIELD.
        """
        self._check(case_id, Permission.CASE_EDIT_PROCEDURE)
        if override_reason:
            self._guard.require(Permission.DEADLINE_OVERRIDE)
        bodies: tuple[int | None, ...] = ()
        if confirmation is not None and override_reason:
            with self._read_uow_factory() as uow:
                bodies = (case_context(uow, self._packs, case_id).case.servant.body_id,)
        # The inner CaseService acts as the system: the session's sign-off goes in with it.
        signoff = sign_off(self._guard, override_reason, confirmation, bodies)
        data = clean_order(data)
        with self._uow_factory() as uow:
            ctx = writable_case(uow, self._packs, case_id)
            errors = validate_order(data, stored_hearings(uow, ctx), self._today())
            if errors:
                raise ValidationFailed(errors)
            old = uow.procedure.order(case_id)
            decided = decision_input(ctx.case, data, override_reason)
            # Before update_case appends: a refusal after an append would roll back the trail's
            # clock_rollback entry along with it.
            deciding = old != data or decided != case_input_of(ctx.case)
            clock = confirm_clock(self._cases.clock, deciding, clock_reason, "signed_on")
            try:
                case_changed = self._cases_over(uow, signoff).update_case(case_id, decided)
            except ValidationFailed as refused:
                raise ValidationFailed(
                    [replace(e, field=ORDER_FIELDS.get(e.field, e.field)) for e in refused.errors]
                ) from None
            if old == data and not case_changed:
                return
            uow.procedure.set_order(case_id, data)
            event = {"changes": changes_of(old, data), "case_updated": case_changed}
            self._event(uow, case_id, "order_recorded", event)
            record_reason(uow, clock, case_id, "order", clock_reason)
            uow.commit()

    def record_appeal(self, case_id: int, data: AppealInput, appeal_id: int | None = None) -> int:
        """Store an appeal (new, or `appeal_id` replaced) with its deadline and lateness.

        Raises NotFound, ValidationFailed (validate_appeal's codes)."""
        self._check(case_id, Permission.CASE_EDIT_PROCEDURE)
        data = clean_appeal(data)
        with self._uow_factory() as uow:
            ctx = writable_case(uow, self._packs, case_id)
            order = uow.procedure.order(case_id)
            errors = validate_appeal(data, order, self._today())
            if errors:
                raise ValidationFailed(errors)
            stored = dict(uow.procedure.appeals(case_id))
            if appeal_id is not None and appeal_id not in stored:
                raise NotFound(f"appeal {appeal_id} of case {case_id}")
            old = stored.get(appeal_id) if appeal_id is not None else None
            if old == data and appeal_id is not None:
                return appeal_id
            saved = uow.procedure.save_appeal(case_id, data, appeal_id)
            appeal = appeal_of(case_id, saved, data, order, ctx.period_calendar, ctx.pack)
            event = {
                "appeal_id": saved,
                "changes": changes_of(old, data),
                "deadline": event_json(appeal.deadline),
                "late": appeal.late,
            }
            self._event(uow, case_id, "appeal_recorded", event)
            uow.commit()
        return saved

    def add_attachment(
        self,
        case_id: int,
        source: str | os.PathLike[str],
        kind: AttachmentKind,
        display_name: str | None = None,
    ) -> int:
        """Copy a file into the managed folder and record it (ProcedureAttachments.add)."""
        self._guard.require_any(*CASE_EDIT)
        self._check(case_id)
        return self._attachments.add(case_id, source, kind, display_name)

    def attachment_path(self, attachment_id: int) -> Path:
        """Where an attachment's file is kept; raises NotFound."""
        self._check_attachment(attachment_id)
        return self._attachments.path(attachment_id)

    # -- documents (ProcedureDocuments) ------------------------------------------------------------

    def document_kinds(self, case_id: int) -> list[DocumentKind]:
        """The documents the record holds enough for now, in the procedure's order."""
        self._check(case_id)
        return self._documents.kinds(case_id)

    def preview_document(
        self, case_id: int, kind: DocumentKind, lang: str, out: str | os.PathLike[str] | IO[bytes]
    ) -> int:
        """Render with a draft stamp, registering nothing; returns the page count."""
        self._check(case_id, Permission.DOCUMENT_ISSUE)
        return self._documents.preview(case_id, kind, lang, out)

    def issue_document(
        self, case_id: int, kind: DocumentKind, lang: str, out: str | os.PathLike[str] | IO[bytes]
    ) -> IssuedDocument:
        """Register (or reprint unchanged) and print one document in one transaction."""
        self._check(case_id, Permission.DOCUMENT_ISSUE)
        return self._documents.issue(case_id, kind, lang, out)

    def issue_batch(
        self,
        case_ids: Sequence[int],
        kind: DocumentKind,
        lang: str,
        out_dir: str | os.PathLike[str],
        progress: Callable[[int, int], bool] | None = None,
    ) -> list[Path]:
        """Issue one document per case into `out_dir`; cancellable through `progress`."""
        for case_id in case_ids:
            self._check(case_id, Permission.DOCUMENT_ISSUE)
        return self._documents.batch(case_ids, kind, lang, out_dir, progress)

    def documents(self, case_id: int) -> list[IssuedDocument]:
        """The case's registered documents, newest first."""
        self._check(case_id)
        return self._documents.documents(case_id)

    def verify_file(self, path: str | os.PathLike[str]) -> VerifyResult:
        """Whether a printed PDF matches the record (ProcedureDocuments.verify_file)."""
        self._guard.require(Permission.CASE_VIEW)
        return self._documents.verify_file(path)

    def verify_code(self, code: str) -> VerifyResult:
        """Whether the document with a code typed from paper matches the record."""
        self._guard.require(Permission.CASE_VIEW)
        return self._documents.verify_code(code)

    # -- internals ---------------------------------------------------------------------------------

    def _check(self, case_id: int, permission: Permission = Permission.CASE_VIEW) -> None:
        check_case(self._guard, self._read_uow_factory, case_id, permission)

    def _check_attachment(self, attachment_id: int) -> None:
        self._guard.require(Permission.CASE_VIEW)
        if self._guard.body_scope() is not None:
            with self._read_uow_factory() as uow:
                found = uow.procedure.attachment(attachment_id)
            if found is None:
                raise NotFound(f"attachment {attachment_id}")
            self._check(found.case_id)

    def _actor(self) -> str:
        # Read at each call: the composition root may set the actor after a login.
        return self._cases.actor

    def _cases_over(self, uow: UnitOfWork, signoff: Signoff | None = None) -> CaseService:
        """CaseService working inside `uow` (its commits join it), as the system but with the
        session's override sign-off when it decides (record_order)."""
        joined = JoinedUnitOfWork(uow)
        return CaseService(
            lambda: joined,
            self._packs,
            self._today,
            self._now_utc,
            actor=self._cases.actor,
            read_uow_factory=lambda: joined,
            signoff=signoff,
        )

    def _allowed(self, uow: UnitOfWork, ctx: CaseContext) -> Sequence[str]:
        """The penalties the law allows for the case (statutory bounds with the prior record);
        any of the pack's penalties when no bounds can be given (validate_case says why)."""
        try:
            return self._cases_over(uow).penalty_bounds(ctx.case.id).allowed
        except (ValidationFailed, RulePackError):
            return tuple(p.code for p in ctx.pack.penalties)

    def _advance(
        self, uow: UnitOfWork, case: CaseDetail, status: CaseStatus, event: dict[str, Any]
    ) -> None:
        """Move an open case forward to `status` through CaseService.update_case (its
        "updated" event records it); a later stage is never moved back. A case the editor's
        checks would refuse today keeps its status, and the event says why."""
        order = (CaseStatus.REGISTERED, CaseStatus.INVESTIGATION, CaseStatus.HEARING)
        if case.status not in order or order.index(case.status) >= order.index(status):
            return
        try:
            self._cases_over(uow).update_case(case.id, replace(case_input_of(case), status=status))
        except ValidationFailed as refused:
            event["status_kept"] = [e.code for e in refused.errors]
        else:
            event["status"] = {"old": case.status.value, "new": status.value}

    def _event(self, uow: UnitOfWork, case_id: int, kind: str, data: dict[str, Any]) -> None:
        uow.cases.add_event(case_id, kind, self._cases.actor, self._now_utc(), data)
