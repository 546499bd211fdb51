"""Renaming a tag on every CRM contact that has it (R-S13: `crmsync crm rename-tag`)."""

from __future__ import annotations

import sqlite3

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import clean_text, split_tag_names, tag_key
from crmsync_gui.core.tags import sendable_tag
from crmsync_gui.core.timestamps import format_timestamp, utc_now
from crmsync_gui.crm.model import CrmError
from crmsync_gui.crm.sqlite_db import SqliteCrm


def renamed_tags(value: str, old: str, new: str) -> str | None:
    """``value`` (a tags column) with ``old`` renamed ``new``, in its place; None when it
    has no ``old``. A contact that already has ``new`` keeps it once."""
    names = split_tag_names(value)
    old_key, new_key = tag_key(old), tag_key(new)
    if old_key not in {tag_key(n) for n in names}:
        return None
    result: list[str] = []
    for name in names:
        key = tag_key(name)
        if key == old_key:
            name, key = new, new_key
        if key not in {tag_key(n) for n in result}:
            result.append(name)
    return ", ".join(result)


def rename_tag(crm: SqliteCrm, old: str, new: str,
               reserved: frozenset[str] = frozenset()) -> int:
    """Rename tag ``old`` to ``new`` on every contact (those in the trash too, so a
    restored one matches); the number of live contacts renamed. Each renamed contact
    counts as saved now, so the next sync sends it. An unknown ``old`` or a ``new``
    no label could take (a comma, or a ``reserved`` key: ``tags.reserved_keys``) raises
    ``CrmError``, and nothing is written."""
    new = clean_text(new)
    if not sendable_tag(new, reserved):
        raise CrmError(Reason.of(ReasonCode.CRM_BAD_TAG_NAME, tag=new))
    now = format_timestamp(utc_now())
    try:
        with crm.transaction() as conn:
            rows = conn.execute(
                "SELECT id, tags, deleted_at FROM contact WHERE tags IS NOT NULL "
                "AND tags != ''").fetchall()
            live = 0
            for row in rows:
                renamed = renamed_tags(row["tags"], old, new)
                if renamed is None:
                    continue
                live += row["deleted_at"] is None
                if renamed != row["tags"]:
                    conn.execute("UPDATE contact SET tags = ?, updated_at = ? WHERE id = ?",
                                 (renamed, now, row["id"]))
            if not live:
                raise CrmError(Reason.of(ReasonCode.CRM_UNKNOWN_TAG, tag=clean_text(old)))
    except sqlite3.OperationalError as error:
        raise crm.write_error(error) from error
    return live
