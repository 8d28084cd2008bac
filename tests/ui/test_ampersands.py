"""An "&" in the data shows as an "&": a form titled "Food & housing", a question, an option or
a group with one, a partner called "Smith & Sons" or a spreadsheet column "Family & other names"
never turns into an Alt+letter (Qt reads "&" in a button, check box, group box, tab or a caption
with a buddy as the mark of one: "Food & housing" showed as "Food housing" and took Alt+Space).

Each such text is given to Qt with its ampersands doubled; the accessible names, which Qt does
not read for a mnemonic, keep the words as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from collabdesk.forms.parse import parse_questionnaire
from collabdesk.services.referrals import SharedResponse
from collabdesk.ui.dialogs.consent import ConsentDialog
from collabdesk.ui.dialogs.referral import ReferralDialog
from collabdesk.ui.formats import literal, spoken
from collabdesk.ui.forms.agency_panel import AgencyFieldsPanel
from collabdesk.ui.forms.dialogs import SharedFormsDialog
from collabdesk.ui.forms.editors import ChoiceEditor
from collabdesk.ui.forms.renderer import FormView
from tests.ui.forms_support import outcome_dialog
from tests.ui.pages_support import Env, make_case
from tests.ui.test_mnemonics import mnemonic
from tests.waits import WAIT_MS

FOOD_AND_HOUSING: dict[str, Any] = {
    "resourceType": "Questionnaire", "status": "active", "url": "urn:t:food-and-housing",
    "title": "Food & housing",
    "item": [
        {"linkId": "meals", "type": "choice", "text": "Food & drink",
         "answerOption": [{"valueString": "Bread & milk"}, {"valueString": "Rice & beans"}]},
        {"linkId": "home", "type": "group", "text": "Rent & bills", "item": [
            {"linkId": "rent", "type": "integer", "text": "Rent & service charge"}]},
        {"linkId": "people", "type": "group", "text": "Adults & children", "repeats": True,
         "item": [{"linkId": "age", "type": "integer", "text": "Age"}]},
    ]}


def _caption(owner: QWidget, field: QWidget) -> QLabel:
    """The caption whose buddy ``field`` is."""
    return next(c for c in owner.findChildren(QLabel) if c.buddy() is field)


def test_literal_doubles_each_ampersand_and_spoken_reads_it_back() -> None:
    assert literal("Food & housing") == "Food && housing"
    assert literal("A&&B") == "A&&&&B" and literal("") == ""
    assert mnemonic(literal("Smith & Sons")) is None
    # A caption's words for a screen reader: no mnemonic mark, a literal "&" as written.
    assert spoken("&What " + literal("Smith & Sons") + " did") == "What Smith & Sons did"
    assert spoken("Case &title") == "Case title"


def test_a_forms_questions_options_and_groups_show_their_ampersands(qtbot: Any) -> None:
    view = FormView(parse_questionnaire(FOOD_AND_HOUSING))
    qtbot.addWidget(view)
    view.show()
    meals = view.editor("meals")
    assert isinstance(meals, ChoiceEditor)
    caption = _caption(view, meals.focus_widget())
    assert caption.text() == "Food && drink" and mnemonic(caption.text()) is None
    assert meals.accessibleName() == "Food & drink"
    assert [b.text() for b in meals.buttons] == ["Bread && milk", "Rice && beans"]
    assert [b.accessibleName() for b in meals.buttons] == ["Bread & milk", "Rice & beans"]
    assert all(mnemonic(b.text()) is None for b in meals.buttons)
    rent = view.editor("rent", "home", 0)
    assert _caption(view, rent.focus_widget()).text() == "Rent && service charge"

    home = view.row_widget(("home", 0))
    assert home.title() == "Rent && bills"  # type: ignore[attr-defined]
    assert home.accessibleName() == "Rent & bills"
    people = view.row_widget(("people", 0))
    assert people.title() == "Adults && children (1)"  # type: ignore[attr-defined]
    add = next(b for b in view.findChildren(QPushButton) if "Add another" in b.text())
    assert add.text() == "Add another: Adults && children" and mnemonic(add.text()) is None
    assert add.accessibleName() == "Add another: Adults & children"


def test_a_forms_title_shows_its_ampersand_wherever_the_form_is_offered(
        qtbot: Any, env: Env) -> None:
    session = env.session
    client_id, case_id = make_case(session)
    food = session.forms.import_form(FOOD_AND_HOUSING, use="assessment").form
    session.forms.save(food.id, {("meals",): [{"valueString": "Bread & milk"}]},
                       case_id=case_id, complete=True)

    # The consent names the forms whose answers may be shared.
    consent = ConsentDialog(env.context, client_id)
    qtbot.addWidget(consent)
    consent.show()
    qtbot.waitUntil(lambda: food.url in consent.form_checks, timeout=WAIT_MS)
    check = consent.form_checks[food.url]
    assert check.text() == "Food && housing" and mnemonic(check.text()) is None
    assert check.accessibleName() == "May share the answers to: Food & housing"

    # The referral offers the case's completed forms to send with it.
    referral = ReferralDialog(env.context, case_id)
    qtbot.addWidget(referral)
    referral.show()
    qtbot.waitUntil(lambda: len(referral.response_checks) == 1, timeout=WAIT_MS)
    sent, _version = next(iter(referral.response_checks.values()))
    assert sent.text().startswith("Food && housing (") and mnemonic(sent.text()) is None
    assert sent.accessibleName().startswith("Send with it: Food & housing (")

    # The forms a partner sent with its referral, one tab each.
    form = parse_questionnaire(FOOD_AND_HOUSING)
    shared = SharedFormsDialog([SharedResponse(form, "Food & housing", {}, None, {})])
    qtbot.addWidget(shared)
    assert shared.tabs.tabText(0) == "Food && housing"


def test_an_agency_forms_title_shows_its_ampersand_on_the_profiles_button(
        qtbot: Any, env: Env) -> None:
    client_id, _case_id = make_case(env.session)
    env.session.forms.import_form(dict(FOOD_AND_HOUSING, url="urn:t:home-and-family",
                                       title="Home & family"), use="agency")
    panel = AgencyFieldsPanel(env.context)
    qtbot.addWidget(panel)
    panel.open_client(client_id)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=WAIT_MS)
    button = panel.edit_buttons[0]
    assert button.text() == "Fill in: Home && family" and mnemonic(button.text()) is None
    assert button.accessibleName() == "Fill in: Home & family"


def test_a_partners_name_in_a_caption_keeps_its_ampersand(qtbot: Any, env: Env) -> None:
    _client_id, case_id = make_case(env.session)
    dialog: Any = outcome_dialog(env.context, case_id, None, partner_name="Smith & Sons")
    qtbot.addWidget(dialog)
    dialog.show()
    caption = _caption(dialog, dialog.outcome)
    assert caption.text() == "&What Smith && Sons did"
    assert mnemonic(caption.text()) == "w"  # the caption's own letter, not the name's
    assert dialog.outcome.accessibleName() == "What Smith & Sons did"


def test_a_spreadsheet_columns_ampersand_shows_in_its_caption(
        qtbot: Any, env: Env, tmp_path: Path) -> None:
    from collabdesk.ui.dialogs.caseload_import import CaseloadImportWizard

    sheet = tmp_path / "clients.csv"
    sheet.write_text("First name,Family & other names,Date of birth\n"
                     "Lena,Okafor & Sons,1980-05-06\n", encoding="utf-8")
    wizard = CaseloadImportWizard(env.context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(sheet))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    combo = wizard.mapping_page.combos[1]
    caption = _caption(wizard, combo)
    assert caption.text() == "Family && other names (e.g. Okafor && Sons)"
    assert mnemonic(caption.text()) is None
    assert combo.accessibleName() == "Field for column Family & other names"
