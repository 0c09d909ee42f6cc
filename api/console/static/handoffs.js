/* Hand-off tickets from the widget and WeChat: find (number, phone tail, date, words, place,
   status), read the transcript and gathered facts, take, write call notes and the outcome, close.
   Focus after each action: take → notes; save → stays; close → the next open ticket. */
"use strict";

(() => {
  const {esc, api, toast} = Console;
  const $ = id => document.getElementById(id);
  const CHANNEL = {web: "网页", wechat: "公众号", console: "坐席台", cli: "命令行"};
  const REASON = {user_request: "用户要求转人工", failed_turns: "多次未能理解，自动转人工"};
  const STATUS_CLASS = {"待处理": "expired", "处理中": "not_started", "已办结": "active"};
  let items = [], selected = -1, vocab = null, timer = null;

  /* Facts in words (the calculator's vocabulary): "申请主体：企业", not "applicant_type: enterprise". */
  function fact(k, v) {
    const f = vocab && vocab.facts[k];
    if (!f) return `${esc(k)}：${esc(JSON.stringify(v))}`;
    const i = (f.options || []).indexOf(v);
    const shown = i >= 0 ? f.option_labels[i] : v === true ? "是" : v === false ? "否" : v;
    return `${esc(f.meaning.split(/[：（，,]/)[0])}：<b>${esc(shown)}</b>`;
  }

  const status = s => `<span class="badge ${STATUS_CLASS[s] || "unknown"}">${esc(s)}</span>`;
  const when = iso => new Date(iso).toLocaleString("zh-CN");

  function params() {
    const p = new URLSearchParams();
    if ($("ticket-q").value.trim()) p.set("q", $("ticket-q").value.trim());
    if ($("ticket-place").value) p.set("place", $("ticket-place").value);
    if ($("ticket-status").value) p.set("status", $("ticket-status").value);
    if ($("open-only").checked) p.set("open_only", "true");
    return p;
  }

  async function load() {
    let data;
    try {
      data = await api("/api/v1/handoffs?" + params());
    } catch (e) {
      $("handoffs").innerHTML = `<li class="empty">${esc(e.message)}</li>`;
      return;
    }
    const keep = selected >= 0 && items[selected] ? items[selected].id : null;
    items = data.handoffs;
    selected = items.findIndex(h => h.id === keep);
    if (!params().toString()) $("handoff-count").textContent = items.filter(h => h.status === "待处理").length || "";
    $("handoffs").innerHTML = items.length ? items.map((h, i) => `
      <li role="option" data-i="${i}" data-id="${h.id}" aria-selected="${i === selected}">
        <div class="head"><span class="doc">${esc(h.ref || "#" + h.id)}</span> ${status(h.status)}
          <span class="meta">${esc(CHANNEL[h.channel] || h.channel)} · ${esc(when(h.created_at))}${h.owner ? " · 负责人 " + esc(h.owner) : ""}</span></div>
        <div>${esc(h.topic || "（未说明事项）")}</div>
        <div class="meta">原因：${esc(REASON[h.reason] || h.reason)}${(h.departments || []).length ? " · 建议转：" + esc(h.departments.join("、")) : ""}</div>
      </li>`).join("") : `<li class="empty">没有符合条件的工单。</li>`;
  }

  async function open(i, focus) {
    if (i < 0 || i >= items.length) return;
    selected = i;
    document.querySelectorAll("#handoffs li[data-i]").forEach(li => li.setAttribute("aria-selected", String(Number(li.dataset.i) === i)));
    if (!vocab) vocab = await api("/api/v1/console/calculator/form");
    render(await api(`/api/v1/handoffs/${items[i].id}`), focus);
  }

  function render(h, focus) {
    const facts = Object.entries(h.profile || {});
    const closed = h.status === "已办结";
    $("handoff-detail").innerHTML = `
      <h2>转接编号 ${esc(h.ref || "#" + h.id)} ${status(h.status)}</h2>
      <div class="meta">${esc(CHANNEL[h.channel] || h.channel)} · ${esc(when(h.created_at))} · 负责人：${esc(h.owner || "未认领")}
        ${h.handled_at ? ` · ${esc(h.handled_by || "")} 于 ${esc(when(h.handled_at))} 办结` : ""}</div>
      <div class="ticket-actions">
        ${h.owner ? "" : `<button class="copy" id="ticket-take">由我处理</button>`}
        <label>通话记录<textarea id="ticket-notes" rows="3" maxlength="4000" placeholder="来电人说了什么、答复了什么">${esc(h.notes || "")}</textarea></label>
        <label>办理结果<textarea id="ticket-outcome" rows="2" maxlength="4000" placeholder="办结前必填，如“已告知到市人社局窗口办理”">${esc(h.outcome || "")}</textarea></label>
        <div class="row"><button class="secondary" id="ticket-save">保存</button>
          ${closed ? `<button class="secondary" id="ticket-reopen">重新打开</button>` : `<button class="copy" id="ticket-close">办结</button>`}
          <span id="ticket-msg" class="basis" role="status"></span></div>
      </div>
      <h3>已收集的信息</h3>
      ${facts.length ? `<ul>${facts.map(([k, v]) => `<li>${fact(k, v)}</li>`).join("")}</ul>` : "<p class='empty'>无</p>"}
      <h3>会话记录</h3>
      <ol class="transcript">${(h.transcript || []).map(m => `<li class="${m.direction === "user" ? "user" : "bot"}">${esc(m.text)}</li>`).join("")}</ol>`;
    const change = async (body, after) => {
      try {
        const next = await api(`/api/v1/handoffs/${h.id}`, {method: "PATCH", body: JSON.stringify(body)});
        await load();
        after(next);
      } catch (e) { $("ticket-msg").textContent = e.message; }
    };
    const text = () => ({notes: $("ticket-notes").value, outcome: $("ticket-outcome").value});
    const take = $("ticket-take");
    if (take) take.onclick = () => change({take: true}, next => { render(next); $("ticket-notes").focus(); });
    $("ticket-save").onclick = () => change(text(), next => { render(next); toast("已保存"); $("ticket-save").focus(); });
    const close = $("ticket-close");
    if (close) close.onclick = () => change({...text(), status: "已办结"}, next => {
      toast(`${next.ref || "#" + next.id} 已办结`);
      const nextOpen = items.findIndex(x => x.status !== "已办结");
      if (nextOpen >= 0) open(nextOpen, true); else { render(next); $("handoffs").focus(); }
    });
    const reopen = $("ticket-reopen");
    if (reopen) reopen.onclick = () => change({status: "处理中"}, next => { render(next); $("ticket-notes").focus(); });
    if (focus) (take || $("ticket-notes")).focus();
  }

  $("handoffs").addEventListener("click", e => {
    if (e.target.id === "handoffs-more") { load(true); return; }
    const li = e.target.closest("li[data-i]");
    if (li) open(Number(li.dataset.i), false);
  });
  $("ticket-q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(load, 150); });
  $("ticket-q").addEventListener("keydown", e => {
    if (e.key === "Enter") { e.preventDefault(); clearTimeout(timer); load().then(() => open(0, true)); }
  });
  ["ticket-place", "ticket-status", "open-only"].forEach(id => $(id).addEventListener("change", load));
  $("handoffs-refresh").addEventListener("click", load);
  Console.meta.then(m => {
    $("ticket-place").insertAdjacentHTML("beforeend", m.regions.map(r => `<option value="${esc(r)}">${esc(r)}</option>`).join(""));
  });

  Console.register("handoffs", {
    show() { load(); $("ticket-q").focus(); },
    key(e, typing) {
      if (typing || !items.length) return false;
      if (e.key === "ArrowDown") { open(Math.min(items.length - 1, selected + 1), false); return true; }
      if (e.key === "ArrowUp") { open(Math.max(0, selected - 1), false); return true; }
      if (e.key === "/") { $("ticket-q").focus(); return true; }
      return false;
    },
  });
  load().catch(() => {});
  setInterval(() => { if (document.activeElement.tagName !== "TEXTAREA") load().catch(() => {}); }, 30000);
})();
