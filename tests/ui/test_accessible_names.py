"""What a screen reader gets: every control of every page and every dialog of the window has an
accessible name, read through QAccessible as assistive technology reads it (Qt derives it from
a buddy label, a button's text, a group box's title, or setAccessibleName).

The walk is generic (findChildren on each window), so a control added to a page or dialog is
checked without touching this file. Each dialog class of `ui` must be opened by the walk: a
new dialog makes `test_every_dialog_class_is_walked` fail until a line is added to DIALOGS
(name → how to open it, as the window opens it where it can).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedLayout,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizardPage,
)

import ui
from app.incidents import Incidents
from app.store import Store
from tests.ui import a11yhelp
from tests.ui.a11yhelp import SLOW, Context, open_editor
from tests.ui.conftest import on_worker
from ui.qt import Qt

# the fixtures: one sample store for the module, a window on it for each test
sample_dir = a11yhelp.sample_dir
ctx = a11yhelp.ctx


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date edits
    QAbstractItemView,  # tables, lists, trees
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QGraphicsView,  # charts
)
# parts of another control, named through it: a combo's or spin box's own line edit, a table's
# header and corner button, a tab bar's scroll arrows, a scroll area's viewport and scroll bars
PARTS_OF = (
    QComboBox,
    QAbstractSpinBox,
    QTabBar,
    QAbstractScrollArea,
    QLineEdit,  # its clear button
    QKeySequenceEdit,  # its line edit, which hands the focus to it
)
# containers: the control a person meets is inside (a tab widget's tab bar)
CONTAINERS = (QTabWidget,)


def _is_page(widget: QWidget) -> bool:
    """A page of a stack (tabs, wizard, stacked pages): hidden only while another is shown."""
    parent = widget.parentWidget()
    return isinstance(widget, QWizardPage) or (
        parent is not None
        and (isinstance(parent, QStackedWidget) or isinstance(parent.layout(), QStackedLayout))
    )


def shown(widget: QWidget, root: QWidget) -> bool:
    """On screen in `root`'s window, or on a page of it that is one click away: not hidden
    on purpose by the window (a widget only shown in some states is checked in them)."""
    if widget.window() is not root.window():
        return False
    node: QWidget | None = widget
    while node is not None and node is not root:
        if node.isHidden() and not _is_page(node):
            return False
        node = node.parentWidget()
    return True


def interactive(widget: QWidget) -> bool:
    if isinstance(widget, (QHeaderView, QScrollBar, *CONTAINERS)):
        return False
    if isinstance(widget.parentWidget(), PARTS_OF):
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    # a control of our own (the map, a drop area): it takes keyboard focus
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads: the accessible name, or the text of the label that
    labels the control (a buddy label beside it, a form row's label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    name = iface.text(QAccessible.Text.Name).strip()
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        # on Linux Qt gives a combo box its current item ("English") as its name, which says
        # what is chosen, not what is chosen there: the label must come from a label
        name = ""
    labels = [
        other.text(QAccessible.Text.Name).strip()
        for other, _relation in iface.relations(QAccessible.RelationFlag.Label)
    ]
    return name or next((text for text in labels if text), "")


def controls(root: QWidget, skip: QWidget | None = None) -> list[QWidget]:
    """The interactive controls shown in `root`, less those in `skip`."""
    return [
        w
        for w in root.findChildren(QWidget)
        if shown(w, root) and interactive(w) and not (skip is not None and skip.isAncestorOf(w))
    ]


def unnamed(root: QWidget, skip: QWidget | None = None) -> list[str]:
    """Every interactive control shown in `root` (and not in `skip`) whose accessible name is
    empty, as its class, object name and the nearest named thing around it."""
    return [
        f"{type(w).__name__} {w.objectName()!r} ({_attribute(w, root)})"
        for w in controls(root, skip)
        if not accessible_name(w)
    ]


def _attribute(widget: QWidget, root: QWidget) -> str:
    """Where the code keeps the widget (`page.from_edit`), to find it by; else its parent."""
    node: QWidget | None = widget.parentWidget()
    while node is not None:
        for attribute, value in vars(node).items() if hasattr(node, "__dict__") else ():
            if value is widget:
                return f"{type(node).__name__}.{attribute}"
        if node is root:
            break
        node = node.parentWidget()
    parent = widget.parentWidget()
    return f"in a {type(parent).__name__}" if parent is not None else "a window"


# ---- opening each dialog as the window does ---------------------------------------------
def _situations_loaded(c: Context):
    from ui.main_window import SITUATIONS

    c.window.show_section(SITUATIONS)
    page = c.window.situations_page
    c.qtbot.waitUntil(lambda: page.loaded is not None, timeout=SLOW)
    return page


def _opened(c: Context, get: Callable[[], QWidget | None]) -> QWidget:
    c.qtbot.waitUntil(lambda: get() is not None and get().isVisible(), timeout=SLOW)
    dialog = get()
    assert dialog is not None
    return dialog


def _triggered(action_name: str, attribute: str) -> Callable[[Context], QWidget]:
    def open_(c: Context) -> QWidget:
        getattr(c.window, action_name).trigger()
        return _opened(c, lambda: getattr(c.window, attribute))

    return open_


def _situation_dialog(method: str, *args, **kwargs) -> Callable[[Context], QWidget]:
    def open_(c: Context) -> QWidget:
        page = _situations_loaded(c)
        getattr(page, method)(*args, **kwargs)
        return _opened(c, lambda: page.dialog)

    return open_


def _panel_dialog(panel: str, method: str, *args) -> Callable[[Context], QWidget]:
    """A dialog of the Situations page's engagement log or task force and guidance (issue
    18), opened as its button opens it once the panel has read the situation."""

    def open_(c: Context) -> QWidget:
        page = _situations_loaded(c)
        owner = getattr(page, panel)
        page.tabs.setCurrentWidget(owner)
        c.qtbot.waitUntil(
            lambda: (
                getattr(owner, "rows", None) is not None
                or getattr(owner, "loaded", None) is not None
            ),
            timeout=SLOW,
        )
        getattr(owner, method)(*args)
        return _opened(c, lambda: owner.dialog)

    return open_


def _acknowledgement(c: Context) -> QWidget:
    from ui.coordination_panel import AcknowledgementDialog

    guidance = {"id": "00000000-0000-4000-8000-000000000001", "version": 2, "title": "Access"}
    return AcknowledgementDialog(c.store, guidance, c.window)


def _incident_picker(c: Context) -> QWidget:
    """The picker an action's Incidents addressed opens, its search answered."""
    page = _situations_loaded(c)
    page.edit_action(0)
    action = _opened(c, lambda: page.dialog)
    action.incidents.add()
    picker = _opened(c, lambda: action.incidents.picker)
    on_worker(c.qtbot, lambda: None)
    return picker


