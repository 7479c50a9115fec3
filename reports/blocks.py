# mypy: disable-error-code="import-untyped"
"""The pieces every document is made of: requisites, labelled lines, long texts, signature blocks.

Every string that reaches a Paragraph here goes through `reports.markup.text`; the only markup is
this module's own `<b>` around our labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus.flowables import Flowable, KeepTogether, Spacer
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tables import Table, TableStyle

from domain.document_data import DocumentData
from domain.procedure_model import (
    ExplanationOutcome,
    HearingOutcome,
    MemberRole,
    Vote,
)
from reports.layout import FRAME_WIDTH, Styles
from reports.markup import text
from reports.wording import COMMON, fmt_date, fmt_opt

# A table cell cannot split across pages: text longer than this is laid out as plain paragraphs.
LONG_CELL = 200
# Role, signature line, name: the name gets the widest column (full names of three words).
SIGNATURE_COLUMNS = (0.39, 0.18, 0.43)
SIGN_LINE = "_" * 11
NAME_BLANK = "_" * 22


def p(s: str, style: object) -> Paragraph:
    """A paragraph of our wording or user text, escaped whole (the values are already in it)."""
    return Paragraph(text(s), style)


def bold(s: str, style: object) -> Paragraph:
    """A paragraph in bold: our own tag around escaped text."""
    return Paragraph(f"<b>{text(s)}</b>", style)


def field(st: Styles, label: str, value: str) -> Paragraph:
    """A "label: value" line; the label is ours, the value is user text and is escaped."""
    return Paragraph(f"<b>{text(label)}</b> {text(value)}", st.plain)


def long_text(s: str, style: object) -> list[Flowable]:
    """User text as one paragraph per line, so a 20,000-character field splits across pages."""
    return [Paragraph(text(line), style) for line in s.splitlines() if line.strip()]


def capital(s: str) -> str:
    """The sentence with its first letter capitalised (our lower-case outcome phrases)."""
    return s[:1].upper() + s[1:]


@dataclass(frozen=True)
class Part:
    """One language part of one document: the data, the language, the styles and shared wording."""

    data: DocumentData
    lang: str
    st: Styles

    @property
    def c(self) -> dict[str, str]:
        return COMMON[self.lang]

    def body_name(self) -> str:
        return self.data.body_names.get(self.lang) or self.data.case.body_name

    def commission_name(self) -> str:
        com = self.data.commission
        if com is None:
            return ""
        return (com.name_kk if self.lang == "kk" else com.name_ru) or com.name_ru or com.name_kk

    def penalty_name(self, code: str | None) -> str:
        """The penalty's name as it reads inside a sentence ("предупреждение о …")."""
        if not code:
            return ""
        found = next((x for x in self.data.pack.penalties if x.code == code), None)
        if found is None:
            return code
        name = found.name.get(self.lang)
        return name[:1].lower() + name[1:]

    def servant_line(self) -> str:
        s = self.data.case.servant
        return self.c["servant_line"].format(position=s.position, name=s.full_name, iin=s.iin)

    def role(self, role: MemberRole) -> str:
        return self.c[str(role)]

    def vote(self, vote: Vote | None) -> str:
        return self.c[f"vote_{vote}"] if vote is not None else self.c["vote_none"]

    def outcome(self, outcome: HearingOutcome, penalty: str | None) -> str:
        name = self.data.case.servant.full_name
        if outcome is HearingOutcome.IMPOSE:
            return self.c["outcome_impose"].format(name=name, penalty=self.penalty_name(penalty))
        if outcome is HearingOutcome.INVESTIGATE:
            return self.c["outcome_investigate"]
        return self.c["outcome_none"].format(name=name)

    def explanation_summary(self) -> str:
        """One sentence on the explanation: requested, received, refused or absent (with the act)."""
        ex = self.data.procedure.explanation
        if ex is None:
            return self.c["expl_none"]
        values = {
            "requested": fmt_date(ex.requested_on),
            "due": fmt_date(ex.due_on),
            "received": fmt_opt(ex.received_on),
            "act": fmt_opt(ex.act_on),
        }
        key = {
            ExplanationOutcome.PENDING: "expl_pending",
            ExplanationOutcome.RECEIVED: "expl_received",
            ExplanationOutcome.REFUSED: "expl_refused",
            ExplanationOutcome.ABSENT: "expl_absent",
        }[ex.outcome]
        return self.c[key].format(**values)


