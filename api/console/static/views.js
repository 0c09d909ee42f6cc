/* Compare: one topic side by side across regions (rate, who, period, departments, validity). */
"use strict";

(() => {
  const {esc, api, copy, badge, departments, docName, asOf} = Console;
  const $ = id => document.getElementById(id);
  let loaded = false, data = null, timer = null;

  async function load(topic, q) {
    const p = new URLSearchParams();
    if (topic) p.set("topic", topic);
    if (q) p.set("q", q);
    if (asOf()) p.set("as_of", asOf());
    try {
      data = await api("/api/v1/console/compare?" + p);
    } catch (e) {
      $("compare").innerHTML = `<p class="empty">${esc(e.message)}</p>`;
      return;
    }
    $("topic").value = data.topic;
    $("compare").innerHTML = data.regions.map((c, i) => `
      <article class="col" data-region="${esc(c.region)}">
        <h2>${esc(c.region)}</h2>
        <div class="meta">${esc(docName(c))} ${esc(c.clause_label)} ${esc(c.heading || "")}</div>
        <div>${badge(c.validity, c.badge)} <span class="basis">条款整体</span></div>
        ${c.measures.map(m => `<div class="measure"><dl>
          <dt>对象</dt><dd>${esc(m.who)}</dd>
          <dt>标准</dt><dd><mark>${esc(m.rate)}</mark></dd>
          <dt>期限</dt><dd>${m.period ? "“" + esc(m.period) + "”" : "原文未单独载明"}
            ${badge(m.validity, m.badge)}${m.validity_of === "unstated" ? ' <span class="basis">（本句原文未载明期限）</span>' : ""}</dd>
          ${m.note ? `<dt>说明</dt><dd>${esc(m.note)}</dd>` : ""}
        </dl></div>`).join("")}
        <dl><dt>责任单位</dt><dd>${esc(c.departments_text)}</dd></dl>
        <button class="copy" data-copy="${i}">复制答复口径</button>
      </article>`).join("");
  }

  $("compare").addEventListener("click", e => {
    const b = e.target.closest("[data-copy]");
    if (b) {
      const col = data.regions[Number(b.dataset.copy)];
      copy(col.answer, {kind: "clause", clause_id: col.clause_id, q: data.topic});
    }
  });
  $("topic").addEventListener("change", () => load($("topic").value));
  $("topic-q").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { const q = $("topic-q").value.trim(); if (q) load(null, q); }, 200);
  });

  Console.register("compare", {
    async show() {
      if (loaded) return;
      loaded = true;
      const t = await api("/api/v1/console/compare/topics");
      $("topic").innerHTML = t.topics.map(x => `<option value="${esc(x.name)}">${esc(x.name)}（${esc(x.regions.join("、"))}）</option>`).join("");
      if (t.topics.length) load(t.topics[0].name);
      $("topic").focus();
    },
    asOfChanged() { if (data) load(data.topic); },
  });
})();
