#!/usr/bin/env bash
# Install the SDK into .venv (runtime dependencies only) and run `wechatpay demo`: the whole
# insurance flow against the embedded sandbox, offline, with throwaway keys.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/wechatpay demo "$@"
