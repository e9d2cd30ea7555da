"""Helpers for the end-to-end tests: the SDK (``create_client``) against a real ``Sandbox`` on loopback.

Nothing here imports from other test directories; the module name is unique on purpose
(pytest puts every test directory on ``sys.path``).
"""

from __future__ import annotations

import datetime as dt
import http.server
import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from wechatpay_auth import APIError, create_client, decrypt_aead_resource, get_auth, verify_signature
from wechatpay_client.api.insurance_sign import pre_sign_mini_program
from wechatpay_client.models.insurance_amount import InsuranceAmount
from wechatpay_client.models.insurance_policy_period_plan import InsurancePolicyPeriodPlan
from wechatpay_client.models.insurance_pre_sign_mini_program_request import InsurancePreSignMiniProgramRequest
from wechatpay_client.models.insurance_real_identity import InsuranceRealIdentity
from wechatpay_client.models.insurance_renew_policy_period_plan import InsuranceRenewPolicyPeriodPlan
from wechatpay_sandbox import Contract, Sandbox

BEIJING = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")

APPID = "wxd678efh567hg6787"
PLAN_ID = 12535
REAL_NAME = "张三"
ID_CARD = "110101199003070011"
AMOUNT = 2999
MINI_PROGRAM_REDIRECT_APPID = "wxbd687630cd02ce1d"
MINI_PROGRAM_REDIRECT_PATH = "pages/PwdExemptContract/index"


def today_beijing() -> dt.date:
    """Today's date in Asia/Shanghai (the sandbox's business calendar)."""
    return dt.datetime.now(BEIJING).date()


def unique(prefix: str = "e2e") -> str:
    return f"{prefix}{uuid.uuid4().hex[:24]}"


# --------------------------------------------------------------------------- clients


def make_client(sandbox: Sandbox, mode: str = "public_key", **kwargs: Any) -> Any:
    """``create_client`` for the sandbox in ``mode``: ``public_key``, ``certificate`` or ``both``."""
    creds = sandbox.credentials
    keys: dict[str, Any] = {}
    if mode in ("public_key", "both"):
        keys["wechatpay_public_key_id"] = creds.public_key_id
        keys["wechatpay_public_key"] = creds.wechatpay_public_key_pem
    if mode in ("certificate", "both"):
        keys["apiv3_key"] = creds.apiv3_key
    return create_client(
        creds.mchid,
        merchant_serial_no=creds.merchant_serial_no,
        merchant_private_key=creds.merchant_private_key_pem,
        base_url=sandbox.base_url,
        timeout=10.0,
        **keys,
        **kwargs,
    )


async def close_client(client: Any) -> None:
    client.get_httpx_client().close()
    await client.get_async_httpx_client().aclose()
    get_auth(client).close()


async def call(mode: str, module: Any, *args: Any, **kwargs: Any) -> Any:
    """``module.sync(...)`` or ``await module.asyncio(...)`` (the typed result)."""
    if mode == "sync":
        return module.sync(*args, **kwargs)
    return await module.asyncio(*args, **kwargs)


async def call_detailed(mode: str, module: Any, *args: Any, **kwargs: Any) -> Any:
    """``module.sync_detailed(...)`` or ``await module.asyncio_detailed(...)`` (status, headers, parsed)."""
    if mode == "sync":
        return module.sync_detailed(*args, **kwargs)
    return await module.asyncio_detailed(*args, **kwargs)


@contextmanager
def capture_requests(client: Any) -> Iterator[list[httpx.Request]]:
    """Record the requests exactly as sent (after signing and field encryption), sync and async."""
    sent: list[httpx.Request] = []

    def hook(request: httpx.Request) -> None:
        sent.append(request)

    async def ahook(request: httpx.Request) -> None:
        sent.append(request)

    sync_hooks = client.get_httpx_client().event_hooks["request"]
    async_hooks = client.get_async_httpx_client().event_hooks["request"]
    sync_hooks.append(hook)
    async_hooks.append(ahook)
    try:
        yield sent
    finally:
        sync_hooks.remove(hook)
        async_hooks.remove(ahook)


def check_api_error(
    exc: BaseException, cls: type[APIError], status: int, code: str, *, field: str | None = None
) -> APIError:
    """The error is exactly ``cls`` with this status and code, a Request-ID, and (PARAM_ERROR) the field."""
    assert type(exc) is cls, f"expected {cls.__name__}, got {type(exc).__name__}: {exc}"
    assert isinstance(exc, APIError)
    assert exc.status_code == status
    assert exc.code == code
    assert isinstance(exc.request_id, str) and exc.request_id.strip(), "no Request-ID on the error"
    assert exc.message, "no message on the error"
    if field is not None:
        assert isinstance(exc.detail, dict), f"detail is {exc.detail!r}"
        assert exc.detail.get("field") == field, f"detail names {exc.detail.get('field')!r}, expected {field!r}"
    return exc


# --------------------------------------------------------------------------- request bodies


