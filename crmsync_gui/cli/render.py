"""How plans, results and runs read in a terminal."""

from __future__ import annotations

from crmsync_gui.cli.tables import print_table
from crmsync_gui.cli.words import counted
from crmsync_gui.core.plan import Change, Plan, Side
from crmsync_gui.core.record import Field
from crmsync_gui.core.tags import tag_changes
from crmsync_gui.sync.engine import SyncResult, SyncStatus
from crmsync_gui.sync.undo import CHANGED, DELETED, RECREATED, UndoReport

_ACTION_WORDS = {"create": "create", "update": "update", "delete": "delete",
                 "keep": "keep (deleted in Google)", "restore": "restore",
                 "detach": "stop syncing"}


def _fields(change: Change) -> str:
    parts = []
    for diff in change.diffs:
        where = " (note)" if diff.into_note else ""
        if diff.field is Field.TAGS:  # "tags: +VIP −Salon 2025" (R-S13)
            parts.append(f"tags: {tag_changes(diff.old, diff.new)}")
            continue
        parts.append(f"{diff.field.value}{where}: {diff.old or '∅'} → {diff.new or '∅'}"
                     if diff.old else f"{diff.field.value}{where}: {diff.new}")
    return "; ".join(parts)


def _changes_table(title: str, changes: tuple[Change, ...]) -> None:
    if not changes:
        return
    print(f"\n{title} ({len(changes)})")
    print_table(("Action", "Name", "Changes", "Why"),
                [(_ACTION_WORDS.get(c.action.value, c.action.value)
                  + (" [left out]" if c.excluded else ""), c.name, _fields(c), c.reason)
                 for c in changes], max_width=60)


def print_plan(plan: Plan) -> None:
    for note in plan.notes:
        print(f"Note: {note.text}")
    if plan.is_empty():
        print("Everything is in sync: nothing to do.")
        return
    _changes_table("CRM → Google", plan.to_google)
    _changes_table("Google → CRM", plan.to_crm)
    if plan.conflicts:
        print(f"\nConflicts ({len(plan.conflicts)})")
        print_table(("Name", "Field", "CRM", "Google", "Outcome"),
                    [(c.name, c.field.value, c.crm_value, c.google_value, c.reason)
                     for c in plan.conflicts], max_width=50)
    if plan.skipped:
        print(f"\nSkipped ({len(plan.skipped)})")
        print_table(("Side", "Name", "Why"),
                    [(s.side.value, s.name, s.reason) for s in plan.skipped], max_width=70)
    if plan.possible_matches:
        print(f"\nPossible matches ({len(plan.possible_matches)}) — link them with "
              "`crmsync link CRM_ID RESOURCE_NAME`, or keep them apart")
        print_table(("CRM id", "CRM name", "Google contact", "Google name", "Why"),
                    [(str(p.crm_id), p.crm_name, p.resource_name, p.google_name, p.reason)
                     for p in plan.possible_matches])
    counts = plan.counts()
    print(f"\n{counted(counts['to_google'], 'change')} to Google, {counts['to_crm']} to the "
          f"CRM, {counted(counts['conflicts'], 'conflict')} "
          f"({counts['unresolved_conflicts']} to decide), {counts['skipped']} skipped, "
          f"{counts['excluded']} left out by you, "
          f"{counted(counts['possible_matches'], 'possible match', 'possible matches')}.")
    if plan.needs_confirmation:
        print(f"\nNeeds confirmation: {plan.confirmation_reason}")


def print_result(result: SyncResult) -> None:
    applied = ", ".join(f"{key.replace('_', ' ')}: {value}"
                        for key, value in sorted(result.applied.items())) or "nothing"
    print(f"Sync {result.status.value}: {applied}.")
    if result.backup is not None:
        print(f"Backup written first: {result.backup.folder}")
    for error in result.errors:
        print(f"  problem: {error.text}")
    for warning in result.warnings:
        print(f"  warning: {warning.text}")
    if result.status is SyncStatus.PARTIAL:
        print(f"{counted(len(result.errors), 'contact')} not synced: the next sync tries "
              f"{'it' if len(result.errors) == 1 else 'them'} again.")


def print_undo_plan(report: UndoReport) -> None:
    """Which run an undo reverts and what it does on each side (asked before it)."""
    when = report.started_at.astimezone().strftime("%Y-%m-%d %H:%M") \
        if report.started_at else "?"
    print(f"Undoing run {report.run_id} of {when}:")
    for side, label in ((Side.CRM, "CRM"), (Side.GOOGLE, "Google")):
        print(f"  {label}: {counted(report.count(side, CHANGED), 'contact')} changed back, "
              f"{report.count(side, DELETED)} deleted, "
              f"{report.count(side, RECREATED)} re-created")
    for line in report.left_alone:
        print(f"  left alone (changed since): {line}")
    print("  What you changed yourself before that sync (a contact edited, a company left, "
          "in the CRM or in Google) stays as you made it: the next preview shows it again.")
