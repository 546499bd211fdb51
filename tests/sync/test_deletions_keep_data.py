"""#16 (in part): deletions never take a user's edit with them (SPEC R-S5). Each case
through ``crmsync`` against the sandbox."""

from __future__ import annotations

import json

from .cli_harness import Cli


def test_the_delete_policy_keeps_a_crm_contact_edited_since_the_last_sync(cli: Cli) -> None:
    edited = cli.add_crm("Dupont", "j@ex.fr")
    untouched = cli.add_crm("Martin", "m@ex.fr")
    for i in range(20):  # enough synced contacts that two deletions are no mass deletion
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    assert cli.sync()[0] == 0
    for name, person in cli.google().items():
        if person["emailAddresses"][0]["value"] in ("j@ex.fr", "m@ex.fr"):
            cli.sandbox.admin.delete_contact(name)  # deleted on the phone
    cli.edit_crm(edited, home_city="Lyon")  # while someone typed in the CRM
    done = cli.run("--deletions", "delete", "sync", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    crm = cli.crm()
    assert untouched not in crm  # unchanged: deleted as the policy says
    assert crm[edited].record.home_address.city == "Lyon"  # edited: kept, and said why
    reasons = {c["crm_id"]: (c["action"], c["reason_code"])
               for c in json.loads(done.stdout)["to_crm"]}
    assert reasons == {untouched: ("delete", "deleted_in_google"),
                       edited: ("keep", "kept_changed_after_google_deletion")}
    history = cli.history()[0]
    assert history["counts"] == {"crm_deleted": 1, "crm_kept": 1}
