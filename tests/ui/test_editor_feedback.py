"""A new editor does not open in red: what it still needs is said as a grey hint (the Save
button's tooltip says it too) until something is typed; message lines keep their place so
fields do not jump; Save says when it saved."""

from __future__ import annotations

from tests.ui.test_incident_editor import add, new_editor, save, store, type_into  # noqa: F401
from ui.palette import ERROR_TEXT, HINT_TEXT


def shown_messages(editor) -> list:
    return [label for label in editor.error_labels.values() if label.isVisible()]


def test_a_new_editor_says_what_it_needs_as_a_hint_not_an_error(qtbot, store) -> None:  # noqa: F811
    editor = new_editor(qtbot, store)
    qtbot.waitUntil(lambda: editor.error is not None)
    assert not editor.save_button.isEnabled()
    labels = shown_messages(editor)
    assert labels and all(HINT_TEXT in label.styleSheet() for label in labels)
    assert all(ERROR_TEXT not in label.styleSheet() for label in labels)
    assert all(widget.property("invalid") is not True for widget in editor.fields.values())
    assert "\u26a0" not in "".join(editor.tabs.tabText(i) for i in range(editor.tabs.count()))
    assert editor.save_button.toolTip() == editor.error.reason  # why Save waits


def test_once_something_is_typed_problems_are_errors(qtbot, store) -> None:  # noqa: F811
    editor = new_editor(qtbot, store)
    type_into(qtbot, editor.fields["title"], "Shelling")
    editor.validate_now()
    assert editor.error is not None  # the date and country are still missing
    labels = shown_messages(editor)
    tabs = "".join(editor.tabs.tabText(i) for i in range(editor.tabs.count()))
    assert (
        labels and all(ERROR_TEXT in label.styleSheet() for label in labels)
    ) or "\u26a0" in tabs


def test_message_lines_keep_their_place(qtbot, store) -> None:  # noqa: F811
    editor = new_editor(qtbot, store)
    label = editor.error_labels["title"]
    assert label.sizePolicy().retainSizeWhenHidden()


def test_save_says_when_it_saved(qtbot, store) -> None:  # noqa: F811
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    type_into(qtbot, editor.fields["title"], "Shelling of the old market")
    qtbot.waitUntil(lambda: editor.error is None)
    assert editor.statusBar().currentMessage() == ""
    save(qtbot, editor)
    assert editor.statusBar().currentMessage().startswith("Saved at ")
