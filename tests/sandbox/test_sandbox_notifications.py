"""Callback delivery: signatures, key families, retries on the (compressed) schedule, faults."""

from __future__ import annotations

import itertools
import json
import socket
import time
from collections.abc import Iterator

import pytest
from sandbox_helpers import (
    PRE_SIGN,
    ApiClient,
    Receiver,
    cert_public,
    ctl,
    load_public,
    presign_body,
    unique,
    verify_wechatpay,
)
from wechatpay_sandbox import Sandbox, SandboxCredentials
from wechatpay_sandbox._constants import NOTIFY_RETRY_SCHEDULE


def _sign_contract(sb: Sandbox, url: str) -> str:
    api = ApiClient(sb)
    try:
        response = api.post(PRE_SIGN + "app", presign_body(unique(), url))
        assert response.status_code == 200, response.text
    finally:
        api.close()
    return sb.simulate_user_sign(response.json()["pre_entrustweb_id"]).contract_id


@pytest.fixture
def fresh(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    """A sandbox of its own: no stray retries from other tests can consume a callback fault."""
    with Sandbox(credentials=credentials, retry_compression=1000) as sb:
        yield sb


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone"


def test_refused_callbacks_are_retried_until_acknowledged(sandbox: Sandbox, receiver: Receiver) -> None:
    receiver.statuses = [500, 404]
    cid = _sign_contract(sandbox, receiver.url())
    record = sandbox.wait_for_notification(
        "INSURANCE_ENTRUST.SIGN", predicate=lambda r: r.resource["contract_id"] == cid
    )
    assert record.attempt_count == 3
    assert [a.status_code for a in record.attempts] == [500, 404, 200]
    received = receiver.wait(3)
    bodies = {body for _, body, _ in received}
    assert len(bodies) == 1  # the same notification every time ...
    nonces = {headers["Wechatpay-Nonce"] for headers, _, _ in received}
    assert len(nonces) == 3  # ... signed afresh at each attempt
    key = load_public(sandbox.credentials.wechatpay_public_key_pem)
    assert all(verify_wechatpay(h, b, key) for h, b, _ in received)
    gaps = [later[2] - earlier[2] for earlier, later in itertools.pairwise(received)]
    assert gaps[0] >= NOTIFY_RETRY_SCHEDULE[0] / 1000 * 0.9
    assert gaps[1] >= NOTIFY_RETRY_SCHEDULE[1] / 1000 * 0.9


def test_unreachable_receiver_exhausts_the_schedule(credentials: SandboxCredentials) -> None:
    compression = 100_000  # the 24 h schedule in under a second
    with Sandbox(credentials=credentials, retry_compression=compression) as sb:
        url = _closed_port_url()
        _sign_contract(sb, url)
        record = sb.wait_for_notification("INSURANCE_ENTRUST.SIGN", status="failed", timeout=10)
        assert record.attempt_count == 1 + len(NOTIFY_RETRY_SCHEDULE) == 16
        assert all(a.status_code is None and a.error for a in record.attempts)
        starts = [a.started_at for a in record.attempts]
        for i, wait in enumerate(NOTIFY_RETRY_SCHEDULE):
            assert starts[i + 1] - starts[i] >= wait / compression * 0.9
        summary = ctl("GET", f"{sb.base_url}/sandbox/notifications").json()["data"]
        assert summary[0]["status"] == "failed" and summary[0]["attempts"] == 16


def test_slow_answer_counts_as_failure(credentials: SandboxCredentials, receiver: Receiver) -> None:
    receiver.delays = [1.0]
    with Sandbox(credentials=credentials, retry_compression=1000, notify_timeout=0.2) as sb:
        _sign_contract(sb, receiver.url())
        record = sb.wait_for_notification("INSURANCE_ENTRUST.SIGN", timeout=5)
        assert record.attempts[0].error == "timeout"
        assert record.attempts[1].status_code == 200


def test_notify_delay(credentials: SandboxCredentials, receiver: Receiver) -> None:
    with Sandbox(credentials=credentials, notify_delay=0.3) as sb:
        signed_at = time.monotonic()
        _sign_contract(sb, receiver.url())
        _, _, arrived = receiver.wait(1)[0]
        assert arrived - signed_at >= 0.3


@pytest.mark.parametrize("mode", ["certificate", "both"])
def test_certificate_family_signs_callbacks(credentials: SandboxCredentials, receiver: Receiver, mode: str) -> None:
    kwargs = {"notification_key": "certificate"} if mode == "both" else {}
    with Sandbox(mode, credentials=credentials, **kwargs) as sb:  # type: ignore[arg-type]
        _sign_contract(sb, receiver.url())
        headers, body, _ = receiver.wait(1)[0]
        assert headers["Wechatpay-Serial"] == credentials.platform_serial_no
        assert verify_wechatpay(headers, body, cert_public(credentials.platform_certificate_pem))
        assert not verify_wechatpay(headers, body, load_public(credentials.wechatpay_public_key_pem))


def test_wrong_notification_family_for_mode_is_refused(credentials: SandboxCredentials) -> None:
    with pytest.raises(ValueError):
        Sandbox("public_key", credentials=credentials, notification_key="certificate")


def test_probe_signature_on_a_callback_is_resent_properly(fresh: Sandbox, receiver: Receiver) -> None:
    fresh.faults.add("probe", path="notify:INSURANCE_ENTRUST.SIGN")
    receiver.statuses = [401]  # a merchant that verifies refuses the probe
    cid = _sign_contract(fresh, receiver.url())
    record = fresh.wait_for_notification("INSURANCE_ENTRUST.SIGN", predicate=lambda r: r.resource["contract_id"] == cid)
    assert [a.fault for a in record.attempts] == ["probe", None]
    (first, _, _), (second, body, _) = receiver.wait(2)
    assert first["Wechatpay-Signature"].startswith("WECHATPAY/SIGNTEST/")
    assert verify_wechatpay(second, body, load_public(fresh.credentials.wechatpay_public_key_pem))


@pytest.mark.parametrize("kind", ["bad_signature", "stale", "unsigned"])
def test_signature_faults_on_callbacks(fresh: Sandbox, receiver: Receiver, kind: str) -> None:
    fresh.faults.add(kind, path="notify")
    _sign_contract(fresh, receiver.url())
    headers, body, _ = receiver.wait(1)[0]
    key = load_public(fresh.credentials.wechatpay_public_key_pem)
    if kind == "unsigned":
        assert not any(name.lower().startswith("wechatpay-") for name in headers)
    elif kind == "stale":
        assert time.time() - int(headers["Wechatpay-Timestamp"]) >= 590
        assert verify_wechatpay(headers, body, key)  # correctly signed, just too old
    else:
        assert not verify_wechatpay(headers, body, key)
    assert json.loads(body)["event_type"] == "INSURANCE_ENTRUST.SIGN"


def test_callback_faults_accept_only_signature_kinds(fresh: Sandbox) -> None:
    with pytest.raises(ValueError):
        fresh.faults.add("500", path="notify")
