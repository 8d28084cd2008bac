"""The main window's navigation: its sections, who may see each, and the counts beside them.

A section names the page class that shows it (imported when first opened) and who may see it,
by role and agency settings. Beside a section's title the sidebar counts what waits for the
person: overdue tasks, new incoming referrals, conflicts to review — read on the db lane with
the status bar's figures, never on the GUI thread, and only once the first page has asked
for its rows (so counting never delays the first page). Each section wears one of the app's
own icons (:mod:`collabdesk.ui.icons`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from collabdesk.services.session import Session


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate; translated later with QCoreApplication.translate."""
    return text


Allowed = Callable[["Session", dict[str, Any]], bool]


@dataclass(frozen=True)
class Section:
    """One entry of the navigation: which page class, and who may see it."""

    key: str
    title: str  # untranslated (context "MainWindow")
    module: str
    class_name: str
    allowed: Allowed
    kwargs: tuple[tuple[str, Any], ...] = ()
    in_nav: bool = True  # the case page appears only once a case has been opened

    def translated_title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)


def _can(action: str) -> Allowed:
    return lambda session, _settings: session.allowed(action)


def _sees_all_cases(session: Session, settings: dict[str, Any]) -> bool:
    return session.allowed("case.view_all") or (
        session.allowed("case.view") and settings.get("worker_case_visibility") == "all")


_PAGES = "collabdesk.ui.pages"
SECTIONS: tuple[Section, ...] = (
    Section("caseload", QT_TRANSLATE_NOOP("MainWindow", "My caseload"),
            f"{_PAGES}.caseload", "CaseloadPage", _can("case.view"), (("scope", "mine"),)),
    Section("all_cases", QT_TRANSLATE_NOOP("MainWindow", "All cases"),
            f"{_PAGES}.caseload", "CaseloadPage", _sees_all_cases, (("scope", "all"),)),
    Section("clients", QT_TRANSLATE_NOOP("MainWindow", "Clients"),
            f"{_PAGES}.clients", "ClientsPage", _can("client.view")),
    Section("referrals", QT_TRANSLATE_NOOP("MainWindow", "Referrals"),
            f"{_PAGES}.referrals", "ReferralsPage", _can("referral.view")),
    Section("tasks", QT_TRANSLATE_NOOP("MainWindow", "Tasks"),
            f"{_PAGES}.tasks", "TasksPage", _can("task.manage")),
    Section("directory", QT_TRANSLATE_NOOP("MainWindow", "Partner directory"),
            f"{_PAGES}.directory", "DirectoryPage", _can("directory.view")),
    Section("conflicts", QT_TRANSLATE_NOOP("MainWindow", "Conflicts"),
            f"{_PAGES}.conflicts", "ConflictsPage", _can("conflict.resolve")),
    Section("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
            f"{_PAGES}.reports", "ReportsPage", _can("report.view")),
    Section("admin", QT_TRANSLATE_NOOP("MainWindow", "Admin"),
            f"{_PAGES}.admin", "AdminPage", _can("user.manage")),
    Section("network", QT_TRANSLATE_NOOP("MainWindow", "Network"),
            f"{_PAGES}.network", "NetworkPage", _can("sync.enroll")),
    Section("case", QT_TRANSLATE_NOOP("MainWindow", "Case"),
            f"{_PAGES}.case", "CasePage", _can("case.view"), in_nav=False),
)
SECTIONS_BY_KEY = {s.key: s for s in SECTIONS}

KEY_ROLE = Qt.ItemDataRole.UserRole + 1



@dataclass(frozen=True)
class WorkCounts:
    """What waits for the signed-in person, by section key."""

    by_section: dict[str, int]


def load_work_counts(session: Session) -> WorkCounts:
    """Overdue tasks, new incoming referrals and conflicts to review (call on the db lane)."""
    counts: dict[str, int] = {}
    if session.allowed("task.manage"):
        counts["tasks"] = len(session.tasks.overdue())
    if session.allowed("referral.view"):
        counts["referrals"] = len(session.referrals.list_referrals("incoming",
                                                                   statuses=("received",)))
    if session.allowed("conflict.resolve"):
        counts["conflicts"] = session.conflicts.count()
    return WorkCounts(counts)


def section_text(title: str, count: int) -> str:
    """A section's title with what waits there: "Tasks (3)"."""
    return f"{title} ({count})" if count else title


def section_accessible_text(key: str, title: str, count: int) -> str:
    """What a screen reader says for a section: the title, then what the count counts
    ("Tasks, 3 overdue"), since the bare number in brackets means nothing read aloud."""
    if not count:
        return title
    if key == "tasks":
        what = QCoreApplication.translate("MainWindow", "%n overdue", "", count)
    elif key == "referrals":
        what = QCoreApplication.translate("MainWindow", "%n new", "referrals", count)
    elif key == "conflicts":
        what = QCoreApplication.translate("MainWindow", "%n to review", "conflicts", count)
    else:
        what = str(count)
    return f"{title}, {what}"
