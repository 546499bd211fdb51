"""CSV import and export of the CRM database (R-CRM3), in Simple CRM's template.

One row per contact, its primary company on the same row. Export writes what Excel
opens (``;``, UTF-8 with BOM); import reads what Excel and others write (``;`` or ``,``,
UTF-8 with or without BOM, or Windows-1252), checks every row first and applies them
all in one transaction: a bad row is reported with its line number and nothing lands.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crmsync_gui.core.companies import fold_name
from crmsync_gui.core.reasons import Reason, ReasonCode, reason_of
from crmsync_gui.core.record import clean_text, looks_like_email, normalize_email
from crmsync_gui.core.sides import CrmContact
from crmsync_gui.core.timestamps import format_timestamp, utc_now
from crmsync_gui.crm.model import CrmError, CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm, insert_row
from crmsync_gui.private_files import replace_privately

# Header → column key, in the template's order (SPEC.md R-CRM3).
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ID", "id"),
    ("Réf. contact", "external_ref"),
    ("Nom", "last_name"),
    ("Prénom", "first_name"),
    ("Tél. fixe perso", "home_phone"),
    ("Mobile perso", "personal_mobile"),
    ("Email perso", "personal_email"),
    ("Adresse", "home_street"),
    ("Code postal", "home_postal_code"),
    ("Ville", "home_city"),
    ("Pays", "home_country"),
    ("Note", "note"),
    ("Centres d'intérêt", "tags"),
    ("Réf. société", "company_ref"),
    ("Société", "company_name"),
    ("Fonction", "job_title"),
    ("Tél. fixe pro", "work_phone"),
    ("Mobile pro", "work_mobile"),
    ("Email pro", "work_email"),
)
CSV_HEADERS: tuple[str, ...] = tuple(header for header, _ in CSV_COLUMNS)

_CONTACT_KEYS = ("last_name", "first_name", "home_phone", "personal_mobile",
                 "personal_email", "home_street", "home_postal_code", "home_city",
                 "home_country", "tags")
_LINK_KEYS = ("job_title", "work_phone", "work_mobile", "work_email")
_MAX_REPORTED_ERRORS = 50


class CsvImportError(CrmError):
    """The file cannot be imported; ``problems`` name the lines. Nothing was imported."""

    def __init__(self, problems: list[Reason]) -> None:
        shown = problems[:_MAX_REPORTED_ERRORS]
        more = len(problems) - len(shown)
        if more > 0:
            shown = [*shown, Reason.of(ReasonCode.CSV_MORE_ERRORS, count=more)]
        super().__init__(Reason.of(ReasonCode.CSV_NOTHING_IMPORTED, lines=tuple(shown)))
        self.problems = problems

    @property
    def errors(self) -> list[str]:
        """The problems in English, one a line."""
        return [problem.text for problem in self.problems]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    restored: int = 0
    companies_created: int = 0
    warnings: list[Reason] = field(default_factory=list)  # said, nothing refused


@dataclass(frozen=True)
class _Row:
    line: int
    values: dict[str, str]


# A text Google accepted may be long (a note, a pasted letter): the csv module's default
# limit of 131,072 characters per field would refuse to read back what export wrote.
csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))

# R-SEC: a cell a spreadsheet would run as a formula or a DDE command ("=HYPERLINK(…)",
# "+cmd|…", "@SUM(…)") is exported behind an apostrophe, which Excel and LibreOffice show
# as text; import takes exactly that apostrophe off again, so export → import → export
# is identical (a phone "+33 6…" is written "'+33 6…").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def formula_safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def formula_unsafe(cell: str) -> str:
    """The value ``formula_safe`` was given."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _FORMULA_STARTS else cell


# -- export ------------------------------------------------------------------------------

