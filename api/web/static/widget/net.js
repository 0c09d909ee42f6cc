// Calls to the API. Every call has a timeout: a slow or dead network ends in an error the panel
// shows with a retry button, never in a panel waiting for ever.
var API = (function () {
  var base = SCRIPT && SCRIPT.getAttribute('data-api');
  if (!base && SCRIPT && SCRIPT.src) base = new URL(SCRIPT.src, location.href).origin;
  return (base || location.origin).replace(/\/+$/, '');
})();
var CHAT_TIMEOUT_MS = 25000; // the API itself gives up on the dialogue after ~8 s and answers from search

function apiCall(method, path, body, timeoutMs) {
  var ctrl = window.AbortController ? new AbortController() : null;
  var timer = setTimeout(function () { if (ctrl) ctrl.abort(); }, timeoutMs || 15000);
  var opts = { method: method, headers: { 'Content-Type': 'application/json' }, signal: ctrl && ctrl.signal };
  if (body !== undefined) opts.body = JSON.stringify(body);
  return fetch(API + path, opts).then(function (r) {
    return r.json().catch(function () { return {}; }).then(function (data) {
      if (r.ok) return data;
      var msg = data.message || (typeof data.detail === 'string' ? data.detail : '') || ('服务暂时不可用（HTTP ' + r.status + '）');
      throw { kind: r.status === 422 ? 'input' : 'http', status: r.status, message: msg };
    });
  }, function (e) {
    throw { kind: 'network', message: e && e.name === 'AbortError' ? '网络较慢，等待超时' : '网络连接异常' };
  }).finally(function () { clearTimeout(timer); });
}
