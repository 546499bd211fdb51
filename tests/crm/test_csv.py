"""CSV import/export in Simple CRM's template (R-CRM3)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from crmsync_gui.crm.csv_io import CSV_HEADERS, CsvImportError, export_csv, import_csv
from crmsync_gui.crm.sqlite_db import SqliteCrm


def write_csv(path: Path, rows: list[dict[str, str]], *, delimiter: str = ";",
              encoding: str = "utf-8-sig", headers: tuple[str, ...] = CSV_HEADERS) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(h, "") for h in headers])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def names(crm: SqliteCrm) -> list[str]:
    return [c.record.display_name() for c in crm.read_all() if not c.deleted]


def test_export_headers_order_separator_and_bom(crm: SqliteCrm, sample_csv: Path,
                                                tmp_path: Path) -> None:
    import_csv(crm, sample_csv)
    out = tmp_path / "out.csv"
    assert export_csv(crm, out) == 10
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    first_line = data[3:].decode("utf-8").split("\r\n")[0]
    assert first_line.split(";") == list(CSV_HEADERS)


def test_export_import_export_is_identical_and_changes_nothing(crm: SqliteCrm, sample_csv: Path,
                                                               tmp_path: Path) -> None:
    import_csv(crm, sample_csv)
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    export_csv(crm, first)
    before = [(c.crm_id, c.updated_at) for c in crm.read_all()]
    report = import_csv(crm, first)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 10)
    assert [(c.crm_id, c.updated_at) for c in crm.read_all()] == before
    export_csv(crm, second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8-sig", ";"), ("utf-8", ";"), ("cp1252", ";"), ("utf-16", "\t")])
def test_accents_in_every_encoding_excel_writes(crm: SqliteCrm, tmp_path: Path,
                                               encoding: str, delimiter: str) -> None:
    """UTF-16 with its BOM, tab-separated: Excel's "Unicode text" (#17, 2)."""
    path = write_csv(tmp_path / "a.csv", [{"Nom": "Lefèvre", "Prénom": "Étienne",
                                           "Note": "Œuvre « spéciale » à 10 €"}],
                     encoding=encoding, delimiter=delimiter)
    import_csv(crm, path)
    [contact] = crm.read_all()
    assert contact.record.display_name() == "Étienne Lefèvre"
    assert contact.note == "Œuvre « spéciale » à 10 €"


def test_comma_separated_file_with_headers_in_any_order(crm: SqliteCrm, tmp_path: Path) -> None:
    headers = ("Email perso", "Prénom", "Nom", "Société", "Fonction")
    path = write_csv(tmp_path / "c.csv", [{"Nom": "Martin", "Prénom": "Sophie",
                                           "Email perso": "s@x.fr", "Société": "Dupain, SARL",
                                           "Fonction": "Gérante"}],
                     delimiter=",", headers=headers)
    import_csv(crm, path)
    [contact] = crm.read_all()
    assert contact.record.company_name == "Dupain, SARL"
    assert contact.record.job_title == "Gérante"
    assert contact.record.personal_email == "s@x.fr"


def test_headers_are_matched_without_accents_or_case(crm: SqliteCrm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [{"nom": "Sans", "prenom": "Accent"}],
                     headers=("nom", "prenom"))
    import_csv(crm, path)
    assert names(crm) == ["Accent Sans"]


def test_quotes_and_newlines_inside_fields(crm: SqliteCrm, tmp_path: Path) -> None:
    note = 'Il a dit "bonjour" ;\nligne deux\nligne trois'
    path = write_csv(tmp_path / "q.csv", [{"Nom": 'O"Neil', "Note": note},
                                          {"Nom": "Suivant"}])
    import_csv(crm, path)
    first, second = crm.read_all()
    assert first.record.last_name == 'O"Neil'
    assert first.note == note
    assert second.record.last_name == "Suivant"
    out = tmp_path / "out.csv"
    export_csv(crm, out)
    import_csv(crm, out)
    assert [c.note for c in crm.read_all()] == [note, ""]


