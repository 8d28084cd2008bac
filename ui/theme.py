"""Look of the desktop app: light/dark following the system, one calm stylesheet,
semantic colours, high-DPI defaults.

* :func:`configure_high_dpi` — call once before the ``QApplication`` exists.
* :func:`apply_theme` — Fusion style, a palette matching the colour scheme and
  ``resources/styles/app.qss`` with its ``@token`` colours filled in; returns a
  :class:`ThemeManager` that re-applies everything when the system switches between
  light and dark (Qt 6 ``QStyleHints.colorSchemeChanged``) or the user picks a
  preference ("system", "light", "dark").
* :func:`semantic_colors` — colours that carry meaning (overdue, warning, ok, info)
  in variants for light and dark, each pair checked for WCAG AA contrast (4.5:1).
  Meaning is never carried by colour alone: chips and cells also say it in words.

Sizes in the stylesheet are in ``em`` so that they follow the user's font size and the
screen's scale factor.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from collabdesk.ui.i18n import resources_dir

log = logging.getLogger(__name__)

Preference = Literal["system", "light", "dark"]
Kind = Literal["neutral", "info", "ok", "warning", "overdue"]
KINDS: tuple[Kind, ...] = ("neutral", "info", "ok", "warning", "overdue")


@dataclass(frozen=True)
class SemanticColors:
    """Hex colours for one colour scheme.

    ``<kind>_fg``/``<kind>_bg`` are chip text and fill; ``overdue``/``warning``/``ok``
    are text colours readable on the table background ``base``.
    """

    dark: bool
    window: str
    base: str
    text: str
    muted: str
    accent: str
    focus: str
    border: str
    overdue: str
    warning: str
    ok: str
    error: str
    neutral_fg: str
    neutral_bg: str
    info_fg: str
    info_bg: str
    ok_fg: str
    ok_bg: str
    warning_fg: str
    warning_bg: str
    overdue_fg: str
    overdue_bg: str

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def chip(self, kind: Kind) -> tuple[QColor, QColor]:
        """(text, fill) for a :class:`~collabdesk.ui.widgets.StatusChip` of ``kind``."""
        return QColor(getattr(self, f"{kind}_fg")), QColor(getattr(self, f"{kind}_bg"))

    def tokens(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, str)}


LIGHT = SemanticColors(
    dark=False, window="#f4f5f7", base="#ffffff", text="#1f2328", muted="#57606a",
    accent="#1f5fbf", focus="#1f5fbf", border="#c5cad1",
    overdue="#b3261e", warning="#8a5300", ok="#1d6b35", error="#b3261e",
    neutral_fg="#3d4350", neutral_bg="#eceef1",
    info_fg="#1b4f8a", info_bg="#e3eefb",
    ok_fg="#1d6b35", ok_bg="#e3f4e8",
    warning_fg="#7a4a00", warning_bg="#fff1d6",
    overdue_fg="#9f1c1c", overdue_bg="#fde8e8",
)

DARK = SemanticColors(
    dark=True, window="#202226", base="#17191c", text="#e6e8eb", muted="#a4abb5",
    accent="#7fb0ff", focus="#7fb0ff", border="#454a52",
    overdue="#ff8a80", warning="#ffc661", ok="#7fd99a", error="#ff8a80",
    neutral_fg="#d5d9e0", neutral_bg="#3a3f47",
    info_fg="#a8cbff", info_bg="#163456",
    ok_fg="#9fe0b0", ok_bg="#1d4029",
    warning_fg="#ffd58a", warning_bg="#4d3300",
    overdue_fg="#ffb4ab", overdue_bg="#5c1a16",
)


def contrast_ratio(foreground: str | QColor, background: str | QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1.0 … 21.0)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    a, b = luminance(QColor(foreground)), luminance(QColor(background))
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def configure_high_dpi() -> None:
    """Crisp text on 125 % and 150 % screens: use the exact scale factor, not a rounded one.

    Must run before the QApplication is created (Qt ignores it afterwards).
    """
    if QGuiApplication.instance() is not None:
        log.warning("configure_high_dpi() called after the application was created; ignored.")
        return
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def system_is_dark(app: QGuiApplication | None = None) -> bool:
    """The system's scheme; where the platform does not say, guess from the palette."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return False
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return _palette_is_dark(app.palette())


