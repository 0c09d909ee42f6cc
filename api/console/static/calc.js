/* Calculator: one question at a time (the engine's next_question), the package and its citations. */
"use strict";

(() => {
  const {esc, api, copy, badge, asOf} = Console;
  const $ = id => document.getElementById(id);
  let form = null, profile = {}, skip = [], result = null;
  let topic = "", measure = "";  // the caller's question or a chosen measure: the calculator's scope

  function label(name, value) {
    const f = form.facts[name];
    if (!f) return String(value);
    const i = (f.options || []).indexOf(value);
    if (i >= 0 && f.option_labels) return f.option_labels[i];
    return String(value);
  }

  async function step() {
    try {
      result = await api("/api/v1/console/calculator", {method: "POST",
        body: JSON.stringify({profile, skip, as_of: asOf() || undefined,
          question: !measure && topic ? topic : undefined, measures: measure ? [measure] : undefined})});
    } catch (e) {
      $("calc-result").innerHTML = `<p class="empty">${esc(e.message)}</p>`;
      return;
    }
    const sc = result.scope;
    $("calc-scope-note").textContent = !sc ? "未限定范围：按全部补贴规则提问。"
      : sc.measures.length ? `只计算所选补贴（${sc.benefit_ids.length} 项）。`
      : `只看与“${sc.question}”相关的 ${sc.benefit_ids.length} 项补贴。`;
    renderQuestion(result.next_question);
    renderAnswers();
    renderResult();
  }

  function renderQuestion(q) {
    const box = $("calc-question");
    if (!q) { box.innerHTML = `<p class="prompt">不需要再问了：结果见右侧。</p>`; return; }
    const f = form.facts[q.fact] || {type: q.type, options: q.options, option_labels: q.option_labels};
    const opts = (q.fact === "region" ? f.options : q.options) || [];
    const labels = (q.fact === "region" ? f.option_labels : q.option_labels) || opts.map(String);
    let input;
    if (opts.length) {
      input = `<div class="opts">${opts.map((o, i) => `<button data-val='${esc(JSON.stringify(o))}'>${esc(labels[i])}</button>`).join("")}</div>`;
    } else {
      const type = {int: "number", number: "number", date: "date"}[q.type] || "text";
      input = `<div class="row"><input id="calc-input" type="${type}" ${type === "number" ? 'min="0" step="any"' : ""}>
        <button id="calc-next" class="copy">下一步</button></div>`;
    }
    box.innerHTML = `<div class="prompt">${esc(q.prompt || q.meaning)}</div>
      <div class="basis">${esc(q.meaning || "")}（影响 ${esc(q.settles)} 项补贴）</div>${input}
      <div class="row"><button id="calc-skip" class="secondary">跳过（来电人不清楚）</button></div>`;
    box.dataset.fact = q.fact;
    box.dataset.type = q.type;
    const first = box.querySelector(".opts button, #calc-input");
    if (first && Console.current() === "calc") first.focus();
  }

  function answer(value) {
    profile[$("calc-question").dataset.fact] = value;
    step();
  }

  $("calc-question").addEventListener("click", e => {
    const b = e.target.closest("button");
    if (!b) return;
    if (b.dataset.val !== undefined) answer(JSON.parse(b.dataset.val));
    else if (b.id === "calc-next") submitInput();
    else if (b.id === "calc-skip") { skip.push($("calc-question").dataset.fact); step(); }
  });
  $("calc-question").addEventListener("keydown", e => {
    if (e.key === "Enter" && e.target.id === "calc-input") { e.preventDefault(); submitInput(); }
  });

  function submitInput() {
    const raw = $("calc-input").value.trim();
    if (!raw) return;
    const type = $("calc-question").dataset.type;
    answer(type === "int" ? parseInt(raw, 10) : type === "number" ? Number(raw) : raw);
  }

  function renderAnswers() {
    $("calc-answers").innerHTML = Object.entries(profile).map(([k, v]) => `<li>${esc((form.facts[k] || {}).meaning || k).slice(0, 24)}：
      <b>${esc(label(k, v))}</b> <button data-remove="${esc(k)}" aria-label="删除">×</button></li>`).join("")
      + skip.map(k => `<li>${esc((form.facts[k] || {}).meaning || k).slice(0, 24)}：<i>已跳过</i> <button data-unskip="${esc(k)}" aria-label="撤销">×</button></li>`).join("");
  }

  $("calc-answers").addEventListener("click", e => {
    const b = e.target.closest("button");
    if (!b) return;
    if (b.dataset.remove) delete profile[b.dataset.remove];
    if (b.dataset.unskip) skip = skip.filter(k => k !== b.dataset.unskip);
    step();
  });
  $("calc-reset").addEventListener("click", () => { profile = {}; skip = []; step(); });
  $("calc-topic").addEventListener("keydown", e => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    topic = $("calc-topic").value.trim(); measure = ""; $("calc-measure").value = ""; skip = [];
    step();
  });
  $("calc-measure").addEventListener("change", () => { measure = $("calc-measure").value; skip = []; step(); });

  function renderResult() {
    const r = result, pkg = r.package, total = pkg && pkg.total;
    // The figure big (read out first), the engine's explanation of it small underneath.
    // Worded by the shared composer (answers.summary.total_figure), like every other answer.
    const totalText = !r.has_package ? "（规则引擎尚未提供组合合计）" : r.total_figure;
    const superseded = (pkg && pkg.superseded) || [];
    $("calc-result").innerHTML = `
      <h2>可同时申请的补贴（${r.claim.length} 项）</h2>
      <div class="total" id="calc-total">合计：${esc(totalText)}</div>
      ${total && total.text ? `<p class="basis">${esc(total.text)}</p>` : ""}
      ${r.claim.map(b => `<div class="benefit"><div class="name">${esc(b.name)} ${badge(b.validity, b.badge)}</div>
        <div>金额：${esc(b.amount)}</div>
        ${b.own_period ? `<div>享受期：${esc(b.own_period)}</div>` : ""}
        ${b.citations.map(c => `<p class="quote">依据：${esc(c.where)}：“${esc(c.quote)}”</p>`).join("")}</div>`).join("")}
      ${r.alternatives.length ? `<h3>只计其一（未计入合计）</h3><ul>${r.alternatives.map(a =>
        `<li>${esc((a.names || a.benefit_ids || []).join("、"))}：${esc(a.reason || "")}</li>`).join("")}</ul>` : ""}
      ${(r.not_in_force || []).length ? `<h3>已到期或尚未实施（未计入合计）</h3><ul>${r.not_in_force.map(n =>
        `<li>${esc(n.name)}：${n.own_period ? (n.status === "expired" ? "按所说的日期，享受期已届满" : "按所说的日期，享受期尚未开始")
          : (n.status === "expired" ? "已到期" : "尚未实施")}</li>`).join("")}</ul>` : ""}
      ${superseded.length ? `<details><summary>由本地规定替代的上级规定（未计入，${superseded.length} 项）</summary><ul>${superseded.map(x =>
        `<li>${esc(x.reason || x.benefit_id)}</li>`).join("")}</ul></details>` : ""}
      <h3>答复口径 <button class="copy" id="copy-summary">复制答复口径</button></h3>
      <div class="answer">${esc(r.summary)}</div>
      <p class="basis">待补充信息的补贴 ${r.open.length} 项；按 ${esc(r.as_of)} 判断有效期。</p>`;
    $("copy-summary").onclick = () => copy(r.summary, {kind: "calculation", profile,
      benefit_ids: r.claim.map(b => b.benefit_id)});
  }

  Console.register("calc", {
    async show() {
      if (!form) {
        form = await api("/api/v1/console/calculator/form");
        const m = await api("/api/v1/console/calculator/measures");
        $("calc-measure").insertAdjacentHTML("beforeend", m.measures.map(x =>
          `<option value="${esc(x.benefit_id)}">${esc(x.name)}（${esc(x.jurisdiction)}）</option>`).join(""));
        await step();
      }
      const first = document.querySelector("#calc-question .opts button, #calc-input");
      if (first) first.focus();
    },
    asOfChanged() { if (form) step(); },
  });
})();
