"""The main window: sign-in screen, then navigation + pages, a sync status bar, menus,
keyboard shortcuts and the idle lock.

One window for the whole life of the app. While nobody is signed in it shows the
:class:`~collabdesk.ui.signin.SignInWidget`; after sign-in it builds an
:class:`~collabdesk.ui.context.AppContext`, lists the sections the user's roles allow and
creates each page the first time it is shown. Locking (Ctrl+L, the Lock button, or no
input for the agency's ``idle_lock_minutes``) hides everything at once, closes the store
on the db lane (dropping the key), destroys every page and shows the sign-in screen.

Pages are imported lazily by module and class name, so a section whose module is not
there yet shows a placeholder instead of stopping the app.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.help import AboutDialog, HelpDialog
from collabdesk.ui.icons import icon, section_icon
from collabdesk.ui.idle import IdleWatcher
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.sidebar import (
    KEY_ROLE,
    SECTIONS,
    SECTIONS_BY_KEY,
    Section,
    WorkCounts,
    load_work_counts,
    section_accessible_text,
    section_text,
)
from collabdesk.ui.signin import SignInWidget
from collabdesk.ui.statusbar import SyncStatus, SyncStatusBar, load_sync_status
from collabdesk.ui.widgets import last_in_tab_order, tab_chain, wheel_guard

if TYPE_CHECKING:
    from collabdesk.changes import Changes
    from collabdesk.errors import CollabDeskError
    from collabdesk.services.session import Session
    from collabdesk.ui.sync_controller import NullSyncController, SyncController
    from collabdesk.ui.tasks import TaskContext, TaskRunner
    from collabdesk.ui.upkeep import Upkeep
    from collabdesk.workspace import Workspace

log = logging.getLogger(__name__)
_PAGES_PACKAGE = "collabdesk.ui.pages"


class PlaceholderPage(Page):
    """Stands in for a section whose page is not part of this build."""

    def __init__(self, context: AppContext, section_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._title = section_title
        label = QLabel(self.tr("“{section}” is not available in this version yet.").format(
            section=section_title), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setAccessibleName(label.text())
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def title(self) -> str:
        return self._title


class MainWindow(QMainWindow):
    """The application window. ``idle_lock_ms`` overrides the agency's idle setting."""

    upkeep: Upkeep | None = None  # scheduled backups and the update notice, once signed in

    sig_session_started = Signal()
    sig_locked = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QWidget | None = None,
                 *, idle_lock_ms: int | None = None, follow_language_setting: bool = True
                 ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        app = QApplication.instance()
        if isinstance(app, QApplication):
            wheel_guard.install(app)
        self.idle_lock_ms = idle_lock_ms
        self.follow_language_setting = follow_language_setting
        self.context: AppContext | None = None
        self.settings: dict[str, Any] = {}
        self.pages: dict[str, Page] = {}
        self._starting = False
        self.work_counts = WorkCounts({})
        self.setWindowTitle("CollabDesk")
        self.resize(1180, 760)

        self.sign_in = SignInWidget(workspace, runner, self)
        self.sign_in.sig_signed_in.connect(self.start_session)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setObjectName("sections")
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(1)
        self.page_stack = QStackedWidget(self)
        self.page_stack.setAccessibleName(self.tr("Current section"))
        self.shell = QSplitter(self)
        self.shell.addWidget(self.nav)
        self.shell.addWidget(self.page_stack)
        self.shell.setStretchFactor(1, 1)
        self.shell.setChildrenCollapsible(False)
        self.root = QStackedWidget(self)
        self.root.addWidget(self.sign_in)
        self.root.addWidget(self.shell)
        self.setCentralWidget(self.root)

        self.status = SyncStatusBar(self)
        self.setStatusBar(self.status)
        self.status.sig_lock_clicked.connect(self.lock)
        self.status.sig_sync_now_clicked.connect(self.sync_now)
        self.status.set_user(None)

        self.idle = IdleWatcher(self)
        self.idle.sig_idle.connect(self._idle_lock)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(60_000)
        self._status_timer.timeout.connect(self.refresh_status)

        self._build_actions()
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self._retranslate)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.runner.sig_unhandled_error.connect(self._on_op_error)
        self._set_signed_in(False)
        self._preloaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._preloaded:
            self._preloaded = True
            QTimer.singleShot(PRELOAD_AFTER_MS, preload_after_sign_in_screen)

    # -- actions and menus ----------------------------------------------------------------

    def _action(self, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                        self.close)
        self.about_action = self._action(self.tr("&About CollabDesk"), None, self.show_about)
        self.help_action = self._action(self.tr("&Help for this page"),
                                        QKeySequence.StandardKey.HelpContents, self.show_help)
        self.find_action = self._action(self.tr("Find"), "Ctrl+F", self.focus_search)
        self.new_intake_action = self._action(self.tr("New intake"), "Ctrl+N", self.new_intake)
        self.refresh_action = self._action(self.tr("Refresh"), "F5", self.refresh_current)
        self.sync_now_action = self._action(self.tr("&Sync now"), "F9", self.sync_now)
        self.sync_now_action.setIcon(icon("sync"))  # the same drawing as the Network page's
        self.lock_action.setIcon(icon("lock"))
        self.section_actions = [
            self._action(self.tr("Section %1").replace("%1", str(n)), f"Ctrl+{n}",
                         lambda n=n: self.show_nth_section(n - 1))  # type: ignore[misc]
            for n in range(1, 10)]
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.sync_now_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for action in (self.find_action, self.new_intake_action, self.refresh_action):
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self._session_actions = [self.lock_action, self.find_action, self.new_intake_action,
                                 self.refresh_action, self.sync_now_action,
                                 *self.section_actions]

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Qt sends one per translator installed: retranslate once, after the last.
            self._retranslate_timer.start()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._repaint_icons()  # light ↔ dark: the icons are drawn in the text colour
        super().changeEvent(event)

    def _repaint_icons(self) -> None:
        if not hasattr(self, "nav") or not hasattr(self, "sync_now_action"):
            return  # still being built
        self.sync_now_action.setIcon(icon("sync"))
        self.lock_action.setIcon(icon("lock"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setIcon(section_icon(item.data(KEY_ROLE)))

    def _retranslate(self) -> None:
        """Put the new language on screen at once: menus, navigation and every open page
        (pages are built again; edits not saved yet come back through the draft store)."""
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.menuBar().clear()
        self._build_actions()
        for action in self._session_actions:
            action.setEnabled(self.context is not None)
        self._rebuild_nav()
        context = self.context
        if context is None or not self.pages:
            return
        current = self.current_section()
        case_id = getattr(self.pages.get("case"), "case_id", None)
        pages = list(self.pages.values())
        drafts = [d for d in (page.draft() for page in pages) if d is not None]
        self.pages = {}
        for page in pages:
            self.page_stack.removeWidget(page)
            page.deleteLater()
        session = context.session

        def keep(_ctx: TaskContext) -> None:
            for key, state in drafts:
                session.drafts.keep(key, state)

        Op(self, keep, label="keep drafts").run(self.runner)
        if current == "case" and case_id:
            self.open_case(case_id)
        elif current:
            self.show_section(current)

    def _set_signed_in(self, signed_in: bool) -> None:
        for action in self._session_actions:
            action.setEnabled(signed_in)
        self.root.setCurrentWidget(self.shell if signed_in else self.sign_in)

    # -- session life cycle ---------------------------------------------------------------

    def is_signed_in(self) -> bool:
        return self.context is not None

    @property
    def sync(self) -> SyncController | NullSyncController | None:
        """The signed-in session's sync controller (None while nobody is signed in)."""
        return self.context.sync if self.context is not None else None

    def start_session(self, session: Session) -> None:
        """Show the work area for ``session`` (from sign-in, recovery or the wizard)."""
        if self.context is not None:
            return
        self.context = AppContext(self.workspace, session, self.runner, self)
        self.context.sig_open_case.connect(self.open_case)
        self.context.sig_open_client.connect(self.open_client)
        self.context.sig_status_message.connect(lambda text: self.status.showMessage(text,
                                                                                      8000))
        self.context.sig_lock_requested.connect(self.lock)
        self.context.sig_changed.connect(self._on_context_changed)
        self._starting = True
        context = self.context
        (Op(self, lambda ctx: session.settings(), label="load settings")
         .success(lambda settings: self._session_ready(context, settings))
         .failure(lambda error: self._session_failed(context, error))
         .run(self.runner))

    def _session_ready(self, context: AppContext, settings: dict[str, Any]) -> None:
        user = context.session.user
        if self.context is not context or context is None:
            return  # locked meanwhile
        self._starting = False
        context.set_settings(settings)
        self._apply_settings(settings)
        self.status.set_user(user)
        self._set_signed_in(True)
        from collabdesk.ui.sync_controller import SyncController

        # Made before any page, which may listen to it; started below.
        context.sync = SyncController(context, self.status, refresh_status=self.refresh_status)
        # The first page asks for its rows first: the db lane runs in order, so the status
        # figures, the sidebar's counts and the first sync round queue up behind it.
        first = self.visible_sections()
        if first:
            self.show_section(first[0])
        self.refresh_status()
        self._status_timer.start()
        from collabdesk.ui.upkeep import Upkeep  # scheduled backups, update notice
        self.upkeep = Upkeep(context, self.status, self)
        self.upkeep.start()
        context.sync.start()
        self.sig_session_started.emit()

    def _session_failed(self, context: AppContext, error: CollabDeskError) -> None:
        if context is self.context:
            self._starting = False
            self.sign_in.error_label.setText(str(error))
            self.lock()

    def _apply_settings(self, settings: dict[str, Any]) -> None:
        self.settings = dict(settings)
        if self.idle_lock_ms is not None:
            interval = self.idle_lock_ms
        else:
            try:
                interval = int(settings.get("idle_lock_minutes") or 0) * 60_000
            except (TypeError, ValueError):
                interval = 10 * 60_000
        self.idle.start(interval)
        if self.follow_language_setting and settings.get("language"):
            from collabdesk.ui import i18n

            if settings["language"] != i18n.current_language():
                app = QCoreApplication.instance()
                if app is not None:
                    i18n.install_language(app, settings["language"])
        self._rebuild_nav()

    def _rebuild_nav(self) -> None:
        if self.context is None:
            return
        session = self.context.session
        current = self.current_section()
        self.nav.blockSignals(True)
        self.nav.clear()
        for section in SECTIONS:
            if not section.allowed(session, self.settings):
                continue
            item = QListWidgetItem(section_icon(section.key), "", self.nav)
            item.setData(KEY_ROLE, section.key)
            self._show_count(item, section, self.work_counts.by_section.get(section.key, 0))
            item.setHidden(not section.in_nav and section.key not in self.pages)
        self.nav.blockSignals(False)
        # A section the user may no longer see (roles or settings changed) goes away.
        for key in [k for k in self.pages if self._nav_item(k) is None]:
            page = self.pages.pop(key)
            self.page_stack.removeWidget(page)
            page.deleteLater()
        if current and self._nav_item(current) is not None:
            self._select_nav(current)

    def lock(self) -> None:
        """Hide everything now; close the store (db lane) and destroy the pages."""
        context = self.context
        if context is None:
            return
        self.context = None
        self._starting = False
        self.idle.stop()
        self._status_timer.stop()
        if self.upkeep is not None:
            self.upkeep.stop()
            self.upkeep = None
        context.sync.stop()
        context.close()
        self.status.set_sync_state("offline")
        self._set_signed_in(False)
        self.status.set_user(None)
        self.status.set_status(None)
        self.status.clearMessage()
        pages = list(self.pages.values())
        self.pages = {}
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        # Edits not saved yet are kept in the store, not lost and not asked about: an idle
        # lock has nobody to ask, and a lock must never wait for an answer.
        drafts = [d for d in (page.draft() for page in pages) if d is not None]
        for page in pages:
            self.page_stack.removeWidget(page)
            page.hide()
        self.runner.cancel_all()
        session = context.session

        from collabdesk.ui.sync_controller import forget_engine

        def close(ctx: TaskContext) -> None:
            for key, state in drafts:
                session.drafts.keep(key, state)
            forget_engine(session)
            session.close()

        # Queued behind whatever the db lane is finishing, so nothing uses the store after.
        (Op(None, close, label="lock")
         .success(lambda _r: self._destroy(context, pages))
         .failure(lambda _e: self._destroy(context, pages))
         .run(self.runner))
        self.sign_in.reset()
        self.sig_locked.emit()

    def _destroy(self, context: AppContext, pages: list[Page]) -> None:
        for page in pages:
            page.deleteLater()
        context.deleteLater()

    def _idle_lock(self) -> None:
        if self.context is not None:
            log.info("Locked after %d ms without input.", self.idle.timer.interval())
            self.lock()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Lock (closing the store) and wait for background work to end."""
        self.lock()
        return self.runner.wait_idle(timeout_ms)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- sections -------------------------------------------------------------------------

    def visible_sections(self) -> list[str]:
        """Keys of the navigation entries shown now, in order."""
        keys = []
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if not item.isHidden():
                keys.append(item.data(KEY_ROLE))
        return keys

    def allowed_sections(self) -> list[str]:
        """Every section the signed-in user may open (including the case page)."""
        return [self.nav.item(r).data(KEY_ROLE) for r in range(self.nav.count())]

    def current_section(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def current_page(self) -> Page | None:
        widget = self.page_stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _key_of(self, page: Page) -> str:
        return next((k for k, p in self.pages.items() if p is page), "")

    def _nav_item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def _select_nav(self, key: str) -> None:
        item = self._nav_item(key)
        if item is not None:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)

    def _nav_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_section(current.data(KEY_ROLE))

    def page(self, key: str) -> Page | None:
        """The page of section ``key``, created on first use (None if not allowed)."""
        if self.context is None or self._nav_item(key) is None:
            return None
        page = self.pages.get(key)
        if page is None:
            page = self._create_page(SECTIONS_BY_KEY[key], self.context)
            self.pages[key] = page
            self.page_stack.addWidget(page)
            item = self._nav_item(key)
            if item is not None:
                item.setHidden(False)
        return page

    def _create_page(self, section: Section, context: AppContext) -> Page:
        try:
            module = importlib.import_module(section.module)
            page_class = getattr(module, section.class_name)
        except (ImportError, AttributeError):
            log.warning("Page %s.%s is not available; showing a placeholder.",
                        section.module, section.class_name)
            return PlaceholderPage(context, section.translated_title(), self.page_stack)
        page: Page = page_class(context, self.page_stack, **dict(section.kwargs))
        return page

    def may_leave(self, page: Page | None) -> bool:
        """Before ``page`` stops being shown: ask about edits not saved yet (Save, Discard
        or stay). True when the person may go on."""
        what = page.unsaved_changes() if page is not None else []
        if page is None or not what:
            return True
        choice = Dialogs.unsaved(self, what)
        if choice == "save":
            page.save_unsaved()
        elif choice == "discard":
            page.discard_unsaved()
        return choice != "cancel"

    def show_section(self, key: str, *, refresh: bool = True) -> Page | None:
        current = self.current_page()
        page = self.page(key)
        if page is None:
            return None
        if current is not None and current is not page and not self.may_leave(current):
            self._select_nav(self._key_of(current))
            return None
        self.page_stack.setCurrentWidget(page)
        self._select_nav(key)
        self._status_bar_last()
        try:
            title = page.title()
        except NotImplementedError:
            title = SECTIONS_BY_KEY[key].translated_title()
        self.setWindowTitle(f"{title} — CollabDesk")
        if refresh:
            page.refresh()
        return page

    def _status_bar_last(self) -> None:
        """Tab reads the window as it is laid out: sections, the page, then the status
        bar's buttons. Pages are made after the status bar, so Qt would put them last."""
        buttons = (self.status.sync_button, self.status.lock_button)
        last = last_in_tab_order(self, skip=buttons)
        if last is not None:
            tab_chain(last, *buttons)

    def show_nth_section(self, index: int) -> None:
        keys = self.visible_sections()
        if 0 <= index < len(keys):
            self.show_section(keys[index])

    # -- navigation requested by pages ----------------------------------------------------

    def open_case(self, case_id: str) -> None:
        shown = self.pages.get("case")
        if shown is not None and getattr(shown, "case_id", None) not in (None, case_id) \
                and not self.may_leave(shown):
            return
        page = self.show_section("case", refresh=False)
        opener = getattr(page, "open_case", None)
        if callable(opener):
            opener(case_id)

    def open_client(self, client_id: str) -> None:
        page = self.show_section("clients", refresh=False)
        opener = getattr(page, "open_client", None)
        if callable(opener):
            opener(client_id)

    def _on_context_changed(self, changes: Changes, initiator: QObject | None) -> None:
        """The one refresh path: what a task changed goes to the page on screen, once."""
        context = self.context
        if context is None:
            return
        if changes.touches("agency"):
            (Op(self, lambda ctx: context.session.settings(), label="reload settings")
             .success(lambda s: self._settings_reloaded(context, s))
             .run(self.runner))
        page = self.current_page()
        if page is not None:
            page.on_changes(changes, initiator)
        self.refresh_status()

    def _settings_reloaded(self, context: AppContext, settings: dict[str, Any]) -> None:
        if self.context is context and context is not None:
            context.set_settings(settings)
            self._apply_settings(settings)

    def _on_op_error(self, error: CollabDeskError) -> None:
        if self.context is not None:
            self.status.showMessage(str(error), 8000)

    # -- keyboard commands ----------------------------------------------------------------

    def focus_search(self) -> None:
        page = self.current_page()
        if page is None:
            return
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()
            return
        from collabdesk.ui.widgets import SearchBox

        box = page.findChild(SearchBox)
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def new_intake(self) -> None:
        page = self.show_section("clients", refresh=False)
        start = getattr(page, "new_intake", None)
        if callable(start):
            start()

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
        self.refresh_status()

    def sync_now(self) -> None:
        """Sync with the hub now (F9, File menu, status bar button). The person asked, so
        the answer comes where they look: a round that cannot reach the hub or fails says
        so in a message, not only in the status bar."""
        context = self.context
        if context is None:
            return
        if not context.sync.allowed:
            Dialogs.info(self, self.tr("Sync now"), self.tr(
                "This laptop does not sync: it is not connected to a hub, or your role does "
                "not include syncing. An administrator connects it on the Network page."))
            return
        if self._sync_heard is not context.sync:  # a new session has a new controller
            self._sync_heard = context.sync
            context.sync.sig_outcome.connect(self._on_sync_answered)
        self._sync_waiting = True
        context.sync.sync_now()

    _sync_heard: object = None
    _sync_waiting = False

    def _on_sync_answered(self, outcome: Any) -> None:
        if not self._sync_waiting:
            return  # a background round nobody is waiting for: the status bar is enough
        self._sync_waiting = False
        state = getattr(outcome, "state", "")
        texts = {
            "offline": self.tr("The hub did not answer. This laptop keeps working offline and "
                               "tries again by itself; nothing is lost."),
            "not_enrolled": self.tr("This laptop is not connected to a hub yet. An "
                                    "administrator connects it on the Network page."),
            "pending": self.tr("This laptop waits for an administrator on another laptop of "
                               "the agency to approve it."),
            "revoked": self.tr("This laptop was removed from the agency's laptops and no "
                               "longer syncs."),
            "error": self.tr("Sync did not complete: {reason}").format(
                reason=getattr(outcome, "message", "")),
        }
        if state == "offline" and not outcome.plainly_offline:
            texts["offline"] = outcome.message  # cut, too slow, or not secure: say which
        if state in texts:
            Dialogs.info(self, self.tr("Sync now"), texts[state])

    def refresh_status(self) -> None:
        if self.context is None:
            return
        context = self.context
        session = context.session
        (Op(self, lambda ctx: (load_sync_status(session), load_work_counts(session)),
            label="sync status and counts")
         .success(lambda found: self._status_loaded(context, *found))
         .run(self.runner))

    def _status_loaded(self, context: AppContext, status: SyncStatus,
                       counts: WorkCounts) -> None:
        if context is not self.context:
            return
        self.status.set_status(status)
        self.work_counts = counts
        for section in SECTIONS:
            item = self._nav_item(section.key)
            if item is not None:
                self._show_count(item, section, counts.by_section.get(section.key, 0))

    @staticmethod
    def _show_count(item: QListWidgetItem, section: Section, count: int) -> None:
        title = section.translated_title()
        item.setText(section_text(title, count))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     section_accessible_text(section.key, title, count))

    # -- help -------------------------------------------------------------------------------

    def show_help(self) -> HelpDialog:
        """The guide of the page on screen (F1): what it is for and its keys."""
        page = self.current_page()
        key = self._key_of(page) if page is not None else "sign_in"
        title = page.title() if page is not None else self.tr("Sign in")
        dialog = HelpDialog(key, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


#: Modules a session needs at once, imported while the sign-in screen waits for a passphrase
#: rather than before it shows (start-up) or after the passphrase (sign-in): the sync
#: controller, the pages a session usually opens first, the form records a session's hooks
#: need as it starts, and the words for a list's categories.
PRELOAD = ("collabdesk.ui.sync_controller", "collabdesk.ui.upkeep", f"{_PAGES_PACKAGE}.caseload",
           f"{_PAGES_PACKAGE}.clients", "collabdesk.forms.records", "collabdesk.reports.labels")


PRELOAD_AFTER_MS = 250  # the sign-in screen has painted; nobody types a passphrase this fast


def preload_after_sign_in_screen() -> None:
    """Import :data:`PRELOAD` (on the GUI thread, once the sign-in screen has painted)."""
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:  # a build without that page shows its placeholder later
            log.warning("Could not preload %s.", name)


def active_main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None
