"""Every setting declared in app.settings has a control in Tools ▸ Settings: walked from the
declarations, so a setting added there without a control (or a control showing another value
than the one saved) fails here."""

from __future__ import annotations

from typing import Any

from app.settings import SETTINGS, Settings
from ui.qt import QCheckBox, QLabel, QWidget
from ui.settings_dialog import SettingsDialog

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
    assert set(dialog.controls) == set(SETTINGS)
    assert set(dialog.values()) == set(SETTINGS)
    assert set(dialog.messages) == set(SETTINGS)
    for key, control in dialog.controls.items():
        assert dialog.isAncestorOf(control), key
        assert control.isVisibleTo(dialog), key
        assert _label_of(dialog, control).replace("&", "").strip(), f"{key} has no label"


def test_each_control_shows_the_saved_value_and_saving_keeps_it(qtbot):
    assert set(NOT_DEFAULT) == set(SETTINGS), "give the new setting a value to try here"
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
    assert Settings().as_dict() == NOT_DEFAULT
