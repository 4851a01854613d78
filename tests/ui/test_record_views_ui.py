"""A record held as HQ's redacted view (a `un` analyst's device): the incident list marks it and
the editor opens it read-only, with a banner saying why; an ordinary record stays editable."""

from __future__ import annotations

from app import record_views
from app.incidents import Incidents
from tests.app.conftest import incident_doc
from tests.ui.conftest import on_worker
from ui.incident_model import TITLE, IdRole
from ui.qt import QLineEdit, QPlainTextEdit

SLOW = 15_000


def held(qtbot, store) -> tuple[str, str]:
    """An ordinary record and one marked as HQ's `un` view, in the store."""

    def make() -> tuple[str, str]:
        incidents = Incidents(store)
        own = incidents.add(incident_doc(title="Our own record"))
        viewed = incidents.add(incident_doc(title="Shelling of the market"))
        with store.transaction() as s:
            record_views.mark(s, viewed, "incident", "un", "SYR")
        return own, viewed

    return on_worker(qtbot, make)


def test_a_view_opens_read_only_with_a_banner_and_the_list_marks_it(qtbot, open_window):
    window = open_window()
    own, viewed = held(qtbot, window.store)
    listing = window.incident_list
    with qtbot.waitSignal(listing.model.loaded, timeout=SLOW):
        listing.model.refresh()
    titles = {
        listing.model.index(r, 0).data(IdRole): listing.model.index(r, TITLE).data()
        for r in range(listing.model.rowCount())
    }
    assert titles[own] == "Our own record"
    assert titles[viewed].startswith("Shelling of the market")
    assert "read-only" in titles[viewed]

    window.open_incident(viewed)
    editor = window.editors[-1]
    qtbot.waitUntil(lambda: editor.read_only == "un", timeout=SLOW)
    assert editor.banner.isVisible()
    assert "cannot be changed on this device" in editor.banner.text()
    assert editor.title_edit.text() == "Shelling of the market"
    assert editor.title_edit.isReadOnly() and editor.narrative_edit.isReadOnly()
    assert all(e.isReadOnly() for e in editor.findChildren(QLineEdit))
    assert all(e.isReadOnly() for e in editor.findChildren(QPlainTextEdit))
    assert not editor.save_button.isEnabled() and not editor.save_action.isEnabled()
    assert not editor.add_attachment_button.isEnabled()
    assert not editor.confidentiality_combo.isEnabled()
    assert editor.close_button.isEnabled()
    editor.save()  # even asked, nothing is saved
    assert not editor.save_button.isEnabled()

    window.open_incident(own)
    other = window.editors[-1]
    qtbot.waitUntil(lambda: other.title_edit.text() == "Our own record", timeout=SLOW)
    on_worker(qtbot, lambda: None)  # the view check has run after the load
    assert other.read_only is None
    assert not other.title_edit.isReadOnly()
    assert not other.banner.isVisible()
    # a read-only field does not look like one to type in: its background is not the
    # editable field's
    assert field_colour(editor.title_edit) != field_colour(other.title_edit)


def field_colour(widget) -> str:
    """The colour inside a text field, away from its border and text."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 6, image.height() // 2).name()
