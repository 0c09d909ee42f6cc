/* Console core: API calls, tabs, the global as-of date, clipboard, keyboard dispatch.
   Every text from the server is inserted as text (esc / textContent), never as markup. */
"use strict";

const Console = (() => {
  const views = {};          // name -> {show(), key(event) -> handled?}
  let current = "search";

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g,
      c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
  }

  function asOf() { return document.getElementById("as-of").value || ""; }

  async function api(path, opts = {}) {
    const res = await fetch(path, {credentials: "same-origin", ...opts,
      headers: {"Accept": "application/json", ...(opts.body ? {"Content-Type": "application/json"} : {}), ...(opts.headers || {})}});
    if (res.status === 401) { location.reload(); throw new Error("未登录"); }  // shows the login form
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      const d = data.detail;
      throw new Error(Array.isArray(d) ? d.map(x => x.msg).join("；") : (d || `请求失败（${res.status}）`));
    }
    return data;
  }

  function toast(text) {
    const t = document.getElementById("toast");
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 1800);
  }

  /* `record` says what was copied ({kind: "clause", clause_id, q} or {kind: "calculation", …}):
     the server keeps who copied which 答复口径 on which evaluation date (the supervisor's audit). */
  async function copy(text, record) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {  // older browsers or a denied permission: the textarea route
      const ta = document.createElement("textarea");
      ta.value = text;
      ta.style.position = "fixed"; ta.style.opacity = "0";
      document.body.appendChild(ta); ta.select();
      document.execCommand("copy");
      ta.remove();
    }
    toast("已复制答复口径");
    if (record) {
      api("/api/v1/console/audit/copy", {method: "POST",
        body: JSON.stringify({...record, text, as_of: asOf() || undefined})})
        .catch(() => toast("已复制，但未能记录到审计（请告知班长）"));
    }
  }

  function badge(validity, label) {
    const s = (validity && validity.status) || "unknown";
    const title = validity ? `${validity.basis || ""}` : "";
    return `<span class="badge ${esc(s)}" title="${esc(title)}">${esc(label || s)}</span>`;
  }

  /* Departments with the lead unit marked (the composer's order: lead first). The views show
     the composer's departments_text instead (one name per unit, the text's wording in quotes);
     this stays for callers that have only the raw list. */
  function departments(list, lead) {
    if (!list || !list.length) return "原文未列明责任单位";
    const leads = (lead || []).filter(d => list.includes(d));
    const ordered = leads.concat(list.filter(d => !leads.includes(d)));
    return ordered.map(d => leads.includes(d) ? `<span class="lead">${esc(d)}</span>` : esc(d)).join("、");
  }

  /* The document in words comes from the answer composer (answers.citations.doc_name). */
  function docName(x) { return x.doc_name || ""; }

  function register(name, view) { views[name] = view; }

  function show(name) {
    current = name;
    document.querySelectorAll("nav [role=tab]").forEach(b => b.setAttribute("aria-selected", String(b.dataset.view === name)));
    document.querySelectorAll("main .view").forEach(v => { v.hidden = v.dataset.view !== name; });
    if (views[name] && views[name].show) views[name].show();
  }

  function typing(e) {
    const el = e.target;
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }

  document.addEventListener("keydown", e => {
    if (e.altKey && /^[1-5]$/.test(e.key)) {
      const name = ["search", "compare", "calc", "handoffs", "report"][Number(e.key) - 1];
      const tab = document.querySelector(`nav [data-view=${name}]`);
      e.preventDefault();
      if (tab && !tab.hidden) show(name);
      return;
    }
    const v = views[current];
    if (v && v.key && v.key(e, typing(e))) e.preventDefault();
  });

  document.querySelectorAll("nav [role=tab]").forEach(b => b.addEventListener("click", () => show(b.dataset.view)));
  // Chromium may paint the page before these scripts run; keys pressed then do nothing. The mark
  // says every view's script has run (DOMContentLoaded follows the last synchronous script).
  document.addEventListener("DOMContentLoaded", () => { document.body.dataset.ready = "true"; });

  // The as-of date defaults to today (the server's day arrives with /meta).
  const meta = api("/api/v1/console/meta").then(m => {
    const input = document.getElementById("as-of");
    if (!input.value) input.value = m.today;
    return m;
  });
  // Who is logged in: named in the header; the supervisor's view is offered to supervisors only
  // (the server refuses its data to anyone else, this only keeps an agent's tabs uncluttered).
  const me = api("/api/v1/console/me").then(who => {
    document.getElementById("who").textContent = `${who.display_name}（${who.role_label}）`;
    const tab = document.querySelector("nav [data-view=report]");
    if (tab) tab.hidden = !who.supervises;
    return who;
  });
  document.getElementById("as-of").addEventListener("change", () => {
    Object.values(views).forEach(v => v.asOfChanged && v.asOfChanged());
  });

  return {esc, api, copy, toast, badge, departments, docName, asOf, register, show, meta, me,
          current: () => current};
})();
