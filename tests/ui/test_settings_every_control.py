"""Every setting declared in app.settings has a control in Tools ▸ Settings: walked from the
declarations, so a setting added there without a control (or a control showing another value
than the one saved) fails here."""

from __future__ import annotations

from typing import Any

from app.settings import SETTINGS, Settings
from ui.qt import QCheckBox, QLabel, QWidget
from ui.settings_dialog import SettingsDialog

# settings edited where they apply, not in Tools ▸ Settings: the incident list's saved filters
# (the combo above it, Save/Delete) and its columns (the header's menu); test_bulk_list checks
# that both are kept across a new list
EDITED_IN_PLACE = {
    "incident_list_filters": "save_filter",
    "incident_list_hidden_columns": "column_chooser",
}
IN_DIALOG = set(SETTINGS) - set(EDITED_IN_PLACE)

# a valid value other than the default, for each setting: a new setting needs one here too
NOT_DEFAULT: dict[str, Any] = {
    "language": "ru",
    "idle_lock_minutes": 37,
    "panic_shortcut": "Ctrl+Alt+F7",
    "remember_on_device": True,
    "data_dir": "/srv/upfront-elsewhere",
    "text_size": 150,
}


def _label_of(dialog: SettingsDialog, control: QWidget) -> str:
    """The words beside a control: its buddy label's, or its own (a check box)."""
    for label in dialog.findChildren(QLabel):
        if label.buddy() is control and label.text().strip():
            return label.text()
    if isinstance(control, QCheckBox):
        return control.text()
    return ""


def test_every_declared_setting_has_a_labelled_control(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert set(dialog.controls) == IN_DIALOG
    assert set(dialog.values()) == IN_DIALOG
    assert set(dialog.messages) == IN_DIALOG
    for key, control in dialog.controls.items():
        assert dialog.isAncestorOf(control), key
        assert control.isVisibleTo(dialog), key
        assert _label_of(dialog, control).replace("&", "").strip(), f"{key} has no label"


def test_each_control_shows_the_saved_value_and_saving_keeps_it(qtbot):
    assert set(NOT_DEFAULT) == IN_DIALOG, "give the new setting a value to try here"
    settings = Settings()
    for key, value in NOT_DEFAULT.items():
        assert value != SETTINGS[key].default, key
        settings.set(key, value)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.values() == NOT_DEFAULT
    with qtbot.waitSignal(dialog.saved) as blocker:
        assert dialog.save()
    assert blocker.args[0] == []  # nothing changed by merely opening and saving
    saved = Settings().as_dict()
    assert {k: x for k, x in saved.items() if k in IN_DIALOG} == NOT_DEFAULT
    # the dialog leaves the settings edited in place as they were
    assert {k: saved[k] for k in EDITED_IN_PLACE} == {
        k: SETTINGS[k].default for k in EDITED_IN_PLACE
    }


def test_the_settings_edited_in_place_have_their_control_there():
    from ui.incident_list import IncidentListView

    for key, method in EDITED_IN_PLACE.items():
        assert key in SETTINGS, key
        assert callable(getattr(IncidentListView, method, None)), (key, method)
