"""PDF pages rasterised into QImages with pdfium (QtPdf is not part of PySide6-Essentials)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0


class PdfPages:
    """One PDF held in memory as bytes; pages are rendered on demand, at any resolution.

    The bytes are kept rather than the file: the file may be a temporary one, and on Windows an
    open file could not be deleted or overwritten while the preview shows it. pdfium's document
    is opened for each render and closed at once, so no native handle outlives a dialog (a
    render parses a few pages in milliseconds). pdfium is used from the GUI thread only.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        with self._open() as doc:
            self._sizes = [QSizeF(*doc[i].get_size()) for i in range(len(doc))]

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> PdfPages:
        return cls(Path(path).read_bytes())

    def _open(self) -> _Document:
        try:
            return _Document(pdfium.PdfDocument(self._data))
        except pdfium.PdfiumError as exc:
            raise ValueError(f"not a readable PDF: {exc}") from exc

    @property
    def data(self) -> bytes:
        return self._data

    def __len__(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return QSizeF(self._sizes[index])

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` as an opaque RGB image at `dpi` dots per inch (white paper)."""
        with self._open() as doc:
            bitmap = doc[index].render(
                scale=dpi / POINTS_PER_INCH,
                fill_color=(255, 255, 255, 255),
                force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                rev_byteorder=True,
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            # The bitmap's buffer dies with it: the image must own a copy.
            owned = image.copy()
        dots_per_metre = round(dpi / 0.0254)
        owned.setDotsPerMeterX(dots_per_metre)
        owned.setDotsPerMeterY(dots_per_metre)
        return owned


class _Document:
    """A pdfium document closed on leaving the `with` block."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc

    def __enter__(self) -> Any:
        return self.doc

    def __exit__(self, *exc: object) -> None:
        self.doc.close()
