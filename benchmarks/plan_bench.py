"""Planning benchmark (SPEC §3: planning 25,000 contacts < 1 s).

Builds synthetic sides of 1,000 / 5,000 / 25,000 contacts each — French names, phones
written in the ways people write them, a mix of unchanged pairs, pairs changed on one
side, conflicting pairs and new contacts on each side — then times, separately:

- "records": reading the rows into ``CrmContact`` / ``GoogleContact`` (the normalisation
  each record computes once: phone parsing, emails, addresses);
- "plan": ``plan_sync`` alone, on the records already built.

Run: ``.venv/bin/python benchmarks/plan_bench.py [SIZE ...]``
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from crmsync_gui.core.baseline import Baseline
from crmsync_gui.core.plan import Plan
from crmsync_gui.core.plan_input import Choices, Link, PlanOptions
from crmsync_gui.core.planner import plan_sync
from crmsync_gui.core.record import Address, ContactRecord
from crmsync_gui.core.sides import Company, CompanyLink, CrmContact, GoogleContact

UUID = "bench-crm-database"
T0 = datetime(2026, 1, 1, tzinfo=UTC)

LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre",
        "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel",
        "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez",
        "Fontaine", "Chevalier", "Robin", "N'Diaye", "Le Gall", "de La Tour"]
FIRST = ["Marie", "Jean", "Camille", "Léa", "Lucas", "Chloé", "Hugo", "Manon", "Louis",
         "Inès", "Gabriel", "Jade", "Raphaël", "Zoé", "Arthur", "Élodie", "Noël", "Anaïs",
         "Jean-Baptiste", "Marie-Claire", "Théo", "Océane", "Mathis", "Clémence", "Loïc"]
CITIES = [("75011", "Paris"), ("69003", "Lyon"), ("13008", "Marseille"), ("31000",
          "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("59000", "Lille"),
          ("97400", "Saint-Denis"), ("67000", "Strasbourg"), ("35000", "Rennes")]
STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire",
           "place du Marché", "chemin des Vignes", "allée des Tilleuls"]
COMPANIES = ["ACME", "Boulangerie Martin", "Garage du Centre", "Cabinet Lefèvre",
             "Société Générale de Services", "Transports Roux", "Atelier Bleu"]
TITLES = ["Gérant", "Directrice commerciale", "Comptable", "Assistante", "Technicien", ""]


def phone_formats(digits: str) -> list[str]:
    """One French number (10 digits starting with 0) as people write it."""
    pairs = " ".join(digits[i:i + 2] for i in range(0, 10, 2))
    code = "+262" if digits.startswith("0692") else "+33"  # Réunion mobiles
    intl = f"{code} {digits[1]} " + " ".join(digits[i:i + 2] for i in range(2, 10, 2))
    return [pairs, digits, intl, code + digits[1:], pairs.replace(" ", ".")]


@dataclass
class Person:
    """One person's raw fields, as both sides would spell them."""

    fields: dict[str, Any]
    phones: dict[str, str]  # field → digits


def make_person(rnd: random.Random, n: int) -> Person:
    last, first = rnd.choice(LAST), rnd.choice(FIRST)
    postal, city = rnd.choice(CITIES)
    mobile = ("0692" if postal.startswith("974") else "06") + f"{rnd.randrange(10**8):08d}"
    mobile = mobile[:10]
    fields: dict[str, Any] = {
        "last_name": last, "first_name": first,
        "personal_email": f"{first}.{last}.{n}@exemple.fr".lower().replace(" ", ""),
        "home_address": Address(f"{rnd.randint(1, 120)} {rnd.choice(STREETS)}", postal, city,
                                rnd.choice(["France", "FR", ""])),
    }
    phones = {"personal_mobile": mobile}
    if rnd.random() < 0.5:
        phones["home_phone"] = f"0{rnd.randint(1, 5)}{rnd.randrange(10**8):08d}"
    if rnd.random() < 0.4:
        fields["company_name"] = rnd.choice(COMPANIES)
        fields["job_title"] = rnd.choice(TITLES)
        fields["work_email"] = f"{first[0]}.{last}{n}@societe.fr".lower().replace(" ", "")
        phones["work_phone"] = f"01{rnd.randrange(10**8):08d}"
    return Person(fields, phones)


def spelled(rnd: random.Random, person: Person) -> dict[str, Any]:
    """The person's fields as one side writes them (phones in a random format)."""
    values = dict(person.fields)
    for name, digits in person.phones.items():
        values[name] = rnd.choice(phone_formats(digits))
    return values