def table_of(
    rows: Sequence[Sequence[object]], widths: Sequence[float], style: TableStyle, st: Styles
) -> Table:
    """A table in the document's font: a table starts in Helvetica, which would be referenced
    (not embedded, no Cyrillic) in the PDF although every cell holds our own paragraphs."""
    table = Table(rows, colWidths=list(widths))
    table.setStyle(style)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.cell.fontName)]))
    return table


def requisites(part: Part, doc_type: str, subtitle: str, heading: str) -> list[Flowable]:
    """Body, document type, date and number, place and heading: the head of an official form."""
    st, c, data = part.st, part.c, part.data
    story: list[Flowable] = []
    if part.body_name():
        story.append(p(part.body_name(), st.body_name))
    story.append(p(doc_type, st.doc_type))
    if subtitle:
        story.append(p(subtitle, st.subtitle))
    number = c["number"].format(number=data.stamp.number)
    day = fmt_date(data.stamp.issued_on)
    if len(number) > LONG_CELL:
        story += [p(day, st.plain), p(number, st.plain)]
    else:
        row = [[p(day, st.cell), p(number, st.cell_right)]]
        story.append(table_of(row, [FRAME_WIDTH / 2] * 2, _TIGHT, st))
    story.append(p(data.place or c["place_blank"], st.place))
    if heading:
        story.append(p(heading, st.heading))
    return story


_TIGHT = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
)


def signatures(
    part: Part, rows: Sequence[tuple[str, str]], blank: str = NAME_BLANK
) -> list[Flowable]:
    """Signature rows: "left ______ right" with "(подпись)" under the line.

    Left is a role (or a signer's name), right a name (or a date); an empty right gets `blank`
    to fill in by hand. Text too long for a table cell (which cannot split across pages) is
    printed as plain lines instead.
    """
    st, c = part.st, part.c
    if not rows:
        return []
    if any(len(left) + len(right) > LONG_CELL for left, right in rows):
        out: list[Flowable] = [Spacer(1, 8)]
        for left, right in rows:
            out.append(p(f"{left}    {SIGN_LINE} {c['sign']}    {right or blank}", st.signature))
        return out
    caption = f"{SIGN_LINE}<br/><font size=9>{text(c['sign'])}</font>"
    cells = [
        [p(left, st.cell), Paragraph(caption, st.cell_centre), p(right or blank, st.cell)]
        for left, right in rows
    ]
    table = table_of(cells, [FRAME_WIDTH * w for w in SIGNATURE_COLUMNS], _SIGNATURES, st)
    return [Spacer(1, 8), KeepTogether([table])]


_SIGNATURES = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (2, 0), (2, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
)


def witnesses(part: Part, names: str, blanks: int) -> list[Flowable]:
    """Signature rows of an act's witnesses (one per line of `names`), or `blanks` empty rows."""
    people = [x.strip() for x in names.splitlines() if x.strip()]
    rows = [(name, "") for name in people] or [(NAME_BLANK, "")] * blanks
    return signatures(part, rows, blank="")


def executor_mark(part: Part) -> list[Flowable]:
    """The executor mark at the end of the text: who prepared the document."""
    if not part.data.executor.strip():
        return []
    return [Spacer(1, 10), p(part.c["executor"].format(executor=part.data.executor), part.st.note)]


def signature_rows(part: Part, *, members: bool = True) -> list[tuple[str, str]]:
    """The chair, (the members present) and the secretary, by real name where the record has one.

    From the hearing when there is one (only those present and not recused sign), else from the
    composition in force, else blank lines to fill in by hand.
    """
    c = part.c
    people: list[tuple[MemberRole, str]]
    hearing = part.data.hearing
    if hearing is not None:
        people = [(m.role, m.full_name) for m in hearing.members if m.present and not m.recused]
    elif part.data.composition is not None:
        people = [(m.role, m.full_name) for m in part.data.composition.members]
    else:
        blank = [(c["chair"], "")]
        if members:
            blank += [(c["member"], "")] * 3
        return [*blank, (c["secretary"], "")]
    rows = [(c["chair"], n) for r, n in people if r is MemberRole.CHAIR]
    if members:
        rows += [(c["member"], n) for r, n in people if r is MemberRole.MEMBER]
    rows += [(c["secretary"], n) for r, n in people if r is MemberRole.SECRETARY]
    return rows
