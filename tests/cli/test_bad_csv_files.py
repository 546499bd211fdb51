"""#17: malformed CSV files, as `crmsync crm import` meets them. Each one gets a clear
error that names the place (the line, the column, the byte) and changes nothing: the
CRM database reads the same, row for row (``iterdump``: opening a WAL database may
rewrite its bytes), before and after.

One process per case would be slow: the same code path runs
in-process through ``crmsync_gui.cli.main.main`` (the separate-process case is in
tests/cli/test_cli_crm.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crmsync_gui.cli.main import EXIT_ERROR, main
from crmsync_gui.crm.csv_io import CSV_HEADERS

from .conftest import crm_dump

HEADER = ";".join(CSV_HEADERS)
COLUMNS = len(CSV_HEADERS)


def row(**cells: str) -> str:
    """One line of the app's own format, ``cells`` by header."""
    return ";".join(cells.get(h, "") for h in CSV_HEADERS)


GOOD = row(Nom="Durand", Prénom="Luc", **{"Email perso": "luc@ex.fr"})
EXISTING = row(**{"Réf. contact": "C-001", "Nom": "Martin", "Prénom": "Sophie"})

# name → (file bytes, what the error must say). Lines count from 1, the header included.
CASES: dict[str, tuple[bytes, str]] = {
    "empty file": (b"", "line 1: the file is empty"),
    "only a BOM": (b"\xef\xbb\xbf", "line 1: the file is empty"),
    "unknown column": (f"{HEADER};Fax\n{GOOD};x\n".encode(), "unknown column 'Fax'"),
    "column twice": ("Nom;Prénom;Nom\nA;B;C\n".encode(), "column 'Nom' appears twice"),
    "a row too long": (f"{HEADER}\n{GOOD}\n{GOOD};extra\n".encode(), "line 3: "),
    "a row too short": (f"{HEADER}\n{GOOD}\nDurand;Luc\n".encode(), "line 3: 2 columns"),
    "ID not a number": (f"{HEADER}\n{row(ID='abc', Nom='A')}\n".encode(),
                        "line 2: ID 'abc' is not a number"),
    "ID negative": (f"{HEADER}\n{row(ID='-3', Nom='A')}\n".encode(),
                    "line 2: ID '-3' is not a number"),
    "ID twice": (f"{HEADER}\n{row(ID='7', Nom='A')}\n{row(ID='7', Nom='B')}\n".encode(),
                 "line 3: ID 7 already on line 2"),
    "reference twice": (f"{HEADER}\n{row(**{'Réf. contact': 'R', 'Nom': 'A'})}\n"
                        f"{row(**{'Réf. contact': 'R', 'Nom': 'B'})}\n".encode(),
                        "line 3: Réf. contact 'R' already on line 2"),
    "personal email": (f"{HEADER}\n{row(Nom='A', **{'Email perso': 'pas-un-email'})}\n"
                       .encode(), "line 2: Email perso 'pas-un-email'"),
    "work email": (f"{HEADER}\n{row(Nom='A', Société='ACME', **{'Email pro': 'a@'})}\n"
                   .encode(), "line 2: Email pro 'a@'"),
    "email with a space": (f"{HEADER}\n{row(Nom='A', **{'Email perso': 'a b@ex.fr'})}\n"
                           .encode(), "line 2: Email perso"),
    "pro fields, no company": (f"{HEADER}\n{row(Nom='A', Fonction='Gérante')}\n".encode(),
                               "line 2: professional fields need"),
    "company ref, no name": (f"{HEADER}\n{row(Nom='A', **{'Réf. société': 'S-9'})}\n"
                             .encode(), "line 2: Réf. société without a Société"),
    "reference of another contact": (
        f"{HEADER}\n{row(ID='999', Nom='Autre', **{'Réf. contact': 'C-001'})}\n".encode(),
        "line 2: Réf. contact 'C-001' belongs to Sophie Martin"),
    "a good row, then a bad one": (f"{HEADER}\n{GOOD}\n{row(ID='x', Nom='B')}\n".encode(),
                                   "line 3: ID 'x'"),
    "UTF-8 with one stray byte": (f"{HEADER}\nÉlodie;{GOOD}\n".encode()
                                  .replace(b"Durand", b"Dur\x92nd"), "line 2: byte 0x92"),
    "UTF-8 BOM, then a bad byte": (b"\xef\xbb\xbf" + f"{HEADER}\n{GOOD}\n".encode()
                                   .replace(b"Luc", b"L\xffc"), "line 2: byte 0xFF"),
    "Windows-1252, byte 0x81": (f"{HEADER}\n{GOOD}\n".encode("cp1252")
                                .replace(b"Luc", b"L\x81c"), "line 2: byte 0x81"),
    "Windows-1252, byte 0x8D": (f"{HEADER}\n\n{GOOD}\n".encode("cp1252")
                                .replace(b"Luc", b"L\x8dc"), "line 3: byte 0x8D"),
    "Windows-1252, byte 0x90": (f"{HEADER}\n{GOOD}\n".encode("cp1252")
                                .replace(b"Luc", b"L\x90c"), "line 2: byte 0x90"),
    "UTF-16 without its BOM": (f"{HEADER}\n{GOOD}\n".encode("utf-16-le"),
                               "UTF-16 text without its byte-order mark"),
    "UTF-16 big-endian without BOM": (f"{HEADER}\n{GOOD}\n".encode("utf-16-be"),
                                      "UTF-16 text without its byte-order mark"),
    "a spreadsheet's own file": (b"PK\x03\x04" + bytes(range(1, 256)) * 4,
                                 "line 2: byte 0x81 is not Windows-1252 text"),
    "a picture": (b"\x89PNG\r\n\x1a\n" + bytes(200), "UTF-16"),
    "a NUL in the text": (f"{HEADER}\n{GOOD}\n".encode().replace(b"Luc", b"L\x00c"),
                          "line 2: byte 0x00"),
    "headers of another program": (b"First Name,Last Name,E-mail\nLuc,Durand,l@ex.fr\n",
                                   "unknown column 'First Name'"),
    "an unclosed quote": (f'{HEADER}\n"{GOOD}\n'.encode(), "line 2: "),
    "a line with the other separator": (f"{HEADER}\n{GOOD}\nA,B,C\n".encode(),
                                        "line 3: 1 column,"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_malformed_csv_names_the_place_and_changes_nothing(
        name: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data, said = CASES[name]
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    monkeypatch.setenv("CRMSYNC_HOME", str(home))
    before = crm_dump(home / "crm.sqlite3")
    assert main(["crm", "import", str(path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert said in err, err
    assert "unexpected problem" not in err and "Traceback" not in err
    assert crm_dump(home / "crm.sqlite3") == before


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 30
