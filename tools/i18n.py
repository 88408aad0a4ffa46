"""Keep the English interface in step with the code.

    python tools/i18n.py          # lupdate the sources into resources/i18n/meetingdesk_en.ts, fill in
                                  # tools/translations_en.py, write qtbase_th.ts from tools/qtbase_th.py,
                                  # then lrelease both to .qm
    python tools/i18n.py --qm     # only compile the .qm (what `make` does before run and test)

A string the code shows but the translations lack is reported, and the .ts keeps it "unfinished".
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "meetingdesk_en.ts"
QM = TS.with_suffix(".qm")
QT_TH = ROOT / "resources" / "i18n" / "qtbase_th.ts"  # Qt's own buttons and file dialog in Thai (tools/qtbase_th.py)
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "tools"))

from qtbase_th import ts_text  # noqa: E402
from translations_en import EN  # noqa: E402


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "meetingdesk" / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *ui_sources(),
                    "-ts", str(target)], check=True, capture_output=True, cwd=ROOT)  # fmt: skip


def fill(target: Path) -> list[str]:
    """Write the English into every message; returns the sources that have none."""
    tree = ET.parse(target)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.getroot().set("language", "en_GB")
    tree.getroot().set("sourcelanguage", "th_TH")
    ET.indent(tree)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease() -> None:
    QM.parent.mkdir(parents=True, exist_ok=True)
    for ts in (TS, QT_TH):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--qm", action="store_true", help="only compile the .qm from the .ts")
    args = parser.parse_args()
    if not args.qm:
        lupdate(TS)
        missing = fill(TS)
        QT_TH.write_text(ts_text(), encoding="utf-8")
        for source in missing:
            print(f"no English for: {source}", file=sys.stderr)
    lrelease()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
