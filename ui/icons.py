"""The app's own line icons (resources/icons/*.svg), drawn in the palette's text colour.

Each icon is a 24×24 SVG stroked in ``currentColor``; :func:`icon` fills in the colour of
the current palette (so the icons follow light and dark) and renders it with QtSvg at the
sizes Qt asks for. No icon theme is consulted: the same drawing shows on every desktop, in
the packaged build and on the offscreen platform the tests use. Every icon sits beside a
word that says the same, so none needs its own accessible description; an icon alone is
never the only way something is said.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from collabdesk.ui.i18n import resources_dir

# Which drawing each navigation section wears (keys of collabdesk.ui.sidebar.SECTIONS).
SECTION_ICONS = {
    "caseload": "caseload", "all_cases": "all-cases", "clients": "clients",
    "referrals": "referrals", "tasks": "tasks", "directory": "directory",
    "conflicts": "conflicts", "reports": "reports", "admin": "admin", "network": "network",
    "case": "case",
}
_SIZES = (16, 20, 24, 32, 48)


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


def _text_color() -> str:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return "#202020"
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


@cache
def _icon(name: str, color: str) -> QIcon:
    with open(icon_path(name), encoding="utf-8") as file:
        svg = file.read().replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    if not renderer.isValid():
        return result
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio()
                if QGuiApplication.primaryScreen() is not None else 1.0)
    for size in _SIZES:
        pixels = round(size * ratio)
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        result.addPixmap(pixmap)
    return result


def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in resources/icons) in the current palette's text colour."""
    return _icon(name, _text_color())


def section_icon(key: str) -> QIcon:
    """The icon of navigation section ``key`` (an empty icon for a section without one)."""
    name = SECTION_ICONS.get(key)
    return icon(name) if name else QIcon()


def set_button_icon(button: QAbstractButton, name: str) -> None:
    """Give ``button`` the icon ``name`` at the text's height (replacing a standard button's
    own, such as the Save button's floppy disk on a button that sends)."""
    button.setIcon(icon(name))
    size = button.fontMetrics().height()
    button.setIconSize(QSize(size, size))