def test_empty_company_means_no_link(crm: SqliteCrm, tmp_path: Path) -> None:
    import_csv(crm, write_csv(tmp_path / "e.csv", [{"Nom": "Seul", "Société": ""}]))
    [contact] = crm.read_all()
    assert contact.primary_link is None and crm.companies() == []


def test_pro_fields_without_company_name_the_line(crm: SqliteCrm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [{"Nom": "A"}, {"Nom": "B", "Email pro": "b@x.fr"}])
    with pytest.raises(CsvImportError, match="line 3: professional fields need a Société"):
        import_csv(crm, path)
    assert crm.read_all() == []


def test_duplicate_contact_reference_is_refused_with_both_lines(crm: SqliteCrm,
                                                               tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", [{"Réf. contact": "C1", "Nom": "A"},
                                          {"Réf. contact": "C2", "Nom": "B"},
                                          {"Réf. contact": "C1", "Nom": "C"}])
    with pytest.raises(CsvImportError) as error:
        import_csv(crm, path)
    assert error.value.errors == ["line 4: Réf. contact 'C1' already on line 2"]
    assert crm.read_all() == []


def test_row_with_too_many_columns_names_its_line_and_imports_nothing(crm: SqliteCrm,
                                                                      tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [{"Nom": "Bon", "Note": "a\nb"}, {"Nom": "Bon2"}])
    text = path.read_bytes().decode("utf-8-sig") + "x;" * 20 + "trop\r\n"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(CsvImportError) as error:
        import_csv(crm, path)
    # Line 1 header, 2-3 the two-line note, 4 Bon2, 5 the bad row.
    assert error.value.errors == ["line 5: 21 columns, the header has 19"]
    assert "Nothing was imported" in str(error.value)
    assert crm.read_all() == []


def test_a_row_failing_late_leaves_nothing_half_imported(crm: SqliteCrm, tmp_path: Path) -> None:
    import_csv(crm, write_csv(tmp_path / "0.csv", [{"Réf. contact": "C1", "Nom": "Avant"}]))
    rows = [{"Réf. contact": "C1", "Nom": "Après"}] + [{"Nom": f"N{i}"} for i in range(50)]
    rows.append({"Nom": "Mauvais", "Email perso": "pas un email"})
    with pytest.raises(CsvImportError, match="line 53: Email perso 'pas un email'"):
        import_csv(crm, write_csv(tmp_path / "1.csv", rows))
    assert names(crm) == ["Avant"]


