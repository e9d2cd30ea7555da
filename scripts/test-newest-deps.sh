#!/usr/bin/env bash
# The SDK against the NEWEST releases of its runtime dependencies (httpx, attrs, cryptography), in
# a separate venv (.venv-newest), so that the ranges in pyproject.toml are tested where they end,
# not only at the versions the dev venv happens to hold. Runs the auth plugin, the notifications,
# the CLI and the end-to-end tests against the sandbox. Run by .ci/run after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=.venv-newest
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)
"${PIP[@]}" install --quiet "pip>=25.1"
"${PIP[@]}" install --quiet --group test -e .
# Then the newest release of each runtime dependency that pyproject.toml allows.
"${PIP[@]}" install --quiet --upgrade --upgrade-strategy only-if-needed httpx attrs cryptography
echo "== runtime dependencies under test"
"$VENV/bin/python" - <<'PYEOF'
import importlib.metadata as md
for name in ("httpx", "attrs", "cryptography"):
    print(f"  {name} {md.version(name)}")
PYEOF
# Fail if pip could have installed something newer (an upper bound in pyproject.toml, or a
# conflict with a pinned dev tool, holding one back).
outdated=$("${PIP[@]}" list --outdated --format=freeze 2>/dev/null | grep -iE '^(httpx|attrs|cryptography)==' || true)
if [ -n "$outdated" ]; then
  echo "not the newest release: $outdated" >&2
  exit 1
fi
echo "== pytest (auth plugin, notifications, CLI, e2e against the sandbox) with the newest dependencies"
"$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/auth_plugin tests/notifications tests/e2e tests/cli "$@"
