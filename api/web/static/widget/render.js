// One history entry -> one message element. Entries: {id, role: 'user'|'bot', text, buttons,
// citations, feedback: 'up'|'down'|undefined, feedbackId}.
var AMOUNT_LINE = /\d\s*元/;   // a line with a sum of money...
var CALC = /[×x*＝=]/;          // ...and its calculation: shown emphasised, the text itself says it

function textBlock(text) {
  var box = el('div', { class: 'zcw-text' });
  String(text || '').split('\n').forEach(function (line) {
    var amount = AMOUNT_LINE.test(line) && CALC.test(line);
    box.appendChild(el('p', { class: 'zcw-line' + (amount ? ' zcw-amount' : '') }, [amount ? srOnly('金额计算：') : null, line]));
  });
  return box;
}

function messageEl(entry, withButtons) {
  var bot = entry.role === 'bot';
  var node = el('div', { class: 'zcw-msg ' + (bot ? 'zcw-bot' : 'zcw-user'), 'data-id': entry.id },
    [el('span', { class: 'zcw-who', text: bot ? '助手' : '我' }), textBlock(entry.text)]);
  if (!bot) return node;
  if (entry.text.indexOf(CONFIG.hotline) >= 0) {
    node.appendChild(el('a', { class: 'zcw-call', href: 'tel:' + CONFIG.hotline }, [icon('phone'), '拨打' + CONFIG.hotline + '热线']));
  }
  (entry.citations || []).forEach(function (c, i) { node.appendChild(sourceCard(c, entry.id + '-' + i)); });
  if (withButtons && entry.buttons && entry.buttons.length) node.appendChild(quickReplies(entry.buttons));
  if (!entry.welcome && !entry.notice) node.appendChild(feedbackBar(entry));
  return node;
}

function quickReplies(buttons) {
  var row = el('div', { class: 'zcw-row zcw-quick', role: 'group', 'aria-label': '可选回复' });
  buttons.forEach(function (b) {
    // The payload is what the bot understands ("/inform{…}"); the title is what the person chose.
    row.appendChild(el('button', { type: 'button', text: b.title, onclick: function () { send(b.payload || b.title, b.title); } }));
  });
  return row;
}

function feedbackBar(entry) {
  var row = el('div', { class: 'zcw-row zcw-fb', role: 'group', 'aria-label': '评价这条回答' });
  var note = el('span', { class: 'zcw-fb-note', role: 'status' });
  function btn(rating, label) {
    return el('button', { type: 'button', 'aria-pressed': String(entry.feedback === rating), 'data-rating': rating,
      onclick: function () { rate(entry, rating, row, note); } }, [icon('up', rating === 'down'), label]);
  }
  row.appendChild(el('span', { text: '这条回答有帮助吗？' }));
  row.appendChild(btn('up', '有帮助'));
  row.appendChild(btn('down', '没帮助'));
  row.appendChild(note);
  if (entry.feedback) note.textContent = '已收到您的评价，谢谢！';
  return row;
}

function rate(entry, rating, row, note) {
  var buttons = row.querySelectorAll('button[data-rating]');
  note.textContent = '正在提交评价…';
  apiCall('POST', '/api/v1/feedback', { sender_id: state.sender, rating: rating, channel: 'web',
    answer_text: entry.text.slice(0, 4000),
    clause_ids: (entry.citations || []).map(function (c) { return c.clause_id; }).filter(Boolean).slice(0, 20) })
    .then(function (res) {
      entry.feedback = rating; entry.feedbackId = res.id; saveHistory();
      Array.prototype.forEach.call(buttons, function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-rating') === rating)); });
      note.textContent = '已收到您的评价，谢谢！';
      if (rating === 'down' && !row.querySelector('textarea')) row.appendChild(commentBox(entry, note));
    }, function (err) { note.textContent = '评价没有提交成功（' + err.message + '），请再点一次。'; });
}

function commentBox(entry, note) {
  var id = 'zcw-c-' + entry.id;
  var area = el('textarea', { id: id, maxlength: String(CONFIG.maxChars), rows: '2' });
  var box = el('div', { class: 'zcw-comment' }, [
    el('label', { for: id, text: '哪里不满意？可以告诉我们（选填）' }), area,
    el('button', { type: 'button', text: '提交意见', onclick: function () {
      if (!area.value.trim()) { area.focus(); return; }
      apiCall('POST', '/api/v1/feedback/' + entry.feedbackId + '/comment', { sender_id: state.sender, comment: area.value.trim() })
        .then(function () { box.replaceWith(el('span', { text: '意见已提交，谢谢！' })); },
              function (err) { note.textContent = '意见没有提交成功（' + err.message + '），请重试。'; });
    } })]);
  return box;
}
