"""The attachments tab: the page files are dropped on (DropArea), the in-memory image viewer,
and a mixin of IncidentEditor for listing, adding, viewing and exporting attachments with
their chain of custody. IncidentEditor builds the tab's widgets; the strings here keep the
window's translation context ("IncidentEditor")."""

from __future__ import annotations

from functools import partial

from ui.incident_editor import work
from ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QFont,
    QFontDatabase,
    QImage,
    QLabel,
    QMessageBox,
    QPixmap,
    QScrollArea,
    QSize,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill


class DropArea(QWidget):
    """The attachments page: local files dropped on it are offered to the store."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    @staticmethod
    def _paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        return [u.toLocalFile() for u in urls] if all(u.isLocalFile() for u in urls) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self.isEnabled() and self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class ImageViewer(QDialog):
    """Shows an image decoded in memory: nothing is written to disk."""

    def __init__(self, filename: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(filename)
        self.image_label = QLabel(self)
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self.image_label.setAccessibleName(filename)
        area = QScrollArea(self)
        area.setAccessibleName(filename)  # the arrow keys scroll the image here
        area.setWidget(self.image_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(QSize(min(image.width() + 60, 900), min(image.height() + 100, 700)))


def _cannot_show(filename: str) -> str:
    return fill(
        QCoreApplication.translate(
            "IncidentEditor",
            "{filename} cannot be shown inside Upfront without writing it to disk; use Export.",
        ),
        filename=filename,
    )


class AttachmentsMixin:
    """Listing, adding, viewing and exporting attachments, with their chain of custody."""

    def refresh_attachments(self) -> None:
        if self.incident_id is None:
            return
        self._attachments_asked += 1
        asked = self._attachments_asked
        run_in_background(
            partial(work.attachments, self.store, self.incident_id),
            partial(self._show_attachments, asked=asked),
            self._failed,
            parent=self,
        )

    def _show_attachments(self, rows: list[dict], asked: int) -> None:
        if asked != self._attachments_asked:
            return  # an older list, overtaken by files being added: a newer one is on its way
        selected = self.selected_attachment()
        self.attachment_rows = rows
        table = self.attachment_table
        table.setRowCount(0)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for meta in rows:
            row = table.rowCount()
            table.insertRow(row)
            cells = [
                meta["filename"],
                meta["media_type"],
                str(meta["size"]),
                meta["sha256"],
                meta["captured_by"],
                str(meta["captured_at"]),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setFont(QFont(mono))
                table.setItem(row, column, item)
        self.attachment_note.setText(
            QCoreApplication.translate(
                "IncidentEditor",
                "Add files with Add… or drop them here. They are kept inside the encrypted store.",
            )
        )
        if rows:
            ids = [r["id"] for r in rows]
            table.selectRow(
                ids.index(selected["id"]) if selected and selected["id"] in ids else len(rows) - 1
            )
        self.attachments_loaded.emit()

    def selected_attachment(self) -> dict | None:
        rows = self.attachment_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.attachment_rows):
            return None
        return self.attachment_rows[rows[0].row()]

    def choose_attachments(self) -> None:
        if self.incident_id is None:
            self._say(
                QCoreApplication.translate(
                    "IncidentEditor", "Save the incident before adding attachments."
                )
            )
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("IncidentEditor", "Add attachments")
        )
        if paths:
            self.add_attachment_files(paths)

    def add_attachment_files(self, paths: list[str]) -> None:
        if self.incident_id is None or not paths:
            return
        self._attachments_asked += 1  # a list asked for before these files is out of date
        run_in_background(
            partial(work.add_files, self.store, self.incident_id, list(paths)),
            lambda _metas: self.refresh_attachments(),
            self._failed,
            parent=self,
        )

    def refresh_custody(self) -> None:
        meta = self.selected_attachment()
        if meta is None:
            self.custody_table.setRowCount(0)
            return
        run_in_background(
            partial(work.custody, self.store, meta["id"]),
            self._show_custody,
            self._failed,
            parent=self,
        )

    def _show_custody(self, events: list[dict]) -> None:
        table = self.custody_table
        table.setRowCount(0)
        for event in events:
            row = table.rowCount()
            table.insertRow(row)
            for column, key in enumerate(("at", "actor", "action", "detail")):
                table.setItem(row, column, QTableWidgetItem(str(event[key] or "")))
        self.custody_loaded.emit()

    def view_attachment(self) -> None:
        """Images are decoded in memory and shown; anything else would need a file on disk,
        which would leave record content outside the encrypted store, so it is refused."""
        meta = self.selected_attachment()
        if meta is None:
            return
        if not str(meta["media_type"]).startswith("image/"):
            self.attachment_note.setText(_cannot_show(meta["filename"]))
            return
        run_in_background(
            partial(work.read, self.store, meta["id"]), self._show_image, self._failed, parent=self
        )

    def _show_image(self, outcome: tuple[dict, bytes]) -> None:
        meta, content = outcome
        image = QImage.fromData(content)
        self.refresh_custody()
        if image.isNull():
            self.attachment_note.setText(_cannot_show(meta["filename"]))
            return
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
        self.viewer = ImageViewer(meta["filename"], image, self)
        self.viewer.open()

    def export_attachment(self) -> None:
        """A copy without metadata (app.metadata): what leaves the device by default."""
        self._export_attachment(original=False)

    def export_original_attachment(self) -> None:
        """The original, metadata and all, for an evidence handover; asked first."""
        if self.selected_attachment() is not None and self.confirm_original():
            self._export_attachment(original=True)

    def confirm_original(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("IncidentEditor", "Export original"),
            QCoreApplication.translate(
                "IncidentEditor",
                "The original keeps its metadata: it may hold the place (GPS position), the "
                "time and the device it was made with. Export the original only for an "
                "evidence handover; the chain of custody records it.",
            ),
            parent=self,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def _export_attachment(self, *, original: bool) -> None:
        meta = self.selected_attachment()
        if meta is None:
            return
        out, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("IncidentEditor", "Export attachment"),
            meta["filename"],
        )
        if not out:
            return
        run_in_background(
            partial(work.export, self.store, meta["id"], out, original),
            self._exported,
            self._failed,
            parent=self,
        )

    def _exported(self, exported: dict) -> None:
        if exported["exported"] == "original":
            text = QCoreApplication.translate(
                "IncidentEditor", "{filename} was exported as the original, with its metadata."
            )
        else:
            text = QCoreApplication.translate(
                "IncidentEditor",
                "{filename} was exported without its metadata (place, time, device); the "
                "original "
                "stays unchanged in the store.",
            )
        self.attachment_note.setText(fill(text, filename=exported["filename"]))
        self.refresh_custody()
        self.attachment_exported.emit(exported)
