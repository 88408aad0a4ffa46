"""Thai for the parts of Qt itself a MeetingDesk user sees: the standard buttons (message boxes, dialog button
boxes), the file dialog, and the text fields' context menu. Qt ships no Thai translation; ``tools/i18n.py``
writes these as ``resources/i18n/qtbase_th.ts`` and compiles it, and the app installs it when the interface is
Thai. Keys are (Qt's translation context, Qt's English source text) exactly as Qt asks for them.
"""

from __future__ import annotations

QTBASE_TH: dict[tuple[str, str], str] = {
    # QMessageBox / QDialogButtonBox standard buttons (qplatformtheme.cpp)
    ("QPlatformTheme", "OK"): "ตกลง",
    ("QPlatformTheme", "Save"): "บันทึก",
    ("QPlatformTheme", "Save All"): "บันทึกทั้งหมด",
    ("QPlatformTheme", "Open"): "เปิด",
    ("QPlatformTheme", "&Yes"): "ใช่",
    ("QPlatformTheme", "Yes to &All"): "ใช่ทั้งหมด",
    ("QPlatformTheme", "&No"): "ไม่ใช่",
    ("QPlatformTheme", "N&o to All"): "ไม่ใช่ทั้งหมด",
    ("QPlatformTheme", "Abort"): "ยกเลิกการทำงาน",
    ("QPlatformTheme", "Retry"): "ลองอีกครั้ง",
    ("QPlatformTheme", "Ignore"): "ข้าม",
    ("QPlatformTheme", "Close"): "ปิด",
    ("QPlatformTheme", "Cancel"): "ยกเลิก",
    ("QPlatformTheme", "Discard"): "ไม่บันทึก",
    ("QPlatformTheme", "Help"): "ช่วยเหลือ",
    ("QPlatformTheme", "Apply"): "นำไปใช้",
    ("QPlatformTheme", "Reset"): "ตั้งใหม่",
    ("QPlatformTheme", "Restore Defaults"): "คืนค่าเริ่มต้น",
    ("QMessageBox", "Show Details..."): "แสดงรายละเอียด...",
    ("QMessageBox", "Hide Details..."): "ซ่อนรายละเอียด...",
    # the file dialog (Qt's own, where the desktop offers none)
    ("QFileDialog", "Look in:"): "ค้นหาใน:",
    ("QFileDialog", "&Look in:"): "ค้นหาใน:",
    ("QFileDialog", "Files of &type:"): "ชนิดของไฟล์:",
    ("QFileDialog", "File &name:"): "ชื่อไฟล์:",
    ("QFileDialog", "Files of type:"): "ชนิดของไฟล์:",
    ("QFileDialog", "&Open"): "เปิด",
    ("QFileDialog", "&Save"): "บันทึก",
    ("QFileDialog", "&Choose"): "เลือก",
    ("QFileDialog", "Open"): "เปิด",
    ("QFileDialog", "Save As"): "บันทึกเป็น",
    ("QFileDialog", "Find Directory"): "เลือกโฟลเดอร์",
    ("QFileDialog", "Directory:"): "โฟลเดอร์:",
    ("QFileDialog", "Back"): "ย้อนกลับ",
    ("QFileDialog", "Forward"): "ไปข้างหน้า",
    ("QFileDialog", "Parent Directory"): "โฟลเดอร์ระดับบน",
    ("QFileDialog", "Create New Folder"): "สร้างโฟลเดอร์ใหม่",
    ("QFileDialog", "List View"): "มุมมองรายการ",
    ("QFileDialog", "Detail View"): "มุมมองรายละเอียด",
    ("QFileDialog", "New Folder"): "โฟลเดอร์ใหม่",
    ("QFileDialog", "&New Folder"): "โฟลเดอร์ใหม่",
    ("QFileDialog", "&Rename"): "เปลี่ยนชื่อ",
    ("QFileDialog", "&Delete"): "ลบ",
    ("QFileDialog", "Show &hidden files"): "แสดงไฟล์ที่ซ่อน",
    ("QFileDialog", "All Files (*)"): "ทุกไฟล์ (*)",
    ("QFileDialog", "Recent Places"): "ตำแหน่งล่าสุด",
    ("QFileDialog", "My Computer"): "คอมพิวเตอร์",
    ("QFileDialog", "File"): "ไฟล์",
    ("QFileDialog", "File Folder"): "โฟลเดอร์",
    ("QFileDialog", "Folder"): "โฟลเดอร์",
    ("QFileDialog", "Unknown"): "ไม่ทราบ",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"): "มีไฟล์ %1 อยู่แล้ว\nต้องการแทนที่หรือไม่?",
    ("QFileDialog", "Are you sure you want to delete '%1'?"): "ต้องการลบ '%1' หรือไม่?",
    ("QFileSystemModel", "Name"): "ชื่อ",
    ("QFileSystemModel", "Size"): "ขนาด",
    ("QFileSystemModel", "Type"): "ชนิด",
    ("QFileSystemModel", "Kind"): "ชนิด",
    ("QFileSystemModel", "Date Modified"): "วันที่แก้ไข",
    ("QFileSystemModel", "My Computer"): "คอมพิวเตอร์",
    ("QFileSystemModel", "Computer"): "คอมพิวเตอร์",
    # the context menu of every text field
    ("QLineEdit", "&Undo"): "เลิกทำ",
    ("QLineEdit", "&Redo"): "ทำซ้ำ",
    ("QLineEdit", "Cu&t"): "ตัด",
    ("QLineEdit", "&Copy"): "คัดลอก",
    ("QLineEdit", "&Paste"): "วาง",
    ("QLineEdit", "Delete"): "ลบ",
    ("QLineEdit", "Select All"): "เลือกทั้งหมด",
    ("QWidgetTextControl", "&Undo"): "เลิกทำ",
    ("QWidgetTextControl", "&Redo"): "ทำซ้ำ",
    ("QWidgetTextControl", "Cu&t"): "ตัด",
    ("QWidgetTextControl", "&Copy"): "คัดลอก",
    ("QWidgetTextControl", "Copy &Link Location"): "คัดลอกที่อยู่ลิงก์",
    ("QWidgetTextControl", "&Paste"): "วาง",
    ("QWidgetTextControl", "Delete"): "ลบ",
    ("QWidgetTextControl", "Select All"): "เลือกทั้งหมด",
}


def ts_text() -> str:
    """The translations as a Qt Linguist ``.ts`` file (contexts in order, messages as listed)."""
    from xml.sax.saxutils import escape

    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, source), thai in QTBASE_TH.items():
        contexts.setdefault(context, []).append((source, thai))
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="th_TH">']
    for context, messages in contexts.items():
        out.append(f"<context>\n    <name>{context}</name>")
        for source, thai in messages:
            out.append(
                f"    <message>\n        <source>{escape(source)}</source>\n"
                f"        <translation>{escape(thai)}</translation>\n    </message>"
            )
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"
