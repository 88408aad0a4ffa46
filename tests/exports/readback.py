"""Reading exported documents back as a user's computer would: python-docx, LibreOffice, poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
from docx.oxml.ns import qn

TOOLS = ("soffice", "pdftotext", "pdffonts", "pdftoppm")


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: .ci/run installs LibreOffice and poppler-utils; install them to run this test"
    return path


def docx_lines(path: Path) -> list[str]:
    """Every paragraph of the body in order, table cells included (a row's cells joined by ' | ')."""
    document = docx.Document(str(path))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t"))) for cell in row.iter(qn("w:tc"))]
                lines.append(" | ".join(cells))
    return lines


def to_pdf_with_libreoffice(path: Path, out_dir: Path) -> Path:
    subprocess.run(
        [tool("soffice"), "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / (path.stem + ".pdf")


def pdf_text(path: Path, *, raw: bool = True) -> str:
    args = [tool("pdftotext"), *(["-raw"] if raw else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_fonts(path: Path) -> list[str]:
    out = subprocess.run([tool("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split()[0].split("+")[-1] for line in out.splitlines()[2:] if line.strip()]


PAGE_FURNITURE = re.compile(r"^(- [0-9๐-๙]+ -)? *(ร่าง)?$")  # a page number and the draft mark share a line


def pdf_body_text(path: Path) -> str:
    """The PDF's text without page numbers and the draft mark, pages joined: what a reader copies."""
    lines = [line for line in pdf_text(path).replace("\f", "\n").splitlines() if not PAGE_FURNITURE.match(line)]
    return "\n".join(lines)