def _shortcut_sheet(c: Context) -> QWidget:
    from ui.shortcuts_dialog import ShortcutSheet

    c.window.shortcuts_action.trigger()
    return _opened(c, lambda: c.window.findChild(ShortcutSheet))


def _enrol(c: Context) -> QWidget:
    from ui.main_window import SYNC

    c.window.show_section(SYNC)
    c.window.sync_page.open_enrol_dialog()
    return _opened(c, lambda: c.window.sync_page.enrol_dialog)


def _merge(c: Context) -> QWidget:
    from ui.sync_page import MergeDialog

    conflict = {"id": "c1", "field": "narrative", "kept": "One account", "other": "Another"}
    return MergeDialog(conflict, "An incident", c.window)


def _image_viewer(c: Context) -> QWidget:
    from ui.incident_editor.attachments import ImageViewer

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    return ImageViewer("photo.png", image, c.window)


def _unlock(c: Context) -> QWidget:
    from ui.unlock import UnlockDialog

    return UnlockDialog(c.store.directory)


def _first_run(c: Context) -> QWidget:
    from ui.first_run import FirstRunDialog

    return FirstRunDialog(c.store.directory.parent / "new")


def _selftest(c: Context) -> QWidget:
    c.window.selftest_action.trigger()
    dialog = _opened(c, lambda: c.window.selftest_dialog)
    c.qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=SLOW)  # every check has run
    return dialog


def _review_step(name: str, *args: object) -> Callable[[Context], QWidget]:
    """A dialog of the review queue, which opens them modally (exec): made as the queue
    makes it, on the queue's page."""

    def open_(c: Context) -> QWidget:
        from ui import review_page

        return getattr(review_page, name)(*args, c.window.review_page)

    return open_


def _vocab_help(c: Context) -> QWidget:
    from ui.vocab_widgets import VocabHelp

    return VocabHelp("verification", "Standard of proof", "en", c.window)


def _bulk_change(c: Context) -> QWidget:
    from ui.bulk_dialog import BulkChangeDialog

    ids = [r["id"] for r in on_worker(c.qtbot, lambda: Incidents(c.store).list())[:3]]
    return BulkChangeDialog(c.store, ids, c.window)


def _confirm_widening(c: Context) -> QWidget:
    from app.bulk import Preview
    from ui.bulk_dialog import ConfirmWideningDialog

    preview = Preview(selected=3, changed=3, widened={"partners": 3}, summary_withheld=1)
    return ConfirmWideningDialog(3, preview, c.window)


def _save_filter(c: Context) -> QWidget:
    from ui.incident_list import SaveFilterDialog

    return SaveFilterDialog(c.window)


def _decision(c: Context) -> QWidget:
    """The review window's Add decision, once its review is shown."""
    review = _situation_dialog("show_review")(c)
    c.qtbot.waitUntil(lambda: review.pack is not None, timeout=SLOW)
    review.add_button.click()
    return _opened(c, lambda: review.decision_dialog)


def _decision_status(c: Context) -> QWidget:
    from ui.review_dialog import DecisionStatusDialog

    decision = {"id": "d1", "text": "Brief Member States", "status": "open"}
    return DecisionStatusDialog(c.store, decision, c.window)


