"""What a person sees when something fails: one function from an exception to a message.

Kept apart from any dialog so that every failure handler in ui/ (dialogs, pages, background
operations) words the same failure the same way; `failure_message_in` puts what was being done
in front, and ui/tasks.py shows it for background work that has no handler of its own.
"""

from __future__ import annotations

import logging

from app.errors import (
    AccessDenied,
    KeyFileError,
    NotOurDatabase,
    SchemaTooNew,
    StoreExists,
    StoreMissing,
    UpfrontError,
    WrongPassphrase,
)
from ui.qt import QCoreApplication

log = logging.getLogger(__name__)


def failure_message(exc: BaseException) -> str:
    """THE function that turns an exception into what a person sees: what happened and what to
    do, never a traceback.

    Known failures (app.errors, OSError) get their own headline and detail; an UpfrontError's
    (and so BadInput's) message is ours, worded for people, and shown as it is. Anything else, as
    a bug in a background operation would raise, gets the default: "Something unexpected went
    wrong…" with the exception's type only, never its text (a driver's or library's message may
    quote record content); the traceback goes to the log, which writes no message either. The
    messages keep the translation context "describe_error" (this function's former name) that
    the catalogues hold them under.
    """
    detail = str(exc)
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "describe_error", "The passphrase is not correct. Nothing was changed."
        )
    if isinstance(exc, KeyFileError):
        headline = QCoreApplication.translate(
            "describe_error",
            "The key file of this store cannot be read, so the records cannot be opened. "
            "Nothing was changed.",
        )
    elif isinstance(exc, NotOurDatabase):
        headline = QCoreApplication.translate(
            "describe_error",
            "The database does not match this store's key file: it may be damaged or belong "
            "to another installation. Nothing was changed.",
        )
    elif isinstance(exc, SchemaTooNew):
        headline = QCoreApplication.translate(
            "describe_error",
            "These records were saved by a newer version of Upfront. Install that version or "
            "a newer one to open them. Nothing was changed.",
        )
    elif isinstance(exc, StoreMissing):
        headline = QCoreApplication.translate(
            "describe_error", "There is no Upfront store in this folder."
        )
    elif isinstance(exc, StoreExists):
        headline = QCoreApplication.translate(
            "describe_error",
            "A store already exists in this folder. Start Upfront again to unlock it.",
        )
    elif isinstance(exc, AccessDenied):
        headline = QCoreApplication.translate("describe_error", "The store stays locked.")
    elif isinstance(exc, UpfrontError):
        return detail
    elif isinstance(exc, OSError):
        headline = QCoreApplication.translate(
            "describe_error", "Upfront could not read or write a file."
        )
        # the system's words and the path only: str() of an OSError a library raised may say more
        reason = exc.strerror or type(exc).__name__
        detail = f"{reason}: {exc.filename}" if exc.filename else reason
    else:
        log.error("unexpected error", exc_info=exc)
        headline = QCoreApplication.translate(
            "describe_error",
            "Something unexpected went wrong. Please tell your IT focal point what you were doing.",
        )
        detail = type(exc).__name__
    detail = detail[:1].upper() + detail[1:]
    return f"{headline}\n{detail}" if detail else headline


def failure_message_in(context: str, exc: BaseException) -> str:
    """`context` (what was being done, e.g. "The export could not be written."), then
    failure_message's explanation on the next line. An UpfrontError's own message already says
    what failed (a field and its reason), so it stands alone, as failure_message gives it."""
    if isinstance(exc, UpfrontError):
        return failure_message(exc)
    return f"{context}\n{failure_message(exc)}"
