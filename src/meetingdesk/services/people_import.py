"""Importing people (and their places on bodies) from a CSV or XLSX list, with a preview.

``read_rows`` reads the file (refusing what is not a people list: a missing, huge, truncated or foreign file);
``check_rows`` says, row by row, what will be added and what is wrong; ``import_rows`` adds the good rows in
one transaction. A bad row is reported and skipped; the good rows are not lost because of it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from meetingdesk.domain.enums import MemberRole
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Body, Membership, Person

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 5000

# Column headings a secretary would write (Thai or English) → field.
HEADINGS = {
    "คำนำหน้า": "prefix", "คำนำหน้าชื่อ": "prefix", "prefix": "prefix", "title": "prefix",
    "ชื่อ": "first_name", "first name": "first_name", "first_name": "first_name",
    "นามสกุล": "last_name", "สกุล": "last_name", "last name": "last_name", "last_name": "last_name",
    "ตำแหน่ง": "position", "position": "position",
    "หน่วยงาน": "organisation", "สังกัด": "organisation", "organisation": "organisation",
    "organization": "organisation",
    "องค์คณะ": "body", "คณะ": "body", "body": "body",
    "บทบาท": "role", "ตำแหน่งในคณะ": "role", "role": "role",
    "เริ่มวาระ": "start", "วันเริ่มวาระ": "start", "start": "start",
    "สิ้นสุดวาระ": "end", "วันสิ้นสุดวาระ": "end", "end": "end",
    "อีเมล": "email", "email": "email", "โทรศัพท์": "phone", "phone": "phone",
}  # fmt: skip


@dataclass
class RowCheck:
    line: int  # the row's number as the user sees it in the file (heading is 1)
    values: dict[str, str]
    errors: list[tuple[str, str]] = field(default_factory=list)  # (Thai, English)
    note_th: str = ""
    note_en: str = ""
    person_id: int | None = None  # an existing person, reused
    body_id: int | None = None
    role: MemberRole | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def message(self, lang: str = "th") -> str:
        if self.errors:
            return "; ".join(en if lang == "en" else th for th, en in self.errors)
        return self.note_en if lang == "en" else self.note_th


@dataclass(frozen=True)
class ImportResult:
    people: int
    memberships: int
    skipped: int


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV or XLSX people list, keyed by field; refuses anything else with a clear message."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"เปิดไฟล์ไม่ได้: {path.name}", f"Cannot open {path.name}.") from exc
    if size > MAX_BYTES:
        raise InvalidInput(
            f"ไฟล์ {path.name} ใหญ่เกินกว่าจะเป็นรายชื่อบุคลากร (ไม่เกิน 10 MB)",
            f"{path.name} is too large to be a list of people (at most 10 MB).",
        )
    suffix = path.suffix.lower()
    if suffix == ".csv":
        table = _read_csv(path)
    elif suffix == ".xlsx":
        table = _read_xlsx(path)
    else:
        raise InvalidInput(
            f"รองรับเฉพาะไฟล์ .csv และ .xlsx (ไฟล์นี้คือ {suffix or 'ไม่มีนามสกุล'})",
            f"Only .csv and .xlsx files can be imported (this is {suffix or 'without an extension'}).",
        )
    table = [row for row in table if any(cell.strip() for cell in row)]
    if not table:
        raise InvalidInput(f"ไฟล์ {path.name} ว่างเปล่า", f"{path.name} is empty.")
    fields = [HEADINGS.get(h.strip().lower()) for h in table[0]]
    if "first_name" not in fields:
        raise InvalidInput(
            "ไม่พบคอลัมน์ “ชื่อ” ในแถวแรก (หัวตารางควรมี คำนำหน้า ชื่อ นามสกุล ตำแหน่ง องค์คณะ บทบาท …)",
            "No “first name” column in the first row (headings such as prefix, first name, last name, position, "
            "body, role …).",
        )
    if len(table) - 1 > MAX_ROWS:
        raise InvalidInput(
            f"ไฟล์มี {len(table) - 1:,} แถว มากเกินไป (ไม่เกิน {MAX_ROWS:,} แถวต่อครั้ง)",
            f"The file has {len(table) - 1:,} rows, too many (at most {MAX_ROWS:,} at a time).",
        )
    rows = []
    for cells in table[1:]:
        row = {name: "" for name in set(HEADINGS.values())}
        for name, cell in zip(fields, cells, strict=False):
            if name:
                row[name] = cell.strip()
        rows.append(row)
    return rows


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InvalidInput(f"ไฟล์ {path.name} ไม่ใช่ไฟล์ CSV", f"{path.name} is not a CSV file.")
    for encoding in ("utf-8-sig", "cp874"):  # Excel on a Thai Windows saves CSV as cp874 (TIS-620)
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidInput(
            f"อ่านตัวอักษรในไฟล์ {path.name} ไม่ได้ (ควรบันทึกเป็น CSV UTF-8)",
            f"Cannot read the characters of {path.name} (save it as CSV UTF-8).",
        )
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(path: Path) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook  # type: ignore[import-untyped]  # only when an XLSX is imported (~80 ms)

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InvalidInput(
            f"ไฟล์ {path.name} เสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx)",
            f"{path.name} is damaged or not an Excel (.xlsx) file.",
        ) from exc
    try:
        sheet = book.worksheets[0]
        table: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            table.append([_cell_text(v) for v in values])
            if len(table) > MAX_ROWS + 1:
                break
        return table
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str) -> dt.date | None:
    """``d/m/yyyy`` (Buddhist or Christian era) or ISO ``yyyy-mm-dd``; None for blank; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    m = _DATE.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
    else:
        iso = dt.date.fromisoformat(text)
        day, month, year = iso.day, iso.month, iso.year
    if year > 2400:
        year -= 543
    return dt.date(year, month, day)


