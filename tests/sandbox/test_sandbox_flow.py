"""The business flow of the 12 operations, with callbacks received on a loopback endpoint."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import httpx
import pytest
from sandbox_helpers import (
    PRE_SIGN,
    ApiClient,
    FakeClock,
    Receiver,
    aead_decrypt,
    beijing,
    ctl,
    load_public,
    oaep_encrypt,
    presign_body,
    today_beijing,
    unique,
    verify_wechatpay,
)
from wechatpay_sandbox import Sandbox, SandboxCredentials, SandboxError

APPID = "wxd678efh567hg6787"
PLAN = 12535
CONTRACT = f"/v3/papay/insurance-sign/contracts/plan-id/{PLAN}/out-contract-code/{{code}}"
PERIODS = f"/v3/papay/insurance-sign/policy_periods/plan-id/{PLAN}/out-contract-code/{{code}}"
RENEW = f"/v3/papay/insurance-sign/contracts/plan-id/{PLAN}/contract-id/{{cid}}/renew"
MODIFY = f"/v3/papay/insurance-sign/policy-periods/plan-id/{PLAN}/contract-id/{{cid}}/modify"
PERIOD = "/v3/papay/insurance-pay/policy-periods/contract-id/{cid}/policy-period-id/{pid}"
APPLY = "/v3/papay/insurance-pay/transactions/apply"


def _schema_validator(sandbox: Sandbox, name: str) -> Any:
    """An independent JSON-schema validator (jsonschema) for a component of the spec."""
    jsonschema = pytest.importorskip("jsonschema")
    root = {"$ref": f"#/components/schemas/{name}", "components": sandbox.spec.document["components"]}
    return jsonschema.Draft202012Validator(root)


def _callback(
    sandbox: Sandbox, receiver: Receiver, index: int, event_type: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The index-th callback received: verified, fresh, decrypted; returns (envelope, resource)."""
    headers, body, _ = receiver.wait(index + 1)[index]
    h = httpx.Headers(headers)
    assert h["Wechatpay-Serial"] == sandbox.credentials.public_key_id
    assert h["Wechatpay-Signature-Type"] == "WECHATPAY2-SHA256-RSA2048"
    assert h["Content-Type"] == "application/json"
    assert h["Request-ID"]
    assert abs(int(h["Wechatpay-Timestamp"]) - time.time()) <= 300
    assert verify_wechatpay(h, body, load_public(sandbox.credentials.wechatpay_public_key_pem))
    envelope = json.loads(body)
    _schema_validator(sandbox, "NotificationEnvelope").validate(envelope)
    assert envelope["event_type"] == event_type
    assert envelope["resource_type"] == "encrypt-resource"
    assert len(envelope["id"]) <= 36
    resource = envelope["resource"]
    assert resource["algorithm"] == "AEAD_AES_256_GCM"
    assert len(resource["nonce"]) == 12
    dt.datetime.fromisoformat(envelope["create_time"])
    plain = json.loads(aead_decrypt(sandbox.credentials.apiv3_key, resource))
    return envelope, plain


