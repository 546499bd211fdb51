"""The ``crmsync`` command line (R-CLI): the same jobs as the window, for scripts.

Exit codes: 0 ok, 1 error, 2 usage, 3 needs confirmation (mass deletion, conflicts
waiting under the "ask" policy, or a sync not confirmed).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from crmsync_gui import __version__
from crmsync_gui.app.logs import setup_logging
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import ConflictPolicy, DeletionPolicy, SettingsError
from crmsync_gui.cli.json_stream import write_json_object
from crmsync_gui.cli.render import print_plan, print_result, print_undo_plan
from crmsync_gui.cli.tables import print_table
from crmsync_gui.cli.words import counted
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.crm.csv_io import CsvImportError, export_csv, import_csv
from crmsync_gui.crm.model import CrmError
from crmsync_gui.google.errors import GoogleError
from crmsync_gui.state.store import StateError
from crmsync_gui.sync.engine import SyncStatus

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CONFIRM = 0, 1, 2, 3

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crmsync", description="Two-way sync between your CRM and Google Contacts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--home", type=Path, help="profile folder (default: CRMSYNC_HOME, "
                        "else the per-user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo profile: sample contacts and a local Google "
                        "stand-in, no account needed")
    parser.add_argument("--conflicts", choices=[p.value for p in ConflictPolicy],
                        help="who wins when both sides changed a field (setting "
                        "conflict_policy)")
    parser.add_argument("--deletions", choices=[p.value for p in DeletionPolicy],
                        help="what a Google deletion does in the CRM (deletion_policy)")
    parser.add_argument("--label", metavar="NAME", help="the Google label (label_name)")
    parser.add_argument("--only-tag", metavar="NAME",
                        help="sync only the CRM contacts with this tag and the Google "
                        "contacts in the label of that name (only_tag)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("status", help="the Google account, the CRM database, the last sync")
    preview = commands.add_parser("preview", help="show what a sync would change")
    preview.add_argument("--json", action="store_true", help="machine-readable output")
    sync = commands.add_parser("sync", help="apply the changes on both sides")
    sync.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    sync.add_argument("--confirm-deletions", action="store_true",
                      help="go on past the mass-deletion safety stop")
    sync.add_argument("--json", action="store_true", help="machine-readable output")
    undo = commands.add_parser("undo", help="revert the latest sync not yet undone")
    undo.add_argument("--yes", action="store_true", help="do not ask first")
    commands.add_parser("backups", help="list the backups made before syncs")
    restore = commands.add_parser("restore", help="put a backup back (see `backups`)")
    restore.add_argument("backup", help="the backup's folder name")
    side = restore.add_mutually_exclusive_group()
    side.add_argument("--crm-only", action="store_true")
    side.add_argument("--google-only", action="store_true")
    history = commands.add_parser("history", help="the past runs")
    history.add_argument("--json", action="store_true")
    history.add_argument("--run", type=int, metavar="N",
                         help="what run N did to each contact")
    link = commands.add_parser("link", help="link a CRM contact to a Google contact")
    link.add_argument("crm_id", type=int)
    link.add_argument("resource_name", help="the Google contact, e.g. people/c123")
    unlink = commands.add_parser("unlink", help="stop treating two contacts as one")
    unlink.add_argument("crm_id", type=int)
    ignore = commands.add_parser("ignore", help="never sync a contact (or --undo that)")
    target = ignore.add_mutually_exclusive_group(required=True)
    target.add_argument("--crm", type=int, metavar="CRM_ID")
    target.add_argument("--google", metavar="RESOURCE_NAME")
    ignore.add_argument("--undo", action="store_true", help="sync it again")

    login = commands.add_parser("login", help="sign in to Google (opens the browser)")
    login.add_argument("--timeout", type=float, default=300.0,
                       help="seconds to wait for the approval in the browser (default 300)")
    commands.add_parser("logout", help="sign out of Google: revoke and forget the token")

    crm = commands.add_parser("crm", help="the CRM database: import, export, list, "
                              "rename-tag")
    crm_commands = crm.add_subparsers(dest="crm_command", required=True, metavar="ACTION")
    import_cmd = crm_commands.add_parser("import", help="import contacts from a CSV file")
    import_cmd.add_argument("file", type=Path)
    export_cmd = crm_commands.add_parser("export", help="export contacts to a CSV file")
    export_cmd.add_argument("file", type=Path)
    crm_commands.add_parser("list", help="list the CRM contacts")
    rename = crm_commands.add_parser(
        "rename-tag", help="rename a tag on every contact (its Google label follows at the "
        "next sync)")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")

    state = commands.add_parser("state", help="the sync state: reset a damaged one")
    state_commands = state.add_subparsers(dest="state_command", required=True,
                                          metavar="ACTION")
    state_commands.add_parser(
        "reset", help="set the sync state aside (kept, renamed …damaged-DATE) and start "
        "a new one: nothing is duplicated, the undo history is lost")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if not exit_.code else EXIT_USAGE  # --help, or a usage error
    try:
        base = Profile.locate(args.home)
    except OSError as error:  # e.g. a new profile folder on a read-only disk
        print(f"error: the profile folder cannot be made: {error}", file=sys.stderr)
        return EXIT_ERROR
    logs = (base.home / "demo" / "logs") if args.demo else base.logs_dir
    setup_logging(logs)
    try:
        return _run(args, base)
    except BrokenPipeError:
        # Read by a pager or `head` that stopped early: nothing went wrong. Python would
        # complain again when it flushes stdout at exit; point stdout at nothing first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except CsvImportError as error:
        print(str(error), file=sys.stderr)
    except GoogleError as error:
        log.warning("%s: %s", type(error).__name__, error.detail)
        print(f"error: {error.message}", file=sys.stderr)
    except (CrmError, SettingsError, StateError, OSError) as error:
        # Handled: the sentence says what to do; a traceback would only alarm (#20).
        log.warning("command failed: %s: %s", type(error).__name__, error)
        print(f"error: {error}", file=sys.stderr)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
    except Exception:  # a bug: the user gets a sentence, the log gets the traceback
        log.exception("unexpected error")
        print(f"error: unexpected problem; details are in {logs}", file=sys.stderr)
    return EXIT_ERROR


def _run(args: argparse.Namespace, base: Profile) -> int:
    with SyncService.open(base, demo=args.demo) as service:
        settings = service.settings
        if args.conflicts:
            settings.conflict_policy = ConflictPolicy(args.conflicts)
        if args.deletions:
            settings.deletion_policy = DeletionPolicy(args.deletions)
        if args.label:
            settings.label_name = args.label
        if args.only_tag is not None:
            if not args.only_tag.strip():  # "$TAG" unset must not widen a scoped sync
                print("error: --only-tag needs a tag name", file=sys.stderr)
                return EXIT_USAGE
            settings.only_tag = args.only_tag
            try:
                settings.validate_scope()
            except SettingsError as error:
                print(f"error: {error}", file=sys.stderr)
                return EXIT_USAGE
        if not _only_reads(args):
            # Before anything is asked of Google or the CRM; signing in, the state's
            # choices and a Google-only restore do not need the CRM writable.
            service.require_writable(crm=_writes_crm(args))
        if args.command == "crm":
            return _crm(args, service)
        handler = _COMMANDS[args.command]
        return handler(args, service)


def _only_reads(args: argparse.Namespace) -> bool:
    """The commands a read-only profile still answers (they write nothing but the log)."""
    return args.command in ("status", "history", "backups") or (
        args.command == "crm" and args.crm_command in ("list", "export"))


def _writes_crm(args: argparse.Namespace) -> bool:
    if args.command in ("login", "logout", "state", "link", "unlink"):
        return False
    if args.command == "ignore":
        return bool(args.undo)  # synced again may restore a CRM contact
    if args.command == "restore":
        return not args.google_only
    return True


def _status(args: argparse.Namespace, service: SyncService) -> int:
    status = service.status()
    account = status.account
    where = "OS keyring" if service.session.tokens.secure else (
        "demo profile" if service.demo else "memory only")
    print(f"Google account: {account.email if account else 'not signed in'}"
          + (f" (token in {where})" if status.token_stored else
             " (sign in again)" if account else ""))
    print(f"CRM database:   {status.crm_path} ({counted(status.crm_contacts, 'contact')})")
    print(f"Linked:         {counted(status.linked, 'contact')}")
    print(f"Last sync:      {status.last_sync or 'never'}")
    print(f"Profile folder: {service.profile.home}")
    if status.token_warning:
        print(f"warning: {status.token_warning}", file=sys.stderr)
    for warning in status.privacy_warnings:  # a profile or CRM file others can read
        print(f"warning: {warning}", file=sys.stderr)
    if service.session.config_error is not None:  # e.g. an unsafe Google address
        print(f"warning: {service.session.config_error.message}", file=sys.stderr)
    return EXIT_OK


def _preview(args: argparse.Namespace, service: SyncService) -> int:
    plan = service.preview()
    if args.json:
        write_json_object(plan.json_fields(), sys.stdout)
    else:
        print_plan(plan)
    return EXIT_OK


def _sync(args: argparse.Namespace, service: SyncService) -> int:
    if not args.yes:
        plan = service.preview()
        print_plan(plan)
        if plan.is_empty():
            return EXIT_OK
        if not sys.stdin.isatty():
            print("Not applied: run `crmsync sync --yes` to apply without a question.",
                  file=sys.stderr)
            return EXIT_CONFIRM
        if input("\nApply these changes? [y/N] ").strip().lower() not in ("y", "yes", "o",
                                                                          "oui"):
            return EXIT_CONFIRM
    result = service.sync(Decisions(), confirm_deletions=args.confirm_deletions)
    if args.json:
        write_json_object([
            *result.plan.json_fields(), ("status", result.status.value),
            ("applied", result.applied), ("quiet", result.quiet),
            ("errors", (error.to_json() for error in result.errors)),
            ("warnings", (warning.to_json() for warning in result.warnings)),
            ("seconds", result.seconds),
            # Read last, once the output is written: it counts the output's memory too.
            ("peak_rss_mb", _peak_rss_mb)], sys.stdout)
    else:
        print_result(result)
    if result.status is SyncStatus.NEEDS_CONFIRMATION:
        print(f"Stopped: {result.plan.confirmation_reason} (add --confirm-deletions).",
              file=sys.stderr)
        return EXIT_CONFIRM
    if result.status is not SyncStatus.OK:  # partial or failed: 1, even with choices left
        return EXIT_ERROR
    if result.plan.unresolved():
        waiting = len(result.plan.unresolved())
        print(f"{counted(waiting, 'conflict')} {'waits' if waiting == 1 else 'wait'} for your "
              f"choice (conflict policy \"ask\"): decide {'it' if waiting == 1 else 'them'} in "
              "the app, or use --conflicts.",
              file=sys.stderr)
        return EXIT_CONFIRM
    return EXIT_OK


def _peak_rss_mb() -> float | None:
    """This process's peak resident memory (Linux VmHWM: counted from exec, unlike
    ru_maxrss, which also remembers the parent that forked us)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _undo(args: argparse.Namespace, service: SyncService) -> int:
    planned = service.plan_undo()
    if planned.run_id is None:
        print("No sync to undo.")
        return EXIT_OK
    print_undo_plan(planned)
    if not args.yes:
        if not sys.stdin.isatty():
            print("Not undone: run `crmsync undo --yes` to undo without a question.",
                  file=sys.stderr)
            return EXIT_CONFIRM
        if input("\nUndo this sync? [y/N] ").strip().lower() not in ("y", "yes", "o", "oui"):
            return EXIT_CONFIRM
    report = service.undo_last()
    if report.run_id is None:
        print("No sync to undo.")
        return EXIT_OK
    print(f"Undid run {report.run_id}: {counted(report.reverted, 'record')} put back.")
    for line in report.left_alone:
        print(f"  left alone: {line}")
    for line in report.not_synced_again:
        print(f"  note: {line}")
    for line in report.errors:
        print(f"  problem: {line}")
    return EXIT_ERROR if report.errors else EXIT_OK


