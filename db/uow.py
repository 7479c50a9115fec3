"""The SQL unit of work: one Session, one transaction, stores bound to it."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.audit_store import ActorContext, SqlAuditTrail
from db.calendar_store import SqlCalendarStore
from db.document_store import SqlDocumentStore
from db.errors import as_storage_error, translate_errors
from db.penalty_store import SqlPenaltyStore
from db.procedure_store import SqlProcedureStore
from db.queries import SqlCaseQueries
from db.repositories import SqlCaseStore, SqlSettingsStore
from db.user_store import SqlUserStore


class SqlUnitOfWork:
    """`with uow: ...; uow.commit()`; leaving the block without commit rolls back.

    The transaction starts at the first statement (BEGIN IMMEDIATE on the SQLite write engine).
    Driver errors that are environment problems leave the block as `StorageError`.
    """

    def __init__(
        self, engine: Engine, *, lang: str = "ru", actor: ActorContext | None = None
    ) -> None:
        self._session = Session(engine, autoflush=False, expire_on_commit=False)
        self.audit = SqlAuditTrail(self._session, actor)
        self.cases = SqlCaseStore(self._session, lang=lang, audit=self.audit)
        self.queries = SqlCaseQueries(self._session, lang=lang)
        self.settings = SqlSettingsStore(self._session)
        self.calendar = SqlCalendarStore(self._session)
        self.penalties = SqlPenaltyStore(self._session, lang=lang)
        self.procedure = SqlProcedureStore(self._session, lang=lang)
        self.documents = SqlDocumentStore(self._session)
        self.users = SqlUserStore(self._session)

    def __enter__(self) -> SqlUnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            # close() rolls back whatever was not committed and returns the connection.
            self._session.close()
        except Exception as close_exc:
            if exc is None:
                storage = as_storage_error(close_exc)
                if storage is not None:
                    raise storage from close_exc
                raise
        if exc is not None:
            storage = as_storage_error(exc)
            if storage is not None and storage is not exc:
                raise storage from exc

    def commit(self) -> None:
        with translate_errors():
            self._session.commit()

    def rollback(self) -> None:
        with translate_errors():
            self._session.rollback()
