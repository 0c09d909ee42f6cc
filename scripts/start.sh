# Sourced by scripts/run.sh after install and build: train the bot if it changed (content hash),
# start Rasa, the action server and the API, wait until healthy; Ctrl-C stops all three.
step "启动助手（Rasa 对话服务、动作服务器、API）"
exec .venv/bin/policy serve
