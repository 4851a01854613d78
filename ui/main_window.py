"""The main window: navigation, the incident list, incident editors, and the ways out (Lock,
the panic key, idle auto-lock, emergency wipe, Quit).

The window owns the open Store it is given. Lock, wipe and closing hand it to the background
worker to close, after any store work already queued there (an editor's last draft save, for
one). The window never refreshes its pages: each hears from the store's change sets
(ui.changes) what a committed write changed, whoever wrote it, and reloads if it must.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial
from typing import Any

import app
from app import demo
from app.drafts import Drafts
from app.incident_queries import IncidentQuery
from app.settings import Settings
from app.store import Store
from app.wipe import wipe
from ui.changes import ChangesBridge
from ui.home_page import HomePage
from ui.horizon_page import HorizonPage
from ui.idle import MINUTE_MS, IdleWatcher, PanicKey
from ui.incident_editor import IncidentEditor
from ui.incident_list import IncidentListView
from ui.map_page import MapPage
from ui.palette import (
    SAMPLE_AMBER,
    SAMPLE_TEXT,
    SAMPLE_TEXT_ON_DARK,
    SAMPLE_TINT,
    SAMPLE_TINT_ON_DARK,
)
from ui.qt import (
    QAction,
    QCloseEvent,
    QColor,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPalette,
    QPushButton,
    QSize,
    QSplitter,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    is_valid,
)
from ui.reports_page import ReportsPage
from ui.review_page import MINE, RETURNED, ReviewPage
from ui.shortcuts_dialog import add_shortcut_sheet
from ui.situations_page import SituationsPage
from ui.strategies_page import StrategiesPage
from ui.sync_page import LANE as SYNC_LANE
from ui.sync_page import SyncPage
from ui.tasks import after_lanes, run_in_background, show_failures_in
from ui.text import fill
from ui.widgets import apply_text_size, blend, scaled_font, tinted

log = logging.getLogger(__name__)

LOCK_SHORTCUT = "Ctrl+Shift+L"  # the panic_shortcut setting's default
WIPE_WORD = "WIPE"  # typed to confirm the emergency wipe; never translated

HOME, INCIDENTS, SITUATIONS, STRATEGIES, REPORTS, SYNC, MAP, REVIEW, HORIZON = range(9)


# ---- work for the store worker (data in, data out: no widgets) -----------------------------
def _my_drafts(store: Store) -> list[dict[str, Any]]:
    return Drafts(store).mine()


def _versions(store: Store) -> dict[str, str]:
    return {
        "upfront": app.__version__,
        "schema": store.schema_revision() or "-",
        "sqlcipher": store.cipher_version(),
    }


def _close_and_wipe(store: Store) -> list[str]:
    """Close, then crypto-erase. The wipe runs even if closing failed: it must not be stopped."""
    try:
        store.close()
    except Exception as exc:  # the wipe matters more than a clean close
        log.error("closing the store before the wipe failed", exc_info=exc)
    return [str(path) for path in wipe(store.directory)]


# ---- small widgets -------------------------------------------------------------------------
def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setMargin(24)
    return label


class DraftsBanner(QFrame):
    """A bar over the page, not a dialog: drafts left by a crash, offered back without
    getting in the way. Emits `reopenRequested` or just hides on Dismiss."""

    reopenRequested = Signal()  # Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen drafts"))
        self.dismiss_button = QPushButton(self.tr("&Not now"))
        self.reopen_button.clicked.connect(self.reopenRequested)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def offer(self, count: int) -> None:
        self.label.setText(
            self.tr(
                "Upfront kept %n unsaved draft(s) from an earlier session (for example after a "
                "crash or a lock). Reopen them to continue where you stopped.",
                "",
                count,
            )
        )
        self.show()


class SampleBanner(QFrame):
    """A bar across the top of the window, always there while a sample store (app.demo) is
    open: the records are fictitious, and what is typed here stays here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        window = self.palette().color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        amber = QColor(SAMPLE_AMBER)
        text = QColor(SAMPLE_TEXT_ON_DARK if dark else SAMPLE_TEXT)
        tinted(self, text, blend(amber, window, SAMPLE_TINT_ON_DARK if dark else SAMPLE_TINT))
        self.label = QLabel(self.tr("Sample data — not a real store"))
        self.label.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.detail = QLabel(
            self.tr(
                "Every record here is fictitious. What you type stays in this sample folder "
                "and can never be sent to HQ."
            )
        )
        self.detail.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.detail, 1)
        self.hide()


