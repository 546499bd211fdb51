"""A sync with nothing to do, known without planning (SPEC §3).

The tray syncs every 30 minutes all day: the run that finds nothing to do is the one
users pay for most, and planning 25,000 pairs means building 50,000 records first.

A run whose plan came out empty — nothing to write, nothing to ask, nothing to say —
stores a fingerprint of everything that plan was made from:

- the CRM's rows, every column of every table planning reads (an edit another program
  made without moving ``updated_at`` moves it too, R-CRM2);
- the state's planning tables (links and baselines, the copy of Google, the user's
  choices), by the counter their triggers move (state schema v11), and its labels;
- Google's labels as listed, the app's settings, and the rules' versions.

The next run lists Google's changes since (sync token) and the labels. When Google
brings none and the fingerprint comes out the same, planning would read the same inputs
and make the same empty plan: it is skipped. Anything else — one contact changed on
either side, a choice, a setting, a label, an upgrade — plans in full.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import Enum
from typing import Any

from crmsync_gui import __version__
from crmsync_gui.core.plan import Plan
from crmsync_gui.core.plan_input import Decisions, PlanOptions
from crmsync_gui.core.record import NORMALIZED_FORMS
from crmsync_gui.state.store import StateStore

# Moved on whenever what the fingerprint covers changes meaning.
QUIET_RULES = 1
_GROUP_KEYS = ("resourceName", "name", "formattedName", "groupType")


def fingerprint(*, crm_uuid: str, crm_digest: str, state: StateStore, generation: int,
                groups: Iterable[Mapping[str, Any]], options: PlanOptions,
                label_name: str) -> str:
    """Everything an empty plan was made from, as one digest (see the module).
    ``generation``: the state's planning counter when planning read the state."""
    parts = {
        "rules": [QUIET_RULES, __version__, NORMALIZED_FORMS],
        "crm": [crm_uuid, crm_digest],
        "state": [generation, state.label_resource_name,
                  state.label_name, state.normalization_version,
                  state.former_sync_labels(), sorted(state.tag_labels().items())],
        # Every name a label goes by: a system group's localised name reserves a tag name.
        "groups": sorted([str(g.get(key)) for key in _GROUP_KEYS] for g in groups),
        # The last sync's time only decides between deleting and keeping a pair deleted
        # on one side, and such a plan is never empty.
        "options": _canonical(dataclasses.replace(options, last_sync_at=None)),
        "label": label_name,
    }
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def nothing_to_do(plan: Plan) -> bool:
    """A plan whose run writes nothing anywhere, asks and says nothing."""
    return plan == Plan()


def plain_decisions(decisions: Decisions) -> bool:
    """No choice made for this run (a confirmation of deletions changes no plan)."""
    return dataclasses.replace(decisions, confirm_mass_deletion=False) == Decisions()


def _canonical(value: object) -> Any:
    """``value`` as JSON the same in every process: sets sorted (a set of strings
    iterates in a per-process order), enums by value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name))
                for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return sorted([_canonical(k), _canonical(v)] for k, v in value.items())
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value
