"""Company names compared the way people type them: case- and accent-insensitive (R-S4)."""

from __future__ import annotations

from collections.abc import Iterable

from crmsync_gui.core.record import fold_name
from crmsync_gui.core.sides import Company, CrmContact

__all__ = ["CompanyIndex", "fold_name"]


class CompanyIndex:
    """The CRM's live companies by folded name."""

    def __init__(self, companies: Iterable[Company]) -> None:
        self._by_name: dict[str, list[Company]] = {}
        self._deleted: set[int] = set()
        for company in sorted(companies, key=lambda c: c.company_id):
            if company.deleted:
                self._deleted.add(company.company_id)
                continue
            key = fold_name(company.name)
            if key:
                self._by_name.setdefault(key, []).append(company)

    def only_match(self, organisation: str) -> Company | None:
        """The one live company named ``organisation``; None for none or several."""
        found = self._by_name.get(fold_name(organisation), [])
        return found[0] if len(found) == 1 else None

    def holds_pro_fields(self, contact: CrmContact, organisation: str) -> bool:
        """True when Google's professional fields may go straight to the primary link.

        The contact must be linked to exactly one live company named like the Google
        organisation, and that link must be the primary one: the CRM reads a contact's
        professional fields from its primary link, so writing elsewhere would not show.
        """
        key = fold_name(organisation)
        primary = contact.primary_link
        if not key or primary is None:
            return False
        matching = [link for link in contact.links
                    if link.company_id not in self._deleted
                    and fold_name(link.company_name) == key]
        return len(matching) == 1 and matching[0].company_id == primary.company_id
