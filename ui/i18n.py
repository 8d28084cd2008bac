"""Languages of the desktop app: install translators, follow RTL scripts, build .qm files.

At start-up (and whenever the user picks another language) call
:func:`install_language` with the language from settings, or ``None`` for the system
locale. It loads our ``resources/translations/collabdesk_<lang>.qm`` plus Qt's own
``qtbase_<lang>.qm`` (standard buttons, dialogs), sets the default :class:`QLocale`
(dates and numbers) and the layout direction: right-to-left for Arabic, Hebrew,
Persian, Urdu and a few more. Installing a translator makes Qt send every widget a
``LanguageChange`` event; our widgets re-read their texts on it.

Messages of the core (errors, advice; see :mod:`collabdesk.messages`) carry codes whose
English templates live in the core's catalogue (:mod:`collabdesk.message_catalogue`), which
has no Qt. :func:`install_core_translator` (done by :func:`install_language`) routes them
through ``QCoreApplication.translate`` under the context ``CoreMessages``, so every
``str(error)`` the UI shows follows the installed language without any change at the call
sites.

Developer workflow (translations are sources in git; .qm files are built):

    python -m collabdesk.ui.i18n update    # lupdate ui/ + core catalogue → translations/*.ts
    python -m collabdesk.ui.i18n compile   # pyside6-lrelease *.ts → *.qm

lupdate cannot see the core's catalogue, so ``update`` first writes every catalogue template
as a ``QT_TRANSLATE_NOOP("CoreMessages", …)`` entry into a generated Python file in a
temporary folder and hands that file to lupdate along with ui/: the templates land in the
.ts files like any tr() string, and a template that changes in the catalogue shows up as
new and unfinished for the translators.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from collabdesk import message_catalogue, messages
from collabdesk.resources import resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
APP_CATALOG = "collabdesk"
# Scripts written right to left (ISO 639-1/-3 codes as QLocale names them).
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "sd", "ug", "ckb", "dv"})


class TranslationToolError(RuntimeError):
    """A translation tool (lrelease/lupdate) is missing or failed."""


def translations_dir() -> Path:
    return resources_dir() / "translations"


def language_of(locale_name: str) -> str:
    """"es_MX" → "es"; "pt_BR" stays "pt_BR" (a distinct catalogue); "C" → "en"."""
    name = locale_name.replace("-", "_")
    if not name or name in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    if name in ("pt_BR", "zh_CN", "zh_TW"):
        return name
    return name.split("_")[0].lower()


def is_rtl(language: str) -> bool:
    return language_of(language).split("_")[0] in RTL_LANGUAGES


def available_languages(directory: Path | None = None) -> list[str]:
    """English plus every language that has a compiled catalogue, sorted."""
    folder = directory if directory is not None else translations_dir()
    found = {SOURCE_LANGUAGE}
    if folder.is_dir():
        prefix = f"{APP_CATALOG}_"
        found.update(p.stem[len(prefix):] for p in folder.glob(f"{prefix}*.qm"))
    return sorted(found)


# Where CLDR names the default territory's variant ("español de España", "American
# English") but the catalogue is for the language as a whole.
_GENERIC_NAMES = {"en": "English", "es": "español"}


def language_display_name(language: str) -> str:
    """The language's own name ("Español", "العربية") for a language picker."""
    name = _GENERIC_NAMES.get(language) or QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


def system_language() -> str:
    return language_of(QLocale.system().name())


@dataclass
class InstalledLanguage:
    language: str
    app_translator: QTranslator | None
    qt_translator: QTranslator | None

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)


# The installed translators must outlive the call; Qt does not take ownership.
_current: InstalledLanguage | None = None


def current_language() -> str:
    return _current.language if _current is not None else SOURCE_LANGUAGE


def install_language(app: QCoreApplication, language: str | None = None, *,
                     directory: Path | None = None) -> InstalledLanguage:
    """Switch the running app to ``language`` (``None``: the system's).

    A language without a catalogue falls back to English with a log line, never an
    error: an unreadable translation must not stop a clinic from working.
    """
    global _current
    install_core_translator()
    wanted = language_of(language) if language else system_language()
    folder = directory if directory is not None else translations_dir()
    uninstall_language(app)

    app_tr: QTranslator | None = None
    qt_tr: QTranslator | None = None
    effective = wanted
    if wanted != SOURCE_LANGUAGE:
        app_tr = QTranslator(app)
        if app_tr.load(f"{APP_CATALOG}_{wanted}", str(folder)):
            app.installTranslator(app_tr)
        else:
            log.warning("No translation for language %r in %s; using English.", wanted, folder)
            app_tr.deleteLater()
            app_tr, effective = None, SOURCE_LANGUAGE
    if effective != SOURCE_LANGUAGE:
        qt_tr = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_tr.load(f"qtbase_{effective}", qt_folder):
            app.installTranslator(qt_tr)
        else:
            qt_tr.deleteLater()
            qt_tr = None  # Qt's own strings stay English; ours are translated.

    QLocale.setDefault(QLocale(effective))
    direction = (Qt.LayoutDirection.RightToLeft if is_rtl(effective)
                 else Qt.LayoutDirection.LeftToRight)
    set_direction = getattr(app, "setLayoutDirection", None)  # QGuiApplication only
    if set_direction is not None:
        set_direction(direction)
    _current = InstalledLanguage(effective, app_tr, qt_tr)
    return _current


