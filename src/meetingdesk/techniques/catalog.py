"""What each technique is: its stages in order, each with the prompt the room sees, an optional countdown and
the kind of input the facilitator types. A session moves forward and back through these."""

from __future__ import annotations

from dataclasses import dataclass

from meetingdesk.domain.enums import CardKind, Technique
from meetingdesk.domain.errors import InvalidInput


@dataclass(frozen=True)
class Stage:
    key: str
    title_th: str
    title_en: str
    prompt_th: str
    input: CardKind | None  # what a typed line becomes in this stage (None: no typing, e.g. voting)
    seconds: int | None = None  # the countdown's default
    clustering: bool = False
    voting: bool = False

    def title(self, lang: str = "th") -> str:
        return self.title_en if lang == "en" else self.title_th

    def prompt(self, lang: str = "th") -> str:
        return PROMPTS_EN.get(self.prompt_th, self.prompt_th) if lang == "en" else self.prompt_th


@dataclass(frozen=True)
class TechniqueSpec:
    technique: Technique
    stages: tuple[Stage, ...]

    def stage(self, key: str) -> Stage:
        for stage in self.stages:
            if stage.key == key:
                return stage
        raise InvalidInput(f"ไม่มีขั้นตอน {key}", f"There is no stage {key}.")

    def index(self, key: str) -> int:
        return self.stages.index(self.stage(key))

    def step(self, key: str, delta: int) -> Stage:
        """The stage ``delta`` steps from ``key`` (forward or back), refusing to run off either end."""
        target = self.index(key) + delta
        if not 0 <= target < len(self.stages):
            raise InvalidInput(
                "ไม่มีขั้นตอนถัดไป" if delta > 0 else "นี่คือขั้นตอนแรก",
                "This is the last stage." if delta > 0 else "This is the first stage.",
            )
        return self.stages[target]


PROMPTS_EN = {
    "โจทย์ของการระดมสมอง": "The question to brainstorm",
    "เสนอความคิดได้อย่างอิสระ ไม่วิจารณ์ความคิดของผู้อื่น": "Offer ideas freely; do not criticise others' ideas",
    "จัดความคิดที่คล้ายกันไว้ด้วยกัน และตั้งชื่อกลุ่ม": "Put similar ideas together and name each group",
    "ลงคะแนนเลือกกลุ่มความคิดที่ควรดำเนินการ": "Vote for the groups of ideas to act on",
    "ข้อเสนอที่ได้รับคะแนนสูงสุด": "The proposals with the most votes",
    "คำถามที่จะสนทนา": "The questions to discuss",
    "คำถาม": "Question",
    "สรุปผลตามคำถามและประเด็น": "Summarise by question and theme",
    "ผลการดำเนินงานและความคิดเห็นที่นำมาสังเคราะห์": "Findings and opinions brought in to synthesise",
    "จัดข้อมูลเป็นกลุ่ม": "Put the inputs into groups",
    "ข้อสรุปของแต่ละกลุ่ม": "A conclusion for each group",
    "ข้อเสนอแนะเพื่อการพัฒนา": "Recommendations for improvement",
    "ฟังการนำเสนอ และจดประเด็นสำคัญ": "Listen to the presentation and note the key points",
    "ใช้เวลาคิดอย่างสงบ แล้วเขียนข้อคิดของตน": "Think quietly, then write your own reflection",
    "ถามสิ่งที่ยังสงสัย": "Ask what is still unclear",
    "ร่วมกันเขียนข้อสรุปและบทเรียนที่ได้รับ": "Write the conclusions and lessons learned together",
    "ประเด็นสนทนา": "Discussion point",
    "ข้อสรุปของกลุ่ม": "The group's conclusions",
}

BRAINSTORM = TechniqueSpec(
    Technique.BRAINSTORM,
    (
        Stage("frame", "ตั้งโจทย์", "Frame the question", "โจทย์ของการระดมสมอง", None),
        Stage("generate", "ระดมความคิด", "Generate", "เสนอความคิดได้อย่างอิสระ ไม่วิจารณ์ความคิดของผู้อื่น",
              CardKind.IDEA, seconds=600),
        Stage("cluster", "จัดกลุ่มความคิด", "Cluster", "จัดความคิดที่คล้ายกันไว้ด้วยกัน และตั้งชื่อกลุ่ม", None,
              clustering=True),
        Stage("vote", "ลงคะแนน", "Vote", "ลงคะแนนเลือกกลุ่มความคิดที่ควรดำเนินการ", None, seconds=300, voting=True),
        Stage("shortlist", "สรุปข้อเสนอ", "Shortlist", "ข้อเสนอที่ได้รับคะแนนสูงสุด", None),
    ),
)  # fmt: skip

FOCUS_GROUP = TechniqueSpec(
    Technique.FOCUS_GROUP,
    (
        Stage("route", "เส้นทางคำถาม", "Question route", "คำถามที่จะสนทนา", None),
        Stage("discuss", "สนทนากลุ่ม", "Discussion", "คำถาม", CardKind.RESPONSE),
        Stage("summary", "สรุปผลการสนทนา", "Summary", "สรุปผลตามคำถามและประเด็น", CardKind.CONCLUSION),
    ),
)

SYNTHESIS = TechniqueSpec(
    Technique.SYNTHESIS,
    (
        Stage("gather", "รวบรวมข้อมูล", "Gather inputs", "ผลการดำเนินงานและความคิดเห็นที่นำมาสังเคราะห์", CardKind.FINDING),
        Stage("themes", "จัดกลุ่มความคิด", "Cluster", "จัดข้อมูลเป็นกลุ่ม", None, clustering=True),
        Stage("conclude", "สรุปแต่ละกลุ่ม", "Conclude", "ข้อสรุปของแต่ละกลุ่ม", None),
        Stage("recommend", "ข้อเสนอแนะ", "Recommend", "ข้อเสนอแนะเพื่อการพัฒนา", CardKind.CONCLUSION),
    ),
)  # fmt: skip

SUJIPULI = TechniqueSpec(
    Technique.SUJIPULI,
    (
        Stage("listen", "สุ — ฟัง", "Listen", "ฟังการนำเสนอ และจดประเด็นสำคัญ", CardKind.KEY_POINT),
        Stage("think", "จิ — คิด", "Think", "ใช้เวลาคิดอย่างสงบ แล้วเขียนข้อคิดของตน", CardKind.REFLECTION, seconds=180),
        Stage("ask", "ปุ — ถาม", "Ask", "ถามสิ่งที่ยังสงสัย", CardKind.QUESTION),
        Stage("write", "ลิ — เขียน", "Write", "ร่วมกันเขียนข้อสรุปและบทเรียนที่ได้รับ", CardKind.CONCLUSION),
    ),
)  # fmt: skip

GROUP_PROCESS = TechniqueSpec(
    Technique.GROUP_PROCESS,
    (
        Stage("discuss", "แลกเปลี่ยนความคิดเห็น", "Discuss", "ประเด็นสนทนา", CardKind.IDEA),
        Stage("conclude", "สรุปผล", "Conclude", "ข้อสรุปของกลุ่ม", CardKind.CONCLUSION),
    ),
)

CATALOG: dict[Technique, TechniqueSpec] = {
    spec.technique: spec for spec in (BRAINSTORM, FOCUS_GROUP, SYNTHESIS, SUJIPULI, GROUP_PROCESS)
}
