"""The app's own icons: every section and the buttons that wear one show a drawing that
renders offscreen (as in a bundle), and a sidebar count is read out with what it counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from collabdesk.ui.icons import SECTION_ICONS, icon, icon_path
from collabdesk.ui.sidebar import SECTIONS, section_accessible_text
from tests.waits import WAIT_MS

from .conftest import SignedIn

ROOT = Path(__file__).resolve().parents[2]


def _drawn(image: QImage) -> int:
    """How many pixels of ``image`` are not transparent."""
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).alpha() > 0)


def test_every_section_has_an_icon_that_renders(qapp: Any) -> None:
    assert set(SECTION_ICONS) == {s.key for s in SECTIONS}
    for key, name in SECTION_ICONS.items():
        assert Path(icon_path(name)).is_file(), key
        image = icon(name).pixmap(24, 24).toImage()
        assert 20 < _drawn(image) < 24 * 24 * 0.6, f"{name} draws nothing, or a block"


def test_sidebar_and_buttons_wear_the_right_icons(qtbot: Any, signed_in: SignedIn) -> None:
    window = signed_in.window
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert not item.icon().isNull(), item.text()
    send = icon("send").pixmap(16, 16).toImage()
    from collabdesk.ui.dialogs.referral import ReferralDialog

    context = window.context
    assert context is not None
    dialog = ReferralDialog(context, signed_in.case_id, parent=window)
    qtbot.addWidget(dialog)
    signed_in.settle(qtbot)  # its first checks answer before it closes
    shown = dialog.save_button.icon().pixmap(16, 16).toImage()
    assert shown == send  # a paper plane, not the Save button's floppy disk
    assert not window.sync_now_action.icon().isNull()
    assert not window.lock_action.icon().isNull()
    dialog.reject()


def test_a_count_is_read_out_with_what_it_counts(qtbot: Any, signed_in: SignedIn) -> None:
    window = signed_in.window
    qtbot.waitUntil(lambda: window.work_counts.by_section.get("tasks") == 1, timeout=WAIT_MS)
    item = window._nav_item("tasks")
    assert item is not None
    assert item.text() == "Tasks (1)"
    assert item.data(0x0B) == "Tasks, 1 overdue"  # Qt.ItemDataRole.AccessibleTextRole
    assert section_accessible_text("referrals", "Referrals", 0) == "Referrals"


def test_the_bundle_takes_the_icons_along() -> None:
    spec = (ROOT / "installer" / "collabdesk.spec").read_text(encoding="utf-8")
    assert '"icons"' in spec and "QtSvg\"" not in spec.split("QT_UNUSED")[1].split("]")[0]
    assert (ROOT / "resources" / "icons" / "README.md").read_text(encoding="utf-8").count(
        "own") >= 1


def test_icons_follow_a_switch_to_dark(qtbot: Any, signed_in: SignedIn, qapp: Any) -> None:
    from collabdesk.ui.theme import apply_theme, reset_theme

    window = signed_in.window
    before = window.nav.item(0).icon().pixmap(24, 24).toImage()
    manager = apply_theme(qapp, "light")
    try:
        manager.set_preference("dark")
        qtbot.waitUntil(lambda: window.nav.item(0).icon().pixmap(24, 24).toImage() != before,
                        timeout=WAIT_MS)
        drawn = window.nav.item(0).icon().pixmap(24, 24).toImage()
        lightest = max(drawn.pixelColor(x, y).lightness() for y in range(24) for x in range(24)
                       if drawn.pixelColor(x, y).alpha() > 200)
        assert lightest > 150  # light strokes on the dark sidebar
    finally:
        manager.set_preference("light")
        reset_theme(qapp)