def export_csv(crm: SqliteCrm, path: Path, protected: tuple[Path, ...] = ()) -> int:
    """Write every live contact to ``path``; the number of rows written. Never over the
    CRM database itself (nor its -wal, -shm, -journal) nor any of ``protected``."""
    path = Path(path)
    target = path.resolve()  # through a link: its target gets the new contents
    own = [crm.path.resolve()]
    own += [Path(f"{own[0]}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    if target in own or any(target == p.resolve() or p.resolve() in target.parents
                            for p in protected):
        raise CrmError(Reason.of(ReasonCode.EXPORT_OVER_OWN_FILE, path=str(path)))
    contacts = [c for c in crm.read_all() if not c.deleted]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for contact in contacts:
        values = _export_values(contact)
        writer.writerow([formula_safe(values[key]) for _, key in CSV_COLUMNS])
    # utf-8-sig: the BOM is what makes Excel read the accents right.
    # The whole contact book: readable by its owner only (R-SEC), like the diagnostics;
    # whole or not at all, so a full disk never leaves the last export cut in half.
    try:
        with replace_privately(target) as handle:
            handle.write(buffer.getvalue().encode("utf-8-sig"))
    except OSError as error:
        # The export's name, not the temporary file's (or none, for "disk full").
        raise OSError(error.errno, error.strerror, str(path)) from error
    return len(contacts)


def _export_values(contact: CrmContact) -> dict[str, str]:
    record, link = contact.record, contact.primary_link
    address = record.home_address
    return {
        "id": str(contact.crm_id), "external_ref": contact.external_ref or "",
        "last_name": record.last_name, "first_name": record.first_name,
        "home_phone": record.home_phone, "personal_mobile": record.personal_mobile,
        "personal_email": record.personal_email, "home_street": address.street,
        "home_postal_code": address.postal_code, "home_city": address.city,
        "home_country": address.country, "note": contact.note, "tags": contact.tags,
        "company_ref": (link.company_external_ref or "") if link else "",
        "company_name": link.company_name if link else "",
        "job_title": record.job_title, "work_phone": record.work_phone,
        "work_mobile": record.work_mobile, "work_email": record.work_email,
    }


# -- reading the file --------------------------------------------------------------------

def decode_csv_bytes(data: bytes) -> str:
    """The file's text, decoded strictly — never a guess that turns "Élodie" into
    "Ã‰lodie" or a byte into "�" (#17):

    - UTF-8, with or without its BOM (what the app and most programs write);
    - UTF-16 with its BOM (Excel's "Unicode text", tab-separated);
    - Windows-1252 (older French Excel) only when the whole file reads so, with no
      undefined byte, and holds no UTF-8 at all: a UTF-8 file with one stray byte is
      refused, naming the line, rather than read wholly wrong.

    Anything else raises ``CsvImportError`` naming the line of the first bad byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _bad_byte(data, error.start, "UTF-16") from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as error:
            raise _bad_byte(data[3:], error.start, "UTF-8") from None
    if data.count(0) > len(data) // 4:  # NUL every other byte: UTF-16 that lost its BOM
        raise CsvImportError([Reason.of(ReasonCode.CSV_UTF16_WITHOUT_BOM)])
    if b"\x00" in data:  # no text file holds one: a binary file, or a damaged one
        raise _bad_byte(data, data.index(b"\x00"), "UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        readable = data.decode("utf-8", errors="replace")
        if any(ord(c) > 127 and c != "\ufffd" for c in readable):
            raise _bad_byte(data, utf8_error.start, "UTF-8") from None  # UTF-8, damaged
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise _bad_byte(data, error.start, "Windows-1252") from None


def _bad_byte(data: bytes, at: int, encoding: str) -> CsvImportError:
    """The error for the byte at ``at``, naming its line."""
    line = data.count(b"\n", 0, at) + 1
    if encoding == "UTF-16":  # two bytes a character: count the line breaks so
        line = data[:at].decode("utf-16", errors="replace").count("\n") + 1
    return CsvImportError([Reason.of(ReasonCode.CSV_BAD_BYTE, line=line,
                                     byte=f"0x{data[at]:02X}", encoding=encoding)])


def _fold_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s.'’]+", " ", letters).strip()


_KEY_BY_FOLDED_HEADER = {_fold_header(header): key for header, key in CSV_COLUMNS}


def _detect_delimiter(header_line: str) -> str:
    """``;`` (French Excel), ``,`` or a tab (Excel's "Unicode text"): the one the header
    holds most of."""
    return max((";", ",", "\t"), key=header_line.count)


def read_rows(text: str) -> list[_Row]:
    """Parse and check the whole file; every problem found is reported at once."""
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise CsvImportError([Reason.of(ReasonCode.CSV_EMPTY_FILE)]) from None
    errors: list[Reason] = []
    keys: list[str] = []
    for cell in header:
        key = _KEY_BY_FOLDED_HEADER.get(_fold_header(cell))
        if key is None:
            errors.append(Reason.of(ReasonCode.CSV_UNKNOWN_COLUMN, column=cell,
                                    headers="; ".join(CSV_HEADERS)))
        elif key in keys:
            errors.append(Reason.of(ReasonCode.CSV_DUPLICATE_COLUMN, column=cell))
        keys.append(key or "")
    if errors:
        raise CsvImportError(errors)

    rows: list[_Row] = []
    previous_end = reader.line_num
    try:
        for cells in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(keys):
                errors.append(Reason.of(ReasonCode.CSV_COLUMN_COUNT, line=line,
                                        count=len(cells), expected=len(keys)))
                continue
            rows.append(_Row(line, dict(zip(keys, map(formula_unsafe, cells), strict=True))))
    except csv.Error as error:
        # The csv module's own words: English, shown as they are.
        errors.append(Reason.of(ReasonCode.CSV_LINE_ERROR, line=reader.line_num,
                                error=Reason.text_only(str(error))))
    errors += _check_rows(rows)
    if errors:
        raise CsvImportError(errors)
    return rows


def _check_rows(rows: Iterable[_Row]) -> list[Reason]:
    errors: list[Reason] = []
    seen_ids: dict[str, int] = {}
    seen_refs: dict[str, int] = {}
    for row in rows:
        v = row.values
        raw_id = v.get("id", "").strip()
        if raw_id:
            if not raw_id.isdigit():
                errors.append(Reason.of(ReasonCode.CSV_ID_NOT_A_NUMBER, line=row.line,
                                        id=raw_id))
            elif raw_id in seen_ids:
                errors.append(Reason.of(ReasonCode.CSV_DUPLICATE_ID, line=row.line, id=raw_id,
                                        first=seen_ids[raw_id]))
            seen_ids.setdefault(raw_id, row.line)
        ref = v.get("external_ref", "").strip()
        if ref:
            if ref in seen_refs:
                errors.append(Reason.of(ReasonCode.CSV_DUPLICATE_REF, line=row.line, ref=ref,
                                        first=seen_refs[ref]))
            seen_refs.setdefault(ref, row.line)
        for key, header in (("personal_email", "Email perso"), ("work_email", "Email pro")):
            email = v.get(key, "").strip()
            if email and not looks_like_email(email):
                errors.append(Reason.of(ReasonCode.CSV_BAD_EMAIL, line=row.line, column=header,
                                        email=email))
        has_company = v.get("company_name", "").strip() or v.get("company_ref", "").strip()
        if not has_company and any(v.get(k, "").strip() for k in _LINK_KEYS):
            errors.append(Reason.of(ReasonCode.CSV_PRO_FIELDS_WITHOUT_COMPANY, line=row.line))
        if v.get("company_ref", "").strip() and not v.get("company_name", "").strip():
            errors.append(Reason.of(ReasonCode.CSV_COMPANY_REF_WITHOUT_NAME, line=row.line))
    return errors


# -- import ------------------------------------------------------------------------------

def import_csv(crm: SqliteCrm, path: Path) -> ImportReport:
    """Import ``path`` into ``crm``: all rows in one transaction, or none."""
    rows = read_rows(decode_csv_bytes(Path(path).read_bytes()))
    return _Importer(crm).run(rows)


class _Importer:
    def __init__(self, crm: SqliteCrm) -> None:
        self.crm = crm
        self.report = ImportReport()
        self.now = format_timestamp(utc_now())
        self.contacts = {c.crm_id: c for c in crm.read_all()}
        self.by_ref = {c.external_ref: c for c in self.contacts.values() if c.external_ref}
        companies = crm.companies()
        self.company_by_ref = {c.external_ref: c.company_id for c in companies
                               if c.external_ref}
        self.company_refs = {c.company_id: c.external_ref for c in companies if c.external_ref}
        self.company_by_name: dict[str, int] = {}
        for company in companies:  # ordered by id: the oldest company of a name wins
            if not company.deleted:
                self.company_by_name.setdefault(company.name, company.company_id)
        self.company_names = {c.company_id: c.name for c in companies}
        self.deleted_companies = {c.company_id for c in companies if c.deleted}
        # Who holds each email (personal or professional) among live contacts, then the
        # file's earlier lines: the sync keeps two contacts of one email apart (neither
        # synced with the other's Google copy), and the user is told here, not later.
        self.email_owner: dict[str, tuple[int | None, str, int]] = {}  # id, name, line
        for known in self.contacts.values():
            if not known.deleted:
                for email in (known.record.personal_email, known.record.work_email):
                    if email:
                        self.email_owner.setdefault(normalize_email(email), (
                            known.crm_id, known.record.display_name() or f"#{known.crm_id}",
                            0))

    def run(self, rows: list[_Row]) -> ImportReport:
        errors: list[Reason] = []
        with self.crm.transaction() as conn:
            for row in rows:
                try:
                    self._import_row(conn, row)
                except CrmError as error:
                    errors.append(Reason.of(ReasonCode.CSV_LINE_ERROR, line=row.line,
                                            error=reason_of(error)))
            if errors:
                raise CsvImportError(errors)  # rolls the transaction back
        return self.report

    def _note_shared_emails(self, row: _Row, contact: CrmContact | None) -> None:
        v = row.values
        me = contact.crm_id if contact else None
        name = " ".join(x for x in (_cell(v, "first_name"), _cell(v, "last_name")) if x) or (
            contact.record.display_name() if contact else f"line {row.line}")
        for key in ("personal_email", "work_email"):
            email = _cell(v, key)
            if not email:
                continue
            owner = self.email_owner.setdefault(normalize_email(email), (me, name, row.line))
            if owner[2] == row.line or (me is not None and owner[0] == me):
                continue  # its own
            self.report.warnings.append(Reason.of(
                ReasonCode.CSV_EMAIL_ALSO_OTHERS, line=row.line, email=email, owner=owner[1]))

    def _find_contact(self, row: _Row) -> CrmContact | None:
        """The contact the row is: by ID only if it is the same person (a file from
        another CRM reuses ids), else by Réf. contact; None: a new contact. A Réf.
        contact that another contact holds is an error naming the line (#17)."""
        v = row.values
        raw_id, ref = v.get("id", "").strip(), v.get("external_ref", "").strip()
        match: CrmContact | None = None
        if raw_id:
            contact = self.contacts.get(int(raw_id))
            if contact is not None and _same_person(contact, v):
                match = contact
            elif contact is not None:
                here = contact.record.display_name() or f"contact {contact.crm_id}"
                row_name = " ".join(x for x in (_cell(v, "first_name"), _cell(v, "last_name"))
                                    if x) or _cell(v, "personal_email") or "(no name)"
                self.report.warnings.append(Reason.of(
                    ReasonCode.CSV_ID_OF_SOMEONE_ELSE, line=row.line, id=raw_id, here=here,
                    name=row_name))
        elif ref:
            match = self.by_ref.get(ref)
        owner = self.by_ref.get(ref) if ref else None
        if owner is not None and owner is not match:
            raise CrmError(Reason.of(
                ReasonCode.CSV_REF_OF_ANOTHER_CONTACT, ref=ref,
                owner=owner.record.display_name() or str(owner.crm_id), crm_id=owner.crm_id))
        return match

    def _import_row(self, conn: sqlite3.Connection, row: _Row) -> None:
        v = row.values
        contact = self._find_contact(row)
        self._note_shared_emails(row, contact)
        company_id = self._company_for(conn, row)
        contact_columns = {k: _cell(v, k) for k in _CONTACT_KEYS if k in v}
        ref = v.get("external_ref", "").strip()
        if ref:
            contact_columns["external_ref"] = ref
        # Pro columns live on the company link: without a company they are all empty
        # (checked in _check_rows), so there is nothing to store.
        link_columns = ({k: _cell(v, k) for k in _LINK_KEYS if k in v}
                        if company_id is not None else {})
        note = _note(v["note"]) if "note" in v else None
        if contact is None:
            write = CrmWrite(WriteKind.CREATE, contact=contact_columns, link=link_columns,
                             company_id=company_id, note=note)
            self.report.created += 1
        else:
            write = self._update_for(contact, contact_columns, link_columns, company_id, note)
            if write is None:
                self.report.unchanged += 1
                return
        self.crm.apply_within(conn, write, self.now)

    def _update_for(self, contact: CrmContact, contact_columns: dict[str, str],
                    link_columns: dict[str, str], company_id: int | None,
                    note: str | None) -> CrmWrite | None:
        current = _export_values(contact)
        changed_contact = {k: val for k, val in contact_columns.items()
                           if clean_text(current.get(k, "")) != clean_text(val)}
        link = contact.primary_link
        same_company = company_id is None or (link is not None and link.company_id == company_id)
        changed_link = {k: val for k, val in link_columns.items()
                        if not same_company or clean_text(current[k]) != clean_text(val)}
        changed_note = note if note is not None and note != _note(contact.note) else None
        if not (changed_contact or changed_link or changed_note is not None
                or not same_company or contact.deleted):
            return None
        if contact.deleted:
            self.report.restored += 1
        else:
            self.report.updated += 1
        return CrmWrite(WriteKind.RESTORE if contact.deleted else WriteKind.UPDATE,
                        crm_id=contact.crm_id, contact=changed_contact, link=changed_link,
                        company_id=None if same_company else company_id, note=changed_note)

    def _company_for(self, conn: sqlite3.Connection, row: _Row) -> int | None:
        """The row's company: by Réf. société, then by exact name, else a new one."""
        name = clean_text(row.values.get("company_name", ""))
        ref = row.values.get("company_ref", "").strip()
        if not name:
            return None
        company_id = self.company_by_ref.get(ref) if ref else None
        if company_id in self.deleted_companies:
            # The file names a company deleted here (its reference stays reserved): it
            # comes back, and the report says so — never a hidden link to a deleted one.
            conn.execute("UPDATE company SET deleted_at = NULL, updated_at = ? WHERE id = ?",
                         (self.now, company_id))
            self.deleted_companies.discard(company_id)
            self.company_by_name.setdefault(name, company_id)
            self.report.warnings.append(Reason.of(
                ReasonCode.CSV_DELETED_COMPANY_RESTORED, line=row.line, ref=ref,
                company=self.company_names.get(company_id, "")))
        if company_id is None:
            company_id = self.company_by_name.get(name)
            if company_id is not None and ref:
                if self.company_refs.get(company_id):
                    company_id = None  # same name, another reference: another company
                else:
                    conn.execute("UPDATE company SET external_ref = ? WHERE id = ?",
                                 (ref, company_id))
                    self._remember_company(company_id, name, ref)
        if company_id is None:
            company_id = insert_row(conn, "company", {"name": name, "external_ref": ref or None,
                                                      "updated_at": self.now})
            self.report.companies_created += 1
            self._remember_company(company_id, name, ref)
        elif self.company_names.get(company_id) != name:
            conn.execute("UPDATE company SET name = ?, updated_at = ? WHERE id = ?",
                         (name, self.now, company_id))
            self.company_names[company_id] = name
        return company_id

    def _remember_company(self, company_id: int, name: str, ref: str) -> None:
        if ref:
            self.company_by_ref[ref] = company_id
            self.company_refs[company_id] = ref
        self.company_by_name.setdefault(name, company_id)
        self.company_names[company_id] = name


def _cell(values: dict[str, str], key: str) -> str:
    return values.get(key, "").strip()


def _note(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def _same_person(contact: CrmContact, values: dict[str, str]) -> bool:
    """Does an ID from the file point at this contact, or at a stranger with that id?
    The same person: the same Réf. contact, or an email in common (personal or
    professional, either side), or the same first *and* last name (case and accents
    aside). A surname alone is not a person: "Paul Martin" is not "Sophie Martin"."""
    ref = values.get("external_ref", "").strip()
    if ref and contact.external_ref:
        return ref == contact.external_ref
    record = contact.record
    emails = set(record.emails())
    row_emails = {values.get(k, "").strip().lower() for k in ("personal_email", "work_email")}
    if emails & (row_emails - {""}):
        return True
    return all(fold_name(clean_text(values.get(k, ""))) == fold_name(getattr(record, k))
               for k in ("last_name", "first_name")) and bool(
        record.last_name or record.first_name)
