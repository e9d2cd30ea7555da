#!/usr/bin/env bash
# Install everything into .venv and run every check CI runs: the generated client matches the
# spec, ruff is clean, the packages type-check under mypy --strict, and the pytest suite passes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
echo "== generator --check"
.venv/bin/python -m generator --check
echo "== ruff (hand-written code; generated_client/ is formatted by the generator)"
.venv/bin/python -m ruff check auth_plugin sdk sandbox cli generator tests benchmarks
.venv/bin/python -m ruff format --check auth_plugin sdk sandbox cli generator tests benchmarks
echo "== mypy --strict"
.venv/bin/python -m mypy --strict generated_client/wechatpay_client auth_plugin/wechatpay_auth sdk/wechatpay_typed sandbox/wechatpay_sandbox cli/wechatpay_cli
echo "== pytest"
.venv/bin/python -m pytest -q "$@"
