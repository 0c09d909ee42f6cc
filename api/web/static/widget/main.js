// The panel: launcher, header tools, the log (role="log"), typing status and the input form.
var ui = {};

function welcomeEntry() {
  return { id: 'welcome', role: 'bot', welcome: true, text: CONFIG.welcome + '\n您也可以点下面的常用事项：',
    buttons: CONFIG.tasks, citations: [] };
}

function toolButton(label, pref) {
  return el('button', { type: 'button', 'aria-pressed': String(!!state.prefs[pref]), text: label, onclick: function (e) {
    state.prefs[pref] = !state.prefs[pref]; savePrefs(); applyPrefs();
    e.currentTarget.setAttribute('aria-pressed', String(state.prefs[pref]));
  } });
}

function build() {
  // A host page with a Content-Security-Policy gives our script tag a nonce; the injected
  // stylesheet carries it too (browsers hide the attribute, the property keeps it).
  var style = el('style', { text: CSS, nonce: (SCRIPT && (SCRIPT.nonce || SCRIPT.getAttribute('nonce'))) || null });
  document.head.appendChild(style);
  ui.root = el('div', { class: 'zcw', id: 'zcw-root', lang: 'zh-CN' });
  ui.launcher = el('button', { type: 'button', class: 'zcw-launcher', 'aria-controls': 'zcw-panel', 'aria-expanded': 'false',
    onclick: function () { setOpen(true); } }, [icon('chat'), '政策咨询']);
  ui.log = el('div', { class: 'zcw-log', role: 'log', 'aria-live': 'polite', 'aria-label': '对话记录', tabindex: '0' });
  ui.typing = el('div', { class: 'zcw-typing', role: 'status', hidden: true }, [el('span', { class: 'zcw-dots', text: '助手正在查询政策，请稍候' })]);
  ui.input = el('textarea', { id: 'zcw-input', rows: '1', maxlength: String(CONFIG.maxChars), placeholder: '请输入您的问题',
    'aria-describedby': 'zcw-count' });
  ui.count = el('div', { class: 'zcw-count', id: 'zcw-count', text: '0/' + CONFIG.maxChars + '字' });
  ui.privacy = el('p', { class: 'zcw-privacy', text: CONFIG.privacy }); // what is kept, and for how long
  ui.sendBtn = el('button', { type: 'submit', text: '发送' });
  ui.form = el('form', { class: 'zcw-form', onsubmit: function (e) { e.preventDefault(); submitInput(); } },
    [el('label', { for: 'zcw-input', class: 'zcw-sr', text: '输入您的问题' }), ui.input, ui.sendBtn]);
  ui.panel = el('section', { class: 'zcw-panel', id: 'zcw-panel', role: 'dialog', 'aria-labelledby': 'zcw-title', hidden: true }, [
    el('div', { class: 'zcw-head' }, [
      el('h2', { id: 'zcw-title', text: '就业政策智能助手' }),
      el('p', { text: '政策解答 · 补贴测算 · 转人工' + CONFIG.hotline }),
      el('div', { class: 'zcw-tools', role: 'toolbar', 'aria-label': '显示设置' }, [
        toolButton('大字', 'large'), toolButton('高对比', 'contrast'),
        el('button', { type: 'button', text: '清空对话', onclick: clearConversation }),
        el('button', { type: 'button', text: '关闭', 'aria-label': '关闭对话窗口', onclick: function () { setOpen(false); } })])]),
    ui.log, ui.typing, ui.form, ui.count, ui.privacy]);
  ui.root.appendChild(ui.launcher);
  ui.root.appendChild(ui.panel);
  document.body.appendChild(ui.root);
  ui.input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submitInput(); } // IME: Enter picks a word
  });
  ui.input.addEventListener('input', function () { ui.count.textContent = ui.input.value.length + '/' + CONFIG.maxChars + '字'; });
  ui.panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false); });
  applyPrefs();
  renderAll();
  if (state.prefs.open) setOpen(true, true);
}

function applyPrefs() {
  ui.root.classList.toggle('zcw-large', !!state.prefs.large);
  ui.root.classList.toggle('zcw-contrast', !!state.prefs.contrast);
}

