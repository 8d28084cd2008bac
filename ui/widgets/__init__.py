"""Small reusable widgets: a debounced search box, status chips, field error messages, an
undo bar; Tab order helpers.

Each sets an accessible name and translates its own texts (and re-translates on a
language change); texts passed in by screens must already be translated.
"""

from __future__ import annotations

from collabdesk.ui.widgets.field_error import FieldErrorLabel, FormValidator
from collabdesk.ui.widgets.search_box import SearchBox
from collabdesk.ui.widgets.status_chip import CHIP_KINDS, ChipKind, StatusChip
from collabdesk.ui.widgets.tab_order import last_in_tab_order, tab_chain
from collabdesk.ui.widgets.undo_bar import UndoBar

__all__ = ["CHIP_KINDS", "ChipKind", "FieldErrorLabel", "FormValidator", "SearchBox",
           "StatusChip", "UndoBar", "last_in_tab_order", "tab_chain"]
