"""How long the CRM database takes to read N contacts with their company links.

Run: .venv/bin/python benchmarks/crm_read_bench.py [N ...]   (default 1000 5000 25000)
Prints one row per size: time to read everything (records built and normalised, phones
parsed once each: the bulk of the cost), and the peak memory the read allocates.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from crmsync_gui.core.phones import normalize_phone
from crmsync_gui.crm.sqlite_db import SqliteCrm

FIRST = ["Sophie", "Étienne", "Claire", "Luc", "Amélie", "Hugo", "Julie", "Thi Hoa", "Jean-Marc"]
LAST = ["Martin", "Lefèvre", "Dubois", "Moreau", "Girard", "Fontaine", "Bernard", "Payet"]


def fill(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with SqliteCrm(path):
        pass  # creates the schema
    conn = sqlite3.connect(path)
    now = "2026-11-25T09:30:00.000Z"
    companies = max(1, count // 10)
    conn.executemany("INSERT INTO company (id, name, updated_at) VALUES (?, ?, ?)",
                     [(i, f"Société {i}", now) for i in range(1, companies + 1)])
    conn.executemany(
        "INSERT INTO contact (id, last_name, first_name, personal_mobile, personal_email, "
        "home_street, home_postal_code, home_city, home_country, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(i, rng.choice(LAST), rng.choice(FIRST), f"06 {i // 10000 % 100:02d} {i // 100 % 100:02d}"
          f" {i % 100:02d} 0{rng.randint(0, 9)}", f"contact{i}@exemple.fr",
          f"{i} rue de la Paix", "75002", "Paris", "France", now, now)
         for i in range(1, count + 1)])
    conn.executemany(
        "INSERT INTO contact_company (contact_id, company_id, work_phone, work_email, "
        "job_title, is_primary, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
        [(i, rng.randint(1, companies), "01 42 68 53 00", f"pro{i}@societe.fr", "Gérant", now)
         for i in range(1, count + 1) if i % 3])
    conn.commit()
    conn.close()


def measure(count: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crm.sqlite3"
        fill(path, count)
        with SqliteCrm(path) as crm:
            start = time.perf_counter()
            contacts = crm.read_all()
            elapsed = time.perf_counter() - start
            assert len(contacts) == count
            del contacts
            # tracemalloc slows Python down several times: memory gets its own read.
            normalize_phone.cache_clear()
            tracemalloc.start()
            crm.read_all()
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    return elapsed, peak / 1e6


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1000, 5000, 25000]
    print(f"{'contacts':>9}  {'read_all (s)':>12}  {'per contact (µs)':>16}  {'peak MB':>8}")
    for count in sizes:
        elapsed, peak = measure(count)
        print(f"{count:>9}  {elapsed:>12.3f}  {elapsed / count * 1e6:>16.1f}  {peak:>8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
