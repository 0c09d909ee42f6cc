/* Search as you type, filters, result list with keyboard selection, and the clause view. */
"use strict";

(() => {
  const {esc, api, copy, badge, departments, docName, asOf} = Console;
  const $ = id => document.getElementById(id);
  const DEBOUNCE_MS = 80;    // short: the server answers in ~15 ms; stale requests are aborted, so fast typing costs nothing
  let hits = [], selected = -1, timer = null, inflight = null, openClause = null, logged = "";
  let last = {}, showAnyway = false;  // the last response (abstention, places); the agent's "show anyway"

  /* The query an agent acted on (opened or copied a result) goes to the supervisor's counts;
     keystroke prefixes never do. Once per distinct query and region. */
  function acted() {
    const q = $("q").value.trim(), region = $("f-region").value;
    if (!q || logged === q + "|" + region) return;
    logged = q + "|" + region;
    api("/api/v1/console/searches", {method: "POST", body: JSON.stringify({q, region: region || undefined})}).catch(() => {});
  }

  function copyHit(h) {
    acted();
    copy(h.answer, {kind: "clause", clause_id: h.clause_id, q: $("q").value.trim() || undefined});
  }

  function params() {
    const p = new URLSearchParams({q: $("q").value.trim(), top_k: "10"});
    if (showAnyway) p.set("show_anyway", "true");
    const add = (k, id) => { if ($(id).value) p.set(k, $(id).value); };
    add("region", "f-region"); add("doc", "f-doc"); add("department", "f-dept");
    add("status", "f-status"); add("group", "f-group");
    if (asOf()) p.set("as_of", asOf());
    return p;
  }

  async function run() {
    const q = $("q").value.trim();
    if (!q) { hits = []; render(); $("timing").textContent = ""; return; }
    if (inflight) inflight.abort();          // a newer keystroke wins; stale answers never land
    inflight = new AbortController();
    const t0 = performance.now();
    try {
      const data = await api("/api/v1/console/search?" + params(), {signal: inflight.signal});
      hits = data.results;
      last = data;
      selected = hits.length ? 0 : -1;
      render();
      $("timing").textContent = `${hits.length} 条 · ${Math.round(performance.now() - t0)} ms`;
    } catch (e) {
      if (e.name === "AbortError") return;
      $("results").innerHTML = `<li class="empty">${esc(e.message)}</li>`;
    }
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(run, DEBOUNCE_MS); }

  /* Notices above the list: a place no collected document covers; a question the knowledge
     base does not answer (results withheld, one click shows the closest anyway). */
  function notices() {
    const out = [];
    if ((last.outside_places || []).length) {
      out.push(`<li class="notice outside" role="note">所问地区“${esc(last.outside_places.join("、"))}”不在收录范围：
        知识库只收录${esc((last.covered_provinces || []).join("、"))}的政策文件，以下结果不适用于该地区。</li>`);
    }
    if (last.withheld) {
      out.push(`<li class="notice nothing" role="note"><b>${esc(last.relevance.message)}</b>
        （相关度 ${esc(last.relevance.score)}，低于 ${esc(last.relevance.threshold)}）
        <button class="secondary" id="show-anyway">仍显示最接近的结果</button></li>`);
    }
    return out.join("");
  }

  function render() {
    const ol = $("results");
    if (!hits.length) {
      ol.innerHTML = !$("q").value.trim() ? "" : last.withheld ? notices()
        : notices() + `<li class="empty">没有找到符合筛选条件的条款。</li>`;
      return;
    }
    ol.innerHTML = notices() + hits.map((h, i) => `
      <li role="option" id="hit-${i}" data-i="${i}" aria-selected="${i === selected}">
        <div class="doc">${esc(docName(h))}</div>
        <div class="head"><span class="label">${esc(h.clause_label)} ${esc(h.heading || "")}</span>
          ${badge(h.validity, h.badge)}
          <span class="actions"><button class="copy" data-copy="${i}">复制答复口径</button>
          <button class="secondary" data-open="${i}">打开条款</button></span></div>
        <div class="meta where">${esc(h.region)} · ${esc(h.issuer)} · 责任单位：${esc(h.departments_text)}</div>
        ${(h.highlights || []).length ? `<p class="frag">${h.highlights.map(f => `<mark>${esc(f)}</mark>`).join(" … ")}</p>` : ""}
      </li>`).join("");
  }

  function select(i) {
    if (!hits.length) return;
    selected = Math.max(0, Math.min(hits.length - 1, i));
    document.querySelectorAll("#results li[role=option]").forEach(li =>
      li.setAttribute("aria-selected", String(Number(li.dataset.i) === selected)));
    const li = $("hit-" + selected);
    if (li) li.scrollIntoView({block: "nearest"});
  }

  /* `hit` (when opened from a result): show that result's 答复口径, so the panel, "c" and the
     result's button all copy the same words. Opened by a link, the clause's own 答复口径. */
  async function open(clauseId, hit) {
    const p = new URLSearchParams();
    if (asOf()) p.set("as_of", asOf());
    const c = await api(`/api/v1/console/clauses/${encodeURIComponent(clauseId)}?${p}`);
    if (hit && hit.clause_id === clauseId) c.answer = hit.answer;
    const links = c.links;
    const docLink = (d) => d.doc_id ? `<a href="#" data-doc="${esc(d.doc_id)}">${esc(d.doc_number || d.title)}</a>`
                                    : `${esc(d.doc_number || "")}${d.title ? "《" + esc(d.title) + "》" : ""}（未收录）`;
    const clauseLink = (x) => x.clause_id ? `<a href="#" data-clause="${esc(x.clause_id)}">${esc(x.label || x.clause_id)}</a>` : "";
    $("detail").innerHTML = `
      <h2>${esc(docName(c))} ${esc(c.clause_label)} ${esc(c.heading || "")}</h2>
      <div class="meta">${esc(c.region)} · ${esc(c.issuer)}${c.issued ? " · " + esc(c.issued) : ""} · ${badge(c.validity, c.badge)}</div>
      <p class="basis">${esc(c.validity.basis)}</p>
      <h3>答复口径 <button class="copy" id="copy-clause">复制答复口径</button></h3>
      <div class="answer" id="clause-answer">${esc(c.answer)}</div>
      <h3>条款全文（逐句有效期，按 ${esc(c.as_of)}）</h3>
      <ol class="sentences">${c.sentences.map(s => `<li>${esc(s.text)}${s.validity ? badge(s.validity, s.badge) +
        `<div class="basis">${esc(s.validity.basis)}</div>` : ""}</li>`).join("")}</ol>
      <h3>责任单位</h3><p>${esc(c.departments_text)}</p>
      ${c.departments_basis ? `<p class="basis">${esc(c.departments_basis)}</p>` : ""}
      <h3>引用本条的补贴规则（${c.rules.length}）</h3>
      <ul class="rules">${c.rules.map(r => `<li><b>${esc(r.name)}</b> <span class="basis">${esc(r.rule_id)}</span>
        <p class="quote">“${esc(r.quote)}”</p></li>`).join("") || "<li class='empty'>没有规则引用本条。</li>"}</ul>
      <h3>相关文件</h3>
      <ul class="links">
        ${links.implements.map(d => `<li>所实施的上级文件：${docLink(d)}</li>`).join("")}
        ${links.refines.concat(links.supersedes).map(x => `<li>细化 / 替代：${clauseLink(x)}${x.reason ? "（" + esc(x.reason) + "）" : ""}</li>`).join("")}
        ${links.refined_by.map(x => `<li>被细化：${clauseLink(x)}（${esc(x.name || x.rule_id)}）</li>`).join("")}
        ${links.document_supersession.map(s => `<li>替代声明：“${esc(s.statement)}”（${esc(s.scope)}）</li>`).join("")}
        <li>本文件：<a href="#" data-doc="${esc(c.doc_id)}">全部条款</a></li>
      </ul>`;
    $("copy-clause").onclick = () => copy(c.answer, {kind: "clause", clause_id: clauseId, q: $("q").value.trim() || undefined});
    $("detail").scrollTop = 0;  // a new clause starts at its top, where its 口径 is
    openClause = {clause_id: clauseId, hit};
  }

  async function openDoc(docId) {
    const d = await api(`/api/v1/console/documents/${encodeURIComponent(docId)}?as_of=${encodeURIComponent(asOf())}`);
    $("detail").innerHTML = `<h2>${esc(d.doc_number || "")}《${esc(d.title)}》</h2>
      <div class="meta">${esc(d.issuer)} · ${esc(d.region)} · ${esc(d.issued || "")}</div>
      ${d.doc_number_source ? `<p class="basis">文号来源：${esc(d.doc_number_source)}</p>` : ""}
      ${d.supersession.map(s => `<p>替代声明：“${esc(s.statement)}”</p>`).join("")}
      <ul class="links">${d.clauses.map(x => `<li><a href="#" data-clause="${esc(x.clause_id)}">${esc(x.part_label || "")}${esc(x.clause_label)} ${esc(x.heading || "")}</a>
        <span class="badge ${esc(x.status)}">${esc(x.badge)}</span></li>`).join("")}</ul>`;
  }

  $("detail").addEventListener("click", e => {
    const a = e.target.closest("a[data-clause], a[data-doc]");
    if (!a) return;
    e.preventDefault();
    if (a.dataset.clause) open(a.dataset.clause); else openDoc(a.dataset.doc);
  });

  $("results").addEventListener("click", e => {
    if (e.target.id === "show-anyway") { showAnyway = true; run(); return; }
    const c = e.target.closest("[data-copy]"), o = e.target.closest("[data-open]"), li = e.target.closest("li[data-i]");
    if (c) { select(Number(c.dataset.copy)); copyHit(hits[selected]); return; }
    if (li) select(Number(li.dataset.i));
    if (o || li) { acted(); open(hits[selected].clause_id, hits[selected]); }
  });

  $("q").addEventListener("input", () => { showAnyway = false; schedule(); });
  ["f-region", "f-doc", "f-dept", "f-status", "f-group"].forEach(id => $(id).addEventListener("change", run));

  Console.register("search", {
    show() { $("q").focus(); },
    asOfChanged() {
      run().then(() => { if (openClause) open(openClause.clause_id, hits.find(h => h.clause_id === openClause.clause_id)); });
    },
    key(e, typing) {
      // "/" focuses the search box from anywhere but a text field (a filter's <select> included);
      // in an empty box it is the same gesture, not a character.
      const inText = typing && e.target.tagName !== "SELECT";
      if (e.key === "/" && (!inText || (e.target === $("q") && !$("q").value))) { $("q").focus(); $("q").select(); return true; }
      // PageDown/PageUp read on in the clause pane (the list has the arrows), from the list or the box.
      if ((e.key === "PageDown" || e.key === "PageUp") && (!typing || e.target === $("q"))) {
        const d = $("detail");
        d.scrollBy({top: (e.key === "PageDown" ? 1 : -1) * Math.round(d.clientHeight * 0.85)});
        return true;
      }
      if (e.key === "Escape") { if (document.activeElement) document.activeElement.blur(); select(selected); return true; }
      const inQuery = e.target === $("q");
      if (typing && !inQuery) return false;
      if (e.key === "ArrowDown") { select(selected + 1); return true; }
      if (e.key === "ArrowUp") { select(selected - 1); return true; }
      if (e.key === "Enter" && selected >= 0) {
        acted();
        open(hits[selected].clause_id, hits[selected]);
        // Leave the box: the agent's next key is "c" (copy) or an arrow, not more query text.
        if (inQuery) $("results").focus({preventScroll: true});
        return true;
      }
      if (!typing && e.key === "c" && !e.ctrlKey && !e.metaKey && !e.altKey && selected >= 0) { copyHit(hits[selected]); return true; }
      return false;
    },
  });

  // Other views (the supervisor's 👎 list) open a clause here.
  Console.openClause = clauseId => { Console.show("search"); open(clauseId); };

  Console.meta.then(m => {
    const fill = (id, items) => { $(id).insertAdjacentHTML("beforeend", items.map(([v, l]) =>
      `<option value="${esc(v)}">${esc(l)}</option>`).join("")); };
    fill("f-region", m.regions.map(r => [r, r]));
    fill("f-doc", m.documents.map(d => [d.id, `${d.label}（${d.region}）`]));
    fill("f-dept", m.departments.map(d => [d.name, `${d.name}（${d.count}）`]));
    fill("f-status", m.statuses.map(s => [s.value, s.label]));
    fill("f-group", m.groups.map(g => [g, g]));
  });
  $("q").focus();
})();