def test_unknown_column_is_refused(crm: SqliteCrm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", [{"Nom": "X"}], headers=("Nom", "Anniversaire"))
    with pytest.raises(CsvImportError, match="line 1: unknown column 'Anniversaire'"):
        import_csv(crm, path)


def test_bad_id_and_duplicate_id(crm: SqliteCrm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "i.csv", [{"ID": "abc", "Nom": "A"}, {"ID": "7", "Nom": "B"},
                                          {"ID": "7", "Nom": "C"}])
    with pytest.raises(CsvImportError) as error:
        import_csv(crm, path)
    assert error.value.errors == ["line 2: ID 'abc' is not a number",
                                  "line 4: ID 7 already on line 3"]


def test_match_by_id_then_reference_else_create(crm: SqliteCrm, tmp_path: Path) -> None:
    import_csv(crm, write_csv(tmp_path / "0.csv", [
        {"Réf. contact": "R1", "Nom": "Un", "Email perso": "un@x.fr"},
        {"Réf. contact": "R2", "Nom": "Deux"}]))
    one, _ = crm.read_all()
    report = import_csv(crm, write_csv(tmp_path / "1.csv", [
        {"ID": str(one.crm_id), "Réf. contact": "R1", "Nom": "Un", "Prénom": "Modifié",
         "Email perso": "un@x.fr"},
        {"Réf. contact": "R2", "Nom": "Deux", "Prénom": "Aussi"},
        {"Nom": "Trois"}]))
    assert (report.created, report.updated, report.unchanged) == (1, 2, 0)
    assert names(crm) == ["Modifié Un", "Aussi Deux", "Trois"]


def test_an_id_from_another_database_does_not_overwrite_a_stranger(crm: SqliteCrm,
                                                                   tmp_path: Path) -> None:
    import_csv(crm, write_csv(tmp_path / "0.csv", [{"Nom": "Local", "Email perso": "l@x.fr"}]))
    [local] = crm.read_all()
    report = import_csv(crm, write_csv(tmp_path / "1.csv", [
        {"ID": str(local.crm_id), "Nom": "Étranger", "Email perso": "e@y.fr"}]))
    assert report.created == 1 and report.updated == 0
    assert "is Local here; created as a new contact" in report.warnings[0].text
    assert names(crm) == ["Local", "Étranger"]


def test_companies_by_reference_then_exact_name(crm: SqliteCrm, tmp_path: Path) -> None:
    report = import_csv(crm, write_csv(tmp_path / "0.csv", [
        {"Nom": "A", "Réf. société": "S1", "Société": "Dupain"},
        {"Nom": "B", "Société": "Dupain"},  # same exact name: same company
        {"Nom": "C", "Société": "dupain"},  # another name: another company
        {"Nom": "D", "Réf. société": "S9", "Société": "Autre"}]))
    assert report.companies_created == 3
    a, b, c, d = crm.read_all()
    assert a.primary_link and b.primary_link and c.primary_link and d.primary_link
    assert a.primary_link.company_id == b.primary_link.company_id
    assert c.primary_link.company_id != a.primary_link.company_id
    # A later file renames the company through its reference.
    import_csv(crm, write_csv(tmp_path / "1.csv", [
        {"Nom": "E", "Réf. société": "S1", "Société": "Dupain & Fils"}]))
    assert {co.name for co in crm.companies()} == {"Dupain & Fils", "dupain", "Autre"}


def test_moving_a_contact_to_another_company_keeps_the_old_link(crm: SqliteCrm,
                                                                tmp_path: Path) -> None:
    import_csv(crm, write_csv(tmp_path / "0.csv", [
        {"Réf. contact": "R", "Nom": "A", "Société": "Avant", "Fonction": "X"}]))
    import_csv(crm, write_csv(tmp_path / "1.csv", [
        {"Réf. contact": "R", "Nom": "A", "Société": "Après", "Fonction": "Y"}]))
    [contact] = crm.read_all()
    assert contact.record.company_name == "Après" and contact.record.job_title == "Y"
    assert len(contact.links) == 2


def test_importing_a_deleted_contact_restores_it(crm: SqliteCrm, tmp_path: Path) -> None:
    from crmsync_gui.crm.model import CrmWrite, WriteKind
    import_csv(crm, write_csv(tmp_path / "0.csv", [{"Réf. contact": "R", "Nom": "A"}]))
    [contact] = crm.read_all()
    crm.apply([CrmWrite(WriteKind.DELETE, crm_id=contact.crm_id)])
    report = import_csv(crm, write_csv(tmp_path / "1.csv", [{"Réf. contact": "R", "Nom": "A"}]))
    assert report.restored == 1
    assert not crm.read_all()[0].deleted


def test_five_thousand_rows(crm: SqliteCrm, tmp_path: Path) -> None:
    rows = [{"Réf. contact": f"C{i}", "Nom": f"Nom{i}", "Prénom": "Zoé",
             "Mobile perso": f"06 12 {i // 100:02d} {i % 100:02d} 00",
             "Société": f"Société {i % 300}", "Email pro": f"p{i}@societe.fr"}
            for i in range(5000)]
    report = import_csv(crm, write_csv(tmp_path / "big.csv", rows))
    assert report.created == 5000 and report.companies_created == 300
    out = tmp_path / "out.csv"
    assert export_csv(crm, out) == 5000
    assert import_csv(crm, out).unchanged == 5000


def test_empty_lines_are_skipped_and_empty_file_is_an_error(crm: SqliteCrm,
                                                           tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [{"Nom": "A"}, {}, {"Nom": "B"}])
    assert import_csv(crm, path).created == 2
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CsvImportError, match="line 1: the file is empty"):
        import_csv(crm, empty)


