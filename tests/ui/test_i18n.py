"""Translations: .ts → .qm with the shipped lrelease, switching language live, RTL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from collabdesk.ui import i18n
from collabdesk.ui.models import Column, DataclassTableModel
from collabdesk.ui.widgets import SearchBox

REPO_TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

ARABIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our es/fr catalogues plus a one-string Arabic one, compiled into a temp folder."""
    src = tmp_path_factory.mktemp("ts")
    for ts in REPO_TRANSLATIONS.glob("*.ts"):
        (src / ts.name).write_bytes(ts.read_bytes())
    (src / "collabdesk_ar.ts").write_text(ARABIC_TS, encoding="utf-8")
    out = tmp_path_factory.mktemp("qm")
    written = i18n.compile_translations(src, out)
    assert sorted(p.name for p in written) == ["collabdesk_ar.qm", "collabdesk_es.qm",
                                                "collabdesk_fr.qm"]
    return out


def test_compile_translations_writes_qm_files(compiled: Path) -> None:
    for lang in ("es", "fr", "ar"):
        qm = compiled / f"collabdesk_{lang}.qm"
        assert qm.stat().st_size > 0
        assert qm.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    assert i18n.available_languages(compiled) == ["ar", "en", "es", "fr"]


def test_shipped_ts_files_are_complete_for_es_and_fr() -> None:
    for lang in ("es", "fr"):
        text = (REPO_TRANSLATIONS / f"collabdesk_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text
        assert "<source>Search…</source>" in text


def test_compile_reports_a_broken_ts_file(tmp_path: Path) -> None:
    (tmp_path / "collabdesk_es.ts").write_text("<TS><context><name>", encoding="utf-8")
    with pytest.raises(i18n.TranslationToolError, match="lrelease"):
        i18n.compile_translations(tmp_path, tmp_path / "out")
    with pytest.raises(i18n.TranslationToolError, match=r"No \.ts files"):
        i18n.compile_translations(tmp_path / "empty")


def test_switching_to_spanish_retranslates_live_widgets(
        qtbot: Any, qapp: QApplication, english: None, compiled: Path) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    assert box.placeholderText() == "Search…"
    installed = i18n.install_language(qapp, "es_MX", directory=compiled)
    assert installed.language == "es" and not installed.rtl
    assert i18n.current_language() == "es"
    qtbot.waitUntil(lambda: box.placeholderText() == "Buscar…")
    assert box.accessibleName() == "Buscar"
    assert QCoreApplication.translate("TaskRunner", "Something went wrong and the action "
                                      "could not be completed. Please try again; if it keeps "
                                      "happening, ask your IT volunteer to look at the "
                                      "application log.").startswith("Algo salió mal")
    # Qt's own strings come from its qtbase catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight

    i18n.install_language(qapp, "fr", directory=compiled)
    qtbot.waitUntil(lambda: box.placeholderText() == "Rechercher…")
    i18n.install_language(qapp, "en", directory=compiled)
    qtbot.waitUntil(lambda: box.placeholderText() == "Search…")


def test_model_headers_and_cells_follow_the_language(
        qapp: Any, english: None, compiled: Path) -> None:
    @dataclass(frozen=True)
    class Row:
        id: int
        active: bool

    columns = [Column("active", "Search", lambda r: r.active, context="SearchBox")]
    model = DataclassTableModel(columns, rows=[Row(1, True)])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Search"
    assert model.index(0, 0).data() == "Yes"
    i18n.install_language(qapp, "es", directory=compiled)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Buscar"
    assert model.index(0, 0).data() == "Sí"


def test_arabic_switches_layout_to_right_to_left(
        qtbot: Any, qapp: QApplication, english: None, compiled: Path) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    installed = i18n.install_language(qapp, "ar", directory=compiled)
    assert installed.rtl
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: box.placeholderText() == "بحث…")
    # Untranslated strings fall back to English rather than going blank.
    assert box.accessibleName() == "Search"
    i18n.install_language(qapp, "en", directory=compiled)
    assert box.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unknown_language_falls_back_to_english(
        qapp: Any, english: None, compiled: Path, caplog: pytest.LogCaptureFixture) -> None:
    installed = i18n.install_language(qapp, "sw", directory=compiled)
    assert installed.language == "en"
    assert installed.app_translator is None
    assert QCoreApplication.translate("SearchBox", "Search…") == "Search…"
    assert "sw" in caplog.text


@pytest.mark.parametrize(("name", "lang", "rtl"), [
    ("es_MX", "es", False), ("ar_EG", "ar", True), ("he", "he", True), ("fa_IR", "fa", True),
    ("ur-PK", "ur", True), ("pt_BR", "pt_BR", False), ("C", "en", False), ("fr", "fr", False),
])
def test_language_codes(name: str, lang: str, rtl: bool) -> None:
    assert i18n.language_of(name) == lang
    assert i18n.is_rtl(name) is rtl


def test_language_display_name_is_in_the_language_itself(qapp: Any) -> None:
    assert i18n.language_display_name("es") == "Español"
    assert i18n.language_display_name("fr") == "Français"


def test_update_translations_extracts_tr_calls(tmp_path: Path) -> None:
    code = tmp_path / "ui"
    code.mkdir()
    (code / "screen.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n"
        "class IntakeScreen(QWidget):\n"
        "    def labels(self):\n"
        "        return self.tr('New client')\n", encoding="utf-8")
    [ts] = i18n.update_translations(code, tmp_path / "ts", ["es"])
    text = ts.read_text(encoding="utf-8")
    assert "<name>IntakeScreen</name>" in text and "<source>New client</source>" in text
    # The core's catalogue is extracted too, under its own context.
    assert "<name>CoreMessages</name>" in text
    assert "<source>Give the case a short title.</source>" in text


def test_cli_compiles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert i18n.main(["compile", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "collabdesk_es.qm").is_file()
    assert "collabdesk_fr.qm" in capsys.readouterr().out
    assert i18n.find_qt_tool("lupdate").is_file()

