"""What planning reads besides the two sides: links, the user's lasting choices, the
options and the decisions taken in the preview. Plain values; the state store
(``crmsync_gui.state``) loads and saves them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from crmsync_gui.core.baseline import Baseline
from crmsync_gui.core.plan import Side
from crmsync_gui.core.policies import ConflictPolicy, DeletionPolicy
from crmsync_gui.core.record import Field

CLIENT_DATA_KEY = "crmsync.id"


def client_tag(crm_database_uuid: str, crm_id: int) -> str:
    """The ``clientData`` value written on every contact the app creates (R-G3)."""
    return f"{crm_database_uuid}:{crm_id}"


# ``Link.google_seen`` after the app moved the contact between labels by
# ``contactGroups.members.modify``: Google moved its source etag and did not say to
# what; the next read of the contact stores the new one.
LABELS_MOVED = "labels-moved:"


@dataclass(frozen=True, slots=True)
class Link:
    """A CRM contact and a Google contact known to be one person.

    ``baseline`` is None until the pair has been synced once (a manual link, a crash
    between the write and the checkpoint): planning then merges it like a first sync.
    """

    crm_id: int
    resource_name: str
    baseline: Baseline | None = None
    etag: str | None = None
    created_by_sync: bool = False  # the app created the Google contact (R-S5)
    manual: bool = False  # linked by the user (R-S9)
    # The Google contact's CONTACT source etag when the pair was last synced: any edit
    # of its own data moves it, a birthday included (R-S5). None in older versions' links.
    google_seen: str | None = None


@dataclass(frozen=True, slots=True)
class Choices:
    """The user's lasting choices, kept in the state (R-S5, R-S9)."""

    ignored_crm: frozenset[int] = frozenset()
    ignored_google: frozenset[str] = frozenset()
    keep_apart: frozenset[tuple[int, str]] = frozenset()  # (crm_id, resource_name)
    kept_deleted: frozenset[int] = frozenset()  # deleted in Google, kept in the CRM
    # Pairs remembered with their baseline, by CRM id: detached by a CRM deletion
    # (restoring the CRM contact links it to that Google contact again, R-S5) or
    # unlinked by the user (kept apart until linked again, R-S9).
    detached: Mapping[int, Link] = field(default_factory=dict)
    # Rows unticked in a preview, by change key: out of every sync until ticked again.
    left_out: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PlanOptions:
    conflict_policy: ConflictPolicy = ConflictPolicy.NEWEST
    deletion_policy: DeletionPolicy = DeletionPolicy.ASK
    label_only: bool = False  # only Google contacts in the label are considered (R-G4)
    # Keys of tag names no label may take (the app's label, Google's system groups):
    # such a CRM tag stays in the CRM (R-S13).
    reserved_tags: frozenset[str] = frozenset()
    # The one tag the sync is limited to ("" for all contacts, R-S13): CRM contacts with
    # it, Google contacts in its label; a pair with it on either side.
    only_tag: str = ""
    # Labels renamed in Google since the last sync (old name's key → new name): the
    # tag is renamed on the CRM side too before merging, so an edit made meanwhile on
    # either side is kept (a removal in the CRM is not undone by the "add" of the new
    # name) and a tag typed under the old name joins the renamed label (R-S13).
    renamed_tags: Mapping[str, str] = field(default_factory=dict)
    # The state's baselines were normalised under an older rule: re-settle them once.
    renormalize: bool = False
    # When the last sync finished: a CRM row saved since is the user's edit, even if no
    # mapped field moved (the "delete" deletion policy spares it, R-S5).
    last_sync_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Decisions:
    """What the user chose in the preview, for this run only.

    ``conflicts`` picks the winning side per (crm_id, field); ``delete_in_crm`` lists
    CRM ids whose Google deletion the user wants applied (else kept), ``keep_in_crm``
    those to keep even under the "delete" policy; ``restore`` kept contacts to push
    back to Google; ``excluded`` change keys (``Change.key``) left out of this run;
    ``links`` pairs the user linked by hand; ``only``, when set, the CRM contacts whose
    changes this run writes — even one left out in the preview: the user named it —,
    every other change left out (the Contacts page's "Sync this contact": one pair, with
    the plan's checks and confirmations).
    """

    conflicts: Mapping[tuple[int, Field], Side] = field(default_factory=dict)
    delete_in_crm: frozenset[int] = frozenset()
    keep_in_crm: frozenset[int] = frozenset()
    restore: frozenset[int] = frozenset()
    excluded: frozenset[str] = frozenset()
    links: tuple[tuple[int, str], ...] = ()
    confirm_mass_deletion: bool = False
    only: frozenset[int] | None = None
    # The two values each conflict choice was made on (CRM, Google), as shown: a side
    # that moved again since gets the conflict back instead of the old choice — the user
    # never saw the newer value (a choice keyed by field alone overwrote it).
    conflict_values: Mapping[tuple[int, Field], tuple[str, str]] = \
        field(default_factory=dict)