FORMULAS = {"last_name": "=HYPERLINK(\"http://evil.example\";\"Cliquez\")",
            "first_name": "@SUM(1+1)", "home_city": "-2+3", "job_title": "'Gérante",
            "note": "+cmd|' /C calc'!A0", "personal_mobile": "+33 6 12 34 56 78"}


def test_export_writes_no_formula_a_spreadsheet_would_run(crm: SqliteCrm,
                                                          tmp_path: Path) -> None:
    """#17, 3 (R-SEC): a cell starting with = + - @ (or a tab, a return, an apostrophe)
    is exported behind an apostrophe; import takes it off; export again is identical."""
    from crmsync_gui.crm.model import CrmWrite, WriteKind

    crm.apply([CrmWrite(WriteKind.CREATE, contact={k: v for k, v in FORMULAS.items()
                                                    if k not in ("note", "job_title")},
                        note=FORMULAS["note"])])
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    export_csv(crm, first)
    [row] = list(csv.reader(io.StringIO(first.read_bytes().decode("utf-8-sig")),
                            delimiter=";"))[1:]
    cells = [cell for cell in row if cell]
    assert cells and all(not cell.startswith(("=", "+", "-", "@")) for cell in cells), cells
    assert "'+33 6 12 34 56 78" in cells and "'=HYPERLINK(" in ";".join(cells)
    with SqliteCrm(tmp_path / "other.sqlite3") as other:
        import_csv(other, first)
        [contact] = other.read_all()
        assert contact.record.last_name == FORMULAS["last_name"]
        assert contact.record.first_name == FORMULAS["first_name"]
        assert contact.record.home_address.city == FORMULAS["home_city"]
        assert contact.note == FORMULAS["note"]
        export_csv(other, second)
    assert first.read_bytes() == second.read_bytes()


def test_a_field_longer_than_the_csv_default_limit_exports_and_imports(
        crm: SqliteCrm, tmp_path: Path) -> None:
    """#17, 5: a 200,000-character note (accepted from Google) reads back."""
    from crmsync_gui.crm.model import CrmWrite, WriteKind

    note = "lettre " * 30_000 + "fin"
    crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "Long"}, note=note)])
    out = tmp_path / "long.csv"
    export_csv(crm, out)
    with SqliteCrm(tmp_path / "other.sqlite3") as other:
        import_csv(other, out)
        assert [c.note for c in other.read_all()] == [note]


def _refused(crm: SqliteCrm, path: Path) -> str:
    before = list(crm._conn.iterdump())
    with pytest.raises(CsvImportError) as error:
        import_csv(crm, path)
    assert list(crm._conn.iterdump()) == before  # nothing changed
    return str(error.value)


def test_a_utf8_file_with_one_stray_byte_is_refused_naming_its_line(
        crm: SqliteCrm, tmp_path: Path) -> None:
    """#17, 2: it was read wholly as Windows-1252, storing "Ã‰lodie"."""
    path = write_csv(tmp_path / "a.csv", [{"Nom": "Élodie"}, {"Nom": "Martin"}],
                     encoding="utf-8")
    path.write_bytes(path.read_bytes().replace(b"Martin", b"Mart\x92n"))
    said = _refused(crm, path)
    assert "line 3: byte 0x92 is not UTF-8 text" in said