@dataclass
class Rows:
    crm: list[tuple[int, dict[str, Any], datetime]]
    google: list[tuple[str, dict[str, Any], datetime]]
    links: list[tuple[int, str, dict[str, Any], dict[str, Any]]]  # + baseline rows


def make_rows(size: int, *, in_sync: bool = False, seed: int = 7) -> Rows:
    """``size`` contacts per side: 80 % linked (70 % of those unchanged, 12 % changed in
    the CRM, 12 % in Google, 6 % conflicting), 20 % new on each side. ``in_sync``: all
    linked and unchanged (the preview right after a sync)."""
    rnd = random.Random(seed)
    rows = Rows([], [], [])
    linked = size if in_sync else size * 8 // 10
    for n in range(1, size + 1):
        person = make_person(rnd, n)
        crm_id, resource_name = n, f"people/c{n:09d}"
        crm_values, google_values = spelled(rnd, person), spelled(rnd, person)
        if n > linked:  # new on each side: two different people
            other = make_person(rnd, n + 10 * size)
            rows.crm.append((crm_id, crm_values, T0))
            rows.google.append((resource_name, spelled(rnd, other), T0))
            continue
        rows.links.append((crm_id, resource_name, dict(crm_values), dict(google_values)))
        roll = 1.0 if in_sync else rnd.random()
        if roll < 0.12:
            crm_values["personal_mobile"] = f"07 {rnd.randrange(30_000_000, 10**8)}"
        elif roll < 0.24:
            google_values["home_address"] = Address("3 rue Neuve", "75002", "Paris", "France")
        elif roll < 0.30:
            crm_values["first_name"] += "-Marie"
            google_values["first_name"] += "-Anne"
        rows.crm.append((crm_id, crm_values, T0 + timedelta(minutes=n % 7)))
        rows.google.append((resource_name, google_values, T0 + timedelta(minutes=n % 5)))
    return rows


def build_sides(rows: Rows, companies: dict[str, int],
                ) -> tuple[list[CrmContact], list[GoogleContact]]:
    crm: list[CrmContact] = []
    for crm_id, values, moment in rows.crm:
        record = ContactRecord(**values)
        link = None
        if record.company_name:
            link = CompanyLink(companies[record.company_name], record.company_name, None,
                               record.work_phone, record.work_mobile, record.work_email,
                               record.job_title, True, moment, T0)
        crm.append(CrmContact(crm_id, record, "", "", None, T0, moment, None,
                              (link,) if link else (), link))
    google = [GoogleContact(name, f"etag{name}", ContactRecord(**values), moment)
              for name, values, moment in rows.google]
    return crm, google


T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def run(size: int, in_sync: bool = False) -> tuple[int, float, float, Plan]:
    rows = make_rows(size, in_sync=in_sync)
    companies = {name: i for i, name in enumerate(COMPANIES, start=1)}
    company_list = [Company(i, name, None, T0, False) for name, i in companies.items()]
    # The state: baselines as stored after the last sync (normalised there, untimed).
    links = [Link(crm_id, name, Baseline.of(ContactRecord(**crm_values),
                                            ContactRecord(**google_values)))
             for crm_id, name, crm_values, google_values in rows.links]
    (crm, google), build_time = timed(lambda: build_sides(rows, companies))
    plan, plan_time = timed(lambda: plan_sync(
        crm, google, links=links, choices=Choices(), companies=company_list,
        crm_database_uuid=UUID, options=PlanOptions()))
    return size, build_time, plan_time, plan


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1_000, 5_000, 25_000]
    print(f"{'contacts/side':>13} | {'scenario':>8} | {'records (s)':>11} | "
          f"{'plan (s)':>8} | {'to Google':>9} | {'to CRM':>6} | {'conflicts':>9}")
    print("-" * 83)
    runs = [(size, False) for size in sizes] + [(max(sizes), True)]
    for size, in_sync in runs:
        _, build_time, plan_time, plan = run(size, in_sync)
        counts = plan.counts()
        print(f"{size:>13,} | {'in sync' if in_sync else 'mixed':>8} | {build_time:>11.3f} | "
              f"{plan_time:>8.3f} | {counts['to_google']:>9,} | {counts['to_crm']:>6,} | "
              f"{counts['conflicts']:>9,}")


if __name__ == "__main__":
    main(sys.argv[1:])
