"""Cold cost of the client object: import ``wechatpay_typed``, build ``WeChatPay``, first call.

    .venv/bin/python benchmarks/bench_client_object.py [--runs 7]

Each run is a fresh interpreter (bytecode already written: "cold" means a new process, not a cold
disk) that starts an in-process sandbox first (not timed), then times:

- ``import wechatpay_typed`` in a bare interpreter (a separate process, nothing else imported)
  and again after the sandbox (its own imports, httpx and cryptography among them, taken out);
  ``wechatpay_typed`` imports ``wechatpay_auth``, httpx, cryptography, attrs and the
  generated ``resources/__init__.py``, but no tag module and no operation module);
- ``WeChatPay(...)`` (loading the merchant key, RSA's key check included, and building the
  httpx clients);
- the first ``wxpay.insurance_sign`` (imports that tag's resource module);
- the first call ``wxpay.insurance_sign.pre_sign_mini_program(body=...)`` (imports the operation
  module and its models, validates, encrypts, signs, round trip to the sandbox, verifies, decodes);
- the same figures for the function path (``create_client`` + ``pre_sign_mini_program.sync``)
  in the same interpreter kind, for comparison;
and counts the ``wechatpay_client.api.*`` and ``wechatpay_client.resources.*`` modules loaded.
The medians are printed as a Markdown table. ``probe()`` is also used by ``bench_scale.py`` to
measure the same at about 1,000 operations.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BODY = REPO / "tests" / "fixtures" / "pre_sign_mini_program_request.json"

PROBE = textwrap.dedent(
    """
    import json, sys, time
    from wechatpay_sandbox import Sandbox
    def count(prefix):
        return sum(1 for m in sys.modules if m.startswith(prefix))
    body = json.load(open({body!r}, encoding='utf-8'))
    out = {{}}
    with Sandbox('public_key') as sb:
        c = sb.credentials
        keys = dict(merchant_serial_no=c.merchant_serial_no, merchant_private_key=c.merchant_private_key_pem,
                    wechatpay_public_key_id=c.public_key_id, wechatpay_public_key=c.wechatpay_public_key_pem,
                    base_url=sb.base_url)
        if {path!r} == 'object':
            t = time.perf_counter(); import wechatpay_typed; out['import'] = time.perf_counter() - t
            t = time.perf_counter(); wxpay = wechatpay_typed.WeChatPay(c.mchid, **keys)
            out['construct'] = time.perf_counter() - t
            out['modules_after_construct'] = [count('wechatpay_client.api.'), count('wechatpay_client.resources.')]
            t = time.perf_counter(); resource = wxpay.insurance_sign; out['tag'] = time.perf_counter() - t
            t = time.perf_counter(); resource.pre_sign_mini_program(body=body)
            out['first_call'] = time.perf_counter() - t
            t = time.perf_counter(); resource.pre_sign_mini_program(body=dict(body, out_contract_code='N2'))
            out['second_call'] = time.perf_counter() - t
            wxpay.close()
        else:
            t = time.perf_counter()
            import wechatpay_auth
            from wechatpay_client.api.insurance_sign import pre_sign_mini_program
            from wechatpay_client.models import InsurancePreSignMiniProgramRequest
            out['import'] = time.perf_counter() - t
            t = time.perf_counter(); client = wechatpay_auth.create_client(c.mchid, **keys)
            out['construct'] = time.perf_counter() - t
            out['modules_after_construct'] = [count('wechatpay_client.api.'), count('wechatpay_client.resources.')]
            out['tag'] = 0.0
            t = time.perf_counter()
            pre_sign_mini_program.sync(client=client, body=InsurancePreSignMiniProgramRequest.from_dict(body))
            out['first_call'] = time.perf_counter() - t
            t = time.perf_counter()
            pre_sign_mini_program.sync(
                client=client, body=InsurancePreSignMiniProgramRequest.from_dict(dict(body, out_contract_code='N2')))
            out['second_call'] = time.perf_counter() - t
        out['modules_after_call'] = [count('wechatpay_client.api.'), count('wechatpay_client.resources.')]
    print(json.dumps(out))
    """
)

IMPORT_ALONE = {
    "object": "import wechatpay_typed",
    "functions": "import wechatpay_auth, wechatpay_client.api.insurance_sign.pre_sign_mini_program",
}
ALONE = textwrap.dedent(
    """
    import json, time
    t = time.perf_counter()
    {statement}
    print(json.dumps({{'import_alone': time.perf_counter() - t}}))
    """
)

KEYS = ("import_alone", "import", "construct", "tag", "first_call", "second_call")


def _env(output: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    roots = [output] if output is not None else [REPO / "generated_client"]
    roots += [REPO / "auth_plugin", REPO / "sdk", REPO / "sandbox", REPO]
    env["PYTHONPATH"] = os.pathsep.join(str(r) for r in roots)
    return env


def probe(output: Path | None, runs: int) -> dict[str, Any]:
    """Medians of the figures for both paths; ``output`` is a generated tree to put first (None: the committed one)."""
    figures: dict[str, Any] = {}
    for path in ("object", "functions"):
        code = PROBE.format(body=str(BODY), path=path)
        alone = ALONE.format(statement=IMPORT_ALONE[path])
        samples: list[dict[str, Any]] = []
        for run in range(runs + 1):  # the first run writes the bytecode and is not counted
            sample: dict[str, Any] = {}
            for source in (alone, code):
                result = subprocess.run(
                    [sys.executable, "-c", source],
                    env=_env(output),
                    cwd=REPO,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if result.returncode != 0:
                    raise RuntimeError(f"probe failed:\n{result.stderr}")
                sample.update(json.loads(result.stdout.strip().splitlines()[-1]))
            if run:
                samples.append(sample)
        figures[path] = {key: statistics.median(s[key] for s in samples) for key in KEYS}
        figures[path]["modules_after_construct"] = samples[-1]["modules_after_construct"]
        figures[path]["modules_after_call"] = samples[-1]["modules_after_call"]
    return figures


def table(figures: dict[str, Any]) -> str:
    lines = [
        "| cold, fresh interpreter, median | `WeChatPay` object | functions + `create_client` |",
        "|---|---:|---:|",
    ]
    labels = {
        "import_alone": "import alone, in a bare interpreter (httpx, cryptography, attrs included)",
        "import": "import after the sandbox (httpx, cryptography already loaded)",
        "construct": "construct (`WeChatPay(...)` / `create_client(...)`)",
        "tag": "first `wxpay.insurance_sign`",
        "first_call": "first call `pre_sign_mini_program` (sandbox round trip)",
        "second_call": "second call",
    }
    obj, fun = figures["object"], figures["functions"]
    for key, label in labels.items():
        lines.append(f"| {label} | {obj[key] * 1e3:.1f} ms | {fun[key] * 1e3:.1f} ms |")
    total_obj = sum(obj[k] for k in ("import_alone", "construct", "tag", "first_call"))
    total_fun = sum(fun[k] for k in ("import_alone", "construct", "tag", "first_call"))
    lines.append(
        f"| **import (bare) + construct + first call** | **{total_obj * 1e3:.0f} ms** | **{total_fun * 1e3:.0f} ms** |"
    )
    lines.append(
        "| operation / resource modules loaded after construct | "
        f"{obj['modules_after_construct'][0]} / {obj['modules_after_construct'][1]} | "
        f"{fun['modules_after_construct'][0]} / {fun['modules_after_construct'][1]} |"
    )
    lines.append(
        "| the same after the first call | "
        f"{obj['modules_after_call'][0]} / {obj['modules_after_call'][1]} | "
        f"{fun['modules_after_call'][0]} / {fun['modules_after_call'][1]} |"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters per path")
    args = parser.parse_args()
    print(table(probe(None, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