def uninstall_language(app: QCoreApplication) -> None:
    global _current
    if _current is None:
        return
    for translator in (_current.app_translator, _current.qt_translator):
        if translator is not None:
            app.removeTranslator(translator)
            translator.deleteLater()
    _current = None


def _translate_core(template: str) -> str:
    return QCoreApplication.translate(messages.TRANSLATION_CONTEXT, template)


def install_core_translator() -> None:
    """Render the core's messages through the app's installed translators (once at start-up;
    a later language switch needs nothing more, as messages are rendered when shown)."""
    messages.set_translator(_translate_core)


# -- build tools ---------------------------------------------------------------------

def find_qt_tool(name: str) -> Path:
    """Locate ``lrelease``/``lupdate``: the binary shipped inside the PySide6 wheel first,
    then ``pyside6-<name>`` or ``<name>`` on PATH."""
    import PySide6

    exe = ".exe" if os.name == "nt" else ""
    bundled = Path(PySide6.__file__).resolve().parent / f"{name}{exe}"
    if bundled.is_file():
        return bundled
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return Path(found)
    raise TranslationToolError(
        f"Cannot find the Qt tool {name!r}. Install the PySide6 package in this environment "
        f"(it ships {name}) or put pyside6-{name} on PATH.")


def _run_tool(cmd: Sequence[str]) -> str:
    proc = subprocess.run(list(cmd), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise TranslationToolError(
            f"{Path(cmd[0]).name} failed (exit {proc.returncode}): "
            f"{(proc.stderr or proc.stdout).strip()}")
    return proc.stdout


def compile_translations(source_dir: Path | None = None,
                         out_dir: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` to ``*.qm`` in ``out_dir`` (default: beside).

    Returns the .qm files written. Unfinished translations are left out (lrelease's
    default), so an untranslated string shows in English rather than empty.
    """
    src = source_dir if source_dir is not None else translations_dir()
    dst = out_dir if out_dir is not None else src
    sources = sorted(src.glob("*.ts"))
    if not sources:
        raise TranslationToolError(f"No .ts files in {src}.")
    dst.mkdir(parents=True, exist_ok=True)
    tool = find_qt_tool("lrelease")
    written = []
    for ts in sources:
        qm = dst / f"{ts.stem}.qm"
        _run_tool([str(tool), "-silent", str(ts), "-qm", str(qm)])
        if not qm.is_file():
            raise TranslationToolError(f"lrelease did not write {qm}.")
        written.append(qm)
    return written


def update_translations(ui_dir: Path | None = None, ts_dir: Path | None = None,
                        languages: Sequence[str] | None = None) -> list[Path]:
    """Refresh the .ts files from the tr() calls under ``ui_dir`` and the core's message
    catalogue (keeps translations, marks strings that disappeared as obsolete)."""
    code = ui_dir if ui_dir is not None else Path(__file__).resolve().parent
    folder = ts_dir if ts_dir is not None else translations_dir()
    langs = list(languages) if languages else [
        p.stem[len(APP_CATALOG) + 1:] for p in sorted(folder.glob(f"{APP_CATALOG}_*.ts"))]
    if not langs:
        raise TranslationToolError(f"No languages given and no {APP_CATALOG}_*.ts in {folder}.")
    sources = sorted(str(p) for p in code.rglob("*.py"))
    targets = [folder / f"{APP_CATALOG}_{lang}.ts" for lang in langs]
    folder.mkdir(parents=True, exist_ok=True)
    tool = find_qt_tool("lupdate")
    with tempfile.TemporaryDirectory(prefix="collabdesk-core-messages-") as scratch:
        catalogue = write_core_catalogue(Path(scratch) / "core_messages.py")
        _run_tool([str(tool), "-silent", "-locations", "none", *sources, str(catalogue),
                   "-ts", *map(str, targets)])
    return targets



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and give it back unchanged (translated
    later, where it is shown). Qt's own marker is typed as returning ``object``, which hid
    every column header's type from the type checker; lupdate finds this one by its name."""
    return text

def write_core_catalogue(path: Path) -> Path:
    """Write the core catalogue's templates as ``QT_TRANSLATE_NOOP`` entries lupdate reads."""
    lines = ['"""Generated from collabdesk.message_catalogue for lupdate; not imported."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    context = json.dumps(messages.TRANSLATION_CONTEXT)
    lines += [f"QT_TRANSLATE_NOOP({context}, {json.dumps(text, ensure_ascii=False)})"
              for text in sorted(set(message_catalogue.MESSAGES.values()))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m collabdesk.ui.i18n",
                                     description="Maintain CollabDesk's translations.")
    sub = parser.add_subparsers(dest="command", required=True)
    upd = sub.add_parser("update", help="refresh .ts files from tr() calls in ui/ and the "
                                        "core's message catalogue")
    upd.add_argument("languages", nargs="*", help="e.g. es fr ar (default: existing .ts files)")
    comp = sub.add_parser("compile", help="compile .ts files to .qm")
    comp.add_argument("--out", type=Path, default=None, help="output folder for .qm files")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            paths = update_translations(languages=args.languages or None)
        else:
            paths = compile_translations(out_dir=args.out)
    except TranslationToolError as exc:
        print(exc, file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
