"use strict";
// The room's page on a phone: follows the session (server-sent events), sends cards, dots, a sign-in and a
// survey. Everything shown is set as text (textContent), never as markup.
(function () {
  const T = {
    th: {
      connecting: "กำลังเชื่อมต่อ…", reconnecting: "การเชื่อมต่อขาดหาย กำลังเชื่อมต่อใหม่…",
      ended: "การเข้าร่วมจากโทรศัพท์ปิดแล้ว", paused: "กิจกรรมพักอยู่ — ยังส่งไม่ได้", closed: "กิจกรรมปิดแล้ว",
      idle: "ขั้นตอนนี้ให้ฟังและดูบนจอ", send: "ส่ง", sent: "ส่งแล้ว", label: {
        idea: "ความคิดเห็นของท่าน", reflection: "ข้อคิดของท่าน", question: "คำถามของท่าน", response: "คำตอบของท่าน" },
      codes: "ระบุรหัสผู้พูดได้ เช่น “P3: …” (ไม่ระบุก็ได้)",
      left: "เหลือ %n จุด (ไม่เกิน %c จุดต่อรายการ)", dot: "+1", voted: "ลงคะแนนแล้ว",
      signin: "ลงชื่อเข้าประชุม", survey: "แบบประเมินความพึงพอใจ", member: "ชื่อของท่าน",
      substitute: "มาประชุมแทนกรรมการ", subname: "ชื่อ-นามสกุลของท่าน", subposition: "ตำแหน่ง",
      replaces: "มาประชุมแทน", signedin: "ลงชื่อแล้ว เวลา %t น.",
      scale: "5 = มากที่สุด 4 = มาก 3 = ปานกลาง 2 = น้อย 1 = น้อยที่สุด", comment: "ข้อเสนอแนะ",
      thanks: "ขอบคุณที่ตอบแบบประเมิน", none: "ไม่มีรายชื่อที่ยังไม่ได้ลงชื่อ", failed: "ส่งไม่สำเร็จ",
    },
    en: {
      connecting: "Connecting…", reconnecting: "Connection lost; reconnecting…",
      ended: "Joining from phones has been turned off", paused: "The session is paused; nothing can be sent",
      closed: "The session is closed", idle: "At this stage, listen and watch the screen", send: "Send",
      sent: "Sent", label: { idea: "Your idea", reflection: "Your reflection", question: "Your question",
        response: "Your answer" },
      codes: "You may give a speaker code, e.g. “P3: …” (or not)",
      left: "%n dots left (at most %c on one item)", dot: "+1", voted: "Dot cast",
      signin: "Sign in", survey: "Satisfaction survey", member: "Your name", substitute: "Attending for a member",
      subname: "Your full name", subposition: "Position", replaces: "Attending for", signedin: "Signed in at %t",
      scale: "5 = very high 4 = high 3 = moderate 2 = low 1 = very low", comment: "Suggestions",
      thanks: "Thank you for your answers", none: "Everyone on the list has signed in", failed: "Not sent",
    },
  };
  let t = T.th, state = null, source = null, lost = 0;
  const $ = (id) => document.getElementById(id);
  const show = (id, on) => { $(id).hidden = !on; };
  const text = (id, value) => { $(id).textContent = value; };
  const say = (message, error) => { const m = $("message"); m.textContent = message; m.className = error ? "message error" : "message"; };

  async function post(path, body) {
    const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body), credentials: "same-origin" });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || t.failed + " (" + response.status + ")");
    return data;
  }

  function render(s) {
    const moved = !state || state.stage.n !== s.stage.n || state.status !== s.status;
    state = s; t = T[s.lang] || T.th;
    if (moved) say("");  // "sent" of the last stage says nothing about this one
    document.documentElement.lang = s.lang;
    text("stage", s.stage.n + "/" + s.stage.of + " " + s.stage.title);
    text("title", s.title);
    text("prompt", s.stage.prompt);
    const banner = s.status === "paused" ? t.paused : s.status === "closed" ? t.closed : "";
    text("banner", banner); show("banner", !!banner);
    show("send", !!s.input);
    if (s.input) { text("card-label", t.label[s.input] || t.label.idea); text("card-button", t.send); }
    show("codes-note", !!s.input && s.codes); text("codes-note", t.codes);
    show("vote", !!s.voting);
    if (s.voting) renderVotes(s.voting);
    show("idle", !s.input && !s.voting); text("idle", t.idle);
    show("more", s.meeting); text("open-signin", t.signin); text("open-survey", t.survey);
  }

  function renderVotes(v) {
    text("dots-left", t.left.replace("%n", v.left).replace("%c", v.cap));
    const list = $("items"); list.replaceChildren();
    for (const item of v.items) {
      const li = document.createElement("li");
      const words = document.createElement("span"); words.className = "text"; words.textContent = item.text;
      const mine = document.createElement("span"); mine.className = "mine";
      const n = (v.mine || {})[item.key] || 0; mine.textContent = "●".repeat(n);
      li.append(words, mine);
      if (v.revealed) { const total = document.createElement("span"); total.className = "total"; total.textContent = item.dots; li.append(total); }
      const button = document.createElement("button"); button.type = "button"; button.textContent = t.dot;
      button.disabled = !v.open || v.left < 1 || n >= v.cap;
      button.addEventListener("click", () => vote(item.key, button));
      li.append(button); list.append(li);
    }
  }

  async function vote(key, button) {
    button.disabled = true;
    try { await post("dot", { item: key }); say(t.voted); } catch (e) { say(e.message, true); button.disabled = false; }
  }

  $("card-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const box = $("card-text"), words = box.value.trim();
    if (!words) return;
    $("card-button").disabled = true;
    try {
      await post("card", { text: words });
      const sent = $("sent"), li = document.createElement("li"); li.textContent = words;
      li.value = sent.children.length + 1; sent.prepend(li); // newest on top, numbered in the order sent
      box.value = ""; say(t.sent);
    } catch (e) { say(e.message, true); }
    $("card-button").disabled = false;
  });

  $("open-signin").addEventListener("click", async () => {
    show("survey", false);
    const data = await fetch("members", { credentials: "same-origin" }).then((r) => r.json());
    const members = data.members || [];
    text("signin-title", t.signin); text("member-label", t.member); text("substitute-label", t.substitute);
    text("sub-name-label", t.subname); text("sub-position-label", t.subposition); text("signin-button", t.signin);
    const select = $("member"); select.replaceChildren();
    for (const m of members.filter((m) => m.open)) {
      const option = document.createElement("option"); option.value = m.id;
      option.textContent = m.name + (m.role ? " — " + m.role : ""); select.append(option);
    }
    const none = !select.options.length;
    if (none) say(t.none);
    for (const id of ["substitute", "signin-button"]) $(id).disabled = none;
    show("signin", true);
  });
  $("substitute").addEventListener("change", () => {
    const on = $("substitute").checked; show("substitute-fields", on);
    text("member-label", on ? t.replaces : t.member);
  });
  $("signin-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = parseInt($("member").value, 10);
    if (isNaN(chosen)) return;
    const body = $("substitute").checked
      ? { person: null, replaces: chosen, name: $("sub-name").value, position: $("sub-position").value }
      : { person: chosen };
    try {
      await post("signin", body);
      const now = new Date(); const hhmm = String(now.getHours()).padStart(2, "0") + "." + String(now.getMinutes()).padStart(2, "0");
      show("signin", false); say(t.signedin.replace("%t", hhmm));
    } catch (e) { say(e.message, true); }
  });

  $("open-survey").addEventListener("click", async () => {
    show("signin", false);
    const data = await fetch("survey", { credentials: "same-origin" }).then((r) => r.json());
    if (data.error) { say(data.error, true); return; }
    text("survey-title", t.survey); text("survey-scale", t.scale); text("comment-label", t.comment);
    text("survey-button", t.send);
    const list = $("survey-items"); list.replaceChildren();
    data.items.forEach((words, i) => {
      const li = document.createElement("li"); li.append(words);
      const set = document.createElement("fieldset");
      for (let score = 5; score >= 1; score--) {
        const label = document.createElement("label"); const radio = document.createElement("input");
        radio.type = "radio"; radio.name = "q" + i; radio.value = score; label.append(radio, String(score)); set.append(label);
      }
      li.append(set); list.append(li);
    });
    show("survey", true);
  });
  $("survey-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const scores = [...$("survey-items").children].map((_li, i) => {
      const chosen = document.querySelector("input[name=q" + i + "]:checked"); return chosen ? parseInt(chosen.value, 10) : null;
    });
    try { await post("survey", { scores: scores, comment: $("comment").value }); show("survey", false); show("open-survey", false); say(t.thanks); }
    catch (e) { say(e.message, true); }
  });

  // Joining turned off (the server says so as it stops) or the connection gone for good: nothing can be sent
  // any more, so every action leaves the page.
  function ended() {
    source.close();
    text("banner", t.ended); show("banner", true); say("");
    for (const id of ["send", "vote", "idle", "more", "signin", "survey"]) show(id, false);
  }

  function listen() {
    source = new EventSource("events");
    source.onmessage = (event) => { lost = 0; render(JSON.parse(event.data)); };
    source.addEventListener("ended", ended);
    source.onerror = () => {
      lost += 1;
      if (lost > 3 || source.readyState === EventSource.CLOSED) { ended(); return; }
      text("banner", t.reconnecting); show("banner", true);
    };
  }
  text("stage", T.th.connecting);
  listen();
})();
