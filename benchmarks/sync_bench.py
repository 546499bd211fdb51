"""First sync, then a no-change sync, of N contacts per side against the sandbox running
in another process (SPEC §3).

Run: .venv/bin/python benchmarks/sync_bench.py [--sizes 1000 5000 25000] [--latency-ms 50]

Each size: the CRM gets C contacts and Google G, with O of them overlapping by email, so
that both sides hold N after the first sync (the largest: 15,000 + 15,000 with 5,000
overlapping → 25,000 each side). Every sync is a real `crmsync sync --yes --json` process
(so its peak RSS is its own), and the sandbox counts the API calls by method. The
minimum is ⌈G/1000⌉ list pages (the first sync's backup is written from that read) +
⌈creates/200⌉ + ⌈updates/200⌉ batch writes + 1 label list (every run: tags are labels,
R-S13) + the label creates (the app's label and one per CRM tag Google lacks). Peak RSS
is measured from outside each process (``/usr/bin/time -f %M``), its JSON output included.

The address books are shaped like real ones (``crm_contact``, ``google_person``): a
landline beside the mobile, entries without a type or with a custom label, two mobiles
on one contact, an email without a type on half the contacts both sides hold. Tags as a
firm has them: a third of the CRM contacts are "VIP", one in seven
"Fournisseur" (some both), and a tenth of the Google contacts are in a "Salon 2025" label.
After the no-change sync, a "tag change" run: half the CRM contacts get one more tag
(minimum: the read, the label list and create, ⌈tagged/1000⌉ members.modify calls).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.sandbox import SandboxAdmin
from crmsync_gui.sandbox.process import SandboxProcess
from crmsync_gui.sandbox.testing import client_env

BROWSER = Path(__file__).resolve().parent.parent / "tests" / "google" / "browser.py"
TAGS = (("VIP", 3), ("Fournisseur", 7))  # CRM tags, on every 3rd / 7th contact
GOOGLE_LABEL = "Salon 2025"  # on every 10th Google-only contact


def sides(total: int) -> tuple[int, int]:
    """Contacts per side before the first sync, and how many overlap, so that both sides
    hold ``total`` after it (25,000 → 15,000 each, 5,000 overlapping)."""
    overlap = total // 5
    return (total + overlap) // 2, overlap


def crmsync(env: dict[str, str], *args: str) -> tuple[dict[str, Any], float, float]:
    """Run one command; its JSON, wall seconds and peak RSS (MB) measured from outside by
    ``/usr/bin/time -f %M`` (its output included; not ``ru_maxrss`` of a child of this
    large process, which counts this process's image until the exec)."""
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(suffix=".rss") as rss_file:
        command = [*timer, *(["-o", rss_file.name] if timer else []),
                   sys.executable, "-m", "crmsync_gui.cli.main", *args]
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(), err.read().decode()
        measured = rss_file.read().decode().strip().splitlines()
    if process.returncode != 0:
        raise RuntimeError(f"crmsync {' '.join(args)} failed: {errors[-2000:]}")
    data = json.loads(text) if text.strip().startswith("{") else {}
    kilobytes = int(measured[-1]) if timer and measured else usage.ru_maxrss
    return data, wall, kilobytes / 1024


def prepare(total: int, url: str, root: Path) -> dict[str, str]:
    """Seed both sides for ``total`` (see ``sides``), sign in, and return the environment
    a `crmsync` (or `crmsync-gui`) process of this profile runs with."""
    per_side, overlap = sides(total)
    admin = SandboxAdmin(url)
    home = root / "home"
    env = client_env(url, root, BROWSER, home)
    google_only = per_side - overlap
    with SqliteCrm(home / "crm.sqlite3") as crm:
        crm.apply([CrmWrite(WriteKind.CREATE, contact=crm_contact(i)) for i in range(per_side)])
    salon = admin.create_group(GOOGLE_LABEL)["resourceName"]
    persons = [google_person(i, salon) for i in range(google_only)]
    # The CRM's contacts as the phone already has them: half with an untyped email.
    persons += [{"names": [{"givenName": "Zoé", "familyName": f"Nom{i}"}],
                 "emailAddresses": [{"value": f"c{i}@exemple.fr",
                                     **({"type": "home"} if i % 2 else {})}]}
                for i in range(overlap)]
    for start in range(0, len(persons), 5000):
        admin.seed_contacts(persons[start:start + 5000])
    crmsync(env, "login", "--timeout", "60")
    return env


def crm_contact(i: int) -> dict[str, str]:
    """A CRM contact as a firm has them: a mobile, a landline on every fourth, tags."""
    return {"last_name": f"Nom{i}", "first_name": "Zoé", "personal_email": f"c{i}@exemple.fr",
            "personal_mobile": f"06 {i // 10000 % 100:02d} {i // 100 % 100:02d} "
                               f"{i % 100:02d} 21",
            **({"home_phone": f"01 {i // 10000 % 100:02d} {i // 100 % 100:02d} "
                              f"{i % 100:02d} 22"} if i % 4 == 0 else {}),
            "tags": ", ".join(tag for tag, every in TAGS if i % every == 0)}


def google_person(i: int, salon: str) -> dict[str, Any]:
    """A phone's contact as real address books have them: entries without a type (every
    3rd phone, every 5th email), a custom label (every 11th), two mobiles (every 7th),
    a label on every 10th."""
    number = f"{i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}"
    phones: list[dict[str, str]] = [{"value": f"+33 7 {number} 31",
                                     **({} if i % 3 == 0 else {"type": "mobile"})}]
    if i % 7 == 0:
        phones.append({"value": f"+33 6 {number} 32", "type": "mobile"})
    if i % 11 == 0:
        phones.append({"value": f"04 {number} 33", "type": "Bureau Lyon"})
    return {"names": [{"givenName": "Léa", "familyName": f"G{i}"}],
            "emailAddresses": [{"value": f"g{i}@exemple.fr",
                                **({} if i % 5 == 0 else {"type": "home"})}],
            "phoneNumbers": phones,
            **({"memberships": [{"contactGroupMembership": {
                "contactGroupResourceName": salon}}]} if i % 10 == 0 else {})}


def tag_half(crm_path: Path) -> int:
    """"Salon 2026" added to every other CRM contact, as another program would write it
    (``updated_at`` left alone); how many."""
    import sqlite3

    conn = sqlite3.connect(crm_path)
    with conn:
        count = conn.execute(
            "UPDATE contact SET tags = CASE WHEN tags IS NULL OR tags = '' THEN "
            "'Salon 2026' ELSE tags || ', Salon 2026' END WHERE id % 2 = 0").rowcount
    conn.close()
    return count


def run_size(total: int, latency_ms: int) -> list[dict[str, Any]]:
    google_count = sides(total)[0]
    sandbox = SandboxProcess()
    url = sandbox.url
    try:
        admin = SandboxAdmin(url)
        with tempfile.TemporaryDirectory() as folder:
            env = prepare(total, url, Path(folder))
            admin.set_faults(latency_ms=latency_ms)
            rows = []
            echoed = 0  # Google writes of the first sync, which the next read sees again
            for label in ("first sync", "echo read", "no-change sync", "tag change"):
                if label == "tag change":
                    # Half the CRM contacts get one more tag: tags alone change, so the
                    # run moves them into the label by members.modify, 1,000 a call.
                    tagged = tag_half(Path(env["CRMSYNC_HOME"]) / "crm.sqlite3")
                admin.reset_counts()
                result, wall, rss = crmsync(env, "sync", "--yes", "--json")
                counts = {k: v for k, v in admin.counts().items()
                          if not k.startswith("oauth2.")}
                applied = result.get("applied", {})
                creates = applied.get("google_created", 0)
                updates = applied.get("google_updated", 0)
                if label == "first sync":
                    # One full read (the backup is written from it), the label list,
                    # the label creates (the app's and one per CRM tag), batch writes.
                    minimum = (math.ceil(google_count / 1000) + 1 + 1 + len(TAGS)
                               + math.ceil(creates / 200) + math.ceil(updates / 200))
                    echoed = creates + updates
                elif label == "tag change":
                    # The read, the label list and create, the label's members.
                    minimum = 1 + 1 + 1 + math.ceil(tagged / 1000)
                elif label == "echo read":
                    # Google lists our own writes as changes: one page per 1,000, and
                    # the label list.
                    minimum = max(1, math.ceil(echoed / 1000)) + 1
                else:
                    minimum = 2  # one connections.list, one contactGroups.list
                seconds = result.get("seconds", {})
                rows.append({"size": total, "latency_ms": latency_ms, "run": label,
                             "wall_s": wall,
                             "read_s": seconds.get("read_google", 0.0)
                             + seconds.get("read_crm", 0.0),
                             "plan_s": seconds.get("plan", 0.0),
                             "rss_mb": rss, "own_rss_mb": result.get("peak_rss_mb"),
                             "quiet": result.get("quiet", False),
                             "calls": sum(counts.values()),
                             "minimum": minimum, "by_method": counts,
                             "applied": applied})
                if label == "first sync":
                    # After the first sync, both sides hold ``total`` contacts.
                    dump_size = len(admin.dump()["contacts"])
                    assert dump_size == total, (dump_size, total)
                    google_count = total
            return rows
    finally:
        sandbox.stop()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 25000])
    parser.add_argument("--latency-ms", type=int, nargs="+", default=[0, 50])
    args = parser.parse_args(argv)
    # "read s" = reading Google (list calls, or the state's copy) and the CRM;
    # "plan s" = planning alone; "RSS MB" = the sync process's peak resident memory as
    # /usr/bin/time measures it (output included); "quiet" = planning skipped.
    print(f"{'size':>6} {'lat':>4} {'run':<15} {'wall s':>7} {'read s':>7} {'plan s':>7} "
          f"{'RSS MB':>7} {'calls':>6} {'min':>5} {'quiet':>5}  by method")
    for latency in args.latency_ms:
        for size in args.sizes:
            for row in run_size(size, latency):
                methods = ", ".join(f"{k.split('.')[-1]} {v}" for k, v in
                                    sorted(row["by_method"].items()))
                print(f"{row['size']:>6} {row['latency_ms']:>4} {row['run']:<15} "
                      f"{row['wall_s']:>7.2f} {row['read_s']:>7.2f} {row['plan_s']:>7.2f} "
                      f"{row['rss_mb']:>7.0f} "
                      f"{row['calls']:>6} {row['minimum']:>5} "
                      f"{'yes' if row['quiet'] else 'no':>5}  {methods}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
