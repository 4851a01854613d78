"""What the incident editor asks of the store, run on the background worker (`ui.tasks`):
data in, data out, never a widget. The editor's domain rules live in app/; these only call them."""

from __future__ import annotations

import logging
from pathlib import Path

from app.attachments import Attachments
from app.drafts import Drafts
from app.incidents import Incidents
from app.record_views import views
from app.redaction import Withheld
from app.store import Store

log = logging.getLogger(__name__)


def load(store: Store, incident_id: str) -> dict:
    return Incidents(store).masked(incident_id)


def view_audience(store: Store, incident_id: str) -> str | None:
    """The audience whose view of the record HQ sent this device (read-only here), or None."""
    with store.session() as session:
        return views(session, [incident_id]).get(incident_id)


def history(store: Store, incident_id: str) -> list[dict]:
    return Incidents(store).history(incident_id)


def save(
    store: Store, incident_id: str | None, doc: dict, keep: set[str], draft_id: str | None
) -> tuple[str, dict]:
    """Add or edit, keeping the stored names of masked persons in `keep` and dropping the
    draft, in one transaction (`Incidents.save_edited`); then the record as the form shows it."""
    incidents = Incidents(store)
    incident_id = incidents.save_edited(incident_id, doc, keep=keep, draft_id=draft_id)
    return incident_id, incidents.masked(incident_id)


def save_draft(store: Store, content: dict, draft_id: str | None, incident_id: str | None) -> str:
    return Drafts(store).save(content, draft_id=draft_id, incident_id=incident_id)


def discard_draft(store: Store, draft_id: str) -> None:
    Drafts(store).discard(draft_id)


def reveal(store: Store, incident_id: str, person_id: str) -> str | None:
    return Incidents(store).reveal(incident_id, person_id)


def clear_summary(store: Store, incident_id: str) -> dict:
    """Clear the summary for partners and the public as the signed-in user."""
    Incidents(store).clear_summary(incident_id)
    return Incidents(store).masked(incident_id)


def protected_finders(store: Store, incident_id: str) -> dict[str, Withheld]:
    """A finder per protected victim with a stored name, by id: the sensitive-location
    suggestion tests the place against names the form keeps masked, without showing them."""
    doc = Incidents(store).get(incident_id)
    return {p["id"]: Withheld([p["name"]]) for p in doc["victims"] if p["protected"] and p["name"]}


def attachments(store: Store, incident_id: str) -> list[dict]:
    return Attachments(store).list(incident_id)


def add_files(store: Store, incident_id: str, paths: list[str]) -> list[dict]:
    files = Attachments(store)
    return [files.add_file(incident_id, Path(p)) for p in paths]


def read(store: Store, attachment_id: str) -> tuple[dict, bytes]:
    return Attachments(store).read(attachment_id, purpose="view")


def export(store: Store, attachment_id: str, out: str, original: bool = False) -> dict:
    return Attachments(store).export(attachment_id, Path(out), original=original)


def custody(store: Store, attachment_id: str) -> list[dict]:
    return Attachments(store).custody(attachment_id)


def log_failure(exc: Exception) -> None:
    log.warning("background work for a closed editor failed: %s", type(exc).__name__)
