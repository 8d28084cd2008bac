"""Every string of the desktop app is translated into Spanish and French.

The shipped .ts files are copied to a temporary folder and refreshed from the tr() calls
under ui/ with the same lupdate the developers run (``python -m collabdesk.ui.i18n
update``), so a string added to the code without a translation makes this test fail and
names it. Translations must keep every placeholder ({name}, %n, %1) of their source.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from collabdesk.ui import i18n

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("es", "fr")
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")


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
