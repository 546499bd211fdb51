"""Reasons as data (R-UI5): a code and arguments, the English text made from one template.

The window's side (translations, and its English matching this one) is in
tests/ui/test_reasons.py.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import socketserver
import sqlite3
import string
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httplib2
import pytest
from googleapiclient.errors import HttpError

from crmsync_gui.app.google_account import AccountFile, GoogleSession
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Settings
from crmsync_gui.core.plan import Side
from crmsync_gui.core.plan_input import Decisions, PlanOptions
from crmsync_gui.core.policies import ConflictPolicy
from crmsync_gui.core.reasons import (
    _LINES_ARGS,
    _NUMBER_ARGS,
    _REASON_ARGS,
    _WORD_ARGS,
    ENGLISH,
    ENGLISH_WORDS,
    Arg,
    Reason,
    ReasonCode,
    ReasonText,
    reason_from_text,
    reason_of,
)
from crmsync_gui.core.record import Field
from crmsync_gui.crm import sqlite_db
from crmsync_gui.crm.csv_io import CsvImportError, read_rows
from crmsync_gui.crm.model import CrmConflictError, CrmError, CrmWrite, WriteKind
from crmsync_gui.crm.schema import SCHEMA_VERSION
from crmsync_gui.google.auth import (
    GoogleConfig,
    OAuthClientMissing,
    check_client_file,
    credentials_from_refresh_token,
)
from crmsync_gui.google.errors import (
    GoogleError,
    GoogleRequestRefused,
    SignInRequired,
    TemporaryGoogleError,
    error_from_http,
)
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.retry import RetryPolicy, UncertainWrite, run_with_retry
from crmsync_gui.google.tokens import NO_KEYRING_WARNING, MemoryTokenStore, open_token_store
from crmsync_gui.sandbox.testing import write_client_secrets
from crmsync_gui.sync.backup import list_backups
from tests.core.conftest import World, at, company, crm_contact, google_contact, make_plan


def sample_arg(name: str) -> Arg:
    """A value of the kind each argument name holds (see the conventions in reasons.py)."""
    if name in _NUMBER_ARGS:
        return 42
    if name in _WORD_ARGS:
        return next(iter(_WORD_ARGS[name]))
    if name in _REASON_ARGS:
        return Reason.text_only("disk full")
    if name in _LINES_ARGS:
        return (Reason.of(ReasonCode.CSV_EMPTY_FILE), Reason.of(ReasonCode.CSV_MORE_ERRORS,
                                                                count=3))
    return {"email": "sophie@exemple.fr", "path": "/data/crm.sqlite3"}.get(name, "Sophie")


def sample(code: ReasonCode) -> Reason:
    names = [name for _, name, _, _ in string.Formatter().parse(ENGLISH[code]) if name]
    return Reason.of(code, **{name: sample_arg(name) for name in names})


def test_every_code_has_one_english_template() -> None:
    """Fails when a code is added without its English words."""
    assert set(ENGLISH) == set(ReasonCode)
    for code in ReasonCode:
        assert sample(code).text  # every placeholder is an argument name


def test_every_word_argument_has_english() -> None:
    assert set(ENGLISH_WORDS) == {*Side, *Field}


def test_text_is_the_template_filled_in_english() -> None:
    match = Reason.of(ReasonCode.MATCHED_BY_PERSONAL_EMAIL, email="a@x.fr")
    reason = Reason.of(ReasonCode.CHANGED_IN_GOOGLE_FIRST_SYNC, match=match)
    assert reason.text == "changed in Google (first sync, matched by personal email a@x.fr)"
    assert str(reason) == reason.text
    assert Reason.of(ReasonCode.CONFLICT_NEWEST_WINS, side=Side.GOOGLE).text == (
        "changed on both sides: the newest (Google) wins")
    assert Reason.of(ReasonCode.UNDO_CRM_FIELD_CHANGED, name="Léa Roux",
                     field=Field.HOME_PHONE).text == (
        "Léa Roux: Home phone changed in the CRM since; left as is")


@pytest.mark.parametrize("code", list(ReasonCode))
def test_english_text_reads_back_to_its_code(code: ReasonCode) -> None:
    """What reason_from_text relies on: no template hides another one."""
    reason = sample(code)
    back = reason_from_text(reason.text)
    assert (back.code, back.text) == (code, reason.text)


def test_json_round_trip_keeps_words_and_inner_reasons() -> None:
    reason = Reason.of(ReasonCode.UNDO_FAILED, side=Side.CRM, contact="7",
                       error=Reason.of(ReasonCode.CRM_CONTACT_CHANGED_MEANWHILE, crm_id=7))
    data = json.loads(json.dumps(reason.to_json()))
    assert data == {"code": "undo_failed", "args": {
        "side": "crm", "contact": "7",
        "error": {"code": "crm_contact_changed_meanwhile", "args": {"crm_id": 7}}}}
    assert Reason.from_json(data) == reason


def test_unknown_text_is_kept_as_text() -> None:
    assert reason_from_text("Disk full") == Reason.text_only("Disk full")
    assert reason_of(ValueError("bad value")) == Reason.text_only("bad value")


# -- the planner's reasons, in a real plan ---------------------------------------------------

def test_plan_items_carry_codes_and_their_english_text() -> None:
    crm = [crm_contact(1, last_name="Martin", personal_email="m@x.fr", home_phone="0102030405",
                       updated=at(5)),
           crm_contact(2, last_name="Neuf", personal_email="n@x.fr"),
           crm_contact(3, first_name="Léa", last_name="Roux", personal_mobile="0611223344")]
    google = [google_contact("people/c1", last_name="Martin", personal_email="M@x.fr",
                             home_phone="0199999999", job_title="Chef", updated=at(1)),
              google_contact("people/c9", last_name="Acmé", company_name="ACME"),
              google_contact("people/c7", first_name="Léa", last_name="Roux")]
    plan = make_plan(crm, google, companies=[company(4, "Acme")],
                     options=PlanOptions(conflict_policy=ConflictPolicy.NEWEST))
    [conflict] = plan.conflicts
    assert conflict.why == Reason.of(ReasonCode.FIRST_SYNC_NEWEST_WINS, side=Side.CRM)
    assert conflict.reason == "different values at the first sync: the newest (CRM) wins"
    reasons = {c.crm_id or c.resource_name: c.why for c in (*plan.to_google, *plan.to_crm)}
    email = Reason.of(ReasonCode.MATCHED_BY_PERSONAL_EMAIL, email="m@x.fr")
    assert reasons[1] == Reason.of(ReasonCode.CHANGED_IN_GOOGLE_FIRST_SYNC, match=email)
    assert reasons[2] == Reason.of(ReasonCode.NEW_IN_CRM)
    assert reasons["people/c9"] == Reason.of(ReasonCode.NEW_IN_GOOGLE_WITH_COMPANY,
                                             company="Acme")
    [possible] = plan.possible_matches
    assert possible.why == Reason.of(ReasonCode.POSSIBLE_SAME_NAME)
    assert possible.reason == "the same first and last name: link them, or keep them apart"


def test_to_json_adds_the_code_and_arguments_next_to_the_text() -> None:
    plan = make_plan([crm_contact(1, last_name="Martin", personal_email="m@x.fr",
                                  home_phone="0102030405")],
                     [google_contact("people/c1", last_name="Martin", personal_email="m@x.fr",
                                     home_phone="0199999999")])
    data = json.loads(json.dumps(plan.to_json()))
    [conflict] = data["conflicts"]
    assert conflict["reason"] == ("different values at the first sync: the newest (CRM) "
                                  "wins")
    assert (conflict["reason_code"], conflict["reason_args"]) == ("first_sync_newest_wins",
                                                                  {"side": "crm"})
    assert data["confirmation_reason"] == "" and data["confirmation_reason_code"] is None


def test_mass_deletion_confirmation_is_a_reason() -> None:
    world = World()
    for i in range(1, 8):
        world.crm[i] = crm_contact(i, last_name=f"Nom{i}", personal_email=f"{i}@x.fr")
    world.sync()
    world.google.clear()
    plan = world.plan(Decisions(delete_in_crm=frozenset(range(1, 8))))
    assert plan.confirmation == Reason.of(ReasonCode.MASS_DELETION, deletions=7, linked=7)
    assert plan.to_json()["confirmation_reason_args"] == {"deletions": 7, "linked": 7}
    assert "7 of 7" in plan.confirmation_reason


def test_a_changed_reason_keeps_the_plan_item_frozen() -> None:
    plan = make_plan([crm_contact(1, last_name="Neuf", personal_email="n@x.fr")], [])
    [change] = plan.to_google
    moved = dataclasses.replace(change, why=Reason.of(ReasonCode.NEW_IN_GOOGLE))
    assert (change.reason, moved.reason) == ("new in the CRM", "new in Google")


# -- errors ------------------------------------------------------------------------------------

def http_error(status: int, body: dict | None = None) -> HttpError:
    return HttpError(httplib2.Response({"status": status}),
                     json.dumps({"error": body or {"code": status}}).encode())


def test_google_errors_carry_their_reason() -> None:
    busy = error_from_http(http_error(503))
    assert busy.reason == Reason.of(ReasonCode.GOOGLE_BUSY)
    assert busy.message == str(busy) == ("Google is busy or unreachable: try again in a few "
                                         "minutes. Nothing is lost (a sync picks up where it "
                                         "stopped).")
    refused = error_from_http(http_error(400, {"message": "Invalid phone"}))
    assert refused.reason == Reason.of(ReasonCode.GOOGLE_REFUSED, message="Invalid phone")


def test_an_error_given_plain_text_keeps_it_as_words() -> None:
    assert GoogleError("Something new").reason == Reason.text_only("Something new")
    assert CrmConflictError(4).reason == Reason.of(ReasonCode.CRM_CONTACT_CHANGED_MEANWHILE,
                                                   crm_id=4)


def test_retry_errors_carry_their_code() -> None:
    def cut() -> None:
        raise ConnectionError("reset")

    policy = RetryPolicy(max_attempts=2, sleep=lambda _s: None)
    with pytest.raises(UncertainWrite) as uncertain:
        run_with_retry(cut, policy, "create", idempotent=False)
    assert uncertain.value.reason.code is ReasonCode.GOOGLE_CREATES_UNCONFIRMED
    with pytest.raises(GoogleError) as unreachable:
        run_with_retry(cut, policy, "read")
    assert unreachable.value.reason.code is ReasonCode.GOOGLE_UNREACHABLE


def test_oauth_client_file_errors(tmp_path: Path) -> None:
    listed = tmp_path / "list.json"
    listed.write_text("[]", encoding="utf-8")
    web = tmp_path / "web.json"
    web.write_text(json.dumps({"web": {"client_id": "x"}}), encoding="utf-8")
    for path, code in ((tmp_path / "gone.json", ReasonCode.OAUTH_CLIENT_UNREADABLE),
                       (listed, ReasonCode.OAUTH_CLIENT_NOT_A_CLIENT_FILE),
                       (web, ReasonCode.OAUTH_CLIENT_NOT_DESKTOP)):
        with pytest.raises(OAuthClientMissing) as error:
            check_client_file(str(path))
        assert error.value.reason.code is code


def test_csv_errors_are_reasons_line_by_line() -> None:
    text = "Nom;Email perso\nMartin;pas-un-email\n"
    with pytest.raises(CsvImportError) as error:
        read_rows(text)
    [problem] = error.value.problems
    assert problem == Reason.of(ReasonCode.CSV_BAD_EMAIL, line=2, column="Email perso",
                                email="pas-un-email")
    assert error.value.errors == ["line 2: Email perso 'pas-un-email' is not an email address"]
    assert error.value.reason == Reason.of(ReasonCode.CSV_NOTHING_IMPORTED, lines=(problem,))
    assert str(error.value) == ("Nothing was imported:\n"
                                "line 2: Email perso 'pas-un-email' is not an email address")
    assert reason_from_text(str(error.value)) == error.value.reason


# -- every error and warning raised for real carries its code ---------------------------------

class _GarbageServer(socketserver.ThreadingTCPServer):
    """Answers anything on 127.0.0.1 with bytes that are not HTTP (a broken proxy)."""

    daemon_threads = True

    def __init__(self) -> None:
        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.recv(65536)
                self.request.sendall(b"NOT HTTP\r\n\r\n")

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def test_a_token_endpoint_that_does_not_answer_http_is_unreachable_for_sign_in() -> None:
    server = _GarbageServer()
    try:
        config = GoogleConfig("id", "secret", auth_uri=f"{server.url}/auth",
                              token_uri=f"{server.url}/token", api_endpoint=server.url)
        api = PeopleApi(credentials_from_refresh_token(config, "refresh"), config.api_endpoint,
                        RetryPolicy(max_attempts=2, sleep=lambda _s: None))
        with pytest.raises(TemporaryGoogleError) as error:
            api.read_connections()
    finally:
        server.shutdown()
        server.server_close()
    assert error.value.reason == Reason.of(ReasonCode.GOOGLE_UNREACHABLE_FOR_SIGN_IN)


class _GoogleAnswers(PeopleApi):
    """The People API client fed Google's answers: for the partial refusals (one contact
    of a batch, a label Google says exists but does not list) the sandbox never makes."""

    def __init__(self, *answers: object) -> None:
        super().__init__(credentials=None)  # type: ignore[arg-type]  # never called
        self.answers = list(answers)

    def _execute(self, method: str, make_request: Callable[[Any], Any],
                 resource_names: tuple[str, ...] = (), idempotent: bool = True) -> Any:
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_partial_refusals_from_google_carry_their_code() -> None:
    refused = {"httpStatusCode": 400, "status": {"message": "Invalid phone"}}
    with pytest.raises(GoogleRequestRefused) as creates:
        _GoogleAnswers({"createdPeople": [refused]}).create_many([{"names": []}])
    assert creates.value.reason == Reason.of(ReasonCode.GOOGLE_REFUSED_CREATES, count=1)
    with pytest.raises(GoogleRequestRefused) as update:
        _GoogleAnswers({"updateResult": {"people/c1": refused}}).update_many(
            [{"resourceName": "people/c1", "etag": "%E1"}])
    assert update.value.reason == Reason.of(ReasonCode.GOOGLE_REFUSED_UPDATE,
                                            name="people/c1")
    exists = GoogleRequestRefused(Reason.of(ReasonCode.GOOGLE_REFUSED, message="exists"),
                                  status=409)
    with pytest.raises(GoogleRequestRefused) as label:
        _GoogleAnswers({"contactGroups": []}, exists, {"contactGroups": []}).ensure_label(
            "Clients")
    assert label.value.reason == Reason.of(ReasonCode.GOOGLE_LABEL_NOT_LISTED, name="Clients")
    assert label.value.message == ("Google says the label 'Clients' exists but does not "
                                   "list it.")


def test_not_signed_in_is_a_reason(tmp_path: Path) -> None:
    # A copy with its OAuth client: without one, that is what the service names first.
    secrets = write_client_secrets(tmp_path / "client_secret.json", "http://127.0.0.1:9")
    service = SyncService(Profile.locate(tmp_path / "home"),
                          Settings(google_client_secrets=str(secrets)))
    with pytest.raises(SignInRequired) as from_service:
        service.runs()
    with pytest.raises(SignInRequired) as from_session:
        GoogleSession(None, MemoryTokenStore(), AccountFile(tmp_path / "account.json"),
                      ).credentials()
    for error in (from_service.value, from_session.value):
        assert error.reason == Reason.of(ReasonCode.NOT_SIGNED_IN)
        assert error.message == "Not signed in to Google: sign in first."


def test_no_keyring_is_a_warning_reason() -> None:
    # tests/conftest.py selects keyring's "fail" backend, like a headless Linux.
    store = open_token_store()
    assert store.warning == NO_KEYRING_WARNING == Reason.of(ReasonCode.KEYRING_MISSING)


def test_crm_database_errors_carry_their_code(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database, just some bytes" * 100)
    with pytest.raises(CrmError) as unusable:
        sqlite_db.SqliteCrm(garbage)
    assert unusable.value.reason.code is ReasonCode.CRM_UNUSABLE_DATABASE
    assert unusable.value.reason.kwargs["path"] == str(garbage)

    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(CrmError) as schema:
        sqlite_db.SqliteCrm(newer)
    assert schema.value.reason == Reason.of(ReasonCode.CRM_NEWER_SCHEMA,
                                            version=SCHEMA_VERSION + 5, known=SCHEMA_VERSION)

    with sqlite_db.SqliteCrm(tmp_path / "crm.sqlite3") as crm:
        [made] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "Roux"})])
        with pytest.raises(CrmError) as missing:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=999, contact={"last_name": "X"})])
        assert missing.value.reason == Reason.of(ReasonCode.CRM_CONTACT_MISSING, crm_id=999)
        with pytest.raises(CrmError) as no_company:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=made.crm_id,
                                link={"work_phone": "01 02 03 04 05"})])
        assert no_company.value.reason == Reason.of(ReasonCode.CRM_NO_COMPANY_FOR_PRO_FIELDS,
                                                    crm_id=made.crm_id)

    monkeypatch.setattr(sqlite_db, "is_network_path", lambda _path: True)
    with sqlite_db.SqliteCrm(tmp_path / "crm.sqlite3") as crm:
        assert crm.warning == Reason.of(ReasonCode.CRM_NETWORK_SHARE,
                                        path=str(tmp_path / "crm.sqlite3"))


def test_choosing_a_crm_file_and_a_backup_errors_carry_their_code(tmp_path: Path) -> None:
    service = SyncService(Profile.locate(tmp_path / "home"))
    existing = tmp_path / "crm.sqlite3"
    existing.write_bytes(b"")
    with pytest.raises(CrmError) as exists:
        service.choose_crm_database(existing, create=True)
    assert exists.value.reason == Reason.of(ReasonCode.CRM_FILE_EXISTS, path=str(existing))
    with pytest.raises(CrmError) as gone:
        service.choose_crm_database(tmp_path / "gone.sqlite3")
    assert gone.value.reason == Reason.of(ReasonCode.CRM_FILE_MISSING,
                                          path=str(tmp_path / "gone.sqlite3"))
    with pytest.raises(CrmError) as backup:
        service.restore_backup("20260101-090000")
    assert backup.value.reason == Reason.of(ReasonCode.NO_SUCH_BACKUP, name="20260101-090000")


def test_a_nameless_crm_contact_is_named_by_a_reason() -> None:
    plan = make_plan([crm_contact(7, home_phone="0102030405")], [])
    [change] = plan.to_google
    assert change.name == "CRM contact 7"  # the CLI's and the JSON's words
    assert isinstance(change.name, ReasonText)
    assert change.name.reason == Reason.of(ReasonCode.CRM_CONTACT_WITHOUT_NAME, crm_id=7)
    assert plan.to_json()["to_google"][0]["name"] == "CRM contact 7"
    # Inside another sentence (a run's error), it stays a reason, in the JSON too.
    failed = Reason.of(ReasonCode.SYNC_CHANGE_FAILED, name=change.name,
                       error=Reason.of(ReasonCode.GOOGLE_STALE_ETAG))
    assert failed.kwargs["name"] == change.name.reason
    assert failed.text == ("CRM contact 7: A contact was changed in Google while we were "
                           "syncing it.")
    assert Reason.from_json(json.loads(json.dumps(failed.to_json()))) == failed
    assert copy.deepcopy(change.name).reason == change.name.reason


# -- backups --------------------------------------------------------------------------------

def test_backup_reason_is_saved_with_its_code_and_read_back(tmp_path: Path) -> None:
    from crmsync_gui.sync.backup import BEFORE_FIRST_SYNC, write_backup

    crm = tmp_path / "crm.sqlite3"
    with sqlite_db.SqliteCrm(crm):
        pass
    info = write_backup(tmp_path / "backups", crm, [], BEFORE_FIRST_SYNC)
    saved = json.loads((info.folder / "backup.json").read_text(encoding="utf-8"))
    assert (saved["reason"], saved["reason_code"]) == ("before the first sync",
                                                       "backup_before_first_sync")
    [listed] = list_backups(tmp_path / "backups")
    assert (listed.why, listed.reason) == (BEFORE_FIRST_SYNC, "before the first sync")


def test_backup_of_an_older_version_has_its_reason_read_from_the_text(tmp_path: Path) -> None:
    folder = tmp_path / "backups" / "20260101-090000-000000"
    folder.mkdir(parents=True)
    (folder / "backup.json").write_text(json.dumps({
        "created_at": "2026-01-01T09:00:00Z", "reason": "before restoring 20251231-1",
        "crm_contacts": 3, "google_contacts": 2}), encoding="utf-8")
    [listed] = list_backups(tmp_path / "backups")
    assert listed.why == Reason.of(ReasonCode.BACKUP_BEFORE_RESTORE, backup="20251231-1")