class WipeDialog(QDialog):
    """Explains the emergency wipe and asks for the word WIPE before it can go ahead."""

    def __init__(self, directory: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.setMinimumWidth(460)
        explanation = QLabel(
            fill(
                self.tr(
                    "The emergency wipe destroys the key file and deletes the encrypted database "
                    "in this folder:\n{folder}\n\n"
                    "Every record on this computer becomes unreadable for good, including any copy "
                    "or backup of the database. Records already sent to HQ are not affected. "
                    "Unsaved work in open editors is lost. This cannot be undone.\n\n"
                    "Afterwards Upfront starts again as on a new computer."
                ),
                folder=directory,
            )
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        prompt = QLabel(fill(self.tr("To confirm, type {word}:"), word=WIPE_WORD))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a Latin word
        self.confirm_edit.setPlaceholderText(WIPE_WORD)
        prompt.setBuddy(self.confirm_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = self.buttons.addButton(
            self.tr("&Wipe everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.wipe_button.setEnabled(False)
        self.wipe_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.wipe_button.clicked.connect(self._confirm)
        self.confirm_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.buttons)

    def confirmed(self) -> bool:
        return self.confirm_edit.text().strip() == WIPE_WORD

    def _update(self) -> None:
        self.wipe_button.setEnabled(self.confirmed())

    def _confirm(self) -> None:
        if self.confirmed():
            self.accept()


# ---- the window ----------------------------------------------------------------------------
class MainWindow(QMainWindow):
    """Emits `locked` once Lock (menu, panic key or idle) has closed the window and the store;
    `wiped` once the emergency wipe has removed the store (`wipeFailed(message)` if it could
    not); `closed` when the window closed otherwise (Quit, title bar) and the application
    should end.

    `idle_timeout_ms` overrides the idle_lock_minutes setting (tests use a fraction of a
    second); `settings` defaults to the user's Settings().
    """

    locked = Signal()
    wiped = Signal()
    wipeFailed = Signal(str)  # Qt signal naming
    closed = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        notice: str | None = None,
        settings: Settings | None = None,
        idle_timeout_ms: int | None = None,
        sync_service: Any = None,
        checks: Sequence[Any] = (),
    ) -> None:
        super().__init__(parent)
        self._store: Store | None = store
        self.sync_service = sync_service
        self.selftest_checks = list(checks)  # app.selftest.Check, from the composition root
        self.selftest_dialog: QDialog | None = None
        self.sync_page: SyncPage | None = None
        self._user = store.user
        self._locking = False
        self.wiped_by_hq = False  # the store was erased on HQ's order (see `wiped`)
        self.settings = settings or Settings()
        self.lang: str = self.settings.get("language")
        self._idle_override = idle_timeout_ms
        self.editors: list[IncidentEditor] = []
        # what committed writes changed, on the GUI thread, for the pages to reload from
        self.changes = ChangesBridge(store.changes, self)
        self.settings_dialog: QDialog | None = None
        self.users_dialog: QDialog | None = None
        self.wipe_dialog: WipeDialog | None = None
        self.about_box: QMessageBox | None = None
        self.import_wizard: QDialog | None = None
        self.export_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Upfront"))
        self.resize(QSize(1100, 700))

        self._make_actions()
        self._make_menus()
        self._make_pages(store)
        self._leave_menu_keys_to_the_menus()
        self._make_status_bar()
        show_failures_in(self.statusBar())
        self._show_state()
        if notice:
            self.statusBar().showMessage(notice, 15_000)

        self.panic_key = PanicKey(self.settings.get("panic_shortcut"), self)
        self.panic_key.pressed.connect(self.lock)
        self.panic_key.start()
        self.idle_watcher = IdleWatcher(self._idle_timeout(), self)
        self.idle_watcher.idle.connect(self._idle)
        self.idle_watcher.start()

        self.is_sample = False  # a sample store (app.demo): known once the worker says so
        run_in_background(partial(demo.is_sample, store), self._sample_checked, parent=self)
        run_in_background(
            partial(_my_drafts, store),
            self._offer_drafts,
            parent=self,  # a failure goes to the default handler: the status bar
        )

    def _sample_checked(self, sample: bool) -> None:
        self.is_sample = sample
        self.sample_banner.setVisible(sample)
        self.setWindowTitle(self.tr("Upfront — sample data") if sample else self.tr("Upfront"))

    # ---- building ------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("&New incident"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_incident)

        self.import_action = QAction(self.tr("&Import incidents…"), self)
        self.import_action.setStatusTip(
            self.tr("Incidents from a spreadsheet or a JSON export, checked row by row")
        )
        self.import_action.triggered.connect(self.show_import)
        self.export_action = QAction(self.tr("&Export incidents…"), self)
        self.export_action.setStatusTip(
            self.tr("Incidents as CSV, Excel, JSON or HXL, cleared for an audience")
        )
        self.export_action.triggered.connect(self.show_export)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._set_lock_shortcut(self.settings.get("panic_shortcut"))
        self.lock_action.setStatusTip(self.tr("Close the records; the passphrase opens them again"))
        self.lock_action.triggered.connect(self.lock)

        self.wipe_action = QAction(self.tr("Emergency &wipe…"), self)
        self.wipe_action.setStatusTip(
            self.tr("Destroy the key file and the records on this computer")
        )
        self.wipe_action.triggered.connect(self.ask_wipe)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)

        self.users_action = QAction(self.tr("&Users and passphrases…"), self)
        self.users_action.setStatusTip(
            self.tr("Add or remove the users of this computer, or change your passphrase")
        )
        self.users_action.triggered.connect(self.show_users)

        self.selftest_action = QAction(self.tr("Run &self-test…"), self)
        self.selftest_action.setStatusTip(
            self.tr(
                "Check that this installation works: the encrypted store, cryptography, "
                "translations, fonts, reports and the link to HQ"
            )
        )
        self.selftest_action.triggered.connect(self.show_selftest)

        self.about_action = QAction(self.tr("&About Upfront"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _set_lock_shortcut(self, text: str) -> None:
        keys = QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
        self.lock_action.setShortcut(keys if not keys.isEmpty() else QKeySequence(LOCK_SHORTCUT))

    def _sections(self) -> list[tuple[str, str | None]]:
        """Each navigation entry: its name, and why it is not there yet (None: it is)."""
        return [
            (self.tr("Home"), None),
            (self.tr("Incidents"), None),
            (self.tr("Situations"), None),
            (self.tr("Strategies"), None),
            (self.tr("Reports"), None),
            (
                self.tr("Sync"),
                None
                if self.sync_service is not None
                else self.tr("Sync is not available in this build."),
            ),
            (self.tr("Map"), None),
            (self.tr("Review"), None),
            (self.tr("Horizon"), None),
        ]

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.wipe_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setToolTipsVisible(True)
        self.view_actions: list[QAction] = []
        for index, (name, missing) in enumerate(self._sections()):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setEnabled(missing is None)
            if missing:
                action.setToolTip(missing)
                action.setStatusTip(missing)
            action.triggered.connect(partial(self.show_section, index))
            view_menu.addAction(action)
            self.view_actions.append(action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.settings_action)
        tools_menu.addAction(self.users_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = add_shortcut_sheet(self, help_menu)
        help_menu.addAction(self.selftest_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _leave_menu_keys_to_the_menus(self) -> None:
        """A page's own action with a key of the window's menus (the incident list's Ctrl+N)
        would make the key ambiguous, and Qt then does neither: the menu's action keeps it,
        and works on that page too."""
        own = Qt.FindChildOption.FindDirectChildrenOnly
        menu_keys = {
            key.toString()
            for action in self.findChildren(QAction, options=own)
            for key in action.shortcuts()
        }
        for action in self.pages.findChildren(QAction):
            if any(key.toString() in menu_keys for key in action.shortcuts()):
                action.setShortcut(QKeySequence())

    def _make_pages(self, store: Store) -> None:
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget()
        for name, missing in self._sections():
            item = QListWidgetItem(name)
            if missing:
                item.setFlags(
                    item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                )
                item.setToolTip(missing)
                self.pages.addWidget(_placeholder(missing))
            elif self.pages.count() == SYNC:
                self.pages.addWidget(self._sync_page())
            elif self.pages.count() == SITUATIONS:
                self.pages.addWidget(self._situations_page(store))
            elif self.pages.count() == STRATEGIES:
                self.pages.addWidget(self._strategies_page(store))
            elif self.pages.count() == REPORTS:
                self.pages.addWidget(self._reports_page(store))
            elif self.pages.count() == MAP:
                self.pages.addWidget(self._map_page(store))
            elif self.pages.count() == REVIEW:
                self.pages.addWidget(self._review_page(store))
            elif self.pages.count() == HORIZON:
                self.pages.addWidget(self._horizon_page(store))
            elif self.pages.count() == HOME:
                self.pages.addWidget(self._home_page(store))
            else:
                self.pages.addWidget(self._incidents_page(store))
            self.navigation.addItem(item)
        self.navigation.setMaximumWidth(
            max(160, self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 24)
        )
        self.navigation.currentRowChanged.connect(self._navigated)
        self.navigation.setCurrentRow(HOME)

        self.drafts_banner = DraftsBanner()
        self.drafts_banner.reopenRequested.connect(self.reopen_drafts)
        self._drafts: list[dict[str, Any]] = []
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.drafts_banner)
        right_layout.addWidget(self.pages, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.sample_banner = SampleBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.sample_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _incidents_page(self, store: Store) -> QWidget:
        self.incident_list = IncidentListView(store, lang=self.lang, settings=self.settings)
        self.incident_list.openRequested.connect(self.open_incident)
        self.incident_list.newRequested.connect(self.new_incident)
        self.changes.changed.connect(self.incident_list.on_changes)
        return self.incident_list

    def _situations_page(self, store: Store) -> QWidget:
        self.situations_page = SituationsPage(store, lang=self.lang)
        self.changes.changed.connect(self.situations_page.on_changes)
        return self.situations_page

    def _reports_page(self, store: Store) -> QWidget:
        self.reports_page = ReportsPage(store, lang=self.lang)
        self.changes.changed.connect(self.reports_page.on_changes)
        return self.reports_page

    def _map_page(self, store: Store) -> QWidget:
        # the incident list's filter as it is when the map is shown
        self.map_page = MapPage(store, lambda: self.incident_list.current_query(), lang=self.lang)
        self.map_page.regionChosen.connect(self._show_region)
        self.changes.changed.connect(self.map_page.on_changes)
        return self.map_page

    def _home_page(self, store: Store) -> QWidget:
        service = self.sync_service
        self.home_page = HomePage(
            store,
            lang=self.lang,
            sync_facts=service.status if service is not None else None,
        )
        self.home_page.openList.connect(self._show_from_home)
        self.home_page.openPage.connect(self._open_page)
        self.changes.changed.connect(self.home_page.on_changes)
        return self.home_page

    def _show_from_home(self, query: object) -> None:
        """A count on Home clicked: the page that lists those records."""
        if not isinstance(query, IncidentQuery):
            return
        if query.review_for or query.returned_to:
            self.show_section(REVIEW)
            self.review_page.show_scope(MINE if query.review_for else RETURNED)
            return
        self.show_section(INCIDENTS)
        self.incident_list.show_query(query)

    def _open_page(self, name: str) -> None:
        pages = {
            "incidents": INCIDENTS,
            "situations": SITUATIONS,
            "strategies": STRATEGIES,
            "reports": REPORTS,
            "sync": SYNC,
            "map": MAP,
            "review": REVIEW,
            "horizon": HORIZON,
        }
        if name in pages:
            self.show_section(pages[name])

    def _horizon_page(self, store: Store) -> QWidget:
        self.horizon_page = HorizonPage(store, lang=self.lang)
        self.horizon_page.openSituation.connect(self.open_situation)
        self.changes.changed.connect(self.horizon_page.on_changes)
        return self.horizon_page

    def _review_page(self, store: Store) -> QWidget:
        self.review_page = ReviewPage(store, lang=self.lang)
        self.review_page.openIncident.connect(self.open_incident)
        self.review_page.decided.connect(lambda said: self.statusBar().showMessage(said, 8000))
        self.changes.changed.connect(self.review_page.on_changes)
        return self.review_page

    def _show_region(self, country: str, key: str) -> None:
        """A region chosen on the map: the incident list, filtered to it."""
        self.incident_list.show_region(country, key)
        self.show_section(INCIDENTS)

    def _strategies_page(self, store: Store) -> QWidget:
        self.strategies_page = StrategiesPage(store, lang=self.lang)
        self.strategies_page.open_situation.connect(self.open_situation)
        self.changes.changed.connect(self.strategies_page.on_changes)
        return self.strategies_page

    def _sync_page(self) -> QWidget:
        page = SyncPage(self.sync_service)
        page.summaryChanged.connect(lambda text: self.sync_label.setText(text))
        page.wipeOrdered.connect(self._wiped_by_hq)
        self.changes.changed.connect(page.on_changes)
        self.sync_page = page
        return page

    def _make_status_bar(self) -> None:
        self.user_label = QLabel()
        self.state_label = QLabel()
        self.sync_label = QLabel(self.tr("Sync: not set up"))
        widgets: list[QWidget] = []
        for label in (self.user_label, self.state_label, self.sync_label):
            if widgets:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                widgets.append(separator)
            widgets.append(label)
        for widget in widgets:
            self.statusBar().addPermanentWidget(widget)

    # ---- state ---------------------------------------------------------------------------
    @property
    def store(self) -> Store | None:
        """The open store, or None once locked or closed."""
        return self._store

    def _show_state(self) -> None:
        self.user_label.setText(fill(self.tr("Signed in as {user}"), user=self._user))
        self.state_label.setText(self.tr("Unlocked") if self._store else self.tr("Locked"))
        for action in (
            self.lock_action,
            self.wipe_action,
            self.settings_action,
            self.about_action,
            self.export_action,
        ):
            action.setEnabled(self._store is not None)
        for action in (self.new_action, self.import_action):
            action.setEnabled(self._store is not None)

    def _take_store(self) -> Store | None:
        store, self._store = self._store, None
        self._show_state()
        return store

    def _idle_timeout(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return int(self.settings.get("idle_lock_minutes")) * MINUTE_MS

    # ---- navigation ----------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        item = self.navigation.item(index)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.navigation.setCurrentRow(index)

    def _navigated(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    def open_situation(self, situation_id: str) -> None:
        """Switch to Situations and show this one there."""
        self.show_section(SITUATIONS)
        if self.pages.currentIndex() == SITUATIONS:
            self.situations_page.select_situation(situation_id)

    # ---- editors -------------------------------------------------------------------------
    def open_incident(self, incident_id: str) -> None:
        for editor in self._live_editors():
            if getattr(editor, "incident_id", None) == incident_id:
                editor.raise_()
                editor.activateWindow()
                return
        self._open_editor(incident_id)

    def new_incident(self) -> None:
        self._open_editor(None)

    def _open_editor(self, incident_id: str | None, **draft: Any) -> IncidentEditor | None:
        if self._store is None:
            return None
        editor = IncidentEditor(self._store, incident_id, lang=self.lang, parent=self, **draft)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(self._prune_editors)
        self.editors.append(editor)
        editor.show()
        return editor

    def _live_editors(self) -> list[IncidentEditor]:
        self.editors = [e for e in self.editors if is_valid(e)]
        return list(self.editors)

    def _prune_editors(self, *_args: object) -> None:
        self._live_editors()

    def _close_editors(self) -> None:
        for editor in self._live_editors():
            try:
                editor.close_for_lock()
            except Exception as exc:  # one editor must not stop the lock
                log.error("an editor failed to close for lock", exc_info=exc)
                editor.hide()

    # ---- drafts left behind --------------------------------------------------------------
    def _offer_drafts(self, drafts: list[dict[str, Any]]) -> None:
        if self._store is None or not drafts:
            return
        self._drafts = drafts
        self.drafts_banner.offer(len(drafts))

    def reopen_drafts(self) -> None:
        drafts, self._drafts = self._drafts, []
        self.drafts_banner.hide()
        for draft in drafts:
            self._open_editor(
                draft.get("incident_id"), draft=draft.get("content"), draft_id=draft.get("id")
            )

    # ---- dialogs -------------------------------------------------------------------------
    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and is_valid(self.settings_dialog):
            self.settings_dialog.raise_()
            return
        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        self.settings_dialog = dialog
        dialog.open()

    def show_users(self) -> None:
        from ui.users_dialog import UsersDialog

        if self._store is None:
            return
        if self.users_dialog is not None and is_valid(self.users_dialog):
            self.users_dialog.raise_()
            return
        page = self.sync_page
        dialog = UsersDialog(
            self._store,
            self,
            sync_running=lambda: page is not None and page.running,
            sync_lane=SYNC_LANE if page is not None else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.users_dialog = dialog
        dialog.open()

    def show_import(self) -> None:
        from ui.exchange_dialogs import ImportWizard

        if self._store is None:
            return
        if self.import_wizard is not None and is_valid(self.import_wizard):
            self.import_wizard.raise_()
            return
        wizard = ImportWizard(self._store, self, lang=self.lang)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard = wizard
        wizard.open()

    def show_export(self) -> None:
        from ui.exchange_dialogs import ExportDialog

        if self._store is None:
            return
        if self.export_dialog is not None and is_valid(self.export_dialog):
            self.export_dialog.raise_()
            return
        dialog = ExportDialog(self._store, self, lang=self.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    def _settings_saved(self, changed: list[str]) -> None:
        if "text_size" in changed:
            apply_text_size(int(self.settings.get("text_size")))
        self.panic_key.set_sequence(self.settings.get("panic_shortcut"))
        self._set_lock_shortcut(self.settings.get("panic_shortcut"))
        if self._store is not None:
            self.idle_watcher.set_timeout(self._idle_timeout())
        later = [key for key in changed if key in ("language", "data_dir")]
        self.statusBar().showMessage(
            self.tr("Settings saved. Language and data folder apply when Upfront next starts.")
            if later
            else self.tr("Settings saved."),
            10_000,
        )

    def show_selftest(self) -> None:
        """The self-test, with the app's checks and those the composition root added; the
        open store is handed over so that the link to HQ is checked too."""
        if self._store is None:
            return
        from app.selftest import CHECKS
        from ui.selftest_dialog import SelfTestDialog

        if self.selftest_dialog is not None:
            self.selftest_dialog.close()
            self.selftest_dialog.deleteLater()
        dialog = SelfTestDialog(
            [*CHECKS, *self.selftest_checks], self._store.directory, self._store, self
        )
        self.selftest_dialog = dialog
        dialog.open()
        dialog.start()

    def show_about(self) -> None:
        if self._store is None:
            return
        run_in_background(partial(_versions, self._store), self._show_about, parent=self)

    def _show_about(self, versions: dict[str, str]) -> None:
        if self._store is None:
            return
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About Upfront"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(fill(self.tr("Upfront {version}"), version=versions["upfront"]))
        box.setInformativeText(
            fill(
                self.tr(
                    "Documentation of human rights violations for UN country teams.\n\n"
                    "Database schema: {schema}\nSQLCipher: {sqlcipher}"
                ),
                schema=versions["schema"],
                sqlcipher=versions["sqlcipher"],
            )
        )
        self.about_box = box
        box.open()

    def ask_wipe(self) -> None:
        if self._store is None:
            return
        dialog = WipeDialog(str(self._store.directory), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.wipe)
        self.wipe_dialog = dialog
        dialog.open()

    def _close_dialogs(self) -> None:
        for dialog in (
            self.settings_dialog,
            self.users_dialog,
            self.wipe_dialog,
            self.about_box,
            self.import_wizard,
            self.export_dialog,
            self.selftest_dialog,
        ):
            if dialog is not None and is_valid(dialog):
                dialog.close()
        self.settings_dialog = self.users_dialog = self.wipe_dialog = self.about_box = None
        self.import_wizard = self.export_dialog = self.selftest_dialog = None

    # ---- the ways out --------------------------------------------------------------------
    def _shut(self) -> Store | None:
        """Stop watching input, close editors, dialogs and the window; return the store."""
        store = self._take_store()
        if store is None:
            return None
        self._locking = True
        self.changes.stop()
        self.panic_key.stop()
        self.idle_watcher.stop()
        if self.sync_page is not None:
            self.sync_page.stop()
        self._close_editors()
        self._close_dialogs()
        self.drafts_banner.hide()
        self.close()
        return store

    def lock(self) -> None:
        """Close the editors and the window at once and the store after queued work; then
        emit `locked`."""
        store = self._shut()
        if store is None:
            return

        def failed(exc: Exception) -> None:
            log.error("closing the store on lock failed", exc_info=exc)
            self.locked.emit()  # the window is gone either way; ask for the passphrase again

        after_lanes(store.close, lambda _: self.locked.emit(), failed, parent=self)

    def _idle(self) -> None:
        log.info("locking after %d ms without input", self.idle_watcher.timeout_ms)
        self.lock()

    def wipe(self) -> None:
        """Emergency wipe: close everything, then close and crypto-erase the store on the
        worker; emit `wiped` (or `wipeFailed`)."""
        store = self._shut()
        if store is None:
            return

        def failed(exc: Exception) -> None:
            from ui.failures import failure_message

            log.error("the emergency wipe failed", exc_info=exc)
            self.wipeFailed.emit(failure_message(exc))

        run_in_background(
            partial(_close_and_wipe, store), lambda _: self.wiped.emit(), failed, parent=self
        )

    def _wiped_by_hq(self) -> None:
        """A sync carried out HQ's order to erase this device: the store is gone. Close
        every view of it as the emergency wipe does (which also sweeps what is left)."""
        self.wiped_by_hq = True
        self.wipe()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        super().closeEvent(event)
        if self._locking:
            return
        self.changes.stop()
        self.panic_key.stop()
        self.idle_watcher.stop()
        if self.sync_page is not None:
            self.sync_page.stop()
        self._close_editors()  # their drafts are saved and offered back next time
        self._close_dialogs()
        store = self._take_store()
        if store is not None:
            after_lanes(
                store.close,
                on_failure=lambda exc: log.error("closing the store failed", exc_info=exc),
            )
        self.closed.emit()
