// A source card per citation: the facts a person needs to trust an answer (document number,
// title, clause, departments, validity in words), and the full clause on request.
function validityBadge(v) {
  var status = (v && v.status) || 'unknown';
  var label = CONFIG.badge[status] || CONFIG.badge.unknown;
  // Words and a symbol carry the status; colour only repeats it.
  var mark = { active: '✓', expired: '✕', not_started: '…', unknown: '?' }[status] || '?';
  if ((status === 'active' || status === 'expired') && v.end) label += '（至' + cnDate(v.end) + '）';
  if (status === 'not_started' && v.start) label += '（自' + cnDate(v.start) + '起）';
  return el('span', { class: 'zcw-badge zcw-badge-' + status }, [srOnly('有效期状态：'), mark + ' ' + label]);
}

// The number has its own line on the card; a document printed without a title is named in the
// composer's words (answers.citations.doc_name), never in the widget's own.
function docTitle(c) {
  return c.doc_title ? '《' + c.doc_title + '》' : (c.doc_name || '');
}

function departmentsText(c) {
  var lead = c.lead_departments || [];
  var list = (c.departments || []).map(function (d) { return lead.indexOf(d) >= 0 ? d + '（牵头）' : d; });
  return list.length ? list.join('、') : '原文未列明';
}

function sourceCard(c, key) {
  var bodyId = 'zcw-cl-' + key;
  // "三、（一）" (a part and its clause, 凌政发〔2019〕14号) is said as printed; a bare label is "第（九）条"
  var ref = (c.clause_ref || c.clause_label || '').replace(/[.．]$/, '');
  var clauseLabel = (ref ? (ref.indexOf('、') >= 0 ? ref : '第' + ref + '条') : '') + (c.heading ? ' ' + c.heading : '');
  var body = el('div', { class: 'zcw-clause', id: bodyId, hidden: true, tabindex: '-1' });
  var toggle = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': bodyId, text: '查看条款原文' });
  toggle.addEventListener('click', function () { toggleClause(c, toggle, body); });
  return el('article', { class: 'zcw-card', 'aria-label': '政策依据 ' + (c.doc_number || docTitle(c)) + ' ' + (c.clause_label || '') }, [
    el('p', {}, [srOnly('文号：'), el('span', { class: 'zcw-docno', text: c.doc_number || '（原文未载文号）' })]),
    el('p', { class: 'zcw-card-title', text: docTitle(c) }),
    clauseLabel ? el('p', { class: 'zcw-card-clause', text: clauseLabel }) : null,
    el('p', { class: 'zcw-card-dept', text: '责任单位：' + departmentsText(c) }),
    el('p', {}, [validityBadge(c.validity)]),
    toggle, body]);
}

function toggleClause(c, toggle, body) {
  if (toggle.getAttribute('aria-expanded') === 'true') {
    toggle.setAttribute('aria-expanded', 'false'); toggle.textContent = '查看条款原文'; body.hidden = true; return;
  }
  toggle.setAttribute('aria-expanded', 'true'); toggle.textContent = '收起条款原文'; body.hidden = false;
  if (body.getAttribute('data-loaded')) return;
  body.textContent = '正在打开条款原文…';
  apiCall('GET', '/api/v1/clauses/' + encodeURIComponent(c.clause_id)).then(function (cl) {
    body.setAttribute('data-loaded', '1');
    body.textContent = '';
    var label = (cl.clause_label || '').replace(/[.．]$/, '');
    var where = (cl.part_label || '') + (cl.part_heading || '') + (label ? ' 第' + label + '条' : '');
    body.appendChild(el('p', { class: 'zcw-line', text: '条款全文（' + where.trim() + '）：' }));
    body.appendChild(textBlock(cl.text));
    body.appendChild(el('p', { class: 'zcw-line', text: '有效期：' }, [validityBadge(cl.validity)]));
    body.appendChild(el('p', { class: 'zcw-line', text: '依据：' + (cl.validity && cl.validity.basis || '') }));
    body.focus();
  }, function (err) {
    body.textContent = '条款原文没有打开（' + err.message + '）。';
    body.appendChild(el('button', { type: 'button', text: '重试', onclick: function () {
      toggle.setAttribute('aria-expanded', 'false'); toggleClause(c, toggle, body); } }));
  });
}
