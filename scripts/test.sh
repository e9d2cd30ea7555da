#!/usr/bin/env bash
# Install everything into .venv and run every check CI runs: the generated client matches the
# spec, ruff is clean, the packages type-check under mypy --strict, and the pytest suite passes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# The dev tools are a PEP 735 dependency group (not a published extra): pip >= 25.1 installs it.
.venv/bin/python -m pip install --quiet --disable-pip-version-check "pip>=25.1"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --group dev -e .
echo "== generator --check"
.venv/bin/python -m generator --check
echo "== ruff (hand-written code; generated_client/ is formatted by the generator)"
.venv/bin/python -m ruff check auth_plugin sdk sandbox cli generator tests benchmarks
.venv/bin/python -m ruff format --check auth_plugin sdk sandbox cli generator tests benchmarks
echo "== mypy --strict"
.venv/bin/python -m mypy --strict generated_client/wechatpay_client auth_plugin/wechatpay_auth sdk/wechatpay_typed sandbox/wechatpay_sandbox cli/wechatpay_cli
echo "== notification store servers (tests/stores, README webhook examples)"
for var in WECHATPAY_TEST_REDIS_URL WECHATPAY_TEST_POSTGRES_URL; do
  if [ -n "${!var:-}" ]; then
    echo "   $var is set: those tests run against it (a server that does not answer skips them, reason in the summary)"
  else
    echo "   $var is not set: those tests are SKIPPED (start the servers: eval \"\$(bash .ci/test-servers.sh)\")"
  fi
done
echo "== pytest"
.venv/bin/python -m pytest -q "$@"
