"""Built-in help: for each page, what it is for and the keys that work there (F1); About.

The guides live here, one per section of the main window, translated like every other text;
the dialog adds the keys that work everywhere and points to the full guides in ``docs/``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from collabdesk.workspace import Workspace


# lupdate reads translate("Context", "text") calls; an alias keeps them on one line.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate; translated when shown, in context ``context``."""
    return text


#: section key → (what the page is for, keys that work on it); untranslated (context "Help")
GUIDES: dict[str, tuple[str, str]] = {
    "caseload": (
        QT_TRANSLATE_NOOP("Help", "Your cases: the clients you work with, overdue work first. "
                          "Type in the filter box to narrow the list; choose which statuses "
                          "to show on the right."),
        QT_TRANSLATE_NOOP("Help", "Arrows: move · Enter: open the case · Esc in the filter: "
                          "clear it"),
    ),
    "all_cases": (
        QT_TRANSLATE_NOOP("Help", "Every case of the agency, for supervisors: who works on "
                          "what, and which cases have overdue tasks."),
        QT_TRANSLATE_NOOP("Help", "Arrows: move · Enter: open the case · Esc in the filter: "
                          "clear it"),
    ),
    "clients": (
        QT_TRANSLATE_NOOP("Help", "Find a client by name, phone number or date of birth — "
                          "misspelt names are found too — and see their cases. Register a new "
                          "client with New intake: it warns you about a likely duplicate "
                          "before anything is saved."),
        QT_TRANSLATE_NOOP("Help", "Ctrl+N: new intake · Enter in the results: go to the "
                          "client's cases · Enter on a case: open it"),
    ),
    "referrals": (
        QT_TRANSLATE_NOOP("Help", "Referrals from partners (Incoming) and to partners "
                          "(Outgoing). New incoming referrals are in bold: accept or decline "
                          "them. The State column says where each referral is: still on this "
                          "laptop, at the hub, delivered, or answered by the partner."),
        QT_TRANSLATE_NOOP("Help", "Ctrl+Tab: other tab · Arrows: move · the buttons under the "
                          "list act on the selected referral"),
    ),
    "tasks": (
        QT_TRANSLATE_NOOP("Help", "Follow-ups with a due date. Tick a task when it is done; "
                          "Undo appears for a few seconds if you ticked the wrong one."),
        QT_TRANSLATE_NOOP("Help", "Space: tick the selected task · Ctrl+Z: undo · Enter: open "
                          "the task's case"),
    ),
    "directory": (
        QT_TRANSLATE_NOOP("Help", "The partner agencies and the services they offer, for "
                          "finding where to refer a client. An administrator imports a "
                          "directory file (Open Referral HSDS) or adds partners by hand."),
        QT_TRANSLATE_NOOP("Help", "Type to search · Arrows: move · the pane on the right "
                          "shows how to reach the selected service"),
    ),
    "conflicts": (
        QT_TRANSLATE_NOOP("Help", "Records edited on two laptops at once. The newer version is "
                          "shown meanwhile; here a supervisor picks the right one or types a "
                          "merged value, so nothing is silently lost."),
        QT_TRANSLATE_NOOP("Help", "Arrows: move · choose a version, then Resolve"),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("Help", "The monthly summary for the network. Choose the month and "
                          "Preview: what you see is exactly what an export or a submission "
                          "holds, with small counts withheld."),
        QT_TRANSLATE_NOOP("Help", "Tab: move between the period, Preview and the export "
                          "buttons"),
    ),
    "admin": (
        QT_TRANSLATE_NOOP("Help", "Users of this laptop, backups, the agency's settings and "
                          "its forms. Passphrases belong to this laptop; roles apply on every "
                          "laptop. Forms: import a FHIR Questionnaire (a file that is refused "
                          "says which item is wrong), see where each version is used, retire "
                          "one to stop new responses (old ones are still shown)."),
        QT_TRANSLATE_NOOP("Help", "Ctrl+Tab: next tab · Enter on a user: edit"),
    ),
    "network": (
        QT_TRANSLATE_NOOP("Help", "Connecting this laptop to the partner hub, approving the "
                          "agency's other laptops, and offline bundles for places with no "
                          "connection. Compare fingerprints by phone before approving."),
        QT_TRANSLATE_NOOP("Help", "F9: sync now"),
    ),
    "case": (
        QT_TRANSLATE_NOOP("Help", "One case: the client's profile (with the agency's own "
                          "fields), needs, services, notes, tasks, consent, referrals, and "
                          "assessments and screenings with their latest scores. Changes you "
                          "type are kept if you leave or the laptop locks; you are asked "
                          "before anything is lost."),
        QT_TRANSLATE_NOOP("Help", "Ctrl+Enter: add the note · Ctrl+Tab: next tab · Enter in a "
                          "profile field: save the profile"),
    ),
    # Not a section: the form dialogs (F1 there), and the case's Assessments tab.
    "forms": (
        QT_TRANSLATE_NOOP("Help", "Assessments, screenings and agency fields are the agency's "
                          "own forms. Start one from a case's Assessments tab (or, for agency "
                          "fields, from the client's profile). Save as draft keeps what you "
                          "typed; Complete checks every answer and shows a message beside "
                          "each one that needs attention. Amending a completed response keeps "
                          "the earlier versions: open a response to see them. Scores are "
                          "worked out as you answer; a screening may suggest a need, which "
                          "you confirm (the need is added to the case) or dismiss."),
        QT_TRANSLATE_NOOP("Help", "Tab: next question · Arrows: choose among round buttons · "
                          "Space: tick a box or choose · Alt+Down: open a drop-down · "
                          "Ctrl+Enter: complete · Ctrl+S: save · Esc: cancel"),
    ),
}

