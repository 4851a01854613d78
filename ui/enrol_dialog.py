"""Sync ▸ Enrol with HQ…: HQ's address, the single-use token and the fingerprint of HQ's
certificate authority (CA) as HQ gave them, and this computer's name for HQ.

The fingerprint the address actually serves is shown large, in groups of four, so the officer
can read it to HQ by phone before enrolling (and sees the one pinned after). Enrolment itself
checks it against the fingerprint typed: a different CA is refused and nothing is stored.

The dialog receives the enrolment service from the Sync page (sync.desktop.DesktopSync,
handed down by the composition root); it never imports the sync package. Refusals come back
as a `problem` code with the field concerned, and are worded here, in the person's language:
never a traceback, never a command to type.
"""

from __future__ import annotations

import logging
import socket
from typing import Any, Protocol
from urllib.parse import urlsplit

from ui.failures import failure_message_in
from ui.qt import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill
from ui.widgets import (
    Banner,
    BusyIndicator,
    Dialog,
    FieldMessage,
    buddy,
    field,
    form_layout,
    monospace,
    paragraph,
    scaled_font,
    title,
)

log = logging.getLogger(__name__)

LANE = "sync"  # the Sync page's worker: a slow link never holds up the store worker
HEX = frozenset("0123456789abcdefABCDEF")
NAME_MAX = 200  # what HQ keeps of a device's name


class EnrolService(Protocol):
    """What the dialog asks of the sync service (sync.desktop.DesktopSync). Both run on a
    worker; a refusal raises an exception with `problem`, `field` and `hq_fingerprint`
    (sync.desktop.EnrolRefused)."""

    def hq_fingerprint(self, url: str) -> str: ...
    def enroll(self, url: str, token: str, fingerprint: str, name: str = "") -> dict[str, Any]: ...


def hex_digits(text: str) -> str:
    """The hex digits of a fingerprint as typed (colons, spaces, dashes, any case), upper-case:
    what sync.pki.normalise_fingerprint reads of it."""
    return "".join(ch for ch in text if ch in HEX).upper()


