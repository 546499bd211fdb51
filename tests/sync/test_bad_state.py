"""#17, 4: a damaged sync state says so, changes nothing, and `crmsync state reset`
starts a new one without duplicating anyone. Through ``crmsync`` against the sandbox."""

from __future__ import annotations

import pytest

from .cli_harness import Cli, in_sync


@pytest.mark.parametrize("damage", ["garbage", "truncated", "emptied"])
def test_a_damaged_state_is_named_and_reset_starts_again_without_duplicates(
        cli: Cli, damage: str) -> None:
    for i in range(5):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    cli.sandbox.admin.seed_contacts([{"names": [{"familyName": "Phone"}],
                                      "emailAddresses": [{"value": "p@ex.fr"}]}])
    assert cli.sync()[0] == 0
    google, crm = cli.google_emails(), sorted(cli.crm())
    [state] = (cli.home / "state").glob("state-*.sqlite3")
    data = state.read_bytes()
    # Emptied: SQLite would read a 0-byte file as a new, empty state, and the links,
    # choices and undo history would be gone without a word.
    state.write_bytes(b"not a database, says another program\n" * 50 if damage == "garbage"
                      else b"" if damage == "emptied" else data[:len(data) // 3])
    for args in (("preview",), ("sync", "--yes"), ("history",)):
        done = cli.run(*args)
        assert done.returncode == 1, (args, done.stdout)
        assert f"{state} is damaged" in done.stderr and "crmsync state reset" in done.stderr
        assert "unexpected problem" not in done.stderr
    assert (cli.google_emails(), sorted(cli.crm())) == (google, crm)  # nothing changed

    reset = cli.run("state", "reset")
    assert reset.returncode == 0, reset.stderr
    [aside] = (cli.home / "state").glob("state-*.sqlite3.damaged-*")
    assert str(aside) in reset.stdout and not state.exists()
    code, result = cli.sync()
    assert code == 0, result
    assert (cli.google_emails(), sorted(cli.crm())) == (google, crm)  # no duplicate
    in_sync(cli)
