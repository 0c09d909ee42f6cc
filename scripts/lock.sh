#!/usr/bin/env bash
# Refresh the pinned, hashed requirement files both venvs install from:
#   requirements/app.txt   .venv (Python 3.11): pyproject.toml's dependencies + [dev] + the build backend
#   requirements/rasa.txt  .venv-rasa (Python 3.10): bot/requirements.txt
# A plain run keeps every pin that still satisfies the inputs (only a new or changed dependency moves);
# `bash scripts/lock.sh --upgrade` moves everything to the newest allowed versions.
# torch is left out of app.txt on purpose: torch==2.13.0 is a CPU build (2.13.0+cpu) that lies on this
# image's disk (pip's find-links), not on PyPI; a hash of it would tie the file to that one wheel, and
# PyPI's builds of torch are the multi-GB CUDA ones. scripts/lib.sh installs it pinned, first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
UV_PIN="uv==0.13.8"
TORCH_PIN="torch==2.13.0"
tool="${TMPDIR:-/tmp}/policy-lock-tool"
if ! [ -x "$tool/bin/uv" ] || ! "$tool/bin/uv" --version | grep -q "${UV_PIN#uv==}"; then
    python3 -m venv "$tool"
    "$tool/bin/pip" install -q "$UV_PIN"
fi
uv="$tool/bin/uv"
extra=()
[ "${1:-}" = "--upgrade" ] && extra+=(--upgrade)
# torch's CPU wheel is found where pip finds it (PIP_FIND_LINKS / pip.conf find-links); never from PyPI.
links="${PIP_FIND_LINKS:-$(pip3 config get global.find-links 2>/dev/null || true)}"
find_links=()
for d in $links; do find_links+=(--find-links "$d"); done
constraints="$(mktemp)"; trap 'rm -f "$constraints"' EXIT
echo "$TORCH_PIN" > "$constraints"

export UV_CUSTOM_COMPILE_COMMAND="bash scripts/lock.sh"
"$uv" pip compile -q "${extra[@]}" pyproject.toml --extra dev requirements/build.in \
    --constraint "$constraints" "${find_links[@]}" --no-emit-package torch \
    --python-version 3.11 --generate-hashes -o requirements/app.txt
"$uv" pip compile -q "${extra[@]}" bot/requirements.txt \
    --python-version 3.10 --generate-hashes -o requirements/rasa.txt
echo "requirements/app.txt: $(grep -c '==' requirements/app.txt) packages; requirements/rasa.txt: $(grep -c '==' requirements/rasa.txt) packages"