def grouped(fingerprint: str, per_line: int = 4) -> str:
    """A fingerprint as groups of four hex digits, `per_line` groups a line: easy to read
    aloud and to compare group by group."""
    digits = hex_digits(fingerprint)
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    lines = [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


class EnrolDialog(Dialog):
    """Emits `enrolled` with HQ's answer once the device is enrolled."""

    enrolled = Signal(object)

    def __init__(self, service: EnrolService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.answer: dict[str, Any] | None = None
        self.shown_fingerprint: str | None = None
        self.setWindowTitle(self.tr("Enrol with HQ"))
        self.resize(620, 640)

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.token_edit = QLineEdit()
        self.token_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setFont(monospace(self.font()))
        self.fingerprint_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.name_edit = QLineEdit(socket.gethostname())
        self.name_edit.setMaxLength(NAME_MAX)
        for edit in (self.url_edit, self.token_edit, self.fingerprint_edit):
            # addresses, tokens and hex read left to right in every language
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.messages = {key: FieldMessage() for key in ("url", "token", "fingerprint", "name")}
        self.edits = {
            "url": self.url_edit,
            "token": self.token_edit,
            "fingerprint": self.fingerprint_edit,
            "name": self.name_edit,
        }
        self._hints = {
            "url": self.tr("The address HQ gave you, beginning with https://"),
            "token": self.tr("Used once: HQ gives each device its own."),
            "fingerprint": self.tr(
                "64 letters and digits (0–9, A–F), as HQ gave them: spaces or colons are fine."
            ),
            "name": self.tr("How HQ will call this computer."),
        }
        for key, message in self.messages.items():
            message.show_hint(self._hints[key])
        form = form_layout()
        form.addRow(
            buddy(self.tr("HQ &address"), self.url_edit), field(self.url_edit, self.messages["url"])
        )
        form.addRow(
            buddy(self.tr("&Token"), self.token_edit),
            field(self.token_edit, self.messages["token"]),
        )
        form.addRow(
            buddy(self.tr("CA &fingerprint"), self.fingerprint_edit),
            field(self.fingerprint_edit, self.messages["fingerprint"]),
        )
        form.addRow(
            buddy(self.tr("Device &name"), self.name_edit),
            field(self.name_edit, self.messages["name"]),
        )

        # HQ's fingerprint, large, for reading aloud
        self.fingerprint_heading = QLabel(self.tr("Fingerprint of HQ's CA at this address"))
        self.fingerprint_heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setFont(monospace(self.font(), 1.7))
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of HQ's CA"))
        self.fingerprint_note = paragraph("")
        self.show_button = QPushButton(self.tr("&Show HQ's fingerprint"))
        self.show_button.clicked.connect(self.show_hq_fingerprint)

        self.busy_indicator = BusyIndicator()
        self.banner = Banner()
        self.result_label = paragraph("")
        self.result_label.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.result_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.addButton(
            self.tr("&Enrol"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enrol_button.setDefault(True)
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Enrol this device with HQ")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Once enrolled, this device sends its records to HQ and receives those of "
                    "its team. Type what HQ gave you exactly."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.fingerprint_heading)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.fingerprint_note)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(self.banner)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.fingerprint_edit.textChanged.connect(lambda _text: self._compare())
        self.url_edit.textChanged.connect(lambda _text: self._forget_fingerprint())
        self._show_fingerprint(None)

    # ---- checks before anything is sent ------------------------------------------------------
    def _url_problem(self) -> str | None:
        text = self.url_edit.text().strip()
        if not text:
            return self.tr("HQ address: is empty. Type the address HQ gave you.")
        parts = urlsplit(text)
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            return self.tr("HQ address: the port after the colon is not a number.")
        if parts.scheme.lower() != "https" or not parts.hostname:
            return self.tr(
                "HQ address: must begin with https:// followed by HQ's name, as HQ gave it."
            )
        return None

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        url = self._url_problem()
        if url:
            problems["url"] = url
        if not self.token_edit.text().strip():
            problems["token"] = self.tr("Token: is empty. Type the token HQ gave you.")
        digits = len(hex_digits(self.fingerprint_edit.text()))
        if digits == 0:
            problems["fingerprint"] = self.tr(
                "CA fingerprint: is empty. Type the fingerprint HQ gave you."
            )
        elif digits != 64:
            problems["fingerprint"] = fill(
                self.tr(
                    "CA fingerprint: must have 64 letters and digits (0–9, A–F); "
                    "{count} typed. Check it against what HQ gave you."
                ),
                count=digits,
            )
        if not self.name_edit.text().strip():
            problems["name"] = self.tr("Device name: is empty. Type a name HQ will know it by.")
        return problems

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, message in self.messages.items():
            if key in problems:
                message.show_error(problems[key])
            else:
                message.show_hint(self._hints[key])
        first = next((key for key in self.edits if key in problems), None)
        if first is not None:
            self.edits[first].setFocus()

    # ---- working ------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for edit in self.edits.values():
            edit.setReadOnly(busy)
        self.enrol_button.setEnabled(not busy)
        self.show_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        if busy:
            self.banner.clear_message()
            self.busy_indicator.start(text)
        else:
            self.busy_indicator.stop()

    def show_hq_fingerprint(self) -> None:
        """Read the fingerprint of the CA the address serves (nothing else is sent)."""
        problem = self._url_problem()
        self._show_problems({"url": problem} if problem else {})
        if problem:
            return
        url = self.url_edit.text().strip()
        self._set_busy(True, self.tr("Asking HQ for its fingerprint…"))
        run_in_background(
            lambda: self.service.hq_fingerprint(url),
            self._fingerprint_read,
            self._refused,
            parent=self,
            lane=LANE,
        )

    def _fingerprint_read(self, fingerprint: str) -> None:
        self._set_busy(False)
        self._show_fingerprint(fingerprint)

    def enrol(self) -> None:
        """Check every field, then enrol on the worker."""
        if self.answer is not None:
            return
        problems = self._problems()
        self._show_problems(problems)
        if problems:
            self.banner.show_error(self.tr("Not enrolled: correct the fields marked above."))
            return
        url, token = self.url_edit.text().strip(), self.token_edit.text().strip()
        fingerprint, name = self.fingerprint_edit.text(), self.name_edit.text().strip()
        self._set_busy(True, self.tr("Enrolling with HQ…"))
        run_in_background(
            lambda: self.service.enroll(url, token, fingerprint, name),
            self._enrolled,
            self._refused,
            parent=self,
            lane=LANE,
        )

    def _enrolled(self, answer: dict[str, Any]) -> None:
        self._set_busy(False)
        self.answer = answer
        self._show_fingerprint(str(answer.get("ca_fingerprint") or ""), pinned=True)
        for edit in self.edits.values():
            edit.setReadOnly(True)
        self.token_edit.clear()  # spent: it will never work again
        self.enrol_button.hide()
        self.show_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setDefault(True)
        close.setFocus()
        scope = ", ".join(str(x) for x in answer.get("scope") or [])
        if answer.get("analyst"):
            text = self.tr(
                "Enrolled. HQ registered this device for an analyst ({entity}), for: "
                "{scope}. It reads records meant for: {audience}."
            )
        else:
            text = self.tr(
                "Enrolled. HQ registered this device for team {team} ({entity}). It reads "
                "records meant for: {audience}."
            )
        self.result_label.setText(
            fill(
                text,
                team=answer.get("team") or "",
                entity=answer.get("entity") or "",
                scope=scope,
                audience=answer.get("audience") or "",
            )
        )
        self.result_label.show()
        self.enrolled.emit(answer)

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        problem = getattr(exc, "problem", None)
        where = getattr(exc, "field", None)
        actual = getattr(exc, "hq_fingerprint", None)
        if problem is None:  # not a refusal: a bug, worded by failure_message (no traceback)
            log.error("enrolment failed: %s", type(exc).__name__)
            self.banner.show_error(failure_message_in(self.tr("Not enrolled."), exc))
            return
        log.info("enrolment refused: %s", problem)
        if problem == "sample":
            self.banner.show_error(
                self.tr(
                    "This is a sample store of fictitious records: it cannot enrol with HQ, "
                    "and nothing was sent. Open your real store to enrol this device."
                )
            )
            return
        if actual:
            self._show_fingerprint(str(actual))
        if problem in {"token-used", "token-expired"}:
            self.token_edit.clear()  # spent: typing it again cannot help
        message = self._refusal_text(problem, where)
        if where in self.messages:
            self._show_problems({str(where): message})
            self.banner.show_error(self.tr("Not enrolled: nothing was stored on this device."))
        else:
            self.banner.show_error(
                message + "\n" + self.tr("Not enrolled: nothing was stored on this device.")
            )

    def _refusal_text(self, problem: str, where: str | None) -> str:
        texts = {
            "fingerprint": self.tr(
                "CA fingerprint: HQ's CA at this address has another fingerprint, shown "
                "below. Read it to HQ by phone. If HQ does not confirm it, do not enrol: the "
                "network may not be reaching the real HQ."
            ),
            "bad-token": self.tr(
                "Token: HQ does not know this token. Check it for typing mistakes."
            ),
            "token-used": self.tr("Token: HQ says it was already used. Ask HQ for a new one."),
            "token-expired": self.tr("Token: HQ says it has expired. Ask HQ for a new one."),
            "unreachable": self.tr(
                "HQ address: HQ could not be reached there. Check the address and that this "
                "computer is online, then try again."
            ),
            "tls": self.tr(
                "HQ address: no secure connection could be made with HQ there. Check the "
                "address with HQ."
            ),
            "not-hq": self.tr(
                "HQ address: the address answers, but not as Upfront HQ. Check it with HQ."
            ),
        }
        if problem in texts:
            return texts[problem]
        if problem == "input":
            field_texts = {
                "url": self.tr(
                    "HQ address: must begin with https:// followed by HQ's name, as HQ gave it."
                ),
                "token": self.tr("Token: is empty. Type the token HQ gave you."),
                "fingerprint": self.tr(
                    "CA fingerprint: must have 64 letters and digits (0–9, A–F). Check it "
                    "against what HQ gave you."
                ),
            }
            if where in field_texts:
                return field_texts[str(where)]
        return self.tr("HQ refused to enrol this device. Tell HQ what you typed and when.")

    # ---- the fingerprint shown --------------------------------------------------------------
    def _forget_fingerprint(self) -> None:
        if self.answer is None and self.shown_fingerprint is not None:
            self._show_fingerprint(None)  # it was another address's

    def _show_fingerprint(self, fingerprint: str | None, *, pinned: bool = False) -> None:
        self.shown_fingerprint = fingerprint or None
        if not fingerprint:
            self.fingerprint_label.setText("")
            self.fingerprint_label.hide()
            self.fingerprint_note.setText(
                self.tr(
                    "Press Show HQ's fingerprint to see the fingerprint of the CA at this "
                    "address, and read it to HQ by phone before you enrol."
                )
            )
            return
        self.fingerprint_label.setText(grouped(fingerprint))
        self.fingerprint_label.show()
        if pinned:
            self.fingerprint_heading.setText(self.tr("Fingerprint of HQ's CA, now trusted"))
            self.fingerprint_note.setText(
                self.tr(
                    "This device now trusts only the HQ with this CA. HQ can confirm it by "
                    "phone, group by group."
                )
            )
        else:
            self.fingerprint_heading.setText(self.tr("Fingerprint of HQ's CA at this address"))
            self._compare()

    def _compare(self) -> None:
        """Say whether the fingerprint shown is the one typed (after enrolment: no more)."""
        shown = self.shown_fingerprint
        if shown is None or self.answer is not None:
            return
        typed = hex_digits(self.fingerprint_edit.text())
        read = self.tr(
            "Read these groups to HQ by phone. Enrol only if HQ confirms every one of them."
        )
        if len(typed) != 64:
            self.fingerprint_note.setText(read)
        elif typed == hex_digits(shown):
            self.fingerprint_note.setText(self.tr("It is the fingerprint you typed.") + " " + read)
        else:
            self.fingerprint_note.setText(
                self.tr("It is NOT the fingerprint you typed: do not enrol before HQ confirms.")
            )
