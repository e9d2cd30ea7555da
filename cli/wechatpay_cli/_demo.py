"""``wechatpay demo``: the whole 委托代扣∙保险业 story against an embedded sandbox, offline.

Throwaway keys, a sandbox and a webhook receiver on free loopback ports, and the typed client:
pre-sign (plaintext identity, encrypted by the SDK) -> the user signs -> SIGN notification ->
query -> list periods -> schedule -> apply deduction -> TRANSACTION.SUCCESS -> terminate ->
TERMINATE. Every response signature and every notification is verified; any failure stops the
demo with a non-zero exit. Identities are printed masked; no key is printed.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, Self, TextIO, TypeVar

from wechatpay_auth import NotificationParser, WeChatPayError, create_client
from wechatpay_client import Client
from wechatpay_client.api.insurance_pay import apply_deduction, schedule_policy_period
from wechatpay_client.api.insurance_sign import (
    list_policy_periods,
    pre_sign_mini_program,
    query_contract,
    terminate_contract,
)
from wechatpay_client.models.insurance_amount import InsuranceAmount
from wechatpay_client.models.insurance_apply_deduction_request import InsuranceApplyDeductionRequest
from wechatpay_client.models.insurance_policy_period_plan import InsurancePolicyPeriodPlan
from wechatpay_client.models.insurance_pre_sign_mini_program_request import InsurancePreSignMiniProgramRequest
from wechatpay_client.models.insurance_real_identity import InsuranceRealIdentity
from wechatpay_client.models.insurance_schedule_policy_period_request import InsuranceSchedulePolicyPeriodRequest
from wechatpay_client.models.insurance_terminate_contract_request import InsuranceTerminateContractRequest
from wechatpay_client.types import Response
from wechatpay_sandbox import Sandbox

BEIJING = dt.timezone(dt.timedelta(hours=8))
PLAN_ID = 12535
APPID = "wxd678efh567hg6787"
NOTIFY_TIMEOUT = 5.0


class DemoStepError(Exception):
    """A step did not produce what the documented flow promises."""


def mask_name(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1)


def mask_id_number(number: str) -> str:
    return number[:4] + "*" * max(len(number) - 8, 0) + number[-4:] if len(number) > 8 else "*" * len(number)


class WebhookReceiver:
    """A loopback HTTP endpoint that hands raw notification bodies to the SDK's parser."""

    def __init__(self, parse: Callable[[Mapping[str, str], bytes], Any]) -> None:
        self.events: queue.Queue[Any] = queue.Queue()
        self.rejected: list[str] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                try:
                    event = parse(dict(self.headers.items()), body)
                except Exception as exc:  # noqa: BLE001 - any failure is answered FAIL so WeChat Pay retries
                    receiver.rejected.append(type(exc).__name__)
                    payload = b'{"code":"FAIL","message":"notification rejected"}'
                    self.send_response(401)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                receiver.events.put(event)
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-webhook", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait_for(self, event_type: str, timeout: float = NOTIFY_TIMEOUT) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DemoStepError(f"no verified {event_type} notification within {timeout:.0f} s")
            try:
                event = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            if event.event_type == event_type:
                return event


class Printer:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.step = 0

    def title(self, text: str) -> None:
        self.step += 1
        self.out.write(f"\n{self.step:>2}. {text}\n")

    def line(self, label: str, text: str) -> None:
        self.out.write(f"    {label:<8} {text}\n")
        self.out.flush()


def request_id(headers: Mapping[str, str]) -> str:
    return headers.get("Request-ID", "-")


T = TypeVar("T")


def parsed(response: Response[T]) -> T:
    """The typed body of a verified 2xx response (the auth plugin raised already otherwise)."""
    if response.parsed is None:
        raise DemoStepError(f"HTTP {response.status_code.value} without the documented body")
    return response.parsed


#: ``story(p, sandbox, client, webhook)``: one flow told step by step; raises DemoStepError on a miss.
Story = Callable[[Printer, Sandbox, Client, WebhookReceiver], None]
DEFAULT_FLOW = "insurance"