def _backups(args: argparse.Namespace, service: SyncService) -> int:
    backups = service.backups()
    if not backups:
        print("No backups yet: one is made before the first sync and before any "
              "sync that deletes.")
        return EXIT_OK
    print_table(("When", "Why", "CRM contacts", "Google contacts", "Folder"),
                [(b.created_at.isoformat(timespec="seconds"), b.reason, str(b.crm_contacts),
                  str(b.google_contacts), str(b.folder)) for b in backups], max_width=70)
    return EXIT_OK


def _restore(args: argparse.Namespace, service: SyncService) -> int:
    report = service.restore_backup(args.backup, crm=not args.google_only,
                                    google=not args.crm_only)
    if report.safety_backup is not None:
        print(f"CRM database restored from {report.backup.name} (the previous one is "
              f"saved as {report.safety_backup.name}).")
    if report.google is not None:
        print(f"Google: {counted(report.google.recreated, 'contact')} re-created, "
              f"{report.google.reverted} put back.")
    return EXIT_OK


def _history(args: argparse.Namespace, service: SyncService) -> int:
    if args.run is not None:
        return _run_changes(args, service)
    runs = service.runs()
    if args.json:
        print(json.dumps([{"run_id": r.run_id, "started_at": r.started_at.isoformat(),
                           "finished_at": r.finished_at.isoformat() if r.finished_at else None,
                           "status": r.status, "counts": r.counts,
                           "errors": [e.to_json() for e in r.errors],
                           "warnings": [w.to_json() for w in r.warnings]}
                          for r in runs], indent=2))
        return EXIT_OK
    print_table(("Run", "Started", "Status", "Counts", "Errors"),
                [(str(r.run_id), r.started_at.isoformat(timespec="seconds"), r.status,
                  ", ".join(f"{k} {v}" for k, v in sorted(r.counts.items())),
                  str(len(r.errors))) for r in runs], max_width=60)
    return EXIT_OK