function setOpen(open, restoring) {
  ui.panel.hidden = !open;
  ui.launcher.hidden = open;
  ui.launcher.setAttribute('aria-expanded', String(open));
  state.prefs.open = open; savePrefs();
  if (open) { scrollDown(); if (!restoring) ui.input.focus(); } else ui.launcher.focus();
}

// Quick replies belong to the bot's latest turn: only bot messages after the last user message keep them.
function renderAll() {
  ui.log.textContent = '';
  var lastUser = -1;
  state.history.forEach(function (e, i) { if (e.role === 'user') lastUser = i; });
  ui.log.appendChild(messageEl(welcomeEntry(), true));
  state.history.forEach(function (e, i) { ui.log.appendChild(messageEl(e, i > lastUser)); });
  scrollDown();
}

function scrollDown() { ui.log.scrollTop = ui.log.scrollHeight; }

function submitInput() {
  var text = ui.input.value.trim();
  if (!text) { ui.input.focus(); return; }
  if (send(text)) { ui.input.value = ''; ui.count.textContent = '0/' + CONFIG.maxChars + '字'; }
}

// `message` goes to the bot; `shown` is what the person chose (a button title) when they differ.
function send(message, shown) {
  if (state.pending) { ui.typing.firstChild.textContent = '上一条消息还在处理，请稍候'; return false; }
  Array.prototype.forEach.call(ui.log.querySelectorAll('.zcw-quick'), function (q) { if (!q.closest('[data-id="welcome"]')) q.remove(); });
  var entry = pushHistory({ id: uid(), role: 'user', text: shown || message });
  ui.log.appendChild(messageEl(entry, false));
  scrollDown();
  request(message);
  return true;
}

function setPending(on) {
  state.pending = on;
  ui.typing.hidden = !on;
  ui.typing.firstChild.textContent = '助手正在查询政策，请稍候';
  ui.sendBtn.setAttribute('aria-disabled', String(on));
  clearTimeout(ui.slowTimer);
  if (on) ui.slowTimer = setTimeout(function () { ui.typing.firstChild.textContent = '网络较慢，仍在查询，请稍候'; }, 6000);
}

function request(message) {
  setPending(true);
  var body = { message: message };
  if (state.sender) body.sender_id = state.sender;
  apiCall('POST', '/api/v1/chat', body, CHAT_TIMEOUT_MS)
    .then(function (data) {
      setPending(false);
      if (data.sender_id) setSender(data.sender_id);
      (data.messages || []).forEach(function (m) {
        var entry = pushHistory({ id: uid(), role: 'bot', text: m.text || '', buttons: m.buttons || [], citations: m.citations || [] });
        ui.log.appendChild(messageEl(entry, true));
      });
      scrollDown();
    }, function (err) {
      setPending(false);
      // Our stored id was refused (the server's key changed, or an id from an older widget):
      // start a new conversation once, saying so, rather than leaving the person stuck.
      if (err.status === 403 && state.sender) {
        setSender(null);
        var note = pushHistory({ id: uid(), role: 'bot', notice: true, text: CONFIG.restarted, buttons: [], citations: [] });
        ui.log.appendChild(messageEl(note, false));
        return request(message);
      }
      showError(err, message);
    });
}

// Not stored in the history: a failed send is offered again now, not replayed after a reload.
function showError(err, message) {
  var text = err.kind === 'input' ? '这条消息没有发出：' + err.message
    : err.message + '，消息没有发送成功。请检查网络后点“重试”，或拨打' + CONFIG.hotline + '热线。';
  var box = el('div', { class: 'zcw-msg zcw-error', role: 'alert' }, [el('span', { class: 'zcw-who', text: '⚠ 提示（未发送）' }), text]);
  if (err.kind !== 'input') {
    box.appendChild(el('div', { class: 'zcw-row' }, [el('button', { type: 'button', text: '重试', onclick: function () {
      box.remove(); request(message); } })]));
  }
  ui.log.appendChild(box);
  scrollDown();
  var retry = box.querySelector('button');
  if (retry) retry.focus();
}

function clearConversation() {
  clearHistory();
  renderAll();
  ui.input.focus();
}

if (document.body) build(); else document.addEventListener('DOMContentLoaded', build);
