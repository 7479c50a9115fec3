"""A PDF document on screen page by page, zoomed, and sent to a printer from there."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.pdf_pages import POINTS_PER_INCH, PdfPages

SCREEN_DPI = 96.0  # the zoom's 100 %: a page as large as the paper on a typical monitor
MAX_PRINT_DPI = 300.0  # enough for 14 pt text; a 1200 dpi raster of A4 would take 140 MB
FIT_WIDTH = 0  # the zoom box's "fit width" entry
_ZOOMS = (50, 75, 100, 125, 150, 200)


class PreviewDialog(QDialog):
    """Shows a PDF's pages with Previous/Next and a zoom; Print… paints them onto a printer.

    `draft` marks a preview rendered with a draft stamp: nothing of it is registered, so the
    dialog says so and offers no printing (a draft must not reach paper as if it were issued).
    """

    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        pages: PdfPages,
        title: str,
        draft: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pages = pages
        self.draft = draft
        self.current = 0
        self.image = QImage()
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.setWindowTitle(title)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_button.clicked.connect(lambda: self.show_page(self.current - 1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_button.clicked.connect(lambda: self.show_page(self.current + 1))
        self.page_label = QLabel()
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        for percent in _ZOOMS:
            self.zoom.addItem(f"{percent} %", percent)
        self.zoom.setCurrentIndex(0)
        self.zoom.currentIndexChanged.connect(lambda _i: self._render())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setVisible(not draft)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Zoom:")))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.print_button)

        self.draft_label = QLabel(
            self.tr(
                "Draft: this preview is not registered and carries no number. Use Save as PDF "
                "or Print to issue the document."
            )
        )
        self.draft_label.setWordWrap(True)
        self.draft_label.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.draft_label.setVisible(draft)

        self.canvas = QLabel()
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.canvas.setStyleSheet("background: #8a8f96;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.draft_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(1000, screen.height() - 60))
        self.show_page(0)

    # -- on screen --------------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.pages)

    def show_page(self, index: int) -> None:
        count = self.page_count()
        if count == 0:
            self.page_label.setText(self.tr("No pages"))
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.current = max(0, min(index, count - 1))
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(count))
        )
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < count - 1)
        self._render()

    def zoom_dpi(self) -> float:
        """The resolution the current page is drawn at, in logical pixels per inch."""
        percent = int(self.zoom.currentData())
        if percent != FIT_WIDTH:
            return SCREEN_DPI * percent / 100
        width_pt = self.pages.page_size(self.current).width() if self.page_count() else 595.0
        # The viewport's width less a margin, so no horizontal scroll bar appears.
        available = max(200, self.scroll_area.viewport().width() - 24)
        return available / width_pt * POINTS_PER_INCH

    def _render(self) -> None:
        if self.page_count() == 0:
            return
        ratio = self.devicePixelRatioF()
        self.image = self.pages.render(self.current, self.zoom_dpi() * ratio)
        pixmap = QPixmap.fromImage(self.image)
        pixmap.setDevicePixelRatio(ratio)
        self.canvas.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if int(self.zoom.currentData()) == FIT_WIDTH:
            self._render()

    # -- on paper ---------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set to the document's paper (A4 for every Tartip document), portrait."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.page_count():
            size = self.pages.page_size(0)
            printer.setPageSize(
                QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
            )
            portrait = size.height() >= size.width()
            printer.setPageOrientation(
                QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
            )
        # The document brings its own margins: paint on the whole sheet.
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())
        return printer

    def print_document(self) -> QPrintDialog | None:
        """The system's print dialog; the pages are painted when it is accepted."""
        if self.draft or self.page_count() == 0:
            return None
        if self.printer is None:
            self.printer = self.make_printer()
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.accepted.connect(lambda: self.print_to(dialog.printer()))
        self.print_dialog = dialog
        # PySide exposes only QPrintDialog.open(receiver, member): modal to the preview by hand.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page (or the range chosen in the dialog) onto `printer`; returns the count.

        Each page is rasterised at the printer's resolution (at most MAX_PRINT_DPI) and scaled
        onto the sheet keeping its proportions.
        """
        first, last = 0, self.page_count() - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(last, max(first, printer.toPage() - 1))
        if last < first:
            return 0
        dpi = min(float(printer.resolution()), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for index in range(first, last + 1):
                if printed:
                    printer.newPage()
                sheet = printer.pageLayout().fullRectPixels(printer.resolution())
                image = self.pages.render(index, dpi)
                painter.drawImage(_fitted(image, sheet), image)
                printed += 1
        finally:
            painter.end()
        self.printed.emit(printed)
        return printed


def _fitted(image: QImage, sheet: QRect) -> QRectF:
    """The largest rectangle of the image's proportions centred on the sheet."""
    size = QSizeF(image.size())
    size.scale(QSizeF(sheet.size()), Qt.AspectRatioMode.KeepAspectRatio)
    left = (sheet.width() - size.width()) / 2
    top = (sheet.height() - size.height()) / 2
    return QRectF(left, top, size.width(), size.height())