def semantic_colors(app: QGuiApplication | None = None) -> SemanticColors:
    """The colours for the scheme in use now (the theme manager's, if one is active)."""
    if _manager is not None:
        return _manager.colors
    return DARK if system_is_dark(app) else LIGHT


def build_palette(colors: SemanticColors) -> QPalette:
    """A complete palette from our colours, used when the style's own does not match."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    p.setColor(role.Window, QColor(colors.window))
    p.setColor(role.WindowText, QColor(colors.text))
    p.setColor(role.Base, QColor(colors.base))
    p.setColor(role.AlternateBase, QColor(colors.window))
    p.setColor(role.Text, QColor(colors.text))
    p.setColor(role.Button, QColor(colors.window))
    p.setColor(role.ButtonText, QColor(colors.text))
    p.setColor(role.ToolTipBase, QColor(colors.base))
    p.setColor(role.ToolTipText, QColor(colors.text))
    p.setColor(role.PlaceholderText, QColor(colors.muted))
    p.setColor(role.Highlight, QColor(colors.accent))
    p.setColor(role.HighlightedText, QColor(colors.base))
    p.setColor(role.Link, QColor(colors.accent))
    p.setColor(role.BrightText, QColor(colors.overdue))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(colors.muted))
    return p


def stylesheet_path() -> Path:
    return resources_dir() / "styles" / "app.qss"


_TOKEN = re.compile(r"@([a-z_]+)\b")


def render_stylesheet(colors: SemanticColors, template: str | None = None) -> str:
    """Fill ``@token`` placeholders in the stylesheet with ``colors``.

    An unknown token is an error in the stylesheet, so it raises instead of leaving a
    silently broken rule behind.
    """
    if template is None:
        template = stylesheet_path().read_text(encoding="utf-8")
    tokens = colors.tokens()

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in tokens:
            raise KeyError(f"Unknown colour token @{name} in the stylesheet.")
        return tokens[name]

    return _TOKEN.sub(fill, template)


class ThemeManager(QObject):
    """Keeps palette, stylesheet and semantic colours in step with the colour scheme."""

    sig_theme_changed = Signal(bool)  # dark

    def __init__(self, app: QApplication, preference: Preference = "system") -> None:
        super().__init__(app)
        self._app = app
        self._preference: Preference = preference
        self._system_dark = system_is_dark(app)
        self._style_palette = QPalette(app.palette())
        self.colors: SemanticColors = LIGHT
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @property
    def preference(self) -> Preference:
        return self._preference

    def set_preference(self, preference: Preference) -> None:
        if preference not in ("system", "light", "dark"):
            raise ValueError(f"Unknown theme {preference!r}; use system, light or dark.")
        self._preference = preference
        self.apply()

    def is_dark(self) -> bool:
        if self._preference == "system":
            return self._system_dark
        return self._preference == "dark"

    def apply(self) -> None:
        dark = self.is_dark()
        self.colors = DARK if dark else LIGHT
        # Keep the platform's own palette (accent colours, native feel) when it already
        # matches; otherwise use ours so text never ends up dark-on-dark.
        if _palette_is_dark(self._style_palette) == dark:
            self._app.setPalette(self._style_palette)
        else:
            self._app.setPalette(build_palette(self.colors))
        try:
            self._app.setStyleSheet(render_stylesheet(self.colors))
        except OSError:
            log.warning("Stylesheet not found at %s; using the plain style.", stylesheet_path())
            self._app.setStyleSheet("")
        self.sig_theme_changed.emit(dark)

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system_dark = (scheme == Qt.ColorScheme.Dark if scheme != Qt.ColorScheme.Unknown
                             else _palette_is_dark(self._style_palette))
        if self._preference == "system":
            self.apply()


_manager: ThemeManager | None = None


def apply_theme(app: QApplication, preference: Preference = "system", *,
                style: str | None = "Fusion") -> ThemeManager:
    """Style the application and keep following the colour scheme. Call once."""
    global _manager
    reset_theme(app)  # so the manager captures the style's palette, not our last one
    if style:
        app.setStyle(style)
    _manager = ThemeManager(app, preference)
    _manager.apply()
    return _manager


def reset_theme(app: QApplication) -> None:
    """Undo :func:`apply_theme` (tests, and switching themes off for debugging)."""
    global _manager
    if _manager is not None:
        app.styleHints().colorSchemeChanged.disconnect(_manager._on_scheme_changed)
        app.setPalette(_manager._style_palette)
        _manager.deleteLater()
        _manager = None
    app.setStyleSheet("")
