"""Long work on the command line: one progress line on stderr, and Ctrl+C as a clean cancel.

    with terminal_progress() as progress:
        exchange.commit(store, checked, table, progress=progress)

The line is drawn only when stderr is a terminal, updated in place with a carriage return
(at most ten times a second, and at each change of phase and at the end) and wiped when the
work ends, so the messages after it start on a clean line. Not a terminal (a script, a log,
a pipe): nothing at all is written.

While the block runs, the first Ctrl+C asks the work to stop at its next step
(`app.progress.Progress.cancel`): it raises Cancelled, which the command line turns into exit
code 130, with nothing half-written. A second Ctrl+C interrupts at once as before (the work's
own transactions and temporary files still keep the store and outputs whole). Past the
work's point of no return (a rekey swapping its files), Ctrl+C is refused with the reason.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType
from typing import TextIO

from app.progress import PHASES, Progress, Step

INTERVAL = 0.1  # seconds between two redraws of the line


class Line:
    """The progress line on a terminal `stream`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0
        self.at = 0.0
        self.phase: str | None = None

    def show(self, step: Step) -> None:
        now = time.monotonic()
        last = step.total > 0 and step.done >= step.total
        if step.phase == self.phase and not last and now - self.at < INTERVAL:
            return
        self.phase, self.at = step.phase, now
        self.draw(text(step))

    def draw(self, line: str) -> None:
        pad = " " * max(0, self.width - len(line))
        self.stream.write(f"\r{line}{pad}")
        self.stream.flush()
        self.width = len(line)

    def say(self, message: str) -> None:
        """A message on a line of its own; the progress line is drawn again below it."""
        self.wipe()
        self.stream.write(message + "\n")
        self.stream.flush()

    def wipe(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def text(step: Step) -> str:
    """`checking rows: 1200 of 5000 (24%)`; with no total known, the count alone."""
    what = PHASES[step.phase]
    if step.total <= 0:
        return f"{what}: {step.done}"
    percent = min(100, step.done * 100 // step.total)
    return f"{what}: {step.done} of {step.total} ({percent}%)"


@contextlib.contextmanager
def terminal_progress(stream: TextIO | None = None) -> Iterator[Progress]:
    """A Progress drawn on `stream` (stderr) when it is a terminal, cancelled by Ctrl+C."""
    stream = stream if stream is not None else sys.stderr
    try:
        shown = stream.isatty()
    except (AttributeError, ValueError):
        shown = False
    line = Line(stream) if shown else None

    progress = Progress(on_step=line.show if line else None)
    asked = [False]

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        if progress.final_reason is not None:
            message = f"upfront: cannot stop now: {progress.final_reason}"
            if line is not None:
                line.say(message)
            else:
                print(message, file=sys.stderr)
            return
        if asked[0]:
            raise KeyboardInterrupt
        asked[0] = True
        progress.cancel()
        if line is not None:
            line.say("upfront: stopping at the next safe point (Ctrl+C again: at once)")

    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, on_interrupt) if in_main else None
    try:
        yield progress
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
        if line is not None:
            line.wipe()
