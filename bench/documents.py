"""Times printing commission decisions and prints one JSON line.

    .venv/bin/python bench/documents.py [--n 1000] [--lang ru|kk|both] [--profile]

- one decision (the hand-built record of tests/reports/docdata.py): median of 5 builds, in ms;
- a batch of N decisions, each with its own number, code and QR (so no cache helps), written to
  files in a temporary folder as the batch print does: total seconds and ms per document;
- in the same run, a plain reportlab document of the same size (the decision's own text read back,
  in the same font and size, as plain paragraphs repeated to the same page count): ms per
  document, so the cost of the official layout, tables and QR code shows beside bare reportlab.
`--profile` prints where the batch's time goes (cProfile, top 15) to stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdf  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from domain.document_data import DocumentData  # noqa: E402
from reports.documents import PdfRenderer  # noqa: E402
from reports.fonts import FontFamily  # noqa: E402
from reports.layout import BODY_SIZE  # noqa: E402
from reports.readback import flat  # noqa: E402
from tests.reports.docdata import document_data, stamp  # noqa: E402

RUNS = 5
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def code_of(i: int) -> str:
    """A distinct short code per document, in the printed shape XXXX-XXXX-XXXX."""
    chars = [ALPHABET[(i * 7919 + k * 104729) % len(ALPHABET)] for k in range(12)]
    return "-".join("".join(chars[j : j + 4]) for j in (0, 4, 8))


def batch_data(base: DocumentData, n: int) -> list[DocumentData]:
    out = []
    for i in range(n):
        case = replace(base.case, number=f"ДК-2026/{i + 1}")
        out.append(replace(base, case=case, stamp=stamp(i + 1, code_of(i), str(i + 1))))
    return out


def plain_story(text: str, family: FontFamily, pages: int) -> list[str]:
    """The decision's text as plain paragraphs of ~60 words, repeated or cut until a plain
    document of them has the decision's page count (the official layout spaces text out)."""
    words = text.split(" ")
    chunks = [" ".join(words[i : i + 60]) for i in range(0, len(words), 60)]
    story = list(chunks)
    while plain_document(story, family)[1] < pages:
        story.append(chunks[len(story) % len(chunks)])
    while len(story) > 1 and plain_document(story[:-1], family)[1] >= pages:
        story.pop()
    return story


def plain_document(story: list[str], family: FontFamily) -> tuple[float, int, bytes]:
    """Plain paragraphs in the decision's font and size; returns (ms, pages, bytes)."""
    style = ParagraphStyle(
        "plain", fontName=family.regular, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2
    )
    buf = io.BytesIO()
    start = time.perf_counter()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    doc.build([Paragraph(c, style) for c in story])
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, int(doc.page), buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--lang", default="ru", choices=["ru", "kk", "both"])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    renderer = PdfRenderer()
    base = document_data()
    start = time.perf_counter()
    first = io.BytesIO()
    pages = renderer.render(base, args.lang, first)  # registers the fonts: not timed below
    first_ms = (time.perf_counter() - start) * 1000
    one = []
    for _ in range(RUNS):
        start = time.perf_counter()
        renderer.render(base, args.lang, io.BytesIO())
        one.append((time.perf_counter() - start) * 1000)

    docs = batch_data(base, args.n)
    profiler = cProfile.Profile() if args.profile else None
    with tempfile.TemporaryDirectory() as folder:
        if profiler:
            profiler.enable()
        start = time.perf_counter()
        for i, data in enumerate(docs):
            renderer.render(data, args.lang, Path(folder) / f"{i}.pdf")
        batch_s = time.perf_counter() - start
        if profiler:
            profiler.disable()

    text = " ".join(
        flat(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(first.getvalue())).pages
    )
    family = renderer.family()
    story = plain_story(text, family, pages)
    _ms, plain_pages, plain_pdf = plain_document(story, family)
    plain = [plain_document(story, family)[0] for _ in range(args.n)]

    per_doc = batch_s * 1000 / args.n
    plain_ms = sum(plain) / len(plain)
    print(
        json.dumps(
            {
                "lang": args.lang,
                "decision_pages": pages,
                "decision_bytes": len(first.getvalue()),
                "first_decision_ms": round(first_ms, 1),
                "one_decision_ms": round(statistics.median(one), 1),
                "batch_n": args.n,
                "batch_total_s": round(batch_s, 2),
                "batch_per_doc_ms": round(per_doc, 1),
                "plain_pages": plain_pages,
                "plain_bytes": len(plain_pdf),
                "plain_per_doc_ms": round(plain_ms, 1),
                "overhead_ratio": round(per_doc / plain_ms, 2),
            }
        )
    )
    if profiler:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(15)


if __name__ == "__main__":
    main()
