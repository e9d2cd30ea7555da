"""CPU of request validation for the pre-sign body (the largest request of the spec).

    .venv/bin/python benchmarks/bench_validation.py

Prints the median over rounds of: parsing the JSON bytes, checking the parsed body, and both
(what the auth flow does; the parsed body is then reused for field encryption).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import pre_sign_body


def main() -> int:
    from wechatpay_auth._validation import request_schemas

    body = pre_sign_body().to_dict()
    started = time.process_time()
    schemas = request_schemas()  # reads wechatpay_client/_openapi.json
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    schemas.validate("pre_sign_mini_program", body)  # compiles the operation's checks once
    print(f"first use (spec read, operation compiled): {(time.process_time() - started) * 1e3:.1f} ms CPU")
    steps = {
        "json.loads of the body": lambda: json.loads(raw),
        "schema check of the parsed body": lambda: schemas.validate("pre_sign_mini_program", body),
        "validate_content (both)": lambda: schemas.validate_content("pre_sign_mini_program", raw),
    }
    results: dict[str, list[float]] = {}
    n = 5000
    for _ in range(9):
        for name, fn in steps.items():
            start = time.process_time()
            for _ in range(n):
                fn()
            results.setdefault(name, []).append((time.process_time() - start) / n)
    print(f"| pre_sign_mini_program body ({len(raw)} bytes) | CPU per call |\n|---|---:|")
    for name, values in results.items():
        print(f"| {name} | {statistics.median(values) * 1e6:.1f} µs |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