EVERYWHERE = QT_TRANSLATE_NOOP(
    "Help", "Ctrl+1 … Ctrl+9: go to a section · Ctrl+F: find · F5: refresh · F9: sync now · "
    "Ctrl+L: lock · F1: this help")


def _tr(text: str) -> str:
    return translate("Help", text)


def docs_folder() -> Path | None:
    """The full guides (``docs/`` beside the app), if this installation has them."""
    found = Path(__file__).resolve().parent.parent / "docs"
    return found if found.is_dir() else None


class HelpDialog(QDialog):
    """The guide of one page, the keys that work everywhere, and where the full guides are."""

    def __init__(self, section: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Help: {page}").format(page=title))
        self.setAccessibleName(self.windowTitle())
        purpose, keys = GUIDES.get(section, ("", ""))
        parts = [f"<h3>{html.escape(title)}</h3>"]
        if purpose:
            parts.append(f"<p>{html.escape(_tr(purpose))}</p>")
        if keys:
            here = translate("Help", "Keys on this page:")
            parts.append(f"<p><b>{html.escape(here)}</b> {html.escape(_tr(keys))}</p>")
        everywhere = translate("Help", "Keys everywhere:")
        parts.append(f"<p><b>{html.escape(everywhere)}</b> {html.escape(_tr(EVERYWHERE))}</p>")
        docs = docs_folder()
        if docs is not None:
            guides = translate("Help", "Full guides for workers, supervisors and IT volunteers:")
            parts.append("<p>" + html.escape(guides) +
                         f' <a href="{QUrl.fromLocalFile(str(docs)).toString()}">'
                         f"{html.escape(str(docs))}</a></p>")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(translate("Help", "Help text"))
        self.browser.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def text(self) -> str:
        return self.browser.toPlainText()


# Bundled components and their licences, for Help ▸ About.
LICENCE_NOTICES: tuple[tuple[str, str], ...] = (
    ("Qt 6 and Qt for Python (PySide6)", "LGPL-3.0"),
    ("SQLCipher", "BSD-3-Clause"),
    ("SQLite", "public domain"),
    ("sqlcipher3 (Python binding)", "zlib"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause"),
    ("OpenSSL", "Apache-2.0"),
    ("ReportLab", "BSD-3-Clause"),
    ("XlsxWriter", "BSD-2-Clause"),
    ("platformdirs", "MIT"),
    ("requests", "Apache-2.0"),
    ("RapidFuzz", "MIT"),
    ("jellyfish", "MIT"),
    ("Zstandard and python-zstandard", "BSD-3-Clause"),
)


class AboutDialog(QDialog):
    """Version, data folder and the licences of bundled components."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import html

        from collabdesk import __version__

        self.setWindowTitle(self.tr("About CollabDesk"))
        self.setAccessibleName(self.tr("About CollabDesk"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("About CollabDesk"))
        rows = "".join(f"<li>{html.escape(name)} — {html.escape(lic)}</li>"
                       for name, lic in LICENCE_NOTICES)
        self.browser.setHtml(
            f"<h2>CollabDesk {html.escape(__version__)}</h2>"
            f"<p>{html.escape(self.tr('Version {version}').format(version=__version__))}</p>"
            f"<p>{html.escape(self.tr('Data folder on this laptop: {path}').format(path=workspace.data_dir))}</p>"  # noqa: E501
            f"<p>{html.escape(self.tr('CollabDesk is free software under the GNU Affero General Public Licence, version 3 or later.'))}</p>"  # noqa: E501
            f"<h3>{html.escape(self.tr('Bundled components'))}</h3><ul>{rows}</ul>"
            f"<p>{html.escape(self.tr('The LGPL components can be replaced with your own builds; their source is available from the Qt Project.'))}</p>")  # noqa: E501
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(520, 440)

    def text(self) -> str:
        return self.browser.toPlainText()
