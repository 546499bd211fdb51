"""A sync with nothing to do skips planning (SPEC §3, issue #23, sync/quiet.py) — and
still sees every change: one another program made without moving ``updated_at``
(R-CRM2), one in a company link, one on the phone, a choice, a setting. Each command is
its own process, so the fingerprint is also shown to come out the same across
processes (whose string hashing differs)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crmsync_gui.core.plan import Plan, Side
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.sync.engine import Progress

from .cli_harness import Cli, signed_in_cli
from .conftest import World


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    yield from signed_in_cli(tmp_path)


def run(cli: Cli) -> dict[str, Any]:
    code, result = cli.sync()
    assert (code, result["status"]) == (0, "ok"), result
    return result


def until_quiet(cli: Cli) -> dict[str, Any]:
    """Syncs until one skips planning: the one after a run that had nothing to do."""
    for _ in range(4):
        result = run(cli)
        if result["quiet"]:
            return result
    raise AssertionError("no sync came out quiet")


def raw_update(cli: Cli, sql: str, *params: object) -> None:
    """A write as another program makes it: no ``updated_at`` moved, no app involved."""
    conn = sqlite3.connect(cli.crm_path)
    with conn:
        assert conn.execute(sql, params).rowcount == 1
    conn.close()


def test_quiet_run_costs_two_list_calls_and_still_sees_an_edit_that_forgot_updated_at(
        cli: Cli) -> None:
    first = cli.add_crm("Dupont", "a@ex.fr", home_city="Paris")
    cli.add_crm("Durand", "b@ex.fr", tags="VIP")
    assert not run(cli)["quiet"]  # the first sync plans, of course
    cli.sandbox.admin.reset_counts()
    quiet = until_quiet(cli)
    assert quiet["counts"]["to_google"] == quiet["counts"]["to_crm"] == 0
    cli.sandbox.admin.reset_counts()
    assert run(cli)["quiet"]
    calls = {k: v for k, v in cli.sandbox.admin.counts().items() if not k.startswith("oauth2.")}
    assert calls == {"people.connections.list": 1, "contactGroups.list": 1}

    # Another program edits the city and leaves updated_at as it was (R-CRM2).
    before = cli.crm()[first].updated_at_text
    raw_update(cli, "UPDATE contact SET home_city = 'Lyon' WHERE id = ?", first)
    assert cli.crm()[first].updated_at_text == before
    seen = run(cli)
    assert not seen["quiet"]
    assert [c["crm_id"] for c in seen["to_google"]] == [first], seen
    [person] = [p for p in cli.google().values()
                if p["emailAddresses"][0]["value"] == "a@ex.fr"]
    assert person["addresses"][0]["city"] == "Lyon"
    assert until_quiet(cli)["counts"]["to_google"] == 0


def test_a_company_link_a_phone_edit_a_choice_and_a_setting_each_end_the_quiet(
        cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "a@ex.fr")
    other = cli.add_crm("Durand", "b@ex.fr")
    run(cli)
    until_quiet(cli)
    # A company link's column, written by another program.
    conn = sqlite3.connect(cli.crm_path)
    with conn:
        company = conn.execute("INSERT INTO company (name, updated_at) "
                               "VALUES ('Acme', '2026-01-01')").lastrowid
        conn.execute("INSERT INTO contact_company (contact_id, company_id, is_primary, "
                     "job_title, updated_at) VALUES (?, ?, 1, 'Gérant', '2026-01-01')",
                     (crm_id, company))
    conn.close()
    linked = run(cli)
    assert not linked["quiet"] and [c["crm_id"] for c in linked["to_google"]] == [crm_id]
    until_quiet(cli)
    raw_update(cli, "UPDATE contact_company SET job_title = 'Associé' WHERE contact_id = ?",
               crm_id)
    assert [c["crm_id"] for c in run(cli)["to_google"]] == [crm_id]
    until_quiet(cli)

    # On the phone.
    [name] = [n for n, p in cli.google().items()
              if p["emailAddresses"][0]["value"] == "b@ex.fr"]
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 11 22 33 44", "type": "mobile"}]})
    phone = run(cli)
    assert not phone["quiet"] and [c["crm_id"] for c in phone["to_crm"]] == [other]
    until_quiet(cli)

    # A choice: ignoring a contact is a state write the next run must plan with.
    assert cli.run("ignore", "--crm", str(other)).returncode == 0
    assert not run(cli)["quiet"]
    until_quiet(cli)
    # A setting: the conflict policy changes what a plan can be.
    cli.settings(conflict_policy="crm")
    assert not run(cli)["quiet"]
    until_quiet(cli)


def test_a_run_with_something_pending_is_never_quiet_and_keeps_saying_it(cli: Cli) -> None:
    cli.add_crm("Dupont", "a@ex.fr")
    with sqlite3.connect(cli.crm_path) as conn:  # a contact with nothing to sync
        conn.execute("INSERT INTO contact (last_name, first_name, created_at, updated_at) "
                     "VALUES ('', '', '2026-01-01', '2026-01-01')")
    conn.close()
    for _ in range(3):
        result = run(cli)
        assert not result["quiet"]
        assert result["counts"]["skipped"] == 1, result


def test_a_choice_written_while_a_run_plans_is_never_taken_as_planned(world: World) -> None:
    """A choice another process writes after the run read the state (here: while it
    plans) is not in its plan: the fingerprint of that run must not cover it, so the
    next run plans with it."""
    crm_id = world.add_crm(last_name="Dupont", personal_email="a@ex.fr")
    world.service.sync()
    world.service.sync()  # nothing to do: a fingerprint is stored
    assert world.service.sync().quiet

    def ignore_meanwhile(event: Progress) -> None:
        if event.phase == "planning":
            world.service.ignore(crm_id=crm_id)

    world.edit_crm(crm_id, home_city="Lyon")  # something to plan, then nothing
    world.service.sync()
    with world.service._engine(progress=ignore_meanwhile) as engine:
        result = engine.sync()
        assert result.plan == Plan() and not result.quiet
        assert engine.state.quiet_fingerprint is None
    world.service.ignore(crm_id=crm_id, ignored=False)
    world.edit_crm(crm_id, home_city="Nantes")
    assert world.service.sync().applied == {"google_updated": 1}


def test_a_preview_after_a_run_with_nothing_to_do_plans_nothing_and_still_sees_edits(
        world: World) -> None:
    """The window previews after every sync, the tray's every 30 minutes too: with
    nothing changed since a run that had nothing to do, that preview skips planning as
    the sync does — and plans again for an edit another program made without moving
    ``updated_at``, or for a choice made on the Sync page."""
    first = world.add_crm(last_name="Dupont", personal_email="a@ex.fr")
    world.add_crm(last_name="Durand", personal_email="b@ex.fr")
    world.service.sync()
    world.service.sync()
    assert world.service.sync().quiet

    def preview(decisions: Decisions | None = None) -> tuple[Plan, list[str]]:
        phases: list[str] = []
        plan, book = world.service.preview_with_book(
            decisions, progress=lambda event: phases.append(event.phase))
        assert sorted(row.crm_id for row in book.rows) == sorted(world.crm_contacts())
        return plan, phases

    plan, phases = preview()
    assert plan == Plan() and "planning" not in phases
    assert world.service.sync().quiet  # a preview moves nothing planning reads

    # A choice for this run: planned with it.
    plan, phases = preview(Decisions(excluded=frozenset({"crm:1"})))
    assert "planning" in phases and plan == Plan()

    conn = sqlite3.connect(world.service.crm_path)
    with conn:
        conn.execute("UPDATE contact SET home_city = 'Lyon' WHERE id = ?", (first,))
    conn.close()
    plan, phases = preview()
    assert "planning" in phases
    assert [(c.crm_id, c.target) for c in plan.changes()] == [(first, Side.GOOGLE)]
    assert world.service.sync().applied == {"google_updated": 1}


def test_a_sync_process_imports_neither_the_sign_in_nor_requests_nor_qt(cli: Cli) -> None:
    """Every tray sync is a process whose start-up it pays: what only signing in, the
    window or revoking a token need stays out of it (requests alone costs ~0.1 s)."""
    cli.add_crm("Dupont", "a@ex.fr")
    script = ("import runpy, sys\n"
              "sys.argv = ['crmsync', 'sync', '--yes', '--json']\n"
              "try:\n"
              "    runpy.run_module('crmsync_gui.cli.main', run_name='__main__')\n"
              "except SystemExit as end:\n"
              "    assert not end.code, end.code\n"
              "heavy = ('requests', 'google_auth_oauthlib', 'requests_oauthlib', 'PySide6')\n"
              "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n")
    for _ in range(2):  # the first sync, then one with nothing to do
        done = subprocess.run([sys.executable, "-c", script], env=cli.env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr
