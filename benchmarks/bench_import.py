"""Cold import time (one operation, the whole package) and regeneration time.

    .venv/bin/python benchmarks/bench_import.py [--runs 7]

Each import is a fresh interpreter (``python -c``), wall time, median of ``--runs``; the bare
interpreter start (``python -c pass``) is measured the same way and subtracted. Regeneration
is ``python -m generator --check`` (regenerates the whole client into a temporary directory and
compares; the committed tree is not touched) and ``python -m generator --output <tmp>``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENV = dict(os.environ)
ENV["PYTHONPATH"] = os.pathsep.join(
    [str(REPO / "generated_client"), str(REPO / "auth_plugin"), str(REPO), ENV.get("PYTHONPATH", "")]
)
ENV.pop("PYTHONDONTWRITEBYTECODE", None)

IMPORTS = {
    "interpreter start (subtracted)": "pass",
    "one operation: wechatpay_client.api.insurance_sign.pre_sign_mini_program": (
        "import wechatpay_client.api.insurance_sign.pre_sign_mini_program"
    ),
    "the auth plugin: wechatpay_auth": "import wechatpay_auth",
    "one operation + wechatpay_auth (what a call needs)": (
        "import wechatpay_auth, wechatpay_client.api.insurance_sign.pre_sign_mini_program"
    ),
    "whole package: wechatpay_auth + every operation and model": (
        "import wechatpay_auth, pkgutil, importlib, wechatpay_client, wechatpay_client.api, wechatpay_client.models\n"
        "for m in pkgutil.walk_packages(wechatpay_client.api.__path__, 'wechatpay_client.api.'): "
        "importlib.import_module(m.name)\n"
        "[getattr(wechatpay_client.models, n) for n in wechatpay_client.models.__all__]"
    ),
}


def _wall(argv: list[str], runs: int, cwd: Path = REPO) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=False, env=ENV, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # Warm the bytecode caches and the OS file cache: "cold" means a new process, not a cold disk.
    for code in IMPORTS.values():
        subprocess.run([sys.executable, "-c", code], check=True, env=ENV, cwd=REPO)
    medians = {
        name: statistics.median(_wall([sys.executable, "-c", code], args.runs)) for name, code in IMPORTS.items()
    }
    base = medians.pop("interpreter start (subtracted)")
    print(f"interpreter start: {base * 1e3:.0f} ms (subtracted below)\n")
    print("| cold import (new process, median) | ms |\n|---|---:|")
    for name, value in medians.items():
        print(f"| {name} | {(value - base) * 1e3:.0f} |")
    check = statistics.median(_wall([sys.executable, "-m", "generator", "--check"], max(3, args.runs // 2)))
    with tempfile.TemporaryDirectory() as tmp:
        output = statistics.median(
            _wall([sys.executable, "-m", "generator", "--output", str(Path(tmp) / "out")], max(3, args.runs // 2))
        )
    print("\n| regeneration (wall, median) | s |\n|---|---:|")
    print(f"| `python -m generator --output <tmp>` | {output:.2f} |")
    print(f"| `python -m generator --check` | {check:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
