"""The ``crmsync`` command line (R-CLI): the same jobs as the window, for scripts.

Exit codes: 0 ok, 1 error, 2 usage, 3 needs confirmation.
"""

from __future__ import annotations

import argparse
import logging
import sys
import webbrowser
from collections.abc import Sequence
from pathlib import Path

from crmsync_gui import __version__
from crmsync_gui.app.google_account import open_google_session
from crmsync_gui.app.logs import setup_logging
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.settings import Settings, SettingsError, load_settings
from crmsync_gui.cli.tables import print_table
from crmsync_gui.crm.csv_io import CsvImportError, export_csv, import_csv
from crmsync_gui.crm.model import CrmError
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.errors import GoogleError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CONFIRM = 0, 1, 2, 3

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crmsync", description="Two-way sync between your CRM and Google Contacts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--home", type=Path, help="profile folder (default: CRMSYNC_HOME, "
                        "else the per-user data folder)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    crm = commands.add_parser("crm", help="the CRM database: import, export, list")
    crm_commands = crm.add_subparsers(dest="crm_command", required=True, metavar="ACTION")
    import_cmd = crm_commands.add_parser("import", help="import contacts from a CSV file")
    import_cmd.add_argument("file", type=Path)
    export_cmd = crm_commands.add_parser("export", help="export contacts to a CSV file")
    export_cmd.add_argument("file", type=Path)
    crm_commands.add_parser("list", help="list the CRM contacts")

    login = commands.add_parser("login", help="sign in to Google (opens the browser)")
    login.add_argument("--timeout", type=float, default=300.0,
                       help="seconds to wait for the approval in the browser (default 300)")
    commands.add_parser("logout", help="sign out of Google: revoke and forget the token")
    commands.add_parser("status", help="the Google account, the CRM database, the last sync")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if not exit_.code else EXIT_USAGE  # --help, or a usage error
    try:
        profile = Profile.locate(args.home)
        setup_logging(profile.logs_dir)
        settings = load_settings(profile.settings_file)
        if args.command == "crm":
            return _crm(args, profile.crm_database(settings.crm_database))
        if args.command in ("login", "logout", "status"):
            return _account_command(args, profile, settings)
    except CsvImportError as error:
        print(str(error), file=sys.stderr)
        return EXIT_ERROR
    except GoogleError as error:
        log.warning("%s: %s", type(error).__name__, error.detail)
        print(f"error: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except (CrmError, SettingsError, OSError) as error:
        log.exception("command failed")
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except Exception:  # a bug: the user gets a sentence, the log gets the traceback
        log.exception("unexpected error")
        print(f"error: unexpected problem; details are in {profile.logs_dir}", file=sys.stderr)
        return EXIT_ERROR
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def _crm(args: argparse.Namespace, database: Path) -> int:
    with SqliteCrm(database) as crm:
        if crm.warning:
            print(f"warning: {crm.warning}", file=sys.stderr)
        if args.crm_command == "import":
            report = import_csv(crm, args.file)
            for warning in report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            print(f"Imported {args.file}: {report.created} created, {report.updated} updated, "
                  f"{report.restored} restored, {report.unchanged} unchanged, "
                  f"{report.companies_created} companies created.")
        elif args.crm_command == "export":
            count = export_csv(crm, args.file)
            print(f"Exported {count} contacts to {args.file}.")
        else:
            contacts = [c for c in crm.read_all() if not c.deleted]
            print_table(
                ("ID", "Name", "Email", "Mobile", "Company"),
                [(str(c.crm_id), c.record.display_name(),
                  c.record.personal_email or c.record.work_email,
                  c.record.personal_mobile or c.record.work_mobile, c.record.company_name)
                 for c in contacts])
            print(f"{len(contacts)} contacts in {database}")
    return EXIT_OK


def _open_browser(url: str) -> bool:
    print("Sign in to Google in your browser. If it does not open, visit this address:")
    print(f"  {url}", flush=True)
    return webbrowser.open(url)


def _account_command(args: argparse.Namespace, profile: Profile, settings: Settings) -> int:
    session = open_google_session(profile.home, settings)
    if args.command == "login":
        if session.tokens.warning:
            print(f"warning: {session.tokens.warning}", file=sys.stderr)
        account = session.sign_in(open_url=_open_browser, timeout=args.timeout)
        print(f"Signed in to Google as {account.email or account.sub}.")
    elif args.command == "logout":
        account = session.account
        if account is None:
            print("Not signed in.")
        elif session.sign_out():
            print(f"Signed out of {account.email}: the sign-in was revoked and forgotten.")
        else:
            print(f"Signed out of {account.email} here; Google could not be reached to "
                  "revoke it (it can be removed at myaccount.google.com/permissions).")
    else:
        account = session.account
        signed_in = account is not None and session.tokens.load(account.sub) is not None
        where = "OS keyring" if session.tokens.secure else "memory only"
        print(f"Google account: {account.email if account else 'not signed in'}"
              + (f" (token in {where})" if signed_in else
                 " (sign in again)" if account else ""))
        database = profile.crm_database(settings.crm_database)
        print(f"CRM database:   {database}")
        print(f"Profile folder: {profile.home}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
