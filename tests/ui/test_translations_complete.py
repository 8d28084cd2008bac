"""Every string of the desktop app is translated into Spanish and French.

The shipped .ts files are copied to a temporary folder and refreshed from the tr() calls
under ui/ and the core's message catalogue with the same lupdate the developers run
(``python -m collabdesk.ui.i18n update``), so a string added to the code without a
translation makes this test fail and names it. Translations must keep every placeholder
({name}, {name!r}, %n, %1) of their source. Core errors raised by real services read in
the installed language.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from collabdesk import message_catalogue, messages
from collabdesk.domain import ClientInput
from collabdesk.errors import ValidationError
from collabdesk.passphrases import passphrase_strength
from collabdesk.services.session import Session
from collabdesk.ui import i18n
from collabdesk.ui.dialogs.forms import label
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("es", "fr")
PLACEHOLDER = re.compile(r"\{\w+(?:![rsa])?(?::[^{}]*)?\}|%n|%\d")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ts")
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"collabdesk_{lang}.ts", folder)
    i18n.update_translations(ts_dir=folder, languages=LANGUAGES)
    return folder


def _problems(path: Path) -> list[str]:
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            where = f"{path.stem} [{name}] {source!r}"
            if kind == "unfinished":
                problems.append(f"{where}: not translated")
            elif not texts or any(not t.strip() for t in texts):
                problems.append(f"{where}: empty translation")
            else:
                wanted = sorted(PLACEHOLDER.findall(source))
                problems += [f"{where}: placeholders differ in {t!r}" for t in texts
                             if sorted(PLACEHOLDER.findall(t)) != wanted]
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ui_string_is_translated(refreshed: Path, lang: str) -> None:
    path = refreshed / f"collabdesk_{lang}.ts"
    messages = sum(1 for _ in ET.parse(path).getroot().iter("message"))
    assert messages > 500  # the whole app, not a stub
    problems = _problems(path)
    assert not problems, "\n".join(problems[:40])


def test_shipped_catalogues_are_up_to_date_with_the_code(refreshed: Path) -> None:
    # The committed files already hold what lupdate would add: nothing is left for
    # translators to find only after a release.
    for lang in LANGUAGES:
        shipped = _problems(TRANSLATIONS / f"collabdesk_{lang}.ts")
        assert not shipped, "\n".join(shipped[:40])


def test_spanish_and_french_read_as_such(refreshed: Path) -> None:
    found: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        root = ET.parse(refreshed / f"collabdesk_{lang}.ts").getroot()
        found[lang] = {m.findtext("source") or "": m.findtext("translation") or ""
                       for m in root.iter("message") if m.get("numerus") != "yes"}
    assert found["es"]["Offline — changes are kept on this laptop"].startswith("Sin conexión")
    assert found["fr"]["Offline — changes are kept on this laptop"].startswith("Hors ligne")
    assert found["es"]["Sync now"] == "Sincronizar ahora"
    assert found["fr"]["Sync now"] == "Synchroniser maintenant"


def _core_messages(path: Path) -> dict[str, tuple[str, str | None]]:
    """English template → (translation, its type) in the CoreMessages context."""
    found: dict[str, tuple[str, str | None]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != messages.TRANSLATION_CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[message.findtext("source") or ""] = (translation.text or "",
                                                       translation.get("type"))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_core_message_is_translated_with_its_placeholders(refreshed: Path,
                                                                lang: str) -> None:
    catalogue = _core_messages(refreshed / f"collabdesk_{lang}.ts")
    problems = []
    for code, template in message_catalogue.MESSAGES.items():
        text, kind = catalogue.get(template, ("", "missing"))
        if kind is not None or not text.strip():
            problems.append(f"{code}: {kind or 'empty'}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(template)):
            problems.append(f"{code}: placeholders differ in {text!r}")
    assert not problems, "\n".join(problems[:40])


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    ws = Workspace(tmp_path / "agency", clock=lambda: dt.datetime(2026, 10, 2, 9, tzinfo=dt.UTC))
    created, _ = ws.create("Riverside Family Services", "admin", "admin pass phrase 1",
                           admin_display_name="Ana Admin", kdf=KdfParams.FLOOR)
    yield created
    created.close()


def test_a_core_error_reads_in_the_installed_language(qapp: QApplication, english: None,
                                                       session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        session.clients.intake(ClientInput("", "", email="not an address"),
                               confirmed_new=True)
    error = caught.value
    assert str(error) == ("Some fields need attention: Enter at least a given name or a "
                          "family name. This does not look like an email address.")

    # The error was raised in English; it reads in Spanish once Spanish is installed.
    i18n.install_language(qapp, "es")
    assert str(error) == ("Algunos campos necesitan atención: Escriba al menos un nombre o un "
                          "apellido. Esto no parece una dirección de correo electrónico.")
    assert error.fields["email"] == "Esto no parece una dirección de correo electrónico."
    with pytest.raises(ValidationError, match=r"^Dé al caso un título breve\.$"):
        session.cases.open_case(session.clients.intake(
            ClientInput("Ana", "Ruiz"), confirmed_new=True).id, " ")
    assert passphrase_strength("abc")[1].startswith("Muy débil")
    assert label("declined: not_eligible") == "Rechazada: no cumple los requisitos"
    assert label("mental_health") == "Salud mental"

    i18n.install_language(qapp, "fr")
    assert str(error).startswith("Certains champs demandent votre attention : Saisissez")
    i18n.install_language(qapp, "en")
    assert error.fields["email"] == "This does not look like an email address."


def test_the_audit_chain_check_reads_in_the_installed_language(
        qapp: QApplication, english: None, session: Session) -> None:
    from collabdesk.services import audit

    with session.store.transaction() as conn:  # an insider with the key bypasses the trigger
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET action = 'nothing.happened' WHERE seq = 1")
    with session.store.read() as conn:
        found = audit.verify(conn)
    assert [str(p) for p in found] == ["Entry 1 was altered."]
    i18n.install_language(qapp, "es")
    assert [str(p) for p in found] == ["La entrada 1 fue alterada."]
    i18n.install_language(qapp, "fr")
    assert [str(p) for p in found] == ["L’entrée 1 a été modifiée."]
    i18n.install_language(qapp, "en")
    assert found[0].english() == "Entry 1 was altered."


def test_shipped_qm_files_are_compiled_from_the_shipped_ts(tmp_path: Path) -> None:
    # The app loads the .qm files: a translation added to a .ts but not compiled never shows.
    for qm in i18n.compile_translations(TRANSLATIONS, tmp_path):
        assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), (
            f"{qm.name} is stale: run python -m collabdesk.ui.i18n compile")


def test_every_literal_a_person_reads_is_where_lupdate_finds_it() -> None:
    """lupdate finds ``self.tr("…")``, ``translate("Context", "…")`` and
    ``QT_TRANSLATE_NOOP("Context", "…")``; a literal handed to a home-made wrapper such as
    ``_tr("…")`` is never extracted, so it would stay English in every language."""
    import ast

    ui = Path(__file__).resolve().parents[2] / "ui"
    seen = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
    hidden = []
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else (
                node.func.id if isinstance(node.func, ast.Name) else "")
            literal = isinstance(node.args[0], ast.Constant) and isinstance(
                node.args[0].value, str)
            if literal and name not in seen and ("tr" in name.lower().split("_")
                                                 or name.lower().endswith("translate")):
                hidden.append(f"{path.relative_to(ui)}:{node.lineno} {name}(…)")
    assert not hidden, "\n".join(hidden)
