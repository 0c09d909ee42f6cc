#!/usr/bin/env bash
# One command: install everything, check style and types, and run the whole test suite.
# Arguments go to pytest, e.g. the fast subset: bash scripts/test.sh -m "not live and not browser and not slow"
source "$(dirname "$0")/lib.sh"
ensure_app_venv
ensure_rasa_venv
ensure_system_packages
ensure_node_packages
static_checks
build_knowledge
train_bot
step "运行测试 (pytest)"
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when it collected no test: that is a failure, never a green run.
[ "$rc" -eq 5 ] && die "pytest 没有收集到任何测试 (exit 5)"
exit "$rc"