def _progress(c: Context) -> QWidget:
    from ui.progress_dialog import ProgressDialog

    return ProgressDialog("Importing", c.window)


# Every dialog the window can open (or the application opens before it): name → how to open
# it. A new dialog class in ui/ needs one line here.
DIALOGS: dict[str, Callable[[Context], QWidget]] = {
    "SettingsDialog": _triggered("settings_action", "settings_dialog"),
    "WipeDialog": _triggered("wipe_action", "wipe_dialog"),
    "ImportWizard": _triggered("import_action", "import_wizard"),
    "ExportDialog": _triggered("export_action", "export_dialog"),
    "SelfTestDialog": _selftest,
    "ShortcutSheet": _shortcut_sheet,
    "SituationDialog": _situation_dialog("edit_situation", new=False),
    "AssessmentDialog": _situation_dialog("new_assessment"),
    "ActionDialog": _situation_dialog("edit_action", 0),
    "ObjectivesDialog": _situation_dialog("edit_objectives"),
    "IncidentPicker": _incident_picker,
    "ReviewDialog": _situation_dialog("show_review"),
    "DecisionDialog": _decision,
    "DecisionStatusDialog": _decision_status,
    "EngagementDialog": _panel_dialog("engagement", "edit", None),
    "TaskForceDialog": _panel_dialog("coordination", "edit_taskforce"),
    "GuidanceDialog": _panel_dialog("coordination", "issue_guidance"),
    "AcknowledgementDialog": _acknowledgement,
    "TimelineDialog": _situation_dialog("show_timeline"),
    "EnrolDialog": _enrol,
    "MergeDialog": _merge,
    "ImageViewer": _image_viewer,
    "UnlockDialog": _unlock,
    "FirstRunDialog": _first_run,
    "About": _triggered("about_action", "about_box"),
    "ApproveDialog": _review_step("ApproveDialog", "An incident"),
    "ReturnDialog": _review_step("ReturnDialog", "An incident"),
    "AssignDialog": _review_step("AssignDialog", ["Amina", "Bilal"], None),
    "UsersDialog": _triggered("users_action", "users_dialog"),
    "VocabHelp": _vocab_help,
    "BulkChangeDialog": _bulk_change,
    "ConfirmWideningDialog": _confirm_widening,
    "SaveFilterDialog": _save_filter,
    "ProgressDialog": _progress,
}


def _ui_dialog_classes() -> set[type]:
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("ui.") and sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


def test_every_dialog_class_is_walked():
    """A dialog class of ui/ is walked, or is the base of one that is."""
    classes = _ui_dialog_classes()
    walked = {cls for cls in classes if cls.__name__ in DIALOGS}
    bases = {base for cls in walked for base in cls.__mro__}
    missing = sorted(
        f"{cls.__module__}.{cls.__name__}" for cls in classes - walked if cls not in bases
    )
    assert not missing, f"dialogs not in DIALOGS of {__name__}: {missing}"


def _pages(window) -> Iterator[tuple[int, str]]:
    for index in range(window.navigation.count()):
        item = window.navigation.item(index)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            yield index, item.text()


def test_every_page_names_every_control(qtbot, ctx):
    window = ctx.window
    problems = [f"window: {p}" for p in unnamed(window, skip=window.pages)]
    for index, title in _pages(window):
        window.show_section(index)
        page = window.pages.widget(index)
        qtbot.waitUntil(lambda page=page: page.isVisible(), timeout=SLOW)
        on_worker(qtbot, lambda: None)  # the page's first load has answered
        qtbot.waitUntil(lambda: True)  # and its answer has been shown
        assert controls(page), f"page {title}: no control found, the walk is broken"
        problems += [f"page {title}: {p}" for p in unnamed(page)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_names_every_control(qtbot, ctx, name):
    dialog = DIALOGS[name](ctx)
    if dialog.parent() is None:
        qtbot.addWidget(dialog)
    if not dialog.isVisible():
        dialog.show()
        qtbot.waitExposed(dialog)
    assert controls(dialog), f"{name}: no control found, the walk is broken"
    problems = unnamed(dialog)  # a wizard's every page, a stack's every page too
    assert not problems, f"{name}:\n" + "\n".join(problems)


def test_the_incident_editor_names_every_control(qtbot, ctx):
    """An incident with victims, perpetrators and sources: every row's controls too."""

    def richest(store: Store) -> str:
        incidents = Incidents(store)
        best = max(
            (incidents.get(row["id"]) for row in incidents.list()[:40]),
            key=lambda doc: len(doc.get("victims", [])) + len(doc.get("sources", [])),
        )
        return str(best["id"])

    incident_id = on_worker(qtbot, lambda: richest(ctx.store))
    editor = open_editor(ctx, incident_id)
    assert len(controls(editor)) > 40, "the editor's fields and its rows' fields"
    problems = unnamed(editor)
    assert not problems, "IncidentEditor:\n" + "\n".join(problems)
