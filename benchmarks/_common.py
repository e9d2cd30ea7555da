"""Shared helpers for the benchmarks: the sandbox in another process, CPU timing, the machine."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for _where in ("sandbox", "generated_client", "auth_plugin"):
    if str(REPO / _where) not in sys.path:
        sys.path.insert(0, str(REPO / _where))

BEIJING = dt.timezone(dt.timedelta(hours=8))


@dataclass
class Server:
    base_url: str
    credentials_dir: Path
    process: subprocess.Popen[str]

    def credentials(self) -> Any:
        from wechatpay_sandbox import SandboxCredentials

        return SandboxCredentials.load(self.credentials_dir)


@contextlib.contextmanager
def sandbox_process(*extra: str) -> Iterator[Server]:
    """``python -m wechatpay_sandbox`` in ANOTHER process, so its CPU is not counted here."""
    with tempfile.TemporaryDirectory(prefix="wechatpay-bench-") as tmp:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [
                str(REPO / "sandbox"),
                str(REPO / "generated_client"),
                str(REPO / "auth_plugin"),
                env.get("PYTHONPATH", ""),
            ]
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "wechatpay_sandbox", "--port", "0", "--credentials-dir", tmp, *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            found = re.search(r"listening on (http://\S+)", line)
            if not found:
                raise RuntimeError(f"the sandbox did not start: {line!r}")
            yield Server(found[1], Path(tmp), process)
        finally:
            process.terminate()
            process.wait(timeout=10)


def cpu_per_call(fn: Callable[[], Any], n: int) -> float:
    """Process CPU seconds per call of ``fn`` over ``n`` calls (user + system, all threads)."""
    start = time.process_time()
    for _ in range(n):
        fn()
    return (time.process_time() - start) / n


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs ({cpu}), shared and noisy; "
        f"Python {platform.python_version()}"
    )


def versions(*names: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for name in names:
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return ", ".join(parts)


def pre_sign_body(
    notify_url: str = "https://merchant.example.com/notify", out_contract_code: str = "BENCH0000000000000001"
) -> Any:
    from wechatpay_client.models import (
        InsuranceAmount,
        InsurancePolicyPeriodPlan,
        InsurancePreSignMiniProgramRequest,
        InsuranceRealIdentity,
    )

    start = dt.datetime.now(BEIJING).date() + dt.timedelta(days=1)
    return InsurancePreSignMiniProgramRequest(
        appid="wxd678efh567hg6787",
        plan_id=12535,
        out_contract_code=out_contract_code,
        insured_display_name="*明",
        contract_notify_url=notify_url,
        policy_start_date=start,
        policy_end_date=start + dt.timedelta(days=364),
        policy_periods=[
            InsurancePolicyPeriodPlan(
                policy_period_id=1, estimated_deduct_date=start, estimated_deduct_amount=InsuranceAmount(total=2999)
            )
        ],
        real_identity=InsuranceRealIdentity(real_name="张三", id_card_number="110101199003070011"),
    )