@pytest.mark.parametrize("undefined", [b"\x81", b"\x8d", b"\x90"])
def test_a_windows_1252_file_with_an_undefined_byte_is_refused(
        crm: SqliteCrm, tmp_path: Path, undefined: bytes) -> None:
    """#17, 2: these became "\ufffd" with exit 0."""
    path = write_csv(tmp_path / "a.csv", [{"Nom": "Lefèvre"}, {"Nom": "Dupont"}],
                     encoding="cp1252")
    path.write_bytes(path.read_bytes().replace(b"Dupont", b"Dup" + undefined + b"nt"))
    said = _refused(crm, path)
    assert f"line 3: byte 0x{undefined[0]:02X} is not Windows-1252 text" in said


def test_a_utf8_file_with_a_bom_and_a_bad_byte_and_utf16_without_bom_are_refused(
        crm: SqliteCrm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [{"Nom": "Dupont"}])
    path.write_bytes(path.read_bytes().replace(b"Dupont", b"Dup\xffnt"))
    assert "line 2: byte 0xFF is not UTF-8 text" in _refused(crm, path)
    bare = write_csv(tmp_path / "b.csv", [{"Nom": "Dupont"}], encoding="utf-16-le")
    assert "UTF-16 text without its byte-order mark" in _refused(crm, bare)


def test_a_row_from_another_crm_never_overwrites_a_namesake(crm: SqliteCrm,
                                                            tmp_path: Path) -> None:
    """#17, 1: `ID=1;Martin;Paul;paul@other-crm…` replaced Sophie Martin (ID 1) because
    the surname matched. A row matched by ID must be the same person."""
    import_csv(crm, write_csv(tmp_path / "0.csv", [
        {"Nom": "Martin", "Prénom": "Sophie", "Email perso": "sophie@ici.fr",
         "Mobile perso": "06 12 34 56 78", "Note": "Cliente depuis 2019"}]))
    [sophie] = crm.read_all()
    report = import_csv(crm, write_csv(tmp_path / "1.csv", [
        {"ID": str(sophie.crm_id), "Nom": "Martin", "Prénom": "Paul",
         "Email perso": "paul@other-crm.fr", "Mobile perso": "07 00 00 00 00"},
        {"ID": str(sophie.crm_id + 50), "Nom": "Durand"}]))
    assert (report.created, report.updated) == (2, 0)
    assert [warning.text for warning in report.warnings] == [
        f"line 2: ID {sophie.crm_id} is Sophie Martin here; created as a new contact, "
        "Paul Martin"]
    kept = crm.read([sophie.crm_id])[sophie.crm_id]
    assert (kept.record.first_name, kept.record.personal_email, kept.note) == (
        "Sophie", "sophie@ici.fr", "Cliente depuis 2019")
    # The same person: first and last name (accents and case aside), or an email.
    again = import_csv(crm, write_csv(tmp_path / "2.csv", [
        {"ID": str(sophie.crm_id), "Nom": "MARTIN", "Prénom": "sophie", "Ville": "Lyon"}]))
    assert (again.created, again.updated) == (0, 1)


def test_a_contact_reference_held_by_another_contact_is_an_error(crm: SqliteCrm,
                                                                 tmp_path: Path) -> None:
    import_csv(crm, write_csv(tmp_path / "0.csv", [
        {"Réf. contact": "R1", "Nom": "Martin", "Prénom": "Sophie"},
        {"Nom": "Durand", "Prénom": "Luc"}]))
    sophie, luc = crm.read_all()
    said = _refused(crm, write_csv(tmp_path / "1.csv", [
        {"Nom": "Autre"},
        {"ID": str(luc.crm_id), "Nom": "Durand", "Prénom": "Luc", "Réf. contact": "R1"}]))
    assert f"line 3: Réf. contact 'R1' belongs to Sophie Martin (ID {sophie.crm_id})" in said
    said = _refused(crm, write_csv(tmp_path / "2.csv", [  # a new contact, a taken reference
        {"ID": str(luc.crm_id), "Nom": "Martin", "Prénom": "Paul", "Réf. contact": "R1"}]))
    assert "line 2: Réf. contact 'R1' belongs to Sophie Martin" in said
