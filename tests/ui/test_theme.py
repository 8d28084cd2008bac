"""Theme: readable semantic colours in light and dark, and following the colour scheme."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from collabdesk.ui import theme
from collabdesk.ui.widgets import StatusChip


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    theme.reset_theme(qapp)


@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_semantic_colours_meet_wcag_aa(colors: theme.SemanticColors) -> None:
    for kind in theme.KINDS:
        fg, bg = colors.chip(kind)
        assert theme.contrast_ratio(fg, bg) >= 4.5, kind
    for name in ("overdue", "warning", "ok", "error", "muted", "accent"):
        assert theme.contrast_ratio(getattr(colors, name), colors.base) >= 4.5, name
    assert theme.contrast_ratio(colors.text, colors.base) >= 7


def test_contrast_ratio_matches_known_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_stylesheet_tokens_are_all_filled() -> None:
    for colors in (theme.LIGHT, theme.DARK):
        qss = theme.render_stylesheet(colors)
        assert "@" not in qss
        assert colors.overdue_bg in qss and colors.focus in qss
    with pytest.raises(KeyError, match="@nope"):
        theme.render_stylesheet(theme.LIGHT, "QLabel { color: @nope; }")


def test_dark_preference_gives_dark_palette_colours_and_chips(
        qtbot: Any, themed: QApplication) -> None:
    manager = theme.apply_theme(themed, "dark")
    assert manager.is_dark() and theme.semantic_colors() is theme.DARK
    assert themed.palette().color(QPalette.ColorRole.Window).lightness() < 128
    chip = StatusChip("Overdue", "overdue")
    qtbot.addWidget(chip)
    chip.ensurePolished()
    assert chip.palette().color(QPalette.ColorRole.WindowText).name() == theme.DARK.overdue_fg

    with qtbot.waitSignal(manager.sig_theme_changed) as blocker:
        manager.set_preference("light")
    assert blocker.args == [False]
    assert theme.semantic_colors() is theme.LIGHT
    assert themed.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    chip.set_status("Done", "ok")
    assert chip.palette().color(QPalette.ColorRole.WindowText).name() == theme.LIGHT.ok_fg


def test_system_preference_follows_colour_scheme_changes(
        qtbot: Any, themed: QApplication) -> None:
    manager = theme.apply_theme(themed, "system")
    assert not manager.is_dark()  # the offscreen platform is light
    with qtbot.waitSignal(manager.sig_theme_changed) as blocker:
        themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert blocker.args == [True]
    assert theme.semantic_colors() is theme.DARK
    manager.set_preference("light")  # an explicit choice wins over the system
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not manager.is_dark()
    with pytest.raises(ValueError, match="theme"):
        manager.set_preference("sepia")  # type: ignore[arg-type]


def test_high_dpi_setup_after_app_creation_is_ignored_with_a_warning(
        qapp: QApplication, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="collabdesk.ui.theme"):
        theme.configure_high_dpi()
    assert "after the application was created" in caplog.text