def _run_changes(args: argparse.Namespace, service: SyncService) -> int:
    rows = service.run_changes(args.run)
    if rows is None:
        print(f"error: there is no run {args.run} (see `crmsync history`).", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    print_table(("Action", "Side", "CRM id", "Google contact", "Name", "Fields", "Status",
                 "Reason"),
                [(row.action, row.side.value if row.side else "", str(row.crm_id or ""),
                  row.resource_name or "", row.name, ", ".join(row.fields),
                  row.status.replace("_", " "), row.reason.text if row.reason else "")
                 for row in rows], max_width=50)
    return EXIT_OK


def _link(args: argparse.Namespace, service: SyncService) -> int:
    service.link(args.crm_id, args.resource_name)
    print(f"Linked CRM contact {args.crm_id} with {args.resource_name}; the next sync "
          "merges them.")
    return EXIT_OK


def _unlink(args: argparse.Namespace, service: SyncService) -> int:
    service.unlink(args.crm_id)
    print(f"CRM contact {args.crm_id} is no longer linked (and kept apart).")
    return EXIT_OK


def _ignore(args: argparse.Namespace, service: SyncService) -> int:
    if args.undo:  # synced again, whatever the choice was (ignored, or kept by an undo)
        service.sync_again(crm_id=args.crm, resource_name=args.google)
    else:
        service.ignore(crm_id=args.crm, resource_name=args.google)
    what = f"CRM contact {args.crm}" if args.crm is not None else args.google
    print(f"{what} is {'synced again' if args.undo else 'ignored by the sync'}.")
    return EXIT_OK


def _open_browser(url: str) -> bool:
    print("Sign in to Google in your browser. If it does not open, visit this address:")
    print(f"  {url}", flush=True)
    import webbrowser  # only signing in opens a browser: not every sync's start-up

    return webbrowser.open(url)


def _login(args: argparse.Namespace, service: SyncService) -> int:
    session = service.session
    if session.tokens.warning:
        print(f"warning: {session.tokens.warning}", file=sys.stderr)
    account = session.sign_in(open_url=_open_browser, timeout=args.timeout)
    if session.tokens.warning is not None:
        # Kept in this process's memory only: the sign-in ends with this command. Said,
        # and an error, never a bare "Signed in" that the next command contradicts.
        print(f"Signed in as {account.email or account.sub}, but this sign-in could not be "
              "saved (no keyring): the next command will ask again. Install a keyring "
              "(the OS password store) and run `crmsync login` again.", file=sys.stderr)
        return EXIT_ERROR
    print(f"Signed in to Google as {account.email or account.sub}.")
    return EXIT_OK


def _logout(args: argparse.Namespace, service: SyncService) -> int:
    session = service.session
    account = session.account
    if account is None:
        print("Not signed in.")
    elif session.config_error is not None:
        # An unusable configuration (an unsafe token address, say): the token is not
        # sent anywhere, only forgotten here, and the user is told why.
        session.sign_out()
        print(f"Signed out of {account.email} here, but Google was not asked to revoke the "
              f"sign-in: {session.config_error.message}", file=sys.stderr)
        return EXIT_ERROR
    elif (revoked := session.sign_out()) is None:
        print(f"Signed out of {account.email} here. No sign-in was kept on this computer, "
              "so none could be revoked at Google: remove CRM Sync's access at "
              "myaccount.google.com/permissions if you want it gone there too.")
    elif revoked:
        print(f"Signed out of {account.email}: the sign-in was revoked and forgotten.")
    else:
        print(f"Signed out of {account.email} here; Google could not be reached to "
              "revoke it (it can be removed at myaccount.google.com/permissions).")
    return EXIT_OK


def _state(args: argparse.Namespace, service: SyncService) -> int:
    aside = service.reset_state()
    if aside is None:
        print("There is no sync state to reset.")
    else:
        print(f"The sync state was set aside as {aside}; the next sync starts a new one "
              "(contacts are matched again by their CRM Sync tag and email: nothing is "
              "duplicated; the undo history is lost).")
    return EXIT_OK


_COMMANDS = {"status": _status, "preview": _preview, "sync": _sync, "undo": _undo,
             "backups": _backups, "restore": _restore, "history": _history, "link": _link,
             "unlink": _unlink, "ignore": _ignore, "login": _login, "logout": _logout,
             "state": _state}


def _crm(args: argparse.Namespace, service: SyncService) -> int:
    database = service.crm_path
    if args.crm_command == "rename-tag":
        count, followed = service.rename_tag(args.old, args.new)
        print(f"Renamed the tag {args.old.strip()!r} to {args.new.strip()!r} on "
              f"{counted(count, 'contact')}.")
        if not followed:
            print("warning: not signed in to Google: its label is not renamed; the next "
                  "sync moves the contacts into a label of the new name.", file=sys.stderr)
        return EXIT_OK
    with service.open_crm(create=args.crm_command == "import") as crm:
        if crm.warning:
            print(f"warning: {crm.warning}", file=sys.stderr)
        if args.crm_command == "import":
            try:
                report = import_csv(crm, args.file)
            except CsvImportError as error:  # which file, then its lines
                print(f"error: {args.file}: {error}", file=sys.stderr)
                return EXIT_ERROR
            for warning in report.warnings:
                print(f"warning: {warning.text}", file=sys.stderr)
            print(f"Imported {args.file}: {report.created} created, {report.updated} updated, "
                  f"{report.restored} restored, {report.unchanged} unchanged, "
                  f"{report.companies_created} companies created.")
        elif args.crm_command == "export":
            count = export_csv(crm, args.file, protected=service.profile.own_files())
            print(f"Exported {counted(count, 'contact')} to {args.file}.")
        else:
            contacts = [c for c in crm.read_all() if not c.deleted]
            print_table(
                ("ID", "Name", "Email", "Mobile", "Company"),
                [(str(c.crm_id), c.record.display_name(),
                  c.record.personal_email or c.record.work_email,
                  c.record.personal_mobile or c.record.work_mobile, c.record.company_name)
                 for c in contacts])
            print(f"{counted(len(contacts), 'contact')} in {database}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
