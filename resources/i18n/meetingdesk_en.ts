<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="th_TH">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>ทำเป็นงานที่ต้องติดตาม</source>
      <translation>Make it an action</translation>
    </message>
    <message>
      <source>เช่น จัดทำข้อมูลอัตรากำลังเสนอ สพฐ.</source>
      <translation>What is to be done, e.g. prepare the staffing figures for OBEC</translation>
    </message>
    <message>
      <source>— ยังไม่ระบุ —</source>
      <translation>— not yet chosen —</translation>
    </message>
    <message>
      <source>บันทึกเป็นงานที่ต้องติดตาม</source>
      <translation>Record the action</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>คำถาม</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>การดำเนินการตามมติ</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>ผู้รับผิดชอบ</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>กำหนดเสร็จ</source>
      <translation>Due</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <source>ชื่อเรื่องใหม่ แล้วกด Enter</source>
      <translation>New item title, then Enter</translation>
    </message>
    <message>
      <source>เรื่องลับ (ไม่พิมพ์ในรายงานฉบับเผยแพร่)</source>
      <translation>Confidential (left out of the published minutes)</translation>
    </message>
    <message>
      <source>เลื่อนขึ้น (Alt+↑)</source>
      <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
      <source>เลื่อนลง (Alt+↓)</source>
      <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
      <source>ลบเรื่อง</source>
      <translation>Delete item</translation>
    </message>
    <message>
      <source>ผลการดำเนินงานที่เกี่ยวข้อง…</source>
      <translation>Related findings…</translation>
    </message>
    <message>
      <source>แนบไฟล์…</source>
      <translation>Attach a file…</translation>
    </message>
    <message>
      <source>ระเบียบวาระที่</source>
      <translation>Section</translation>
    </message>
    <message>
      <source>ลากเรื่องเพื่อเปลี่ยนลำดับหรือย้ายระเบียบวาระ เลขเรื่องจะเรียงใหม่เอง</source>
      <translation>Drag an item to reorder it or move it to another section; numbers follow by themselves.</translation>
    </message>
    <message>
      <source>ลบเรื่อง “%1” พร้อมบันทึกและมติของเรื่องนี้หรือไม่?</source>
      <translation>Delete “%1” with its record and decisions?</translation>
    </message>
    <message>
      <source>แนบไฟล์</source>
      <translation>Attach a file</translation>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message>
      <source>แทน %1</source>
      <translation>for %1</translation>
    </message>
  </context>
  <context>
    <name>AttendanceTab</name>
    <message>
      <source>ทุกคนมาประชุม</source>
      <translation>Everyone present</translation>
    </message>
    <message>
      <source>เหตุที่ไม่มาประชุม เช่น ติดราชการ</source>
      <translation>Reason for absence, e.g. official duty</translation>
    </message>
    <message>
      <source>ลงชื่อเวลา</source>
      <translation>Signed in at</translation>
    </message>
    <message>
      <source>บันทึกการมาประชุม</source>
      <translation>Save attendance</translation>
    </message>
    <message>
      <source>เพิ่มผู้เข้าร่วมประชุม</source>
      <translation>Add an attendee</translation>
    </message>
    <message>
      <source>ชื่อ-นามสกุล เช่น นางสาวรัตนา ศรีสุข</source>
      <translation>Full name, e.g. Ms Rattana Srisuk</translation>
    </message>
    <message>
      <source>ตำแหน่ง</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>เพิ่มบุคคลใหม่</source>
      <translation>Add a new person</translation>
    </message>
    <message>
      <source>การมาประชุม</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>มาประชุมแทน</source>
      <translation>Substitute for</translation>
    </message>
    <message>
      <source>ผู้ที่เลือกในตาราง</source>
      <translation>The person chosen in the table</translation>
    </message>
    <message>
      <source>จากทะเบียนรายชื่อ</source>
      <translation>From the directory</translation>
    </message>
    <message>
      <source>ผู้ที่ไม่มีในทะเบียน</source>
      <translation>Not in the directory</translation>
    </message>
    <message>
      <source>มาประชุมแทน (ถ้ามี)</source>
      <translation>In place of (if anyone)</translation>
    </message>
    <message>
      <source>เพิ่มผู้เข้าประชุม</source>
      <translation>Add someone attending</translation>
    </message>
    <message>
      <source>มาประชุม %1 คน  ไม่มาประชุม %2 คน</source>
      <translation>%1 present  %2 absent</translation>
    </message>
    <message>
      <source>เลือกผู้เข้าร่วมประชุม (ไม่ใช่กรรมการ)</source>
      <translation>Choose an attendee (not a member)</translation>
    </message>
    <message>
      <source>เลือกรายชื่อก่อน</source>
      <translation>Choose a person first.</translation>
    </message>
  </context>
  <context>
    <name>BoardActions</name>
    <message>
      <source>แก้ข้อความการ์ด</source>
      <translation>Edit the card</translation>
    </message>
    <message>
      <source>ข้อความ</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>เปลี่ยนชื่อกลุ่ม</source>
      <translation>Rename the group</translation>
    </message>
    <message>
      <source>ชื่อกลุ่ม</source>
      <translation>Group name</translation>
    </message>
    <message>
      <source>เลือกกลุ่ม และพิมพ์รหัสผู้ลงคะแนนก่อน</source>
      <translation>Choose a group and type the voter's code first.</translation>
    </message>
    <message>
      <source>เลือกกลุ่มก่อน</source>
      <translation>Choose a group first.</translation>
    </message>
    <message>
      <source>เลือกกลุ่มหรือการ์ดที่จะทำเป็นมติ</source>
      <translation>Choose the group or card to make a decision of.</translation>
    </message>
    <message>
      <source>กลุ่มความคิดนี้มีมติแล้ว เปิดมติเดิมให้แก้ไข</source>
      <translation>This group already has a decision; it is opened to edit</translation>
    </message>
    <message>
      <source>บันทึกเป็นมติในระเบียบวาระแล้ว</source>
      <translation>Recorded as a decision on the agenda item</translation>
    </message>
  </context>
  <context>
    <name>CertifyDialog</name>
    <message>
      <source>รับรองรายงานการประชุมครั้งที่ %1</source>
      <translation>Certify the minutes of meeting %1</translation>
    </message>
    <message>
      <source>เมื่อรับรองแล้ว รายงานการประชุมครั้งที่ %1 จะแก้ไขโดยตรงไม่ได้อีก (การแก้ไขภายหลังต้องบันทึกเป็นการแก้ไขรายงานการประชุม)</source>
      <translation>Once certified, the minutes of meeting %1 cannot be edited directly any more (a later change is recorded as an amendment).</translation>
    </message>
    <message>
      <source>รับรองโดยไม่มีการแก้ไข</source>
      <translation>Certified without amendment</translation>
    </message>
    <message>
      <source>รับรองโดยมีการแก้ไข ดังนี้</source>
      <translation>Certified with these amendments</translation>
    </message>
    <message>
      <source>เพิ่มการแก้ไข</source>
      <translation>Add the amendment</translation>
    </message>
    <message>
      <source>แก้ไขเรื่อง</source>
      <translation>Amend</translation>
    </message>
    <message>
      <source>ข้อความใหม่</source>
      <translation>New text</translation>
    </message>
    <message>
      <source>รับรอง</source>
      <translation>Certify</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>ยังไม่มีการแก้ไข: เลือกเรื่อง พิมพ์ข้อความใหม่ แล้วกด “เพิ่มการแก้ไข”</source>
      <translation>No amendment yet: choose what to amend, type the new text, then press “Add the amendment”</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>ครั้งที่</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>วันที่</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>องค์คณะ</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>สถานะ</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>เรื่อง</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>กิจกรรม</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>ในการประชุม</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>หัวข้อ</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>การ์ด</source>
      <translation>Cards</translation>
    </message>
    <message>
      <source>กลุ่ม</source>
      <translation>Groups</translation>
    </message>
    <message>
      <source>ระเบียบวาระ</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>มติ</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>การดำเนินการตามมติ</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>ผู้รับผิดชอบ</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>กำหนดเสร็จ</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>ชื่อ</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>ตำแหน่งในที่ประชุม</source>
      <translation>Role in the meeting</translation>
    </message>
    <message>
      <source>การมาประชุม</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>เหตุผล / มาแทน</source>
      <translation>Reason / substitute for</translation>
    </message>
    <message>
      <source>เวลาลงชื่อ</source>
      <translation>Signed in</translation>
    </message>
  </context>
  <context>
    <name>ConsoleLink</name>
    <message>
      <source>ยังมี %1 รายการที่ยังไม่ได้บันทึก ปิดหน้าต่างและทิ้งรายการเหล่านี้หรือไม่</source>
      <translation>%1 typed lines are not saved yet. Close the window and give them up?</translation>
    </message>
    <message>
      <source> และอีก %1 รายการ</source>
      <translation> and %1 more</translation>
    </message>
    <message>
      <source>กำลังเชื่อมต่อใหม่… ยังไม่ได้บันทึก %1 รายการ (จะบันทึกเองเมื่อเครื่องแม่ข่ายกลับมา): </source>
      <translation>Reconnecting… %1 not saved yet (saved by themselves when the server is back): </translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>มติที่ประชุม จากการประชุม %1 ครั้ง</source>
      <translation>decisions, from %1 meetings</translation>
    </message>
    <message>
      <source>ดำเนินการตามมติแล้ว (%1 จาก %2 มติที่ต้องดำเนินการ)</source>
      <translation>carried out (%1 of %2 decisions with actions)</translation>
    </message>
    <message>
      <source>เสร็จตามกำหนด (%1 จาก %2 รายการที่ดำเนินการแล้วและมีกำหนดเสร็จ)</source>
      <translation>done on time (%1 of %2 done actions that had a due date)</translation>
    </message>
    <message>
      <source>การดำเนินการตามมติที่เกินกำหนด</source>
      <translation>overdue actions</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>อ่านตัวเลขใหม่</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>ยังไม่มีข้อมูลในปีงบประมาณนี้</source>
      <translation>No data for this fiscal year</translation>
    </message>
    <message>
      <source>ยังไม่มีแบบสำรวจ</source>
      <translation>No survey yet</translation>
    </message>
    <message>
      <source>ปีงบประมาณ</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>องค์คณะ</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>คลิกแท่งกราฟเพื่อเปิดรายการมติที่อยู่เบื้องหลังในหน้ามติและการติดตาม</source>
      <translation>Click a bar to open the decisions behind it in the tracker.</translation>
    </message>
    <message>
      <source>ทุกองค์คณะ</source>
      <translation>All bodies</translation>
    </message>
    <message>
      <source>ยังไม่มีการประชุมหรือโครงการ</source>
      <translation>No meetings or projects yet</translation>
    </message>
    <message>
      <source>ข้อมูล ณ %1</source>
      <translation>As of %1</translation>
    </message>
  </context>
  <context>
    <name>DecisionActions</name>
    <message>
      <source>บันทึกมติก่อน แล้วจึงเพิ่มการดำเนินการตามมติ</source>
      <translation>Record a decision first, then add its actions.</translation>
    </message>
    <message>
      <source>ลบงาน “%1” หรือไม่?</source>
      <translation>Delete the action “%1”?</translation>
    </message>
    <message>
      <source>ลบมติ “%1” พร้อมงานที่ต้องดำเนินการตามมตินี้หรือไม่?</source>
      <translation>Delete the decision “%1” with its actions?</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>แก้ไขมติที่ประชุม</source>
      <translation>Correct the decision</translation>
    </message>
    <message>
      <source>ทำเป็นมติที่ประชุม</source>
      <translation>Make a decision</translation>
    </message>
    <message>
      <source>ลงคะแนน</source>
      <translation>Vote</translation>
    </message>
    <message>
      <source>เห็นด้วย</source>
      <translation>For</translation>
    </message>
    <message>
      <source>ไม่เห็นด้วย</source>
      <translation>Against</translation>
    </message>
    <message>
      <source>งดออกเสียง</source>
      <translation>Abstain</translation>
    </message>
    <message>
      <source>บันทึกการแก้ไข</source>
      <translation>Save the correction</translation>
    </message>
    <message>
      <source>บันทึกเป็นมติ</source>
      <translation>Record the decision</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>ชนิดของมติ</source>
      <translation>Kind of decision</translation>
    </message>
    <message>
      <source>ข้อความมติ</source>
      <translation>Wording</translation>
    </message>
    <message>
      <source>คะแนนเสียง</source>
      <translation>Votes</translation>
    </message>
    <message>
      <source>ผลการดำเนินงานที่มตินี้ตอบ</source>
      <translation>Findings this decision answers</translation>
    </message>
  </context>
  <context>
    <name>DetailsTab</name>
    <message>
      <source>เลิกประชุมแล้ว</source>
      <translation>Adjourned at</translation>
    </message>
    <message>
      <source>ข้อความเปิดประชุม เช่น เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดประชุม…</source>
      <translation>How the meeting opened, e.g. with a quorum present the chair opened the meeting…</translation>
    </message>
    <message>
      <source>บันทึกรายละเอียด</source>
      <translation>Save details</translation>
    </message>
    <message>
      <source>เรื่อง (ถ้ามี)</source>
      <translation>Subject (if any)</translation>
    </message>
    <message>
      <source>วันที่</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>สถานที่</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>เวลา</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>ประธานในที่ประชุม</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>ผู้จดรายงานการประชุม</source>
      <translation>Minute-taker</translation>
    </message>
    <message>
      <source>ผู้ตรวจรายงานการประชุม</source>
      <translation>Minutes checked by</translation>
    </message>
    <message>
      <source>วิธีจดรายงาน</source>
      <translation>Recording style</translation>
    </message>
    <message>
      <source>สถานะ</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>การเปิดประชุม</source>
      <translation>Opening</translation>
    </message>
    <message>
      <source>ยังไม่ได้บันทึก (บันทึกให้เองเมื่อเปลี่ยนแท็บหรือปิดหน้าต่าง)</source>
      <translation>Not saved yet (saved when you change tab or close the window)</translation>
    </message>
    <message>
      <source>บันทึกแล้ว ✓</source>
      <translation>Saved ✓</translation>
    </message>
  </context>
  <context>
    <name>DrillBar</name>
    <message>
      <source>ล้างตัวกรองจากแดชบอร์ด</source>
      <translation>Clear the dashboard’s filter</translation>
    </message>
    <message>
      <source>จากแดชบอร์ด</source>
      <translation>From the dashboard</translation>
    </message>
  </context>
  <context>
    <name>ExportTab</name>
    <message>
      <source>รายงานการประชุม</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>ระเบียบวาระการประชุม</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>ใบลงชื่อผู้เข้าประชุม</source>
      <translation>Sign-in sheet</translation>
    </message>
    <message>
      <source>ใช้เลขไทย</source>
      <translation>Thai digits</translation>
    </message>
    <message>
      <source>รวมเรื่องลับ</source>
      <translation>Include confidential items</translation>
    </message>
    <message>
      <source>เปิดไฟล์</source>
      <translation>Open file</translation>
    </message>
    <message>
      <source>เปิดโฟลเดอร์</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>บันทึกเอกสาร</source>
      <translation>Save document</translation>
    </message>
    <message>
      <source>กำลังสร้างเอกสาร…</source>
      <translation>Writing the document…</translation>
    </message>
    <message>
      <source>บันทึกเอกสารแล้ว: </source>
      <translation>Document saved: </translation>
    </message>
    <message>
      <source>สร้างเอกสารไม่สำเร็จ: </source>
      <translation>The document could not be written: </translation>
    </message>
  </context>
  <context>
    <name>FacilitatorConsole</name>
    <message>
      <source>MeetingDesk — ผู้ดำเนินกิจกรรม</source>
      <translation>MeetingDesk — Facilitator</translation>
    </message>
    <message>
      <source>◀ ขั้นตอนก่อน</source>
      <translation>◀ Previous stage</translation>
    </message>
    <message>
      <source>ขั้นตอนถัดไป ▶</source>
      <translation>Next stage ▶</translation>
    </message>
    <message>
      <source>เริ่มจับเวลา</source>
      <translation>Start timer</translation>
    </message>
    <message>
      <source>หยุดเวลา</source>
      <translation>Pause timer</translation>
    </message>
    <message>
      <source>+1 นาที</source>
      <translation>+1 minute</translation>
    </message>
    <message>
      <source>พิมพ์ความคิดเห็นแล้วกด Enter (ขึ้นต้นด้วย P3: เพื่อระบุผู้พูด)</source>
      <translation>Type what was said, then Enter (start with P3: to name the speaker)</translation>
    </message>
    <message>
      <source>ไม่ระบุผู้พูด</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <source>รหัสผู้พูดจะไม่ถูกบันทึก และไม่ปรากฏบนจอภาพหรือในเอกสารใด ๆ ของกิจกรรมนี้</source>
      <translation>Speakers' codes are not stored, and never appear on the projector or in any document of this session</translation>
    </message>
    <message>
      <source>F2 หรือดับเบิลคลิกเพื่อแก้ข้อความ, Delete เพื่อลบ, ลากไปวางในกลุ่ม</source>
      <translation>F2 or double-click to edit, Delete to delete, drag onto a group</translation>
    </message>
    <message>
      <source>ชื่อกลุ่มใหม่ แล้วกด Enter</source>
      <translation>New group name, then Enter</translation>
    </message>
    <message>
      <source> จุดต่อคน</source>
      <translation> dots each</translation>
    </message>
    <message>
      <source> จุดสูงสุดต่อรายการ</source>
      <translation> dots at most per item</translation>
    </message>
    <message>
      <source>รหัสผู้ลงคะแนน เช่น P1</source>
      <translation>Voter code, e.g. P1</translation>
    </message>
    <message>
      <source>ลงคะแนน 1 จุด</source>
      <translation>Cast 1 dot</translation>
    </message>
    <message>
      <source>บันทึกการยกมือ</source>
      <translation>Record a show of hands</translation>
    </message>
    <message>
      <source>เปิดผลคะแนนบนจอ</source>
      <translation>Reveal votes on screen</translation>
    </message>
    <message>
      <source>ทำเป็นมติ</source>
      <translation>Make it a decision</translation>
    </message>
    <message>
      <source>เปิดจอภาพ</source>
      <translation>Open projector</translation>
    </message>
    <message>
      <source>บันทึกแล้วโดยไม่มีรหัส %1 (กิจกรรมนี้ไม่ระบุผู้พูด)</source>
      <translation>Saved without the code %1 (this session is anonymous)</translation>
    </message>
    <message>
      <source>ลงผลในรายงานการประชุม</source>
      <translation>Put the outcome in the minutes</translation>
    </message>
    <message>
      <source>(โทรศัพท์) </source>
      <translation>(phone) </translation>
    </message>
    <message>
      <source>F2 หรือดับเบิลคลิกเพื่อเปลี่ยนชื่อกลุ่ม, Delete เพื่อลบกลุ่ม (การ์ดยังอยู่บนกระดาน)</source>
      <translation>F2 or double-click to rename the group, Delete to delete it (its cards stay on the board)</translation>
    </message>
    <message>
      <source>มติจากกลุ่มความคิดหรือการ์ดที่เลือก (ถ้าทำไว้แล้ว จะเปิดมติเดิม)</source>
      <translation>A decision from the selected group or card (if it has one, that decision opens)</translation>
    </message>
    <message>
      <source>ข้อสรุปของกิจกรรมนี้จะเป็นสรุปของระเบียบวาระในรายงานการประชุม</source>
      <translation>This session's conclusions become the agenda item's summary in the minutes</translation>
    </message>
    <message>
      <source>กลุ่มความคิด (ลากการ์ดมาวาง)</source>
      <translation>Groups (drag cards here)</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <source>สำรองข้อมูล</source>
      <translation>Back up</translation>
    </message>
    <message>
      <source>กู้คืนข้อมูล</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>แทนที่ข้อมูลปัจจุบันด้วยไฟล์สำรองนี้หรือไม่? ข้อมูลปัจจุบันจะถูกเก็บสำรองไว้</source>
      <translation>Replace the current data with this backup? The current data is kept as a backup.</translation>
    </message>
    <message>
      <source>สำรองข้อมูลแล้วที่ </source>
      <translation>Backed up to </translation>
    </message>
    <message>
      <source>ไฟล์สำรองของเครื่องแม่ข่าย (*.pgdump)</source>
      <translation>Server backup (*.pgdump)</translation>
    </message>
    <message>
      <source>สำเนาเป็นไฟล์ SQLite (*.sqlite3)</source>
      <translation>A copy as a SQLite file (*.sqlite3)</translation>
    </message>
    <message>
      <source>กำลังสำรองข้อมูลไปที่ %1 …</source>
      <translation>Backing up to %1 …</translation>
    </message>
    <message>
      <source>กู้คืนข้อมูลแล้ว ข้อมูลเดิมเก็บสำรองไว้ในโฟลเดอร์ backups</source>
      <translation>Restored; the previous data is kept in the backups folder.</translation>
    </message>
  </context>
  <context>
    <name>FindingsDialog</name>
    <message>
      <source>ผลการดำเนินงานที่เกี่ยวข้อง</source>
      <translation>Related findings</translation>
    </message>
    <message>
      <source>พิมพ์เพื่อค้นหา</source>
      <translation>Type to search</translation>
    </message>
  </context>
  <context>
    <name>FocusGroupPanel</name>
    <message>
      <source>เส้นทางคำถาม</source>
      <translation>Question route</translation>
    </message>
    <message>
      <source>คำถามใหม่ แล้วกด Enter</source>
      <translation>New question, then Enter</translation>
    </message>
    <message>
      <source> นาที</source>
      <translation> min</translation>
    </message>
    <message>
      <source>รหัสผู้เข้าร่วม เช่น P1, P2, P3 แล้วกด Enter</source>
      <translation>Participant codes, e.g. P1, P2, P3, then Enter</translation>
    </message>
    <message>
      <source>ให้ความยินยอมในการบันทึกแล้ว</source>
      <translation>Consented to the recording</translation>
    </message>
    <message>
      <source>รหัสประเด็นของความเห็นที่เลือก คั่นด้วย ,</source>
      <translation>Codes for the chosen responses, separated by ,</translation>
    </message>
    <message>
      <source>คำพูดเด่น</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>ติดรหัส</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>ส่งออกรายงานการสนทนากลุ่ม…</source>
      <translation>Export the focus-group report…</translation>
    </message>
    <message>
      <source>F2 หรือดับเบิลคลิกเพื่อแก้คำถาม, Delete เพื่อลบคำถามที่ยังไม่มีความคิดเห็น</source>
      <translation>F2 or double-click to correct a question, Delete to remove one nobody has answered yet</translation>
    </message>
    <message>
      <source>ผู้เข้าร่วม: </source>
      <translation>Participants: </translation>
    </message>
    <message>
      <source>  (ให้ความยินยอม %1 คน)</source>
      <translation>  (%1 consented)</translation>
    </message>
    <message>
      <source>%1 ยังไม่ได้ให้ความยินยอมในการบันทึก</source>
      <translation>%1 has not consented to the recording</translation>
    </message>
    <message>
      <source>%1 ยังไม่อยู่ในรายชื่อผู้เข้าร่วม: เพิ่มรหัสพร้อมความยินยอมทางขวา</source>
      <translation>%1 is not among the participants: add the code, with consent, on the right</translation>
    </message>
    <message>
      <source>แก้คำถาม</source>
      <translation>Correct the question</translation>
    </message>
    <message>
      <source>คำถาม</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>เลือกความเห็นที่จะติดรหัสก่อน</source>
      <translation>Choose the responses to tag first.</translation>
    </message>
    <message>
      <source>ติดรหัสแล้ว %n ความเห็น: </source>
      <translation>Tagged %n responses: </translation>
    </message>
    <message>
      <source>บันทึกรายงานการสนทนากลุ่ม</source>
      <translation>Save the focus-group report</translation>
    </message>
    <message>
      <source>รายงานการสนทนากลุ่ม</source>
      <translation>focus-group-report</translation>
    </message>
    <message>
      <source>บันทึกรายงานการสนทนากลุ่มแล้ว: </source>
      <translation>Focus-group report saved: </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>นำเข้ารายชื่อ: </source>
      <translation>Import people: </translation>
    </message>
    <message>
      <source>แถว</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>ชื่อ</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>ตำแหน่ง</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>องค์คณะ</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>บทบาท</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>ผลการตรวจ</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>ถูกต้อง %1 แถว  มีปัญหา %2 แถว (แถวที่มีปัญหาจะไม่ถูกนำเข้า)</source>
      <translation>%1 rows good  %2 rows with problems (those are not imported)</translation>
    </message>
    <message>
      <source>นำเข้า %n แถวที่ถูกต้อง</source>
      <translation>Import the %n good rows</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>การประชุม</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>กิจกรรมกลุ่ม</source>
      <translation>Group sessions</translation>
    </message>
    <message>
      <source>โครงการและผลการดำเนินงาน</source>
      <translation>Projects and findings</translation>
    </message>
    <message>
      <source>มติและการติดตาม</source>
      <translation>Decisions and follow-up</translation>
    </message>
    <message>
      <source>องค์คณะและบุคลากร</source>
      <translation>Bodies and people</translation>
    </message>
    <message>
      <source>ภาพรวมผลการดำเนินงาน</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>ผลการค้นหา</source>
      <translation>Search results</translation>
    </message>
    <message>
      <source>กำลังเปิดฐานข้อมูล…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <source>ค้นหาทุกเรื่อง (Ctrl+F) เช่น การอ่าน</source>
      <translation>Search everything (Ctrl+F): Thai words inside any text</translation>
    </message>
    <message>
      <source>โปรแกรมอื่น</source>
      <translation>another program</translation>
    </message>
    <message>
      <source>เปิดแบบอ่านอย่างเดียว: ฐานข้อมูลนี้กำลังถูกแก้ไขโดย %1 การเปลี่ยนแปลงจะบันทึกไม่ได้</source>
      <translation>Opened read-only: %1 is editing this database; changes cannot be saved.</translation>
    </message>
    <message>
      <source>เริ่มกิจกรรมกลุ่มใหม่…</source>
      <translation>Start a group session…</translation>
    </message>
    <message>
      <source>ดับเบิลคลิกกิจกรรมเพื่อเปิดแผงผู้ดำเนินกิจกรรม</source>
      <translation>Double-click a session to open the facilitator's console</translation>
    </message>
    <message>
      <source>แฟ้ม</source>
      <translation>File</translation>
    </message>
    <message>
      <source>การประชุมครั้งใหม่…</source>
      <translation>New meeting…</translation>
    </message>
    <message>
      <source>สำรองข้อมูล…</source>
      <translation>Back up…</translation>
    </message>
    <message>
      <source>กู้คืนข้อมูลจากไฟล์สำรอง…</source>
      <translation>Restore from a backup…</translation>
    </message>
    <message>
      <source>ตั้งค่า…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <source>ออก</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>มุมมอง</source>
      <translation>View</translation>
    </message>
  </context>
  <context>
    <name>MeetingWindow</name>
    <message>
      <source>รายละเอียด</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>ระเบียบวาระ</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>ผู้เข้าประชุม</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>บันทึกการประชุม</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>ส่งออกเอกสาร</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>ความพึงพอใจ</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <source>ครั้งที่ %1</source>
      <translation>meeting %1</translation>
    </message>
    <message>
      <source>รายงานการประชุมนี้รับรองแล้ว แก้ไขไม่ได้ (การแก้ไขหลังรับรองทำในการประชุมครั้งถัดไป)</source>
      <translation>These minutes are certified and cannot be edited (corrections are made at a later meeting).</translation>
    </message>
    <message>
      <source>เปิดแบบอ่านอย่างเดียว</source>
      <translation>Opened read-only</translation>
    </message>
    <message>
      <source>คุณไม่มีสิทธิ์แก้ไขการประชุมขององค์คณะนี้ ดูได้อย่างเดียว (ขอสิทธิ์จากผู้ดูแลระบบ)</source>
      <translation>You may not change this body's meetings; read only (ask the administrator for the right).</translation>
    </message>
    <message>
      <source>ข้อความที่พิมพ์ในรายงานการประชุมยังไม่ได้บันทึก ปิดหน้าต่างและทิ้งข้อความนั้นหรือไม่</source>
      <translation>What was typed in the record is not saved. Close the window and give it up?</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>ทุกองค์คณะ</source>
      <translation>All bodies</translation>
    </message>
    <message>
      <source>การประชุมครั้งใหม่… (Ctrl+N)</source>
      <translation>New meeting… (Ctrl+N)</translation>
    </message>
    <message>
      <source>เปิด</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>ทุกปี</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>พ.ศ. </source>
      <translation>B.E. </translation>
    </message>
  </context>
  <context>
    <name>NewMeetingDialog</name>
    <message>
      <source>การประชุมครั้งใหม่</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <source>เว้นว่าง: ใช้สถานที่ประจำขององค์คณะ</source>
      <translation>Blank: the body's usual place</translation>
    </message>
    <message>
      <source>สร้างการประชุม</source>
      <translation>Create meeting</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>องค์คณะ</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>วันที่</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>เวลาเริ่ม</source>
      <translation>Starts at</translation>
    </message>
    <message>
      <source>สถานที่</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>เรื่อง (ถ้ามี)</source>
      <translation>Subject (if any)</translation>
    </message>
    <message>
      <source>วิธีจดรายงาน</source>
      <translation>Recording style</translation>
    </message>
  </context>
  <context>
    <name>NewSessionDialog</name>
    <message>
      <source>เริ่มกิจกรรมกลุ่ม</source>
      <translation>Start a group session</translation>
    </message>
    <message>
      <source>กิจกรรมเดี่ยว (ไม่อยู่ในระเบียบวาระ)</source>
      <translation>Stand-alone workshop (not on an agenda)</translation>
    </message>
    <message>
      <source>ครั้งที่ %1</source>
      <translation>meeting %1</translation>
    </message>
    <message>
      <source>หัวข้อของกิจกรรม</source>
      <translation>The session's subject</translation>
    </message>
    <message>
      <source>เริ่มกิจกรรม</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>เทคนิค</source>
      <translation>Technique</translation>
    </message>
    <message>
      <source>การประชุม</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>ระเบียบวาระ</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>หัวข้อ</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>ไม่ระบุผู้พูด (ไม่บันทึกรหัสผู้พูด ไม่แสดงบนจอภาพและในเอกสาร)</source>
      <translation>Anonymous (speakers' codes are not stored, shown or exported)</translation>
    </message>
    <message>
      <source>กรุณาตั้งหัวข้อของกิจกรรม</source>
      <translation>Please give the session a subject.</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>ลำดับ</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>ชื่อ</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>บทบาท</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>เริ่มวาระ</source>
      <translation>Term starts</translation>
    </message>
    <message>
      <source>สิ้นสุดวาระ</source>
      <translation>Term ends</translation>
    </message>
    <message>
      <source>ตำแหน่ง</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>หน่วยงาน</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>นำเข้ารายชื่อจาก CSV / XLSX…</source>
      <translation>Import people from CSV / XLSX…</translation>
    </message>
    <message>
      <source>คำนำหน้าและชื่อ เช่น นายสมชาย</source>
      <translation>Title and first name, e.g. Mr Somchai</translation>
    </message>
    <message>
      <source>นามสกุล</source>
      <translation>Last name</translation>
    </message>
    <message>
      <source>เพิ่มบุคคล</source>
      <translation>Add person</translation>
    </message>
    <message>
      <source>เพิ่มในองค์คณะนี้</source>
      <translation>Add to this body</translation>
    </message>
    <message>
      <source>มีวาระ</source>
      <translation>Has a term</translation>
    </message>
    <message>
      <source>รายชื่อกรรมการ</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>บุคลากรทั้งหมด</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>นำเข้ารายชื่อ</source>
      <translation>Import people</translation>
    </message>
    <message>
      <source>รายชื่อ (*.csv *.xlsx)</source>
      <translation>People lists (*.csv *.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <source>MeetingDesk — จอภาพสำหรับที่ประชุม</source>
      <translation>MeetingDesk — Projector</translation>
    </message>
    <message>
      <source>ร่วมจากโทรศัพท์</source>
      <translation>Join from your phone</translation>
    </message>
    <message>
      <source>รหัส %1</source>
      <translation>Code %1</translation>
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <source>ทุกระยะ</source>
      <translation>All phases</translation>
    </message>
    <message>
      <source>ปีงบประมาณ</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>โครงการ</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>ผล</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>ระยะ</source>
      <translation>Phase</translation>
    </message>
    <message>
      <source>ประเภท</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>ผลการดำเนินงาน</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>นำเข้าประชุม</source>
      <translation>Discussed</translation>
    </message>
    <message>
      <source>มติที่ตอบ</source>
      <translation>Answered by</translation>
    </message>
    <message>
      <source>ผลนี้นำเข้าที่ประชุมที่ใด และมติใดตอบ (ดับเบิลคลิกเพื่อเปิดการประชุม)</source>
      <translation>Where this finding was discussed and which decisions answer it (double-click opens the meeting)</translation>
    </message>
    <message>
      <source>เส้นทางจากผลนี้สู่ผลลัพธ์…</source>
      <translation>Trace to the result…</translation>
    </message>
    <message>
      <source>ทุกปี</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>นำเข้าประชุม: </source>
      <translation>Discussed: </translation>
    </message>
    <message>
      <source>มติ: </source>
      <translation>Decision: </translation>
    </message>
    <message>
      <source>ยังไม่ได้นำเข้าที่ประชุม</source>
      <translation>Not yet taken to a meeting</translation>
    </message>
  </context>
  <context>
    <name>QuestionQueuePanel</name>
    <message>
      <source>คิวคำถาม</source>
      <translation>Question queue</translation>
    </message>
    <message>
      <source>ถามใคร (ผู้ตอบ) — ใช้กับคำถามที่พิมพ์ต่อจากนี้</source>
      <translation>Asked to whom — for the questions typed next</translation>
    </message>
    <message>
      <source>สาระของคำตอบ แล้วกด Enter</source>
      <translation>Gist of the answer, then Enter</translation>
    </message>
    <message>
      <source>ตอบแล้ว</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>ยกไปติดตาม</source>
      <translation>Defer</translation>
    </message>
    <message>
      <source>ทำเป็นงานที่ต้องติดตาม</source>
      <translation>Make it an action</translation>
    </message>
    <message>
      <source>เลือกคำถามในคิวก่อน</source>
      <translation>Choose a question in the queue first.</translation>
    </message>
    <message>
      <source>บันทึกเป็นงานที่ต้องติดตามแล้ว</source>
      <translation>Recorded as an action to follow up</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <source>เรื่องที่เสนอ / ข้อเท็จจริง</source>
      <translation>Presented / facts</translation>
    </message>
    <message>
      <source>การอภิปราย</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <source>สรุป</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>ข้อความมติ แล้วกด Enter (เว้นว่าง: ใช้ชนิดของมติ)</source>
      <translation>Resolution text, then Enter (blank: the kind of resolution)</translation>
    </message>
    <message>
      <source>ลงคะแนน</source>
      <translation>Vote</translation>
    </message>
    <message>
      <source>กำหนดเสร็จ</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>ลบมติหรืองานที่เลือก…</source>
      <translation>Delete the chosen decision or action…</translation>
    </message>
    <message>
      <source>แก้ไขมติที่เลือก…</source>
      <translation>Correct the chosen decision…</translation>
    </message>
    <message>
      <source>มติที่ประชุม</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <source>เห็นด้วย</source>
      <translation>For</translation>
    </message>
    <message>
      <source>ไม่เห็นด้วย</source>
      <translation>Against</translation>
    </message>
    <message>
      <source>งดออกเสียง</source>
      <translation>Abstain</translation>
    </message>
    <message>
      <source>ผู้รับผิดชอบ</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source> (เห็นด้วย %1 ไม่เห็นด้วย %2 งดออกเสียง %3)</source>
      <translation> (%1 for, %2 against, %3 abstaining)</translation>
    </message>
    <message>
      <source> ภายใน %1</source>
      <translation> by %1</translation>
    </message>
    <message>
      <source>ข้อความในระเบียบวาระนี้มีผู้อื่นแก้ไขหลังจากที่คุณเปิดอ่าน (ตามที่แจ้งไว้ก่อนหน้า)
บันทึกข้อความของคุณแทนที่ข้อความของเขาหรือไม่?
ตอบ “ไม่” — ข้อความของคุณยังอยู่บนจอ และยังไม่ได้บันทึก</source>
      <translation>Someone else changed this item's text after you opened it (as shown before).
Save your text in place of theirs?
“No”: your text stays on screen, not saved.</translation>
    </message>
    <message>
      <source>ยังไม่ได้บันทึก — ติดต่อเครื่องแม่ข่ายไม่ได้ ข้อความยังอยู่ และจะบันทึกเองเมื่อติดต่อได้</source>
      <translation>Not saved — the server cannot be reached; the text is kept and will be saved once it can be</translation>
    </message>
    <message>
      <source>รายงานการประชุมครั้งที่ %1 รับรองแล้ว</source>
      <translation>Minutes of meeting %1 are certified</translation>
    </message>
    <message>
      <source>การดำเนินการตามมติที่เลือก แล้วกด Enter</source>
      <translation>Action on the chosen decision, then Enter</translation>
    </message>
    <message>
      <source>ที่ประชุมรับรองรายงานการประชุมครั้งที่ %1</source>
      <translation>The meeting certifies the minutes of meeting %1</translation>
    </message>
    <message>
      <source>กำลังพิมพ์…</source>
      <translation>Typing…</translation>
    </message>
    <message>
      <source>ยังไม่ได้บันทึก — มีผู้อื่นแก้ไขข้อความเดียวกัน</source>
      <translation>Not saved — someone else changed the same text</translation>
    </message>
    <message>
      <source>บันทึกแล้ว ✓ </source>
      <translation>Saved ✓ </translation>
    </message>
  </context>
  <context>
    <name>ReminderBar</name>
    <message>
      <source>ไม่ต้องเตือนอีกวันนี้</source>
      <translation>Not again today</translation>
    </message>
    <message>
      <source>การดำเนินการตามมติที่ต้องติดตาม</source>
      <translation>Actions to follow up</translation>
    </message>
    <message>
      <source>ต้องติดตาม:</source>
      <translation>To follow up:</translation>
    </message>
    <message>
      <source>เกินกำหนด %1 งาน</source>
      <translation>%1 overdue</translation>
    </message>
    <message>
      <source>ครบกำหนดใน 7 วัน %1 งาน</source>
      <translation>%1 due within 7 days</translation>
    </message>
    <message>
      <source>…และอีก %1 รายการที่เกินกำหนด</source>
      <translation>…and %1 more overdue</translation>
    </message>
    <message>
      <source>…และอีก %1 รายการที่ครบกำหนดใน 7 วัน</source>
      <translation>…and %1 more due within 7 days</translation>
    </message>
    <message>
      <source>เกินกำหนด %1 วัน</source>
      <translation>%1 days overdue</translation>
    </message>
    <message>
      <source>เกินกำหนดตั้งแต่เมื่อวาน</source>
      <translation>overdue since yesterday</translation>
    </message>
    <message>
      <source>ครบกำหนดวันนี้</source>
      <translation>due today</translation>
    </message>
    <message>
      <source>ครบกำหนดพรุ่งนี้</source>
      <translation>due tomorrow</translation>
    </message>
    <message>
      <source>อีก %1 วัน</source>
      <translation>in %1 days</translation>
    </message>
  </context>
  <context>
    <name>RoomControl</name>
    <message>
      <source>ให้ที่ประชุมร่วมจากโทรศัพท์</source>
      <translation>The room joins in from phones</translation>
    </message>
    <message>
      <source>ผู้เข้าร่วมสแกนคิวอาร์โค้ดบนจอภาพ แล้วส่งความคิดเห็นและลงคะแนนจากโทรศัพท์ (ในเครือข่ายเดียวกัน)</source>
      <translation>Participants scan the QR code on the projector, then send ideas and dots from their phones (on the same network)</translation>
    </message>
    <message>
      <source>ให้ตอบคำถามนี้จากโทรศัพท์</source>
      <translation>Phones may answer this question</translation>
    </message>
    <message>
      <source>ซ่อน/แสดงบนจอ</source>
      <translation>Hide/show on screen</translation>
    </message>
    <message>
      <source>ซ่อนการ์ดที่เลือกจากจอภาพและโทรศัพท์ (ยังอยู่ในบันทึก) หรือแสดงอีกครั้ง — Ctrl+H</source>
      <translation>Hide the selected cards from the projector and the phones (they stay in the record), or show them again — Ctrl+H</translation>
    </message>
    <message>
      <source>รวมการ์ด</source>
      <translation>Merge cards</translation>
    </message>
    <message>
      <source>รวมการ์ดที่เลือกซึ่งมีความหมายเดียวกันเป็นใบเดียว — Ctrl+M</source>
      <translation>Merge the selected cards that say the same thing into one — Ctrl+M</translation>
    </message>
    <message>
      <source>%1  รหัส %2</source>
      <translation>%1  code %2</translation>
    </message>
    <message>
      <source>กิจกรรมปิดแล้ว จึงให้ร่วมจากโทรศัพท์ไม่ได้</source>
      <translation>The session is closed, so phones cannot join</translation>
    </message>
    <message>
      <source>เปิดการเชื่อมต่อไม่ได้: %1</source>
      <translation>Could not open the connection: %1</translation>
    </message>
    <message>
      <source>การ์ดจากโทรศัพท์ %n ใบ</source>
      <translation>%n cards from phones</translation>
    </message>
    <message>
      <source>คะแนนจากโทรศัพท์ %n จุด</source>
      <translation>%n dots from phones</translation>
    </message>
    <message>
      <source>ลงชื่อจากโทรศัพท์ %n คน</source>
      <translation>%n signed in from phones</translation>
    </message>
    <message>
      <source>แบบประเมินจากโทรศัพท์ %n ฉบับ</source>
      <translation>%n survey forms from phones</translation>
    </message>
    <message>
      <source>การเข้าร่วมจากโทรศัพท์หยุดแล้ว (ตัวรับการเชื่อมต่อหยุดทำงาน) สิ่งที่บันทึกแล้วอยู่ครบ เปิดใหม่ได้</source>
      <translation>Joining from phones has stopped (the room's server stopped working). Everything saved is kept; you can turn joining on again.</translation>
    </message>
    <message>
      <source>เลือกการ์ดที่จะซ่อนหรือแสดงก่อน</source>
      <translation>Choose the cards to hide or show first.</translation>
    </message>
    <message>
      <source>ซ่อนจากจอแล้ว</source>
      <translation>Hidden from the screen</translation>
    </message>
    <message>
      <source>แสดงบนจออีกครั้งแล้ว</source>
      <translation>Shown on the screen again</translation>
    </message>
    <message>
      <source>รวมการ์ดแล้ว</source>
      <translation>Cards merged</translation>
    </message>
  </context>
  <context>
    <name>SatisfactionItemsDialog</name>
    <message>
      <source>ข้อคำถามแบบสอบถามความพึงพอใจ</source>
      <translation>Satisfaction form items</translation>
    </message>
    <message>
      <source>หนึ่งบรรทัดต่อหนึ่งข้อ ตามลำดับในแบบสอบถาม (ระดับความพึงพอใจ 5 ระดับ) การประชุมที่กรอกแบบสอบถามไปแล้วยังใช้ข้อคำถามชุดเดิม</source>
      <translation>One item a line, in the form's order (five-point scale). Meetings whose forms are already entered keep the items they were run with.</translation>
    </message>
    <message>
      <source>บันทึก</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SearchActions</name>
    <message>
      <source>การประชุม</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>ระเบียบวาระ</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>มติ</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>การดำเนินการตามมติ</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>ผลการดำเนินงาน</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>การ์ดในกิจกรรม</source>
      <translation>Session card</translation>
    </message>
    <message>
      <source> (%n ใบ)</source>
      <translation> (%n cards)</translation>
    </message>
    <message>
      <source>พบ %n รายการสำหรับ “%q” — กด Enter หรือดับเบิลคลิกเพื่อเปิด</source>
      <translation>%n found for “%q” — Enter or double-click opens one</translation>
    </message>
  </context>
  <context>
    <name>ServerActions</name>
    <message>
      <source>เปิดฐานข้อมูลอื่น</source>
      <translation>Open another database</translation>
    </message>
    <message>
      <source>ไฟล์ฐานข้อมูล…</source>
      <translation>Database file…</translation>
    </message>
    <message>
      <source>ฐานข้อมูลของสำนักงาน (เครื่องแม่ข่าย)…</source>
      <translation>The office's database (server)…</translation>
    </message>
    <message>
      <source>กู้คืนไฟล์สำรองลงฐานข้อมูลว่างบนเครื่องแม่ข่าย…</source>
      <translation>Restore a backup into an empty server database…</translation>
    </message>
    <message>
      <source>เปิดฐานข้อมูล</source>
      <translation>Open database</translation>
    </message>
    <message>
      <source>ไฟล์สำรอง (*.pgdump *.sqlite3 *.db)</source>
      <translation>Backups (*.pgdump *.sqlite3 *.db)</translation>
    </message>
    <message>
      <source>กู้คืนลงฐานข้อมูลของสำนักงาน (เครื่องแม่ข่าย)</source>
      <translation>Restore into the office's database (server)</translation>
    </message>
    <message>
      <source>กำลังติดต่อเครื่องแม่ข่าย %1 …</source>
      <translation>Reaching the server %1 …</translation>
    </message>
  </context>
  <context>
    <name>ServerDialog</name>
    <message>
      <source>ฐานข้อมูลของสำนักงาน (เครื่องแม่ข่าย)</source>
      <translation>The office's database (server)</translation>
    </message>
    <message>
      <source>กู้คืน %1 ลงฐานข้อมูลว่างบนเครื่องแม่ข่าย</source>
      <translation>Restore %1 into an empty database on a server</translation>
    </message>
    <message>
      <source>เช่น 192.168.1.10 หรือโฟลเดอร์ซ็อกเก็ต /var/run/postgresql</source>
      <translation>e.g. 192.168.1.10, or a socket folder /var/run/postgresql</translation>
    </message>
    <message>
      <source>จำรหัสผ่าน (ในไฟล์ .pgpass ของผู้ใช้นี้ ซึ่งผู้อื่นอ่านไม่ได้)</source>
      <translation>Remember the password (in this user's .pgpass file, which no one else can read)</translation>
    </message>
    <message>
      <source>เครื่องแม่ข่าย</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>พอร์ต</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>ชื่อฐานข้อมูล</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>ชื่อผู้ใช้</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>รหัสผ่าน</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>เปิด</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>กู้คืนแล้วเปิด</source>
      <translation>Restore and open</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>บันทึกไว้แล้วในไฟล์ .pgpass</source>
      <translation>Remembered in .pgpass</translation>
    </message>
    <message>
      <source>กำลังติดต่อเครื่องแม่ข่าย %1 …</source>
      <translation>Reaching the server %1 …</translation>
    </message>
    <message>
      <source>กำลังกู้คืนลงเครื่องแม่ข่าย %1 …</source>
      <translation>Restoring onto the server %1 …</translation>
    </message>
  </context>
  <context>
    <name>SessionCourse</name>
    <message>
      <source>ไม่ระบุผู้พูดแล้ว: รหัสผู้พูดจะไม่ปรากฏบนจอภาพและในเอกสาร</source>
      <translation>Anonymous: speakers' codes will not appear on the projector or in documents</translation>
    </message>
    <message>
      <source>ระบุผู้พูดได้: รหัสที่พิมพ์ต่อจากนี้จะถูกบันทึก</source>
      <translation>Not anonymous: codes typed from now on are stored</translation>
    </message>
    <message>
      <source>คนละ %1 จุด ไม่เกิน %2 จุดต่อรายการ</source>
      <translation>%1 dots each, at most %2 per item</translation>
    </message>
    <message>
      <source>ปิดกิจกรรมนี้หรือไม่? การ์ดที่ลบไว้จะลบถาวร และผลของกิจกรรมจะคงที่จนกว่าจะเปิดอีกครั้ง</source>
      <translation>Close this session? Deleted cards are removed for good, and the outcome stays as it is until the session is reopened.</translation>
    </message>
    <message>
      <source>ปิดกิจกรรมแล้ว</source>
      <translation>Session closed</translation>
    </message>
    <message>
      <source>เปิดกิจกรรมอีกครั้งแล้ว</source>
      <translation>Session reopened</translation>
    </message>
    <message>
      <source>ลงผลในรายงานการประชุมแล้ว (%n บรรทัด)</source>
      <translation>Outcome put in the minutes (%n lines)</translation>
    </message>
    <message>
      <source>ย้อนกลับแล้ว</source>
      <translation>Undone</translation>
    </message>
    <message>
      <source>ไม่มีสิ่งที่ย้อนกลับได้</source>
      <translation>Nothing to undo</translation>
    </message>
    <message>
      <source>ทำซ้ำแล้ว</source>
      <translation>Redone</translation>
    </message>
    <message>
      <source>ไม่มีสิ่งที่ทำซ้ำได้</source>
      <translation>Nothing to redo</translation>
    </message>
    <message>
      <source>กิจกรรมพักอยู่ — ไม่รับการพิมพ์ กด “ทำกิจกรรมต่อ” เพื่อบันทึกต่อ</source>
      <translation>The session is paused — nothing is captured. Press “Resume” to go on</translation>
    </message>
    <message>
      <source>กิจกรรมปิดแล้ว — ผลของกิจกรรมคงที่ กด “เปิดกิจกรรมอีกครั้ง” เพื่อแก้ไข</source>
      <translation>The session is closed — its outcome is frozen. Press “Reopen” to change it</translation>
    </message>
    <message>
      <source>ทำกิจกรรมต่อ</source>
      <translation>Resume</translation>
    </message>
    <message>
      <source>พักกิจกรรม (ทำต่อวันอื่น)</source>
      <translation>Pause session (resume another day)</translation>
    </message>
    <message>
      <source>เปิดกิจกรรมอีกครั้ง</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>ปิดกิจกรรม</source>
      <translation>Close the session</translation>
    </message>
    <message>
      <source> หมดเวลา</source>
      <translation> time is up</translation>
    </message>
    <message>
      <source> (หยุดอยู่)</source>
      <translation> (paused)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>ตั้งค่า</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>ข้อคำถาม…</source>
      <translation>Items…</translation>
    </message>
    <message>
      <source>แบบสอบถามความพึงพอใจ</source>
      <translation>Satisfaction form</translation>
    </message>
    <message>
      <source>บันทึก</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SignedInLabel</name>
    <message>
      <source>ผู้ใช้ %1 · %2</source>
      <translation>Signed in as %1 · %2</translation>
    </message>
    <message>
      <source> (ยังไม่มีองค์คณะที่แก้ไขได้)</source>
      <translation> (no body to edit yet)</translation>
    </message>
    <message>
      <source>สิทธิ์กำหนดโดยเครื่องแม่ข่ายของสำนักงาน ขอเปลี่ยนสิทธิ์ได้จากผู้ดูแลระบบ</source>
      <translation>Rights are set on the office server; ask the administrator to change them.</translation>
    </message>
    <message>
      <source>คุณเข้าใช้ในฐานะผู้อ่านอย่างเดียว: ดูได้ทุกเรื่อง แต่แก้ไขไม่ได้ (ขอสิทธิ์แก้ไขจากผู้ดูแลระบบ)</source>
      <translation>You are signed in as a reader: you can see everything but change nothing (ask the administrator for the right to edit).</translation>
    </message>
  </context>
  <context>
    <name>SurveyTab</name>
    <message>
      <source>ฉบับที่</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>ข้อเสนอแนะ</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>ข้อ</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>รายการประเมิน</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>ตอบ</source>
      <translation>Answers</translation>
    </message>
    <message>
      <source>ค่าเฉลี่ย</source>
      <translation>Mean</translation>
    </message>
    <message>
      <source>ระดับ</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>จำนวนผู้ตอบที่ให้ %1 คะแนน</source>
      <translation>Forms that gave %1 points</translation>
    </message>
    <message>
      <source>ข้อคำถามของสำนักงาน…</source>
      <translation>The office's items…</translation>
    </message>
    <message>
      <source>ข้อเสนอแนะ (ถ้ามี) แล้วกด Enter</source>
      <translation>Comment (if any), then Enter</translation>
    </message>
    <message>
      <source>บันทึก</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>ยกเลิกการแก้ไข</source>
      <translation>Cancel the correction</translation>
    </message>
    <message>
      <source>ลบฉบับที่เลือก</source>
      <translation>Delete the chosen form</translation>
    </message>
    <message>
      <source>แบบสอบถาม %1 ฉบับ  ·  ค่าเฉลี่ยรวม %2 (S.D. %3)  ·  ระดับ%4</source>
      <translation>%1 forms  ·  overall mean %2 (S.D. %3)  ·  %4 satisfaction</translation>
    </message>
    <message>
      <source>ยังไม่มีแบบสอบถามของการประชุมนี้</source>
      <translation>No forms for this meeting yet</translation>
    </message>
    <message>
      <source>ข้อเสนอแนะ (%1)</source>
      <translation>Comments (%1)</translation>
    </message>
    <message>
      <source>แก้ไขฉบับที่ %1</source>
      <translation>Correcting form %1</translation>
    </message>
    <message>
      <source>ฉบับที่ %1</source>
      <translation>Form %1</translation>
    </message>
    <message>
      <source>พิมพ์คะแนน 1–5 ของแต่ละข้อติดกัน (0 หรือเว้นวรรค = ไม่ตอบ) ครบ %1 ข้อแล้วพิมพ์ข้อเสนอแนะ กด Enter เพื่อบันทึก</source>
      <translation>Type each item's score 1–5 in a row (0 or space = not answered); once all %1 are in, the comment; Enter saves.</translation>
    </message>
    <message>
      <source>ครบ %1 ข้อแล้ว: พิมพ์ข้อเสนอแนะหรือกด Enter</source>
      <translation>All %1 items are in: type the comment or press Enter.</translation>
    </message>
    <message>
      <source>“%1” ไม่ใช่ตัวเลข: แป้นพิมพ์เป็นภาษาไทยอยู่ สลับเป็นภาษาอังกฤษหรือใช้แป้นตัวเลขด้านขวา</source>
      <translation>“%1” is not a digit: the keyboard is in Thai; switch to English or use the number pad.</translation>
    </message>
    <message>
      <source>“%1” ใช้ไม่ได้: พิมพ์ได้เฉพาะ 1–5 หรือ 0/เว้นวรรคสำหรับข้อที่ไม่ตอบ</source>
      <translation>“%1” is not allowed: only 1–5, or 0/space for an item not answered.</translation>
    </message>
    <message>
      <source>ยังกรอกไม่ครบ: แบบสอบถามมี %1 ข้อ กรอกแล้ว %2 ข้อ (0 หรือเว้นวรรค = ไม่ตอบ)</source>
      <translation>Not complete: the form has %1 items, %2 typed (0 or space = not answered).</translation>
    </message>
    <message>
      <source>บันทึกฉบับที่ %1 แล้ว</source>
      <translation>Form %1 saved.</translation>
    </message>
    <message>
      <source>เลือกแบบสอบถามที่จะลบก่อน</source>
      <translation>Choose a form to delete first.</translation>
    </message>
    <message>
      <source>ลบแบบสอบถามฉบับที่ %1 หรือไม่?</source>
      <translation>Delete form %1?</translation>
    </message>
    <message>
      <source>ลบฉบับที่ %1 แล้ว</source>
      <translation>Form %1 deleted.</translation>
    </message>
  </context>
  <context>
    <name>SynthesisPanel</name>
    <message>
      <source>ข้อมูลนำเข้าและข้อสรุป</source>
      <translation>Inputs and conclusions</translation>
    </message>
    <message>
      <source>ทุกปี</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>ปีงบประมาณ </source>
      <translation>Fiscal year </translation>
    </message>
    <message>
      <source>ทุกระยะ</source>
      <translation>All phases</translation>
    </message>
    <message>
      <source>ดึงผลการดำเนินงานโครงการ</source>
      <translation>Bring in project findings</translation>
    </message>
    <message>
      <source>เฉพาะที่ติดรหัส</source>
      <translation>Tagged only</translation>
    </message>
    <message>
      <source>ดึงการ์ดจากกิจกรรมนี้</source>
      <translation>Bring in this session's cards</translation>
    </message>
    <message>
      <source>เลือกกลุ่มความคิดทางขวาเพื่อเขียนข้อสรุป</source>
      <translation>Choose a group on the right to write its conclusion</translation>
    </message>
    <message>
      <source>ข้อสรุปของกลุ่มความคิดที่เลือก</source>
      <translation>Conclusion of the chosen group</translation>
    </message>
    <message>
      <source>บันทึกข้อสรุป</source>
      <translation>Save conclusion</translation>
    </message>
    <message>
      <source>ปี</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>โครงการ</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>ระยะ</source>
      <translation>Phase</translation>
    </message>
    <message>
      <source>กิจกรรม</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>ทุกโครงการ</source>
      <translation>All projects</translation>
    </message>
    <message>
      <source>เพิ่มผลการดำเนินงาน %n รายการ</source>
      <translation>Added %n findings</translation>
    </message>
    <message>
      <source>ยังไม่มีกิจกรรมอื่นให้ดึงการ์ด</source>
      <translation>There is no other session to bring cards from.</translation>
    </message>
    <message>
      <source>เพิ่มการ์ด %n ใบ</source>
      <translation>Added %n cards</translation>
    </message>
    <message>
      <source>ข้อสรุปของกลุ่มความคิด: </source>
      <translation>Conclusion of: </translation>
    </message>
    <message>
      <source>เลือกกลุ่มความคิดก่อน</source>
      <translation>Choose a group first.</translation>
    </message>
    <message>
      <source>บันทึกข้อสรุปแล้ว</source>
      <translation>Conclusion saved</translation>
    </message>
  </context>
  <context>
    <name>ThaiDateEdit</name>
    <message>
      <source>พิมพ์ วัน เดือน ปี พ.ศ. เป็นตัวเลข เช่น 24112569  (↑/↓ เลื่อนทีละวัน เดือน หรือปี)</source>
      <translation>Type day, month and B.E. year as digits, e.g. 24112569  (↑/↓ step the day, month or year)</translation>
    </message>
    <message>
      <source>พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 24/11/2569</source>
      <translation>Type day/month/B.E. year, e.g. 24/11/2569</translation>
    </message>
  </context>
  <context>
    <name>TraceDialog</name>
    <message>
      <source>วันที่</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>ขั้นตอน</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>รายละเอียด</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>ดับเบิลคลิกขั้นตอนที่มีหลักฐานเพื่อเปิดไฟล์ หรือขั้นตอนการประชุมเพื่อเปิดการประชุม</source>
      <translation>Double-click a step with evidence to open the file, or a meeting step to open the meeting.</translation>
    </message>
    <message>
      <source>เปิด</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>ปิด</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>หลักฐาน: %1</source>
      <translation>Evidence: %1</translation>
    </message>
    <message>
      <source>ไม่พบไฟล์หลักฐาน: %1</source>
      <translation>The evidence file is missing: %1</translation>
    </message>
  </context>
  <context>
    <name>Tracker</name>
    <message>
      <source> (เกินกำหนด)</source>
      <translation> (overdue)</translation>
    </message>
  </context>
  <context>
    <name>TrackerDrill</name>
    <message>
      <source>มติที่%1</source>
      <translation>decisions %1</translation>
    </message>
    <message>
      <source>ไตรมาส %1</source>
      <translation>quarter %1</translation>
    </message>
    <message>
      <source>มติเกี่ยวกับโครงการที่เลือก</source>
      <translation>decisions on the chosen project</translation>
    </message>
    <message>
      <source>ของกลุ่มงานที่เลือก</source>
      <translation>of the chosen work group</translation>
    </message>
  </context>
  <context>
    <name>TrackerExportButton</name>
    <message>
      <source>ส่งออก</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>รายการที่แสดงเป็น Excel (XLSX)…</source>
      <translation>Rows shown as Excel (XLSX)…</translation>
    </message>
    <message>
      <source>รายการที่แสดงเป็น CSV…</source>
      <translation>Rows shown as CSV…</translation>
    </message>
    <message>
      <source>รายงานการติดตามผลการดำเนินงานตามมติ (%1)…</source>
      <translation>Follow-up report on decisions (%1)…</translation>
    </message>
    <message>
      <source>ปฏิทินการประชุมและกำหนดเสร็จ (ICS)…</source>
      <translation>Calendar of meetings and due dates (ICS)…</translation>
    </message>
    <message>
      <source>บันทึกไฟล์</source>
      <translation>Save file</translation>
    </message>
    <message>
      <source>การติดตามมติ</source>
      <translation>decisions-followup</translation>
    </message>
    <message>
      <source>รายงานการติดตามมติ-</source>
      <translation>followup-report-</translation>
    </message>
    <message>
      <source>กำลังส่งออก…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>บันทึกแล้ว: %1
เปิดไฟล์หรือไม่</source>
      <translation>Saved: %1
Open the file?</translation>
    </message>
    <message>
      <source>ส่งออกไม่สำเร็จ: </source>
      <translation>Export failed: </translation>
    </message>
  </context>
  <context>
    <name>TrackerPage</name>
    <message>
      <source>ค้นหาในมติและงาน…</source>
      <translation>Search decisions and actions…</translation>
    </message>
    <message>
      <source>เฉพาะที่เกินกำหนด</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <source>รายงานความก้าวหน้า…</source>
      <translation>Report progress…</translation>
    </message>
    <message>
      <source>เปิดการประชุมที่มีมตินี้</source>
      <translation>Open the decision's meeting</translation>
    </message>
    <message>
      <source>เส้นทางของมติ…</source>
      <translation>Trace…</translation>
    </message>
    <message>
      <source>ประวัติการดำเนินงาน</source>
      <translation>History</translation>
    </message>
    <message>
      <source>ทุกองค์คณะ</source>
      <translation>All bodies</translation>
    </message>
    <message>
      <source>ทุกสถานะ</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>ทุกผู้รับผิดชอบ</source>
      <translation>All owners</translation>
    </message>
    <message>
      <source>ทุกปีงบประมาณ</source>
      <translation>All fiscal years</translation>
    </message>
    <message>
      <source>ปีงบประมาณ </source>
      <translation>Fiscal year </translation>
    </message>
    <message>
      <source>%n รายการ</source>
      <translation>%n rows</translation>
    </message>
    <message>
      <source>หลักฐาน: %1 (ดับเบิลคลิกเพื่อเปิด)</source>
      <translation>Evidence: %1 (double-click to open)</translation>
    </message>
    <message>
      <source>ยังไม่มีรายงานความก้าวหน้า</source>
      <translation>No progress reported yet</translation>
    </message>
    <message>
      <source>ไม่พบไฟล์หลักฐาน: %1</source>
      <translation>The evidence file is missing: %1</translation>
    </message>
  </context>
  <context>
    <name>TrackerReminders</name>
    <message>
      <source>ครบใน 7 วัน</source>
      <translation>Due in 7 days</translation>
    </message>
  </context>
  <context>
    <name>UpdateActionDialog</name>
    <message>
      <source>รายงานความก้าวหน้า</source>
      <translation>Progress report</translation>
    </message>
    <message>
      <source>สิ่งที่ดำเนินการแล้ว ปัญหา หรือเหตุผล</source>
      <translation>What was done, problems, or reasons</translation>
    </message>
    <message>
      <source>ไฟล์หลักฐาน (ถ้ามี)</source>
      <translation>Evidence file (if any)</translation>
    </message>
    <message>
      <source>เลือกไฟล์…</source>
      <translation>Choose a file…</translation>
    </message>
    <message>
      <source>บันทึก</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>ยกเลิก</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>งาน</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>สถานะ</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>วันที่</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>หลักฐาน</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <source>เลือกไฟล์หลักฐาน</source>
      <translation>Choose the evidence file</translation>
    </message>
  </context>
</TS>