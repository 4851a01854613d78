"""The incident form's state, a mixin of IncidentEditor: changes tracked into the undo stack,
the form as the JSON document (and back), and validation as the person types, shown next to
the field. Its strings keep the window's translation context ("IncidentEditor")."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from app.errors import BadInput
from app.vocab import vocabularies
from ui.incident_editor.fields import (
    ViolationChoice,
    accessors,
    field_path,
    json_value,
    number,
    set_json_value,
)
from ui.incident_editor.rows import Row, RowList
from ui.incident_editor.undo import FieldCommand, RowCommand
from ui.palette import ERROR_TEXT, HINT_TEXT
from ui.qt import (
    QCoreApplication,
    QLabel,
    QPushButton,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
    QWidget,
)
from ui.text import fill


@dataclass
class _Binding:
    get: Callable[[], Any]
    path: Callable[[], tuple]
    last: Any


class FormMixin:
    """Tracking changes and undo, the document, validation (IncidentEditor builds the inputs)."""

    read_only: str | None  # the audience of HQ's view shown (IncidentEditor.set_read_only)
    incident_id: str | None  # None for a record not saved yet (IncidentEditor)
    _restored: bool  # the form holds a draft restored from the store (IncidentEditor)
    save_button: QPushButton
    undo_stack: QUndoStack
    review_note: QLabel

    def show_review(self, status: object, review: object) -> None:
        """Say where the record stands in review: returned (who, when, the comment: what to
        do), waiting (who submitted it, to whom it is assigned), or approved by its author
        alone. Nothing for a record outside review."""
        r = review if isinstance(review, dict) else {}
        translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
        when = str(r.get("at") or "")[:10]
        if status == "draft" and r.get("outcome") == "returned":
            text = translate(
                "IncidentEditor", "Returned by {by} on {date}: {comment} Submit it again when done."
            )
            text = fill(text, by=r.get("by") or "?", date=when, comment=r.get("comment") or "")
        elif status == "submitted":
            who = r.get("assignee")
            text = (
                fill(translate("IncidentEditor", "Waiting for review by {user}."), user=who)
                if who
                else translate("IncidentEditor", "Waiting for review by any reviewer of the team.")
            )
        elif status == "reviewed" and r.get("outcome") == "approved" and r.get("single_user"):
            text = fill(
                translate(
                    "IncidentEditor", "Approved on {date} by its author alone (single-user office)."
                ),
                date=when,
            )
        else:
            text = ""
        self.review_note.setText(text)
        self.review_note.setVisible(bool(text))
        # a record becomes reviewed when a reviewer approves it (the review queue), never by
        # choosing the status here: offered only to a record that already is
        combo = getattr(self, "status_combo", None)  # IncidentEditor's
        model = combo.model() if combo is not None else None
        at = combo.findData("reviewed") if combo is not None else -1
        if isinstance(model, QStandardItemModel) and at >= 0:
            model.item(at).setEnabled(status == "reviewed")
        self.review_note.setStyleSheet(f"color: {HINT_TEXT};" if status != "draft" else "")

    # ---- tracking changes and undo -------------------------------------------------------------
    @contextlib.contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes made by the program (loading, undo, redo): no new undo commands."""
        before = self._applying
        self._applying = True
        try:
            yield
        finally:
            self._applying = before

    def track(self, widget: QWidget, row: Row | None = None) -> None:
        get, _set, signal = accessors(widget)
        if row is None:
            key = next(k for k, w in self.fields.items() if w is widget)

            def path() -> tuple:
                return (key,)
        else:
            key = next(k for k, w in row.fields.items() if w is widget)

            def path() -> tuple:
                return (*row.path(), key)

        binding = _Binding(get, path, get())
        signal.connect(lambda *_args: self._field_changed(binding))
        for target in [widget, *widget.findChildren(QWidget)]:
            target.installEventFilter(self._undo_keys)

    def _field_changed(self, binding: _Binding) -> None:
        new = binding.get()
        if new == binding.last:
            return
        old, binding.last = binding.last, new
        if self._loading or self._applying:
            return  # the program's own change; apply() and list_changed() report theirs
        self.undo_stack.push(FieldCommand(self, binding.path(), old, new))
        self._changed()

    def list_changed(self, _rows: RowList) -> None:
        if not self._loading:
            self._changed()

    def _changed(self) -> None:
        self._refresh_violation_choices()
        self._update_location_hint()
        self._update_summary_state()
        self._changed_since_draft = True
        self.validate_timer.start()
        self._update_title()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def apply(self, path: tuple, value: Any) -> None:
        widget = self.widget_at(path)
        with self.quietly():
            accessors(widget)[1](value)
        self._changed()

    def widget_at(self, path: tuple) -> QWidget:
        """The input, row or list at `path`; as deep as the path leads."""
        node: QWidget | None = self.fields.get(path[0]) or self.lists.get(path[0])
        if node is None:
            raise KeyError(path)
        i = 1
        while isinstance(node, RowList) and i < len(path):
            index = path[i]
            if not isinstance(index, int) or index >= len(node.rows):
                return node
            row = node.rows[index]
            if i + 1 >= len(path):
                return row
            key = path[i + 1]
            child = row.fields.get(key) or row.lists.get(key)
            if child is None:
                return row
            node = child
            i += 2
        return node

    def remove_violation(self, index: int) -> None:
        """Remove violation `index` in one undo step; involvements name violations by number,
        so those naming it go and those naming a later one move down with it."""
        self.undo_stack.beginMacro(QCoreApplication.translate("IncidentEditor", "Remove violation"))
        try:
            for perp in self.perpetrators_list.rows:
                links = perp.lists["involvement"]
                for j in reversed(range(len(links.rows))):
                    link = links.rows[j]
                    at = json_value(link.fields["violation"])
                    if at == index:
                        self.push(RowCommand(self, links.path(), j, link.values(), adding=False))
                    elif isinstance(at, int) and at > index:
                        command = FieldCommand(self, (*link.path(), "violation"), at, at - 1)
                        command.first = False  # nothing shows it yet: redo applies it
                        self.push(command)
            data = self.violations_list.rows[index].values()
            self.push(RowCommand(self, ("violations",), index, data, adding=False))
        finally:
            self.undo_stack.endMacro()

    def list_at(self, path: tuple) -> RowList:
        node = self.widget_at(path)
        assert isinstance(node, RowList)
        return node

    def _violation_labels(self) -> list[str]:
        violations = self.lists.get("violations")
        if violations is None:
            return []
        no_type = QCoreApplication.translate("IncidentEditor", "(no type)")
        return [row.fields["type"].currentText() or no_type for row in violations.rows]

    def _refresh_violation_choices(self) -> None:
        """Involvements name violations by number: keep their choices in step."""
        perpetrators = self.lists.get("perpetrators")
        if perpetrators is None:
            return
        labels = self._violation_labels()
        for perp in perpetrators.rows:
            for link in perp.lists["involvement"].rows:
                choice = link.fields.get("violation")
                if isinstance(choice, ViolationChoice):
                    choice.set_choices(labels)

    def _country_changed(self) -> None:
        code = self.country_combo.code()
        if code and vocabularies().has("country", code):
            self.admin1_combo.set_country(code)

    # ---- the document ------------------------------------------------------------------------
    def form_doc(self) -> dict:
        """The form as the JSON contract has it, plus `masked` markers (for drafts)."""
        f = self.fields
        location: dict[str, Any] = {}
        for key in (
            "country",
            "admin1",
            "admin1_pcode",
            "admin2",
            "admin2_pcode",
            "place",
            "precision",
            "sensitive",
            "not_in_gazetteer",
        ):
            location[key] = json_value(f[f"location.{key}"])
        location["lat"] = number(self.lat_edit.text())
        location["lon"] = number(self.lon_edit.text())
        doc: dict[str, Any] = {
            "title": json_value(f["title"]),
            "occurred_from": self.from_edit.value(),
            "occurred_to": self.to_edit.value(),
            "date_precision": self.from_edit.precision(),
            "date_reported": self.reported_edit.value(),
            "location": location,
            "narrative": self.narrative_edit.toPlainText(),
            "public_summary": self.summary_edit.toPlainText().strip() or None,
            "confidentiality": json_value(f["confidentiality"]),
            "status": json_value(f["status"]),
            "violations": self.violations_list.values(),
            "victims": self.victims_list.values(),
            "perpetrators": self.perpetrators_list.values(),
            "sources": self.sources_list.values(),
            "verification": {
                k: json_value(f[f"verification.{k}"])
                for k in ("status", "credibility", "reviewer", "date")
            },
        }
        if self.revision is not None:
            doc["revision"] = self.revision
        return doc

    @staticmethod
    def save_doc(form: dict) -> tuple[dict, set[str]]:
        """(document to store, ids of persons whose stored name must be kept)."""
        doc = copy.deepcopy(form)
        keep = set()
        for role in ("victims", "sources"):
            for person in doc.get(role) or []:
                if person.pop("masked", False) and person.get("id"):
                    keep.add(person["id"])
        return doc, keep

    def load_doc(self, doc: dict) -> None:
        """Fill the form (a masked record from the store, or a draft); clears undo."""
        self._loading = True
        try:
            with self.quietly():
                location = doc.get("location") or {}
                self.title_edit.setText(doc.get("title") or "")
                if doc.get("occurred_from"):
                    self.from_edit.set_value(doc["occurred_from"], doc.get("date_precision"))
                self.to_edit.set_value(doc.get("occurred_to"))
                self.reported_edit.set_value(doc.get("date_reported"))
                self.country_combo.set_code(location.get("country"))
                self._country_changed()
                # the unit by its key (P-code, else ISO code); a place kept as typed, by its text
                self.admin1_combo.set_code(
                    location.get("admin1_pcode")
                    or location.get("admin1_code")
                    or location.get("admin1")
                )
                for key in (
                    "admin1_pcode",
                    "admin2",
                    "admin2_pcode",
                    "place",
                    "precision",
                    "not_in_gazetteer",
                ):
                    set_json_value(self.fields[f"location.{key}"], location.get(key))
                for key, edit in (("lat", self.lat_edit), ("lon", self.lon_edit)):
                    value = location.get(key)
                    edit.setText("" if value is None else str(value))
                self.narrative_edit.setPlainText(doc.get("narrative") or "")
                self.sensitive_check.setChecked(bool(location.get("sensitive")))
                summary = doc.get("public_summary")
                # a draft holds the typed text only; the stored record says who cleared it
                self._summary = summary if isinstance(summary, dict) else {}
                self.summary_edit.setPlainText(
                    (summary.get("text") if isinstance(summary, dict) else summary) or ""
                )
                self.confidentiality_combo.set_code(doc.get("confidentiality") or "internal")
                self.status_combo.set_code(doc.get("status") or "draft")
                self.show_review(doc.get("status"), doc.get("review"))
                verification = doc.get("verification") or {}
                for key in ("credibility", "reviewer", "date"):
                    set_json_value(self.fields[f"verification.{key}"], verification.get(key))
                self.fields["verification.status"].set_code(
                    verification.get("status") or "unverified"
                )
                for key, rows in self.lists.items():
                    rows.set_rows(doc.get(key) or [])
        finally:
            self._loading = False
        self._refresh_violation_choices()
        self._update_location_hint()
        self._update_summary_state()
        self.revision = doc.get("revision")
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.validate_now()

    # ---- validation --------------------------------------------------------------------------
    def validate_now(self) -> BadInput | None:
        self.validate_timer.stop()
        doc, _keep = self.save_doc(self.form_doc())
        try:
            self.validator.rows(doc)
        except BadInput as err:
            self.show_error(err)
        else:
            self.show_error(None)
        return self.error

    def is_valid(self) -> bool:
        return self.error is None

    def show_error(self, err: BadInput | None) -> None:
        """Show `err` next to its field (or under its tab); clear the previous one."""
        self.error = err
        for widget in self._marked:
            self._mark(widget, False)
        self._marked = []
        # a new record nothing was typed into yet lacks what it lacks: said as a hint, in
        # grey, not as an error in red (the Save button says the same in its tooltip)
        quiet = (
            err is not None
            and self.incident_id is None
            and not self._restored
            and self.undo_stack.isClean()
        )
        style = f"color: {HINT_TEXT};" if quiet else f"color: {ERROR_TEXT};"
        for label in [*self.error_labels.values(), *self.tab_errors]:
            label.hide()
            label.setStyleSheet(style)
        for i, title in enumerate(self._tab_titles):
            self.tabs.setTabText(i, title)
            self.tabs.setTabToolTip(i, "")
        self._update_save()
        if err is None:
            self.save_button.setToolTip("")
            return
        path = field_path(err.field)
        tab = self._field_tab.get(path[0] if path else "", 0)
        if path and path[0] in self.error_labels:
            widget = self.fields[path[0]]
            label = self.error_labels[path[0]]
            label.setText(err.reason)
            label.show()
            if not quiet:
                self._mark(widget, True)
            message = err.reason
        else:
            widget = None
            with contextlib.suppress(KeyError):
                widget = self.widget_at(path) if path else None
            where = self._describe(path)
            message = f"{where}: {err.reason}" if where else f"{err.field}: {err.reason}"
            self.tab_errors[tab].setText(message)
            self.tab_errors[tab].show()
            if widget is not None and not quiet:
                self._mark(widget, True)
                row = widget if isinstance(widget, Row) else self._row_of(widget)
                if row is not None and row is not widget:
                    self._mark(row, True)
        self.save_button.setToolTip(message)
        if not quiet:
            self.tabs.setTabText(tab, "\u26a0 " + self._tab_titles[tab])
            self.tabs.setTabToolTip(tab, message)

    def _describe(self, path: tuple) -> str:
        """ "Violation 1 ▸ type" for a path into a list."""
        parts: list[str] = []
        with contextlib.suppress(KeyError):
            node: Any = self.fields.get(path[0]) or self.lists.get(path[0])
            i = 1
            while isinstance(node, RowList) and i < len(path):
                index = path[i]
                if not isinstance(index, int) or index >= len(node.rows):
                    break
                parts.append(node.heading(index))
                if i + 1 < len(path):
                    key = path[i + 1]
                    row = node.rows[index]
                    node = row.lists.get(key)
                    if node is None:
                        label = row.fields.get(key)
                        parts.append(label.accessibleName() if label is not None else key)
                    elif i + 2 >= len(path):
                        parts.append(node.accessibleName())
                i += 2
        return " \u25b8 ".join(parts)

    @staticmethod
    def _row_of(widget: QWidget) -> Row | None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, Row):
            parent = parent.parentWidget()
        return parent

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        if invalid:
            self._marked.append(widget)
            widget.setAccessibleDescription(self.error.reason if self.error else "")
        else:
            widget.setAccessibleDescription("")
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def error_text(self, key: str) -> str:
        """The message shown next to the input `key` ("" when none): for tests and a11y."""
        label = self.error_labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def _update_save(self) -> None:
        ready = (
            self.tabs.isEnabled()
            and not self._saving
            and self.error is None
            and self.read_only is None
        )
        self.save_action.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def is_modified(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()
        self._update_summary_state()
