"""The document subcommands: print a case's decision (one case or a batch) and verify a printed one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.output import CliError, print_json
from domain.errors import NotFound, RenderError, ValidationFailed
from domain.model import CaseFilter, CaseStatus, SortKey
from domain.procedure_model import DocumentKind, IssuedDocument, VerifyResult, VerifyStatus

if TYPE_CHECKING:
    from domain.procedure_service import ProcedureService
    from domain.services import CaseService


def _english(exc: ValidationFailed) -> str:
    from ui.messages import english_message

    return "; ".join(english_message(e.code, e.params) for e in exc.errors)


def _document_json(doc: IssuedDocument, path: Path | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": doc.id,
        "case_id": doc.case_id,
        "kind": doc.kind.value,
        "lang": doc.lang,
        "number": doc.number,
        "issued_on": doc.issued_on.isoformat(),
        "code": doc.code,
        "pages": doc.pages,
    }
    if path is not None:
        out["file"] = str(path)
    return out


def _case_ids(cases: CaseService, args: argparse.Namespace) -> list[int]:
    """The cases named by --case (ids or registration numbers), or by --status for a batch."""
    if args.case:
        ids: list[int] = []
        for ref in args.case:
            if ref.isdigit():
                ids.append(int(ref))
                continue
            rows = cases.list_cases(CaseFilter(search=ref), SortKey.NUMBER, False, 0, 2)
            exact = [r.id for r in rows if r.number == ref]
            if not exact:
                raise CliError(f"no case numbered {ref!r}", 1)
            ids.append(exact[0])
        return ids
    flt = CaseFilter(status=CaseStatus(args.status) if args.status else None)
    rows = cases.list_cases(flt, SortKey.NUMBER, False, 0, args.limit)
    return [r.id for r in rows]


def run_decision(cases: CaseService, procedure: ProcedureService, args: argparse.Namespace) -> int:
    """`decision`: one case into --out, or many into --out-dir with progress on stderr."""
    kind = DocumentKind(args.kind)
    ids = _case_ids(cases, args)
    if args.out_dir is None:
        if len(ids) != 1:
            raise CliError("give one --case with --out, or --out-dir for a batch")
        if args.out is None:
            raise CliError("--out FILE.pdf is required for one case")
        out = Path(args.out)
        try:
            doc = procedure.issue_document(ids[0], kind, args.lang, out)
        except NotFound as exc:
            raise CliError(f"no case with id {ids[0]}", 1) from exc
        except ValidationFailed as exc:
            raise CliError(_english(exc), 1) from exc
        except RenderError as exc:
            raise CliError(str(exc), 3) from exc
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}", 3) from exc
        if args.json:
            print_json(_document_json(doc, out))
        else:
            print(f"{doc.number}  {doc.kind.value} ({doc.lang}), {doc.pages} pages -> {out}")
            print(f"verification code: {doc.code}")
        return 0

    out_dir = Path(args.out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create {out_dir}: {exc.strerror or exc}", 3) from exc
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> bool:
        if interactive:
            sys.stderr.write(f"\r{done}/{total}")
            sys.stderr.flush()
        return True

    try:
        paths = procedure.issue_batch(ids, kind, args.lang, out_dir, progress)
    except RenderError as exc:
        raise CliError(str(exc), 3) from exc
    if interactive:
        sys.stderr.write("\n")
    if args.json:
        print_json({"requested": len(ids), "written": [str(p) for p in paths]})
    else:
        print(f"wrote {len(paths)} of {len(ids)} documents to {out_dir}")
    return 0 if len(paths) == len(ids) else 1


_STATUS_TEXT = {
    VerifyStatus.MATCHES: "matches the record",
    VerifyStatus.CHANGED: "the record has changed since this document was issued",
    VerifyStatus.TAMPERED: "does not match its registration: the file or its code was altered",
    VerifyStatus.UNKNOWN: "no such document is registered in this database",
    VerifyStatus.UNREADABLE: "not a Tartip document, or unreadable",
}


def run_verify(procedure: ProcedureService, args: argparse.Namespace) -> int:
    """`verify`: exit 0 when the document matches the record, 1 otherwise."""
    if (args.file is None) == (args.code is None):
        raise CliError("give a PDF file or --code, not both")
    result: VerifyResult
    if args.code is not None:
        result = procedure.verify_code(args.code)
    else:
        path = Path(args.file)
        if not path.is_file():
            raise CliError(f"no such file: {path}", 2)
        result = procedure.verify_file(path)
    if args.json:
        value: dict[str, Any] = {
            "status": result.status.value,
            "changed_fields": list(result.changed_fields),
            "document": _document_json(result.document) if result.document else None,
        }
        print_json(value)
    else:
        line = _STATUS_TEXT[result.status]
        if result.document is not None:
            d = result.document
            line = f"{d.number} of {d.issued_on.isoformat()} ({d.kind.value}, {d.lang}): {line}"
        print(line)
        if result.changed_fields:
            print(f"  changed: {', '.join(result.changed_fields)}")
    return 0 if result.status is VerifyStatus.MATCHES else 1


def add_document_commands(add: Any) -> None:
    """Register `decision` and `verify` through cli.parser's `add(name, help)`."""
    p = add("decision", "print a case's decision (or another document) as PDF")
    p.add_argument(
        "--case",
        action="append",
        default=[],
        metavar="ID",
        help="case id or registration number; repeatable for a batch",
    )
    p.add_argument("--lang", choices=["kk", "ru", "both"], default="both", help="language(s)")
    p.add_argument("--out", help="the PDF file to write (one case)")
    p.add_argument("--out-dir", help="a folder for a batch: one PDF per case")
    p.add_argument(
        "--kind",
        choices=[k.value for k in DocumentKind],
        default=DocumentKind.DECISION.value,
        help="which document (default: decision)",
    )
    p.add_argument(
        "--status",
        choices=[s.value for s in CaseStatus],
        help="batch: every case with this status (without --case)",
    )
    p.add_argument("--limit", type=int, default=1000, help="batch: at most this many cases")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    p = add("verify", "check a printed document against the record")
    p.add_argument("file", nargs="?", help="the PDF file")
    p.add_argument("--code", help="the verification code printed on paper (XXXX-XXXX-XXXX)")
    p.add_argument("--json", action="store_true", help="print a JSON object")
