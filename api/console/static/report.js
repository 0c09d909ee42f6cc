/* The supervisor's view: frequent questions by week and place, fallbacks, hand-off reasons, every
   👎 with its comment and the answer it judged (clauses open in the search view), what agents
   copied. Each table exports as CSV (UTF-8 with BOM) through a plain link: the session cookie rides along. */
"use strict";

(() => {
  const {esc, api} = Console;
  const $ = id => document.getElementById(id);
  let loaded = false;

  function range() {
    const p = new URLSearchParams();
    if ($("report-from").value) p.set("from", $("report-from").value);
    if ($("report-to").value) p.set("to", $("report-to").value);
    return p;
  }

  function exportLink(section) {
    const p = range();
    p.set("section", section);
    return `<a class="secondary export" href="/api/v1/console/report.csv?${p}" download data-section="${section}">导出 CSV</a>`;
  }

  const clauseLinks = ids => ids.map(id => `<a href="#" data-clause="${esc(id)}">${esc(id)}</a>`).join("、") || "—";
  const table = (head, rows) => `<table><thead><tr>${head.map(h => `<th>${esc(h)}</th>`).join("")}</tr></thead>
    <tbody>${rows.join("") || `<tr><td colspan="${head.length}" class="empty">无</td></tr>`}</tbody></table>`;

  async function load() {
    let r;
    try {
      r = await api("/api/v1/console/report?" + range());
    } catch (e) {
      $("report").innerHTML = `<p class="empty">${esc(e.message)}</p>`;
      return;
    }
    $("report-from").value = r.from;
    $("report-to").value = r.to;
    $("report").innerHTML = `
      <h3>差评（“没帮助”）及所给答复 ${exportLink("feedback")}</h3>
      ${table(["时间", "渠道", "意见", "条款", "所给答复"], r.thumbs_down.map(d => `<tr class="down">
        <td>${esc(d.at)}</td><td>${esc(d.channel)}</td><td>${esc(d.comment || "（未填写）")}</td>
        <td>${clauseLinks(d.clause_ids)}</td><td class="answer-cell">${esc(d.answer_text || "")}</td></tr>`))}
      <h3>高频问题（按周、地区） ${exportLink("questions")}</h3>
      ${table(["周（起始日）", "地区", "问题", "来源", "次数"], r.questions.map(q => `<tr>
        <td>${esc(q.week)}</td><td>${esc(q.place)}</td><td>${esc(q.question)}</td><td>${esc(q.source)}</td><td>${q.count}</td></tr>`))}
      <h3>未能答复 ${exportLink("fallbacks")}</h3>
      <p>${r.fallbacks.counts.map(c => `${esc(c.kind)} <b>${c.count}</b>`).join(" · ")}</p>
      ${table(["时间", "类型", "渠道", "用户所说"], r.fallbacks.examples.slice(0, 20).map(e => `<tr>
        <td>${esc(e.at)}</td><td>${esc(e.kind)}</td><td>${esc(e.channel)}</td><td>${esc(e.user_said)}</td></tr>`))}
      <h3>转人工原因 ${exportLink("handoffs")}</h3>
      ${table(["原因", "次数", "已办结"], r.handoff_reasons.map(h => `<tr><td>${esc(h.label)}</td><td>${h.count}</td><td>${h.closed}</td></tr>`))}
      <h3>答复口径复制记录 ${exportLink("copies")}</h3>
      ${table(["时间", "坐席", "类型", "条款", "评估日期", "答复口径"], r.copies.slice(0, 50).map(c => `<tr>
        <td>${esc(new Date(c.at).toLocaleString("zh-CN"))}</td><td>${esc(c.username)}</td><td>${c.kind === "clause" ? "条款" : "计算"}</td>
        <td>${c.clause_id ? clauseLinks([c.clause_id]) : "—"}</td><td>${esc(c.as_of || "")}</td><td class="answer-cell">${esc(c.text.slice(0, 160))}${c.text.length > 160 ? "…" : ""}</td></tr>`))}`;
  }

  $("report").addEventListener("click", e => {
    const a = e.target.closest("a[data-clause]");
    if (!a) return;
    e.preventDefault();
    Console.openClause(a.dataset.clause);  // the clause, to fix the knowledge where the answer went wrong
  });
  $("report-load").addEventListener("click", load);

  Console.register("report", {
    show() { if (!loaded) { loaded = true; load(); } },
  });
})();
