"""The PDF's font size is measured, not copied: Sarabun sized so Thai letters stand as tall as 16 pt TH Sarabun."""

from __future__ import annotations

from pathlib import Path

import pytest
import uharfbuzz as hb

from meetingdesk.exports import fonts

LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
TLWG_RULE = Path("/etc/fonts/conf.d/89-tlwg-laksaman-synthetic.conf")


def ko_height(path: Path) -> float:
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    font = hb.Font(face)
    extents = font.get_glyph_extents(font.get_nominal_glyph(ord("ก")))
    return abs(extents.height) / face.upem


def test_measured_heights_match_the_constants() -> None:
    assert ko_height(fonts.sarabun_file()) == pytest.approx(fonts.KO_HEIGHT_SARABUN, abs=0.0005)
    assert LAKSAMAN.exists(), "fonts-thai-tlwg is installed by .ci/run"
    assert ko_height(LAKSAMAN) == pytest.approx(fonts.KO_HEIGHT_LAKSAMAN, abs=0.0005)
    assert "<double>0.66</double>" in TLWG_RULE.read_text()


def test_sarabun_size_that_looks_like_16_pt_th_sarabun() -> None:
    size = fonts.sarabun_size_for(16)
    assert 10.5 < size < 11.0
    assert size * fonts.KO_HEIGHT_SARABUN == pytest.approx(16 * 0.66 * fonts.KO_HEIGHT_LAKSAMAN)
    assert fonts.PdfFont.choose().size == size
    configured = fonts.PdfFont.choose(th_sarabun=LAKSAMAN)
    assert configured.size == 16