def _role(text: str) -> MemberRole | None:
    text = text.strip()
    for role in MemberRole:
        if text in (role.value, role.label_th, role.label_en) or text.lower() == role.label_en.lower():
            return role
    short = {"ประธาน": MemberRole.CHAIR, "รองประธาน": MemberRole.VICE_CHAIR, "เลขานุการ": MemberRole.SECRETARY,
             "ผู้ช่วยเลขานุการ": MemberRole.ASSISTANT_SECRETARY}  # fmt: skip
    return short.get(text)


def check_rows(db: Database, rows: list[dict[str, str]]) -> list[RowCheck]:
    """What each row will do, or why it cannot be imported."""
    with db.reading() as s:
        bodies = {name: bid for bid, name, short in s.execute(select(Body.id, Body.name, Body.short_name))
                  for name in (name, short) if name}  # fmt: skip
        people = {(p.prefix, p.first_name, p.last_name): p.id for p in s.scalars(select(Person))}
    checks = []
    seen: set[tuple[str, str, str]] = set()
    for n, values in enumerate(rows, start=2):
        check = RowCheck(line=n, values=values)
        key = (values["prefix"], values["first_name"], values["last_name"])
        if not values["first_name"]:
            check.errors.append(("ไม่มีชื่อ", "no first name"))
        check.person_id = people.get(key)
        if values["body"]:
            check.body_id = bodies.get(values["body"])
            if check.body_id is None:
                check.errors.append((f"ไม่พบองค์คณะ “{values['body']}”", f"no body named “{values['body']}”"))
            check.role = _role(values["role"]) if values["role"] else MemberRole.MEMBER
            if check.role is None:
                check.errors.append((f"ไม่รู้จักบทบาท “{values['role']}”", f"unknown role “{values['role']}”"))
        for name, th in (("start", "วันเริ่มวาระ"), ("end", "วันสิ้นสุดวาระ")):
            try:
                setattr(check, name, parse_date(values[name]))
            except ValueError:
                check.errors.append((f"{th} “{values[name]}” ไม่ใช่วันที่ (เช่น 1/10/2569)",
                                     f"{name} date “{values[name]}” is not a date (e.g. 1/10/2026)"))  # fmt: skip
        if check.start and check.end and check.end < check.start:
            check.errors.append(("วันสิ้นสุดวาระอยู่ก่อนวันเริ่มวาระ", "the term ends before it starts"))
        if key in seen and not values["body"]:
            check.errors.append(("ซ้ำกับแถวก่อนหน้า", "repeats an earlier row"))
        seen.add(key)
        if check.ok:
            who = "มีอยู่แล้ว" if check.person_id else "เพิ่มบุคคลใหม่"
            who_en = "already listed" if check.person_id else "new person"
            where = f" และเป็น{check.role.label_th}ใน {values['body']}" if check.role else ""
            where_en = f", {check.role.label_en} of {values['body']}" if check.role else ""
            check.note_th, check.note_en = who + where, who_en + where_en
        checks.append(check)
    return checks


def import_rows(db: Database, checks: list[RowCheck]) -> ImportResult:
    """Add the good rows (one transaction); bad rows are skipped and counted."""
    people = memberships = 0
    with db.writing() as s:
        made: dict[tuple[str, str, str], int] = {}
        for check in checks:
            if not check.ok:
                continue
            v = check.values
            key = (v["prefix"], v["first_name"], v["last_name"])
            person_id = check.person_id or made.get(key)
            if person_id is None:
                person = Person(prefix=v["prefix"], first_name=v["first_name"], last_name=v["last_name"],
                                position=v["position"], organisation=v["organisation"], email=v["email"],
                                phone=v["phone"])  # fmt: skip
                s.add(person)
                s.flush()
                person_id = made[key] = person.id
                people += 1
            if check.body_id is not None and check.role is not None:
                order = len(s.scalars(select(Membership.id).where(Membership.body_id == check.body_id)).all())
                s.add(Membership(body_id=check.body_id, person_id=person_id, role=check.role, start_date=check.start,
                                 end_date=check.end, order=order + 1))  # fmt: skip
                s.flush()
                memberships += 1
    return ImportResult(people, memberships, sum(1 for c in checks if not c.ok))
