"""Fonts for the PDF: the open-source Sarabun (bundled through ``fontpkg-sarabun``), sized to look like the
TH Sarabun the regulation's offices use, or a TH Sarabun TTF the office configures.

Sarabun shares TH Sarabun's design but not its scale. Measured from the font files (uharfbuzz glyph
extents): ก is 0.586 em tall in Sarabun and 0.602 em in Laksaman, whose TLWG fontconfig rule scales it by
0.66 to stand in for TH Sarabun PSK. So 16 pt TH Sarabun ≈ 16 × 0.602 × 0.66 / 0.586 ≈ 10.85 pt Sarabun.
``tests/exports/test_fonts.py`` measures this again from the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

KO_HEIGHT_SARABUN = 0.586  # em, glyph ก
KO_HEIGHT_LAKSAMAN = 0.602  # em
TLWG_TH_SARABUN_SCALE = 0.66  # /etc/fonts/conf.d/89-tlwg-laksaman-synthetic.conf
TH_SARABUN_PT = 16.0


def sarabun_size_for(th_sarabun_pt: float = TH_SARABUN_PT) -> float:
    """The Sarabun size whose Thai letters are as tall as TH Sarabun's at ``th_sarabun_pt``."""
    return th_sarabun_pt * KO_HEIGHT_LAKSAMAN * TLWG_TH_SARABUN_SCALE / KO_HEIGHT_SARABUN


def sarabun_file(weight: str = "Regular") -> Path:
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.__file__).with_name("files") / f"Sarabun-{weight}.ttf"


@dataclass(frozen=True)
class PdfFont:
    regular: Path
    bold: Path
    size: float  # points
    leading: float  # points between baselines

    @classmethod
    def from_file(cls, regular: Path) -> PdfFont:
        """An office's own TH Sarabun TTF (its bold found beside it by the usual names), checked before use."""
        from meetingdesk.domain.errors import InvalidInput

        regular = Path(regular)
        candidates = [regular.with_name(f"{regular.stem}{sep}Bold{regular.suffix}") for sep in (" ", "-", "", "_")]
        bold = next((c for c in candidates if c.is_file()), regular)
        try:
            from reportlab.pdfbase.ttfonts import TTFont

            TTFont("md-check", str(regular))
        except Exception as exc:  # reportlab raises TTFError, OSError or struct errors for a bad file
            raise InvalidInput(
                f"ใช้แบบอักษร {regular} ไม่ได้ (ต้องเป็นไฟล์ TrueType .ttf)",
                f"Cannot use the font {regular} (a .ttf is needed).",
            ) from exc
        return cls.choose(th_sarabun=regular, th_sarabun_bold=bold)

    @classmethod
    def choose(cls, th_sarabun: Path | None = None, th_sarabun_bold: Path | None = None) -> PdfFont:
        """A configured TH Sarabun TTF at 16 pt, or the bundled Sarabun at the matching size."""
        if th_sarabun is not None:
            return cls(th_sarabun, th_sarabun_bold or th_sarabun, TH_SARABUN_PT, TH_SARABUN_PT * 1.1)
        size = sarabun_size_for()
        return cls(sarabun_file("Regular"), sarabun_file("Bold"), size, round(size * 1.62, 2))
