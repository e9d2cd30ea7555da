"""Helpers shared by the hardening tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
from wechatpay_auth import RetryPolicy
from wechatpay_sandbox import SandboxCredentials

#: Retries as configured in production, with delays a thousand times shorter.
FAST_RETRY = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.004, max_retry_after=2.0)
REAL_NAME = "张三丰"
ID_CARD = "110101199003070011"
BEIJING = dt.timezone(dt.timedelta(hours=8))


def pre_sign_body(out_contract_code: str | None = None, **changes: Any) -> Any:
    """A valid typed pre-sign request, real_identity in plaintext."""
    from wechatpay_client.models import (
        InsuranceAmount,
        InsurancePolicyPeriodPlan,
        InsurancePreSignMiniProgramRequest,
        InsuranceRealIdentity,
    )

    # Tomorrow in Beijing: the sandbox opens booking (schedule_policy_period) one day before.
    start = dt.datetime.now(BEIJING).date() + dt.timedelta(days=1)
    fields: dict[str, Any] = {
        "appid": "wxd678efh567hg6787",
        "plan_id": 12535,
        "out_contract_code": out_contract_code or "H" + uuid.uuid4().hex[:24],
        "insured_display_name": "*明",
        "contract_notify_url": "https://merchant.example.com/notify",
        "policy_start_date": start,
        "policy_end_date": start + dt.timedelta(days=364),
        "policy_periods": [
            InsurancePolicyPeriodPlan(
                policy_period_id=1, estimated_deduct_date=start, estimated_deduct_amount=InsuranceAmount(total=100)
            )
        ],
        "real_identity": InsuranceRealIdentity(real_name=REAL_NAME, id_card_number=ID_CARD),
    }
    fields.update(changes)
    return InsurancePreSignMiniProgramRequest(**fields)


class Wire:
    """What went over the wire, per attempt and after signing (httpx event hooks)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def attach(self, client: Any) -> None:
        def on_request(request: httpx.Request) -> None:
            self.requests.append(request)

        def on_response(response: httpx.Response) -> None:
            self.responses.append(response)

        async def aon_request(request: httpx.Request) -> None:
            self.requests.append(request)

        async def aon_response(response: httpx.Response) -> None:
            self.responses.append(response)

        sync_http, async_http = client.get_httpx_client(), client.get_async_httpx_client()
        sync_http.event_hooks["request"].append(on_request)
        sync_http.event_hooks["response"].append(on_response)
        async_http.event_hooks["request"].append(aon_request)
        async_http.event_hooks["response"].append(aon_response)

    def nonces(self) -> list[str]:
        return [_auth_param(r, "nonce_str") for r in self.requests]

    def signatures(self) -> list[str]:
        """Request and response signatures seen: none may appear in a log line or an error."""
        found = [_auth_param(r, "signature") for r in self.requests if "Authorization" in r.headers]
        found += [s for s in (r.headers.get("Wechatpay-Signature") for r in self.responses) if s]
        return found


def _auth_param(request: httpx.Request, name: str) -> str:
    header = request.headers.get("Authorization", "")
    marker = f'{name}="'
    return header.split(marker, 1)[1].split('"', 1)[0] if marker in header else ""


def secret_strings(credentials: SandboxCredentials) -> list[str]:
    """Key material, the APIv3 key and the plaintext identity: never in a log line or an error."""
    found: list[str] = [credentials.apiv3_key, REAL_NAME, ID_CARD]
    for pem in (
        credentials.merchant_private_key_pem,
        credentials.wechatpay_private_key_pem,
        credentials.platform_certificate.private_key_pem,
    ):
        lines = [line for line in pem.splitlines() if line and not line.startswith("-----")]
        found.extend(line for line in lines if len(line) >= 40)
    return found


def assert_no_secrets(texts: list[str], secrets: list[str]) -> None:
    blob = "\n".join(texts)
    leaked = [index for index, secret in enumerate(secrets) if secret and secret in blob]
    assert not leaked, f"{len(leaked)} secret(s) leaked into logs or exception text"
