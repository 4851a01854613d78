"""Progress and cancellation of long work: an import, an export, a report, a rekey, a pull.

The work takes an optional `progress: Progress | None` (None: a silent one, so callers that
do not care change nothing) and calls `progress.step(done, total, phase)` between units of
work. `step` first raises `Cancelled` when `cancel()` was asked meanwhile, from any thread (the
window's Cancel button, the command line's Ctrl+C), then tells the listener. So a unit of
work is never cut in half by a cancel, and the work puts a step only where stopping leaves
nothing half-written: inside a transaction (rolled back whole), between transactions that
each stand whole (a pull's pages), or before a file is moved into place (its temporary
copy is removed).

Work that has a point after which it must finish (a rekey's swap of the files) calls
`point_of_no_return(reason)` just before it: a cancel asked before that point still stops
the work there; one asked after is refused (`cancel()` returns False) and the listener is
told the reason, so the window can disable its Cancel button and say why.

`phase` is one of PHASES' keys, not a sentence: the command line prints PHASES' English
text, the window its own translation. `total` 0 means the amount is not known (a pull: HQ
says only whether more is waiting). No Qt here; the window bridges with signals
(ui.progress_dialog), the command line with a line on stderr (app.cli.progress).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import NamedTuple

from app.errors import Cancelled

# phase -> what the command line says (the window has its own translated words for each)
PHASES = {
    "check": "checking rows",
    "import": "importing",
    "export": "writing",
    "build": "building the report",
    "draw": "drawing pages",
    "rekey": "copying under the new key",
    "swap": "putting the new key in force",
    "pull": "receiving from HQ",
    "files": "receiving files",
}

# why a rekey can no longer be cancelled (app.rotation)
REKEY_SWAP = "the copy under the new key is being put in place; stopping now would not be safe"
REMOVE_USER = "the user's key slot is being removed; the key rotation that follows must finish"


class Step(NamedTuple):  # a tuple: made at every row of an import, so cheap to make
    done: int
    total: int  # 0: not known
    phase: str


class Progress:
    """See the module's docstring. `on_step` and `on_final` run on the working thread."""

    def __init__(
        self,
        on_step: Callable[[Step], None] | None = None,
        on_final: Callable[[str], None] | None = None,
    ) -> None:
        self._on_step = on_step
        self._on_final = on_final
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._final: str | None = None
        self.last: Step | None = None

    # ---- from any thread ------------------------------------------------------------------
    def cancel(self) -> bool:
        """Ask the work to stop at its next step. False when it is past its point of no
        return (it will finish; `final_reason` says why)."""
        with self._lock:
            if self._final is not None:
                return False
            self._cancel.set()
            return True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def final_reason(self) -> str | None:
        """Why the work can no longer be cancelled; None while it still can."""
        return self._final

    # ---- from the working thread ----------------------------------------------------------
    def check(self) -> None:
        """Raise Cancelled if a cancel was asked (and the point of no return not passed)."""
        if self._cancel.is_set() and self._final is None:
            raise Cancelled()

    def step(self, done: int, total: int, phase: str) -> None:
        """`done` of `total` (0: unknown) units of `phase` are finished."""
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}")
        if self._cancel.is_set() and self._final is None:
            raise Cancelled()
        self.last = step = Step(done, total, phase)
        if self._on_step is not None:
            self._on_step(step)

    def point_of_no_return(self, reason: str) -> None:
        """From here the work must finish: a cancel asked until now stops it here (Cancelled);
        any later one is refused."""
        with self._lock:
            if self._final is not None:
                return  # passed already (a user's removal, then the rekey's swap)
            self.check()
            self._final = reason
        if self._on_final is not None:
            self._on_final(reason)


def or_silent(progress: Progress | None) -> Progress:
    """The progress given, or one nobody listens to or cancels."""
    return progress if progress is not None else Progress()