def test_whole_flow(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    code = unique()
    key = load_public(sandbox.credentials.wechatpay_public_key_pem)
    identity = {"real_name": oaep_encrypt(key, "李四"), "id_card_number": oaep_encrypt(key, "11010119900307447X")}
    body = presign_body(
        code, receiver.url("/contract"), real_identity=identity, can_auto_insure=True, out_user_code="u-1"
    )

    # pre-sign (#4) -> the user signs through the control endpoint
    response = api.verified(
        api.post(PRE_SIGN + "mini-program", body, headers={"Wechatpay-Serial": sandbox.credentials.public_key_id})
    )
    presign = response.json()
    assert presign["redirect_appid"] == "wxbd687630cd02ce1d"
    assert presign["redirect_path"] == "pages/PwdExemptContract/index"
    signed = ctl(
        "POST", f"{sandbox.base_url}/sandbox/sessions/{presign['pre_entrustweb_id']}/sign", json={"openid": "oUser1"}
    )
    assert signed.status_code == 200, signed.text
    assert "李四" not in signed.text
    contract_id = signed.json()["contract_id"]

    # INSURANCE_ENTRUST.SIGN arrives, verifies and decrypts
    envelope, resource = _callback(sandbox, receiver, 0, "INSURANCE_ENTRUST.SIGN")
    assert envelope["resource"]["original_type"] == "insurance_entrust"
    assert envelope["resource"]["associated_data"] == "insurance_entrust"
    _schema_validator(sandbox, "InsuranceEntrustNotificationResource").validate(resource)
    assert resource["contract_id"] == contract_id
    assert resource["contract_state"] == "SIGNED"
    assert (resource["mchid"], resource["appid"], resource["plan_id"]) == (sandbox.credentials.mchid, APPID, PLAN)
    assert (resource["openid"], resource["out_user_code"], resource["out_contract_code"]) == ("oUser1", "u-1", code)
    record = sandbox.wait_for_notification(
        "INSURANCE_ENTRUST.SIGN", predicate=lambda r: r.resource["contract_id"] == contract_id
    )
    assert record.attempt_count == 1 and record.status == "delivered"
    assert "李四" not in json.dumps(resource)

    # query (#5)
    contract = api.verified(api.get(CONTRACT.format(code=code))).json()
    assert contract["contract_id"] == contract_id and contract["contract_state"] == "SIGNED"
    assert "contract_terminate_info" not in contract

    # list (#8) with paging
    page = api.verified(api.get(PERIODS.format(code=code) + "?limit=1&offset=1")).json()
    assert (page["limit"], page["offset"], page["total_count"]) == (1, 1, 2)
    assert [p["policy_period_id"] for p in page["data"]] == [2]
    assert page["data"][0]["policy_period_state"] == "NO_SCHEDULED"

    # schedule (#10) period 1 (estimated today), once only
    scheduled = api.verified(
        api.post(
            PERIOD.format(cid=contract_id, pid=1) + "/schedule",
            {"appid": APPID, "scheduled_amount": {"total": 1200, "currency": "CNY"}},
        )
    ).json()
    assert scheduled["policy_period_state"] == "SCHEDULED"
    assert scheduled["scheduled_amount"]["total"] == 1200
    assert scheduled["deduct_start_date"] == (today_beijing() + dt.timedelta(days=1)).isoformat()
    again = api.post(
        PERIOD.format(cid=contract_id, pid=1) + "/schedule", {"appid": APPID, "scheduled_amount": {"total": 1200}}
    )
    assert again.status_code == 403 and again.json()["code"] == "RULE_LIMIT"
    assert "only once" in again.json()["message"]

    # query schedule (#11)
    state = api.verified(api.get(PERIOD.format(cid=contract_id, pid=1))).json()
    assert state["policy_period_state"] == "SCHEDULED"

    # apply (#12): wrong amount refused, then accepted
    apply = {
        "appid": APPID,
        "out_trade_no": unique("T"),
        "description": "保费",
        "transaction_notify_url": receiver.url("/pay"),
        "contract_id": contract_id,
        "policy_period_id": 1,
        "amount": {"total": 1100, "currency": "CNY"},
        "attach": "a1",
    }
    wrong = api.post(APPLY, apply)
    assert wrong.status_code == 403 and wrong.json()["code"] == "RULE_LIMIT"
    apply["amount"] = {"total": 1200, "currency": "CNY"}
    accepted = api.verified(api.post(APPLY, apply)).json()
    assert accepted == {"out_trade_no": apply["out_trade_no"], "amount": {"total": 1200, "currency": "CNY"}}
    envelope, paid = _callback(sandbox, receiver, 1, "TRANSACTION.SUCCESS")
    assert envelope["resource"]["original_type"] == "transaction"
    _schema_validator(sandbox, "InsuranceTransactionNotificationResource").validate(paid)
    assert (paid["trade_type"], paid["trade_state"], paid["out_trade_no"]) == ("PAP", "SUCCESS", apply["out_trade_no"])
    assert paid["amount"] == {"total": 1200, "payer_total": 1200, "currency": "CNY", "payer_currency": "CNY"}
    assert paid["payer"] == {"openid": "oUser1"} and paid["attach"] == "a1"
    assert paid["transaction_id"] and dt.datetime.fromisoformat(paid["success_time"])
    reused = api.post(APPLY, apply)
    assert reused.status_code == 400 and reused.json()["code"] == "OUT_TRADE_NO_USED"
    periods = api.get(PERIODS.format(code=code)).json()["data"]
    assert periods[0]["policy_period_state"] == "DEDUCTED" and periods[0]["deduct_amount"]["total"] == 1200

    # terminate (#6) -> TERMINATE callback (to the contract_notify_url: the template URL is not modelled)
    ended = api.verified(
        api.post(CONTRACT.format(code=code) + "/terminate", {"contract_termination_remark": "不再续保"})
    ).json()
    assert ended["contract_state"] == "TERMINATED"
    assert ended["contract_terminate_info"]["contract_termination_mode"] == "MCH_API_TERMINATE"
    assert ended["contract_terminate_info"]["contract_termination_remark"] == "不再续保"
    envelope, resource = _callback(sandbox, receiver, 2, "INSURANCE_ENTRUST.TERMINATE")
    assert receiver.paths[2].endswith("/contract")
    assert resource["contract_state"] == "TERMINATED"
    assert resource["contract_terminate_info"]["contract_termination_mode"] == "MCH_API_TERMINATE"
    twice = api.post(CONTRACT.format(code=code) + "/terminate", {"contract_termination_remark": "x"})
    assert twice.status_code == 400 and twice.json()["code"] == "INVALID_REQUEST"
    blocked = api.post(
        PERIOD.format(cid=contract_id, pid=2) + "/schedule", {"appid": APPID, "scheduled_amount": {"total": 1200}}
    )
    assert blocked.status_code == 400


def test_presign_with_trade_block_pays_the_first_period(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    code, trade = unique(), unique("T")
    body = presign_body(
        code,
        receiver.url("/contract"),
        amount={"total": 1200, "currency": "CNY"},
        out_trade_no=trade,
        description="首期保费",
        transaction_notify_url=receiver.url("/pay"),
    )
    response = api.post(PRE_SIGN + "h5", body)
    assert response.status_code == 200, response.text
    url = response.json()["redirect_url"]
    assert url.startswith(sandbox.base_url)
    session = ctl("GET", url).json()
    assert session["status"] == "OPEN" and session["out_contract_code"] == code
    sandbox.simulate_user_sign(url)
    paid = sandbox.wait_for_notification(
        "TRANSACTION.SUCCESS", predicate=lambda r: r.resource.get("out_trade_no") == trade
    )
    assert paid.url == receiver.url("/pay")
    periods = api.get(PERIODS.format(code=code)).json()["data"]
    assert [p["policy_period_state"] for p in periods] == ["DEDUCTED", "NO_SCHEDULED"]
    with pytest.raises(SandboxError) as info:
        sandbox.simulate_user_sign(url)
    assert info.value.code == "INVALID_REQUEST"


def test_duplicate_out_contract_code(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    code = unique()
    first = api.post(PRE_SIGN + "app", presign_body(code, receiver.url()))
    # a second pre-sign before signing is allowed (the user may retry)
    assert api.post(PRE_SIGN + "jsapi", presign_body(code, receiver.url())).status_code == 200
    sandbox.simulate_user_sign(first.json()["pre_entrustweb_id"])
    again = api.post(PRE_SIGN + "app", presign_body(code, receiver.url()))
    assert again.status_code == 400
    assert again.json()["code"] == "CONTRACT_ALREADY_EXISTS"


def _signed_contract(sandbox: Sandbox, api: ApiClient, receiver: Receiver, **extra: Any) -> tuple[str, str]:
    code = unique()
    response = api.post(PRE_SIGN + "app", presign_body(code, receiver.url(), **extra))
    assert response.status_code == 200, response.text
    return code, sandbox.simulate_user_sign(response.json()["pre_entrustweb_id"]).contract_id


def test_renew(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    code, cid = _signed_contract(sandbox, api, receiver, can_auto_reinsure=True)
    next_year = (today_beijing() + dt.timedelta(days=400)).isoformat()
    body = {
        "appid": APPID,
        "policy_periods": [
            {"policy_period_id": 3, "estimated_deduct_date": next_year, "estimated_deduct_amount": {"total": 1300}}
        ],
    }
    early = api.post(RENEW.format(cid=cid), body)
    assert early.status_code == 400 and "not expired" in early.json()["message"]

    sandbox.expire_contract(cid)
    response = api.post(RENEW.format(cid=cid), body)
    assert response.status_code == 204
    assert response.content == b""
    api.verified(response)  # signed over an empty body: "TS\nNONCE\n\n"
    record = sandbox.wait_for_notification(
        "INSURANCE_ENTRUST.RENEW", predicate=lambda r: r.resource["contract_id"] == cid
    )
    assert record.resource["contract_state"] == "SIGNED"
    assert [p["policy_period_id"] for p in api.get(PERIODS.format(code=code)).json()["data"]] == [1, 2, 3]
    clash = api.post(RENEW.format(cid=cid), body)
    assert clash.status_code == 400  # not expired any more


def test_renew_needs_auto_flags(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    _, cid = _signed_contract(sandbox, api, receiver)
    expired = ctl("POST", f"{sandbox.base_url}/sandbox/contracts/{cid}/expire")
    assert expired.status_code == 200
    period = {"policy_period_id": 1, "estimated_deduct_date": "2030-01-01", "estimated_deduct_amount": {"total": 1}}
    response = api.post(RENEW.format(cid=cid), {"appid": APPID, "policy_periods": [period]})
    assert response.status_code == 403 and response.json()["code"] == "RULE_LIMIT"
    # An empty schedule is refused before any business rule: policy_periods has minItems 1.
    empty = api.post(RENEW.format(cid=cid), {"appid": APPID, "policy_periods": []})
    assert empty.status_code == 400 and empty.json()["code"] == "PARAM_ERROR"
    assert "policy_periods" in empty.text


def test_modify(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    code, cid = _signed_contract(sandbox, api, receiver)
    current = [
        {k: p[k] for k in ("policy_period_id", "estimated_deduct_date", "estimated_deduct_amount")}
        for p in api.get(PERIODS.format(code=code)).json()["data"]
    ]

    def with_amounts(first: int, second: int) -> dict[str, Any]:
        periods = json.loads(json.dumps(current))
        periods[0]["estimated_deduct_amount"]["total"] = first
        periods[1]["estimated_deduct_amount"]["total"] = second
        return {"appid": APPID, "policy_periods": periods}

    assert api.post(MODIFY.format(cid=cid), with_amounts(1300, 1200)).status_code == 403  # upward
    assert api.post(MODIFY.format(cid=cid), with_amounts(1000, 1000)).status_code == 403  # two changes
    partial = {"appid": APPID, "policy_periods": current[:1]}
    assert api.post(MODIFY.format(cid=cid), partial).status_code == 403  # every period must be sent
    ok = api.verified(api.post(MODIFY.format(cid=cid), with_amounts(1200, 1000))).json()
    assert [p["estimated_deduct_amount"]["total"] for p in ok["policy_periods"]] == [1200, 1000]
    assert "cancel_scheduled_policy_period_id" not in ok

    # a scheduled period changes only with allow_cancel_scheduled, which cancels the schedule
    path = PERIOD.format(cid=cid, pid=1) + "/schedule"
    assert api.post(path, {"appid": APPID, "scheduled_amount": {"total": 1200}}).status_code == 200
    refused = api.post(MODIFY.format(cid=cid), with_amounts(1100, 1000))
    assert refused.status_code == 403 and "allow_cancel_scheduled" in refused.json()["message"]
    body = with_amounts(1100, 1000) | {"allow_cancel_scheduled": True}
    cancelled = api.post(MODIFY.format(cid=cid), body).json()
    assert cancelled["cancel_scheduled_policy_period_id"] == 1
    assert api.get(PERIOD.format(cid=cid, pid=1)).json()["policy_period_state"] == "NO_SCHEDULED"


def test_schedule_rules(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    today = today_beijing()
    periods = [
        {
            "policy_period_id": pid,
            "estimated_deduct_date": (today + dt.timedelta(days=days)).isoformat(),
            "estimated_deduct_amount": {"total": 500},
        }
        for pid, days in ((1, 1), (2, 2), (3, -28), (4, -29))
    ]
    _, cid = _signed_contract(sandbox, api, receiver, periods=periods)

    def schedule(pid: int, total: int = 500) -> httpx.Response:
        return api.post(
            PERIOD.format(cid=cid, pid=pid) + "/schedule", {"appid": APPID, "scheduled_amount": {"total": total}}
        )

    assert schedule(1, 499).status_code == 403  # amount must equal the estimate
    assert schedule(1).status_code == 200  # the day before the estimated date
    too_early = schedule(2)
    assert too_early.status_code == 403 and "opens on" in too_early.json()["message"]
    assert schedule(3).status_code == 200  # 28 days after
    too_late = schedule(4)
    assert too_late.status_code == 403 and "closed on" in too_late.json()["message"]
    missing = schedule(9)
    assert missing.status_code == 404 and missing.json()["code"] == "RESOURCE_NOT_EXISTS"
    other_app = api.post(
        PERIOD.format(cid=cid, pid=2) + "/schedule", {"appid": "wxother", "scheduled_amount": {"total": 500}}
    )
    assert other_app.status_code == 400 and other_app.json()["detail"]["field"] == "/appid"
    unknown = api.get(PERIOD.format(cid="NOPE", pid=1))
    assert unknown.status_code == 404 and unknown.json()["code"] == "CONTRACT_NOT_EXIST"
    unscheduled = api.post(
        APPLY,
        {
            "appid": APPID,
            "out_trade_no": unique("T"),
            "description": "d",
            "transaction_notify_url": receiver.url(),
            "contract_id": cid,
            "policy_period_id": 2,
            "amount": {"total": 500},
        },
    )
    assert unscheduled.status_code == 403 and "SCHEDULED" in unscheduled.json()["message"]


def test_auto_sign(credentials: SandboxCredentials, receiver: Receiver) -> None:
    with Sandbox(credentials=credentials, auto_sign_delay=0.05) as sb:
        api = ApiClient(sb)
        response = api.post(PRE_SIGN + "app", presign_body(unique(), receiver.url()))
        assert response.status_code == 200
        record = sb.wait_for_notification("INSURANCE_ENTRUST.SIGN", timeout=5)
        assert record.resource["contract_state"] == "SIGNED"
        api.close()


# ----------------------------------------------------------------- time-dependent rules (fake clock)


def test_session_expires_after_ten_minutes(credentials: SandboxCredentials, receiver: Receiver) -> None:
    clock = FakeClock(beijing(2025, 3, 1, 10))
    with Sandbox(credentials=credentials, clock=clock) as sb:
        api = ApiClient(sb, clock)
        first = api.post(PRE_SIGN + "app", presign_body(unique(), receiver.url())).json()["pre_entrustweb_id"]
        second = api.post(PRE_SIGN + "app", presign_body(unique(), receiver.url())).json()["pre_entrustweb_id"]
        clock.advance(600)
        sb.simulate_user_sign(first)  # exactly 10 minutes: still valid
        clock.advance(1)
        with pytest.raises(SandboxError) as info:
            sb.simulate_user_sign(second)
        assert "EXPIRED" in info.value.message
        expired = ctl("POST", f"{sb.base_url}/sandbox/sessions/{second}/sign")
        assert expired.status_code == 400
        api.close()


@pytest.mark.parametrize(("hour", "minute", "allowed"), [(7, 59, False), (8, 0, True), (19, 29, True), (19, 30, False)])
def test_business_hours_when_enforced(
    credentials: SandboxCredentials, receiver: Receiver, hour: int, minute: int, allowed: bool
) -> None:
    clock = FakeClock(beijing(2025, 3, 1, hour, minute))
    with Sandbox(credentials=credentials, clock=clock, enforce_business_hours=True) as sb:
        api = ApiClient(sb, clock)
        periods = [
            {"policy_period_id": 1, "estimated_deduct_date": "2025-03-01", "estimated_deduct_amount": {"total": 100}}
        ]
        body = presign_body(
            unique(), receiver.url(), periods=periods, policy_start_date="2025-03-01", policy_end_date="2026-03-01"
        )
        contract = sb.simulate_user_sign(api.post(PRE_SIGN + "app", body).json()["pre_entrustweb_id"])
        response = api.post(
            PERIOD.format(cid=contract.contract_id, pid=1) + "/schedule",
            {"appid": APPID, "scheduled_amount": {"total": 100}},
        )
        assert (response.status_code == 200) is allowed, response.text
        if not allowed:
            assert "08:00 and 19:30" in response.json()["message"]
        api.close()
