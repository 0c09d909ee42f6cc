// Conversation state kept in localStorage: the conversation id the server issued (so Rasa keeps the
// dialogue after a reload), the rendered history, and the reader's display preferences.
var KEY = 'zcw:v1:';
var MAX_HISTORY = 120;

function load(name, fallback) {
  try { var v = localStorage.getItem(KEY + name); return v === null ? fallback : JSON.parse(v); }
  catch (e) { return fallback; } // private mode or corrupt entry: start afresh, never break the page
}
function save(name, value) {
  try { localStorage.setItem(KEY + name, JSON.stringify(value)); } catch (e) { /* quota: keep in memory */ }
}
// The server issues conversation ids (the first turn goes without one); null = start a new one.
function setSender(id) { state.sender = id || null; save('sender', state.sender); }

var state = {
  sender: load('sender', null),
  history: load('history', []),
  prefs: load('prefs', { large: false, contrast: false, open: false }),
  pending: false
};
if (!Array.isArray(state.history)) state.history = [];

function saveHistory() {
  if (state.history.length > MAX_HISTORY) state.history = state.history.slice(-MAX_HISTORY);
  save('history', state.history);
}
function pushHistory(entry) { state.history.push(entry); saveHistory(); return entry; }
function savePrefs() { save('prefs', state.prefs); }
// A cleared conversation also gets a new sender id, so the dialogue starts from nothing too.
function clearHistory() { state.history = []; saveHistory(); setSender(null); }
