# Sourced by scripts/run.sh after install and build: start what exists, say what does not yet.
HOST="${POLICY_HOST:-127.0.0.1}"
PORT="${POLICY_PORT:-8000}"
if [ ! -f bot/config.yml ]; then
    step "Rasa 对话机器人 (bot/) 尚未实现：本次只启动 HTTP API（检索与资格判断）"
fi
step "启动 API：http://$HOST:$PORT  (接口文档 http://$HOST:$PORT/docs，Ctrl-C 停止)"
exec .venv/bin/uvicorn api.main:app --host "$HOST" --port "$PORT"
