"""The text size setting: the whole window follows it at once, what opens afterwards too, and
a size outside the list is refused naming the setting."""

from __future__ import annotations

import pytest

from app.errors import BadInput
from app.settings import TEXT_SIZES, Settings
from ui.qt import QApplication, QLabel, Qt
from ui.settings_dialog import SettingsDialog
from ui.widgets import apply_text_size


@pytest.fixture
def base_size():
    app = QApplication.instance()
    size = app.font().pointSizeF()
    assert size > 0
    yield size
    apply_text_size(100)
    assert app.font().pointSizeF() == pytest.approx(size)


def test_the_whole_window_follows_the_text_size_at_once(qtbot, open_window, base_size) -> None:
    window = open_window()
    label = window.statusBar()
    before = label.font().pointSizeF()
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData(150))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Settings().get("text_size") == 150
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base_size * 1.5)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(before * 1.5))
    later = QLabel("opened afterwards")
    qtbot.addWidget(later)
    assert later.font().pointSizeF() == pytest.approx(base_size * 1.5)


def test_sizes_scale_from_the_system_size_not_from_each_other(base_size) -> None:
    for percent in (130, 200, 115, 100):
        apply_text_size(percent)
        assert QApplication.instance().font().pointSizeF() == pytest.approx(
            base_size * percent / 100
        )


def test_the_dialog_lists_every_size_and_opens_at_the_saved_one(qtbot) -> None:
    Settings().set("text_size", 175)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.text_size_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(TEXT_SIZES)
    assert combo.currentData() == 175


@pytest.mark.parametrize("bad", [99, 137, "150", None])
def test_a_size_off_the_list_is_refused_naming_the_setting(bad) -> None:
    with pytest.raises(BadInput) as err:
        Settings().set("text_size", bad)
    assert "text_size" in err.value.field
