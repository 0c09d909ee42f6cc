/* Hand-offs from the widget and WeChat: newest first, transcript and gathered facts, mark handled. */
"use strict";

(() => {
  const {esc, api} = Console;
  const $ = id => document.getElementById(id);
  const CHANNEL = {web: "网页", wechat: "公众号", console: "坐席台", cli: "命令行"};
  const REASON = {user_request: "用户要求转人工", failed_turns: "多次未能理解，自动转人工"};
  const PAGE = 50;
  let items = [], selected = -1, vocab = null, nextBefore = null;

  /* Facts in words (the calculator's vocabulary): "申请主体：企业", not "applicant_type: enterprise". */
  function fact(k, v) {
    const f = vocab && vocab.facts[k];
    if (!f) return `${esc(k)}：${esc(JSON.stringify(v))}`;
    const i = (f.options || []).indexOf(v);
    const shown = i >= 0 ? f.option_labels[i] : v === true ? "是" : v === false ? "否" : v;
    return `${esc(f.meaning.split(/[：（，,]/)[0])}：<b>${esc(shown)}</b>`;
  }

  /* Paged: the first page, or (more) the next older one appended; the count is the server's. */
  async function load(more) {
    const q = new URLSearchParams({limit: String(PAGE)});
    if ($("open-only").checked) q.set("open_only", "true");
    if (more === true && nextBefore) q.set("before_id", String(nextBefore));
    const data = await api("/api/v1/handoffs?" + q);
    items = more === true ? items.concat(data.handoffs) : data.handoffs;
    nextBefore = data.next_before_id;
    $("handoff-count").textContent = data.open_total || "";
    $("handoffs").innerHTML = (items.length ? items.map((h, i) => `
      <li role="option" data-i="${i}" data-id="${h.id}" aria-selected="${i === selected}">
        <div class="head"><span class="doc">#${h.id} ${esc(CHANNEL[h.channel] || h.channel)}</span>
          <span class="meta">${esc(new Date(h.created_at).toLocaleString("zh-CN"))}</span>
          ${h.handled_at ? '<span class="handled">已处理</span>' : '<span class="badge expired">待处理</span>'}</div>
        <div>${esc(h.topic || "（未说明事项）")}</div>
        <div class="meta">原因：${esc(REASON[h.reason] || h.reason)}${(h.departments || []).length ? " · 建议转：" + esc(h.departments.join("、")) : ""}</div>
      </li>`).join("") : `<li class="empty">暂无转人工的会话。</li>`)
      + (nextBefore ? `<li class="more"><button type="button" class="secondary" id="handoffs-more">加载更早的</button></li>` : "");
  }

  async function open(i) {
    selected = i;
    document.querySelectorAll("#handoffs li[data-i]").forEach(li => li.setAttribute("aria-selected", String(Number(li.dataset.i) === i)));
    if (!vocab) vocab = await api("/api/v1/console/calculator/form");
    const h = await api(`/api/v1/handoffs/${items[i].id}`);
    const facts = Object.entries(h.profile || {});
    $("handoff-detail").innerHTML = `
      <h2>转人工 #${h.id}（${esc(CHANNEL[h.channel] || h.channel)}）</h2>
      <div class="meta">${esc(new Date(h.created_at).toLocaleString("zh-CN"))} · 会话 ${esc(h.sender_id)}</div>
      <h3>已收集的信息</h3>
      ${facts.length ? `<ul>${facts.map(([k, v]) => `<li>${fact(k, v)}</li>`).join("")}</ul>` : "<p class='empty'>无</p>"}
      <h3>会话记录</h3>
      <ol class="transcript">${(h.transcript || []).map(m => `<li class="${m.direction === "user" ? "user" : "bot"}">${esc(m.text)}</li>`).join("")}</ol>
      ${h.handled_at ? `<p class="handled">已于 ${esc(new Date(h.handled_at).toLocaleString("zh-CN"))} 处理</p>`
        : `<button class="copy" id="mark-handled">标记为已处理</button>`}`;
    const b = $("mark-handled");
    if (b) b.onclick = async () => { await api(`/api/v1/handoffs/${h.id}/handled`, {method: "POST"}); await load(); open(i); };
  }

  $("handoffs").addEventListener("click", e => {
    if (e.target.id === "handoffs-more") { load(true); return; }
    const li = e.target.closest("li[data-i]");
    if (li) open(Number(li.dataset.i));
  });
  $("open-only").addEventListener("change", () => load());
  $("handoffs-refresh").addEventListener("click", () => load());

  Console.register("handoffs", {
    show() { if (items.length <= PAGE) load(); },
    key(e, typing) {
      if (typing || !items.length) return false;
      if (e.key === "ArrowDown") { open(Math.min(items.length - 1, selected + 1)); return true; }
      if (e.key === "ArrowUp") { open(Math.max(0, selected - 1)); return true; }
      return false;
    },
  });
  load().catch(() => {});
  // New hand-offs show up without a reload (not while older pages are open: they would vanish).
  setInterval(() => { if (items.length <= PAGE) load().catch(() => {}); }, 30000);
})();
