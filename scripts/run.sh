#!/usr/bin/env bash
# One command: install everything, build the knowledge and start the assistant on embedded defaults.
source "$(dirname "$0")/lib.sh"
ensure_app_venv
ensure_rasa_venv
build_knowledge
train_bot
source scripts/start.sh