def period_plans(periods: list[tuple[int, dt.date, int]]) -> list[InsurancePolicyPeriodPlan]:
    return [
        InsurancePolicyPeriodPlan(
            policy_period_id=pid,
            estimated_deduct_date=day,
            estimated_deduct_amount=InsuranceAmount(total=total, currency="CNY"),
        )
        for pid, day, total in periods
    ]


def renew_plans(periods: list[tuple[int, dt.date, int]]) -> list[InsuranceRenewPolicyPeriodPlan]:
    return [
        InsuranceRenewPolicyPeriodPlan(
            policy_period_id=pid,
            estimated_deduct_date=day,
            estimated_deduct_amount=InsuranceAmount(total=total, currency="CNY"),
        )
        for pid, day, total in periods
    ]


def default_periods() -> list[tuple[int, dt.date, int]]:
    """Period 1 is due today (booking window open); period 2 in 30 days (its window opens in 29)."""
    today = today_beijing()
    return [(1, today, AMOUNT), (2, today + dt.timedelta(days=30), AMOUNT)]


def identity() -> InsuranceRealIdentity:
    return InsuranceRealIdentity(real_name=REAL_NAME, id_card_number=ID_CARD, identity_type="ID_CARD")


def common_fields(code: str, notify_url: str, periods: list[tuple[int, dt.date, int]] | None = None) -> dict[str, Any]:
    """The fields every pre-sign request shares (``policy_periods`` as (id, date, fen) tuples)."""
    today = today_beijing()
    return {
        "appid": APPID,
        "plan_id": PLAN_ID,
        "out_contract_code": code,
        "insured_display_name": "*三",
        "contract_notify_url": notify_url,
        "policy_start_date": today,
        "policy_end_date": today + dt.timedelta(days=364),
        "policy_periods": periods if periods is not None else default_periods(),
    }


def mini_program_body(
    code: str,
    notify_url: str,
    *,
    periods: list[tuple[int, dt.date, int]] | None = None,
    with_identity: bool = False,
    **extra: Any,
) -> InsurancePreSignMiniProgramRequest:
    fields = common_fields(code, notify_url, periods)
    fields["policy_periods"] = period_plans(fields["policy_periods"])
    if with_identity:
        fields["real_identity"] = identity()
    return InsurancePreSignMiniProgramRequest(**fields, **extra)


# --------------------------------------------------------------------------- signed contracts


class Contracts:
    """Makes signed contracts through the SDK (mini-program pre-sign) and the sandbox's user action."""

    def __init__(self, sandbox: Sandbox, client: Any, notify_url: str) -> None:
        self.sandbox = sandbox
        self.client = client
        self.notify_url = notify_url

    def signed(
        self, *, periods: list[tuple[int, dt.date, int]] | None = None, openid: str | None = None, **extra: Any
    ) -> Contract:
        code = unique("c")
        body = mini_program_body(code, self.notify_url, periods=periods, **extra)
        answer = pre_sign_mini_program.sync(client=self.client, body=body)
        contract = self.sandbox.simulate_user_sign(answer.pre_entrustweb_id, openid=openid)
        assert contract.out_contract_code == code
        return contract


# --------------------------------------------------------------------------- callbacks


class Received:
    def __init__(self, path: str, headers: dict[str, str], body: bytes) -> None:
        self.path = path
        self.headers = headers
        self.body = body

    @property
    def envelope(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.body)
        return value


class Receiver:
    """A loopback webhook endpoint (stdlib ``http.server`` on 127.0.0.1:0): records every POST, answers 204."""

    def __init__(self) -> None:
        self.token = secrets.token_hex(6)
        self.received: list[Received] = []
        self._cond = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver._cond:
                    receiver.received.append(Received(self.path, dict(self.headers.items()), body))
                    receiver._cond.notify_all()
                self.send_response(204)
                self.end_headers()

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{self.token}{path}"

    def wait_for(self, predicate: Callable[[Received], bool], timeout: float = 5.0) -> Received:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for item in self.received:
                    if predicate(item):
                        return item
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching callback within {timeout} s ({len(self.received)} received)")
                self._cond.wait(left)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def open_notification(client: Any, apiv3_key: str, item: Received) -> dict[str, Any]:
    """Verify a received callback with the SDK's key set and primitives; return the decrypted resource."""
    auth = get_auth(client)
    now = int(time.time())
    verify_signature(item.headers, item.body, now=now, keys=auth.keys.lookup_at(now))
    resource = item.envelope["resource"]
    plain = decrypt_aead_resource(
        apiv3_key.encode("utf-8"),
        algorithm=resource.get("algorithm"),
        nonce=resource["nonce"],
        associated_data=resource.get("associated_data"),
        ciphertext=resource["ciphertext"],
    )
    value: dict[str, Any] = json.loads(plain)
    return value


def callback_for(event_type: str, key: str, value: str, client: Any, apiv3_key: str) -> Callable[[Received], bool]:
    """A receiver predicate: this event type whose decrypted resource has ``key == value``."""

    def match(item: Received) -> bool:
        try:
            if item.envelope.get("event_type") != event_type:
                return False
            return open_notification(client, apiv3_key, item).get(key) == value
        except (ValueError, KeyError):
            return False

    return match