def flows() -> dict[str, tuple[str, Story]]:
    """Every demo flow by name: ``insurance`` (below) and each module of ``wechatpay_cli._demo_flows``.

    A flow module defines ``TITLE`` (one line) and ``story(p, sandbox, client, webhook)``.
    """
    import importlib
    import pkgutil

    from . import _demo_flows

    found: dict[str, tuple[str, Story]] = {
        DEFAULT_FLOW: ("委托代扣∙保险业 (insurance entrusted deduction)", _story),
    }
    for info in sorted(pkgutil.iter_modules(_demo_flows.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{_demo_flows.__name__}.{info.name}")
        found[info.name] = (str(module.TITLE), module.story)
    return found


def run_demo(
    out: TextIO, *, mode: Literal["public_key", "certificate"] = "public_key", flow: str = DEFAULT_FLOW
) -> bool:
    """Run one flow's story; print each step; return True only if every step verified."""

    started = time.perf_counter()
    title, story = flows()[flow]
    p = Printer(out)
    out.write(f"wechatpay demo --flow {flow}: {title} against a local WeChat Pay sandbox\n")
    out.write("throwaway keys, loopback only; every response signature and notification is verified\n")

    with Sandbox(mode, retry_compression=1000.0) as sb:
        creds = sb.credentials
        client_keys: dict[str, Any] = (
            {"wechatpay_public_key_id": creds.public_key_id, "wechatpay_public_key": creds.wechatpay_public_key_pem}
            if mode == "public_key"
            else {"apiv3_key": creds.apiv3_key}
        )
        client = create_client(
            creds.mchid,
            merchant_serial_no=creds.merchant_serial_no,
            merchant_private_key=creds.merchant_private_key_pem,
            base_url=sb.base_url,
            **client_keys,
        )
        # The webhook trusts exactly the keys the client trusts (and shares its certificate cache).
        parser = NotificationParser.from_client(client, apiv3_key=creds.apiv3_key)
        with WebhookReceiver(parser.parse) as webhook:
            out.write(f"  sandbox  {sb.base_url} ({mode.replace('_', '-')} mode, mchid {creds.mchid})\n")
            out.write(f"  webhook  {webhook.url}/notify (verifies and decrypts with NotificationParser)\n")
            try:
                story(p, sb, client, webhook)
            except (WeChatPayError, DemoStepError) as exc:
                out.write(f"\nFAILED at step {p.step}: {type(exc).__name__}: {exc}\n")
                return False
            finally:
                client.get_httpx_client().close()
            if webhook.rejected:
                out.write(f"\nFAILED: the webhook rejected notifications: {', '.join(webhook.rejected)}\n")
                return False
    out.write(f"\nAll {p.step} steps verified in {time.perf_counter() - started:.1f} s.\n")
    return True


def _story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    today = dt.datetime.now(BEIJING).date()
    out_contract_code = "DEMO" + uuid.uuid4().hex[:16].upper()
    real_name, id_number = "张三", "110101199003070011"
    periods = [
        InsurancePolicyPeriodPlan(
            policy_period_id=n,
            estimated_deduct_date=today + dt.timedelta(days=30 * (n - 1)),
            estimated_deduct_amount=InsuranceAmount(total=2999, currency="CNY"),
        )
        for n in (1, 2, 3)
    ]

    p.title("pre_sign_mini_program   保险商户小程序预签约")
    body = InsurancePreSignMiniProgramRequest(
        appid=APPID,
        openid="oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        plan_id=PLAN_ID,
        out_contract_code=out_contract_code,
        insured_display_name="*三",
        contract_notify_url=f"{webhook.url}/notify/contract",
        policy_start_date=today,
        policy_end_date=today + dt.timedelta(days=89),
        policy_periods=periods,
        can_auto_insure=True,
        real_identity=InsuranceRealIdentity(real_name=real_name, id_card_number=id_number, identity_type="ID_CARD"),
    )
    p.line(
        "sent", f"POST {pre_sign_mini_program.OPERATION_ID}: out_contract_code={out_contract_code}, plan_id={PLAN_ID}"
    )
    p.line(
        "",
        f"3 monthly periods of 29.99 CNY from {today}; real_identity {mask_name(real_name)} / "
        f"{mask_id_number(id_number)} given in plaintext, RSA-OAEP encrypted by the SDK",
    )
    presign_response = pre_sign_mini_program.sync_detailed(client=client, body=body)
    presign = parsed(presign_response)
    p.line(f"got {presign_response.status_code.value}", f"pre_entrustweb_id={presign.pre_entrustweb_id}")
    p.line("", f"redirect_appid={presign.redirect_appid}, redirect_path={presign.redirect_path}")
    p.line("", f"Request-ID {request_id(presign_response.headers)}, response signature verified")

    p.title("the user confirms the contract in WeChat (sandbox: simulate_user_sign)")
    contract = sb.simulate_user_sign(presign.pre_entrustweb_id)
    stored = contract.real_identity
    if stored is None or (stored.real_name, stored.id_card_number) != (real_name, id_number):
        raise DemoStepError("the sandbox did not decrypt the identity the SDK encrypted")
    p.line(
        "sandbox", f"contract {contract.contract_id} created; it decrypted real_identity with its private key: matches"
    )

    p.title("INSURANCE_ENTRUST.SIGN notification")
    event = webhook.wait_for("INSURANCE_ENTRUST.SIGN")
    sign = event.resource
    if sign.contract_id != contract.contract_id or sign.contract_state != "SIGNED":
        raise DemoStepError(f"unexpected SIGN resource: contract {sign.contract_id}, state {sign.contract_state}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted (AES-256-GCM)")
    p.line("", f"contract_id={sign.contract_id}, contract_state={sign.contract_state}, openid={sign.openid}")

    p.title("query_contract   保险商户查询保险自动续费协议")
    query_response = query_contract.sync_detailed(PLAN_ID, out_contract_code, client=client)
    queried = parsed(query_response)
    if queried.contract_state != "SIGNED" or queried.contract_id != contract.contract_id:
        raise DemoStepError(f"query_contract answered state {queried.contract_state}")
    p.line("sent", f"GET plan_id={PLAN_ID}, out_contract_code={out_contract_code}")
    p.line(
        f"got {query_response.status_code.value}",
        f"contract_state={queried.contract_state}, "
        f"expires {queried.contract_expired_time}; Request-ID {request_id(query_response.headers)}",
    )

    p.title("list_policy_periods   保险商户查询保险扣费周期列表")
    p.line("sent", f"GET plan_id={PLAN_ID}, out_contract_code={out_contract_code}, limit=10, offset=0")
    list_response = list_policy_periods.sync_detailed(PLAN_ID, out_contract_code, client=client, limit=10, offset=0)
    listed = parsed(list_response)
    rows = listed.data or []
    if len(rows) != 3:
        raise DemoStepError(f"expected 3 policy periods, got {len(rows)}")
    p.line(
        f"got {list_response.status_code.value}",
        f"{len(rows)} periods; Request-ID {request_id(list_response.headers)}",
    )
    for row in rows:
        p.line(
            "",
            f"#{row.policy_period_id} {row.estimated_deduct_date} "
            f"{row.estimated_deduct_amount.total} fen  {row.policy_period_state}",
        )

    p.title("schedule_policy_period   保险商户预约保险自动续费 (period #1)")
    amount = InsuranceAmount(total=2999, currency="CNY")
    schedule_response = schedule_policy_period.sync_detailed(
        contract.contract_id,
        1,
        client=client,
        body=InsuranceSchedulePolicyPeriodRequest(appid=APPID, scheduled_amount=amount),
    )
    state = parsed(schedule_response)
    p.line("sent", f"POST contract {contract.contract_id}, period 1, scheduled_amount=2999 fen")
    p.line(
        f"got {schedule_response.status_code.value}",
        f"policy_period_state={state.policy_period_state}, deduct window "
        f"{state.deduct_start_date} .. {state.deduct_end_date}; Request-ID {request_id(schedule_response.headers)}",
    )

    p.title("apply_deduction   保险商户受理保险自动续费扣款")
    out_trade_no = "DEMO" + uuid.uuid4().hex[:20].upper()
    apply_response = apply_deduction.sync_detailed(
        client=client,
        body=InsuranceApplyDeductionRequest(
            appid=APPID,
            out_trade_no=out_trade_no,
            description="保险自动续费-第1期",
            transaction_notify_url=f"{webhook.url}/notify/transaction",
            contract_id=contract.contract_id,
            policy_period_id=1,
            amount=amount,
        ),
    )
    applied = parsed(apply_response)
    p.line("sent", f"POST out_trade_no={out_trade_no}, amount 2999 fen")
    p.line(
        f"got {apply_response.status_code.value}",
        f"accepted: out_trade_no={applied.out_trade_no}; Request-ID {request_id(apply_response.headers)}",
    )

    p.title("TRANSACTION.SUCCESS notification")
    event = webhook.wait_for("TRANSACTION.SUCCESS")
    trade = event.resource
    if trade.out_trade_no != out_trade_no or trade.trade_state != "SUCCESS" or trade.trade_type != "PAP":
        raise DemoStepError(f"unexpected transaction: {trade.out_trade_no} {trade.trade_state} {trade.trade_type}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted")
    p.line(
        "",
        f"transaction_id={trade.transaction_id}, trade_type={trade.trade_type}, "
        f"trade_state={trade.trade_state}, amount {trade.amount.total} fen",
    )

    p.title("terminate_contract   保险商户通过商户协议号解除保险自动续费协议")
    p.line("sent", f"POST plan_id={PLAN_ID}, out_contract_code={out_contract_code}, with a termination remark")
    terminate_response = terminate_contract.sync_detailed(
        PLAN_ID,
        out_contract_code,
        client=client,
        body=InsuranceTerminateContractRequest(contract_termination_remark="demo: user cancelled the policy"),
    )
    terminated = parsed(terminate_response)
    if terminated.contract_state != "TERMINATED":
        raise DemoStepError(f"terminate answered state {terminated.contract_state}")
    p.line(
        f"got {terminate_response.status_code.value}",
        f"contract_state={terminated.contract_state}; Request-ID {request_id(terminate_response.headers)}",
    )

    p.title("INSURANCE_ENTRUST.TERMINATE notification")
    event = webhook.wait_for("INSURANCE_ENTRUST.TERMINATE")
    ended = event.resource
    if ended.contract_id != contract.contract_id or ended.contract_state != "TERMINATED":
        raise DemoStepError(f"unexpected TERMINATE resource: state {ended.contract_state}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted")
    mode = ended.contract_terminate_info.contract_termination_mode if ended.contract_terminate_info else "-"
    p.line("", f"contract_state={ended.contract_state}, termination mode {mode}")
