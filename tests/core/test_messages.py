"""Core messages: every error raised in collabdesk/ and sync/ names a catalogue code with the
parameters its template needs; str(error) renders the template, in English by default and
through whatever translator is installed otherwise."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import json
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from collabdesk import message_catalogue, messages
from collabdesk.domain import ClientInput
from collabdesk.errors import (
    CollabDeskError,
    ImportFailed,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    TooManyAttempts,
    ValidationError,
)
from collabdesk.passphrases import passphrase_strength
from collabdesk.services.clients import PossibleDuplicates
from collabdesk.services.reports import ReportService
from collabdesk.services.session import Session
from collabdesk.sync.client import DeviceRevoked, HubClient, HubRejected
from collabdesk.sync.errors import ChainError, EnvelopeError

REPO = Path(__file__).resolve().parents[2]


def _error_classes() -> set[str]:
    """Names of CollabDeskError subclasses defined anywhere in the core and sync."""
    names = {"CollabDeskError"}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in _sources()]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        isinstance(b, ast.Name) and b.id in names for b in node.bases):
                    names.add(node.name)
                    grew = True
    return names


def _sources() -> list[Path]:
    return sorted([*REPO.joinpath("collabdesk").rglob("*.py"),
                   *REPO.joinpath("sync").rglob("*.py")])


# Where the message is not the first argument: sync and form errors take their reason first,
# a hub refusal its HTTP status.
_CODE_ARGUMENT = {"SyncError": 1, "EnvelopeError": 1, "ChainError": 1, "RequestAuthError": 1,
                  "GrantError": 1, "KeyFormatError": 1, "SummaryError": 1, "WaitingForKey": 1,
                  "HubRejected": 1, "DeviceRevoked": 1, "DevicePending": 1, "CursorGone": 1,
                  "FormError": 1, "AnswerError": 1, "PqPolicyError": 1, "_fail": 0}


def _raise_sites() -> Iterator[tuple[str, ast.Call, str]]:
    classes = _error_classes() | {"_fail"}  # hsds builds its ImportFailed through _fail
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            call = node.exc if isinstance(node, ast.Raise) else None
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) \
                    and call.func.id in classes:
                yield f"{path.relative_to(REPO)}:{call.lineno}", call, call.func.id


def test_every_raise_site_names_a_catalogue_code_with_its_parameters() -> None:
    problems, checked = [], 0
    for where, call, name in _raise_sites():
        index = _CODE_ARGUMENT.get(name, 0)
        if len(call.args) <= index:
            continue  # the class picks its own code (NotEnrolled(), ChainError("empty"))
        arg = call.args[index]
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            if isinstance(arg, ast.JoinedStr | ast.BinOp):
                problems.append(f"{where}: {name} is given finished text, not a code")
            continue  # a code chosen at run time (a table of codes)
        checked += 1
        if arg.value not in messages.MESSAGES:
            problems.append(f"{where}: {arg.value!r} is not in the catalogue")
            continue
        given = {k.arg for k in call.keywords}
        missing = messages.placeholders(messages.MESSAGES[arg.value]) - given
        if missing and None not in given:  # None: **params passed on
            problems.append(f"{where}: {arg.value!r} lacks {sorted(missing)}")
    assert checked > 300  # the whole code base, not a stub
    assert not problems, "\n".join(problems)


def test_catalogue_templates_are_well_formed() -> None:
    for code, template in messages.MESSAGES.items():
        assert template.strip(), code
        fields = messages.placeholders(template)
        assert template.format_map(dict.fromkeys(fields, "x")), code
    # A template belongs to one meaning: two codes may share English only where the words
    # are the same for every language we ship.
    assert len(set(messages.MESSAGES.values())) >= len(messages.MESSAGES) - 10


def test_each_code_is_written_in_one_area_of_the_catalogue_only() -> None:
    # The areas are merged into one dict: a code in two areas would silently lose one template.
    areas = [importlib.import_module(f"collabdesk.message_catalogue.{m.name}")
             for m in pkgutil.iter_modules(message_catalogue.__path__)]
    assert len(areas) > 5
    assert sum(len(area.MESSAGES) for area in areas) == len(messages.MESSAGES)
    assert messages.MESSAGES is message_catalogue.MESSAGES


@pytest.fixture
def translator() -> Iterator[Callable[[Callable[[str], str] | None], None]]:
    yield messages.set_translator
    messages.set_translator(None)


def test_messages_read_in_english_by_default() -> None:
    error = ValidationError("case.title-required", {"title": "field.required"})
    assert str(error) == "Give the case a short title."
    assert error.fields == {"title": "Required."}
    assert error.code == "case.title-required"
    assert error.message == str(error)  # a plain string, safe to store or log
    assert str(TooManyAttempts(11.6)) == "Too many wrong passphrases. Try again in 12 seconds."
    assert str(CollabDeskError("A sentence that is not a code.")) == \
        "A sentence that is not a code."


def test_a_translator_changes_every_rendering_and_keeps_parameters(translator: Callable[
        [Callable[[str], str] | None], None]) -> None:
    error = NotFound("cli.user-not-found", username="wendy")
    translator(lambda text: "«" + text + "»")
    assert str(error) == "«No active user called wendy.»"
    assert passphrase_strength("abc")[1].startswith("«Very weak")
    translator(None)
    assert str(error) == "No active user called wendy."


def test_a_translation_that_lost_its_placeholder_falls_back_to_english(translator: Callable[
        [Callable[[str], str] | None], None], caplog: pytest.LogCaptureFixture) -> None:
    translator(lambda text: "Pas d'utilisateur {nom}." if "{username}" in text else text)
    assert str(NotFound("cli.user-not-found", username="wendy")) == \
        "No active user called wendy."
    assert "cli.user-not-found" in caplog.text


def test_import_failures_name_their_place_in_the_current_language(translator: Callable[
        [Callable[[str], str] | None], None]) -> None:
    error = ImportFailed("import.value-empty", file="services.csv", row=3,
                         column="name", at="services[2]", column_name="name")
    assert str(error) == ("Required value 'name' is empty at services[2] "
                          "(file services.csv, row 3, column name)")
    assert (error.file, error.row, error.column) == ("services.csv", 3, "name")
    spanish = {"file {file}": "archivo {file}", "row {row}": "fila {row}",
               "column {column}": "columna {column}"}
    translator(lambda text: spanish.get(text, text))
    assert str(error).endswith("(archivo services.csv, fila 3, columna name)")


def test_sync_errors_keep_their_reason_and_read_their_sentence() -> None:
    error = ChainError("bad-seq")
    assert error.reason == "bad-seq" and error.code == "sync.chain.bad-seq"
    assert str(error) == "The device list has a gap, a repeated or a forked entry."
    precise = ChainError("bad-entry", "chain.field-not-integer", key="seq")
    assert precise.reason == "bad-entry"
    assert str(precise) == "Device list entry field 'seq' is not a whole number."
    assert str(EnvelopeError("no-such-reason")) == \
        "The envelope failed a check and was not applied."


def _hub_refusal(status: int, detail: object) -> HubRejected:
    resp = requests.Response()
    resp.status_code = status
    resp._content = json.dumps({"detail": detail}).encode()
    return HubClient("https://hub.example.org", None)._error(resp)


def test_hub_refusals_a_person_meets_come_from_the_catalogue(translator: Callable[
        [Callable[[str], str] | None], None]) -> None:
    expired = _hub_refusal(400, {"reason": "code-expired", "message": "(the hub's English)"})
    assert expired.reason == "code-expired" and expired.code == "hub.rejected.code-expired"
    assert str(expired) == ("This enrollment code has expired. Ask the hub operator for a "
                            "new one.")
    other = _hub_refusal(409, {"reason": "fork", "message": "Entry 3 differs."})
    assert str(other) == "Entry 3 differs."  # no sentence of ours: the hub's words
    assert str(_hub_refusal(502, "")) == ("The hub had an internal problem (HTTP 502); try "
                                          "again later.")
    assert isinstance(_hub_refusal(403, {"reason": "revoked", "message": "x"}), DeviceRevoked)
    translator(lambda text: "»" + text)
    assert str(expired).startswith("»This enrollment code")


def test_field_messages_follow_the_translator_after_the_error_was_raised(
        sign_in: Callable[[str], Session],
        translator: Callable[[Callable[[str], str] | None], None]) -> None:
    session = sign_in("wendy")
    with pytest.raises(ValidationError) as caught:
        session.clients.intake(ClientInput("", "", dob=dt.date(2090, 1, 1),
                                           email="not an address"), confirmed_new=True)
    error = caught.value
    assert set(error.fields) == {"given_name", "dob", "email"}
    assert str(error).startswith("Some fields need attention: Enter at least a given name")
    translator(lambda text: "»" + text)
    assert error.fields["dob"] == "»The date of birth is in the future."
    assert str(error).startswith("»Some fields need attention: »Enter at least")


def test_labels_come_from_the_catalogue() -> None:
    assert str(messages.label("domain", "mental_health")) == "Mental health"
    assert str(messages.label("gender", "non_binary")) == "Non-binary"
    assert messages.label("domain", "not_a_domain") == "not a domain"


def test_every_action_and_status_has_words() -> None:
    from collabdesk.domain import CASE_STATUSES, NEED_STATUSES, REFERRAL_STATUSES
    from collabdesk.services.rbac import ALL_ACTIONS

    missing = [a for a in ALL_ACTIONS if f"rbac.action.{a}" not in messages.MESSAGES]
    missing += [s for s in (*CASE_STATUSES, *NEED_STATUSES, *REFERRAL_STATUSES)
                if f"label.status.{s}" not in messages.MESSAGES]
    assert not missing


def test_refusals_and_duplicate_reasons_follow_the_translator(
        sign_in: Callable[[str], Session],
        translator: Callable[[Callable[[str], str] | None], None]) -> None:
    admin, worker = sign_in("admin"), sign_in("wendy")
    with pytest.raises(PermissionDenied) as refused:
        ReportService(worker).summary("2026-09")
    assert str(refused.value) == ("Wendy is not allowed to see reports. Ask a supervisor or "
                                  "administrator.")
    client = worker.clients.intake(ClientInput("Maria", "Lopez", dob=dt.date(1990, 3, 4)),
                                   confirmed_new=True)
    case = worker.cases.open_case(client.id, "Housing")
    worker.cases.set_status(case.id, "closed")
    with pytest.raises(InvalidTransition, match=r"^A case that is closed cannot become on hold\.$"):
        worker.cases.set_status(case.id, "on_hold")
    with pytest.raises(PossibleDuplicates) as duplicate:
        admin.clients.intake(ClientInput("Maria", "Lopez", dob=dt.date(1990, 3, 4)))
    assert "Same date of birth" in str(duplicate.value)
    translator(lambda text: {"Same date of birth": "Misma fecha de nacimiento",
                             "see reports": "ver informes"}.get(text, text))
    assert "ver informes" in str(refused.value)
    with pytest.raises(PossibleDuplicates) as again:
        admin.clients.intake(ClientInput("Maria", "Lopez", dob=dt.date(1990, 3, 4)))
    assert "Misma fecha de nacimiento" in again.value.candidates[0].reasons


def test_every_envelope_header_problem_has_words() -> None:
    # sync/envelope.py names header problems by a short key: bad("nonce").
    tree = ast.parse((REPO / "sync" / "envelope.py").read_text(encoding="utf-8"))
    keys = {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "bad" and isinstance(node.args[0], ast.Constant)}
    assert len(keys) > 8
    assert not [k for k in keys if f"envelope.header.{k}" not in messages.MESSAGES]
