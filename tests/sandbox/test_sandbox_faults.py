"""Fault injection on API responses, request counting, and the control API."""

from __future__ import annotations

import base64
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from sandbox_helpers import PRE_SIGN, ApiClient, Receiver, ctl, load_public, presign_body, unique, verify_wechatpay
from wechatpay_sandbox import FAULT_KINDS, Sandbox, SandboxCredentials

QUERY = "/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/NOPE"


@pytest.fixture
def fresh(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    with Sandbox(credentials=credentials) as sb:
        yield sb


@pytest.fixture
def client(fresh: Sandbox) -> Iterator[ApiClient]:
    c = ApiClient(fresh)
    yield c
    c.close()


def _presign(client: ApiClient, receiver: Receiver) -> httpx.Response:
    return client.post(PRE_SIGN + "app", presign_body(unique(), receiver.url()))


def test_every_kind_is_covered_below() -> None:
    assert set(FAULT_KINDS) == {
        "500",
        "429",
        "502",
        "503",
        "slow",
        "bad_signature",
        "stale",
        "probe",
        "unsigned",
        "truncated",
        "drop",
        "corrupt_download",  # tests/sandbox/test_sandbox_bills.py
    }


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("500", "SYSTEM_ERROR"),
        ("429", "RATELIMIT_EXCEEDED"),
        ("502", "SERVICE_UNAVAILABLE"),
        ("503", "SERVICE_UNAVAILABLE"),
    ],
)
def test_status_faults(fresh: Sandbox, client: ApiClient, receiver: Receiver, kind: str, code: str) -> None:
    fresh.faults.add(kind, retry_after=7)
    response = _presign(client, receiver)
    assert response.status_code == int(kind)
    assert response.json()["code"] == code
    client.verified(response)
    if kind == "429":
        assert response.headers["Retry-After"] == "7"
    assert fresh.state.sessions() == []  # the operation was not carried out
    assert fresh.request_count("pre_sign_app") == 1
    assert _presign(client, receiver).status_code == 200  # count=1: the next one is normal
    assert fresh.request_count("pre_sign_app") == 2


def test_status_fault_after_processing(fresh: Sandbox, client: ApiClient, receiver: Receiver) -> None:
    fresh.faults.add("500", after_processing=True)
    assert _presign(client, receiver).status_code == 500
    assert len(fresh.state.sessions()) == 1  # done, but the answer says otherwise


def test_count_and_operation_targeting(fresh: Sandbox, client: ApiClient, receiver: Receiver) -> None:
    fresh.faults.add("503", count=2, path="query_contract")
    assert _presign(client, receiver).status_code == 200  # another operation: untouched
    assert [client.get(QUERY).status_code for _ in range(3)] == [503, 503, 404]
    assert fresh.request_count("query_contract") == 3
    assert fresh.request_counts()["pre_sign_app"] == 1


def test_path_glob_targeting(fresh: Sandbox, client: ApiClient, receiver: Receiver) -> None:
    fresh.faults.add("502", path="/v3/papay/insurance-sign/contracts/plan-id/*")
    assert client.get(QUERY).status_code == 502
    assert _presign(client, receiver).status_code == 200


def test_slow(fresh: Sandbox, client: ApiClient) -> None:
    fresh.faults.add("slow", delay=0.3)
    started = time.monotonic()
    response = client.get(QUERY)
    assert time.monotonic() - started >= 0.3
    assert response.status_code == 404
    client.verified(response)


def test_slow_beyond_client_timeout(fresh: Sandbox, client: ApiClient) -> None:
    fresh.faults.add("slow", delay=0.5)
    with pytest.raises(httpx.ReadTimeout):
        client.http.get(QUERY, timeout=0.1)


def test_bad_signature(fresh: Sandbox, client: ApiClient, receiver: Receiver) -> None:
    fresh.faults.add("bad_signature")
    response = _presign(client, receiver)
    assert response.status_code == 200
    assert len(base64.b64decode(response.headers["Wechatpay-Signature"])) == 256  # well-formed ...
    assert not verify_wechatpay(
        response.headers, response.content, load_public(fresh.credentials.wechatpay_public_key_pem)
    )
    assert len(fresh.state.sessions()) == 1  # ... and the operation happened


def test_stale(fresh: Sandbox, client: ApiClient) -> None:
    fresh.faults.add("stale")
    response = client.get(QUERY)
    assert 598 <= time.time() - int(response.headers["Wechatpay-Timestamp"]) <= 602
    assert verify_wechatpay(response.headers, response.content, load_public(fresh.credentials.wechatpay_public_key_pem))


def test_probe(fresh: Sandbox, client: ApiClient) -> None:
    fresh.faults.add("probe")
    response = client.get(QUERY)
    assert response.headers["Wechatpay-Signature"].startswith("WECHATPAY/SIGNTEST/")
    assert response.headers["Wechatpay-Serial"] == fresh.credentials.public_key_id


def test_unsigned(fresh: Sandbox, client: ApiClient, receiver: Receiver) -> None:
    fresh.faults.add("unsigned")
    response = _presign(client, receiver)
    assert response.status_code == 200
    assert not any(name.lower().startswith("wechatpay-") for name in response.headers)
    assert response.headers["Request-ID"]


def test_truncated(fresh: Sandbox, client: ApiClient, receiver: Receiver) -> None:
    fresh.faults.add("truncated")
    with pytest.raises(httpx.RemoteProtocolError):
        _presign(client, receiver)
    assert len(fresh.state.sessions()) == 1  # the answer was lost, not the operation
    assert _presign(client, receiver).status_code == 200  # the client recovers on a new connection


@pytest.mark.parametrize(("after", "sessions"), [(False, 0), (True, 1)])
def test_drop(fresh: Sandbox, client: ApiClient, receiver: Receiver, after: bool, sessions: int) -> None:
    fresh.faults.add("drop", after_processing=after)
    with pytest.raises(httpx.RemoteProtocolError):
        _presign(client, receiver)
    assert len(fresh.state.sessions()) == sessions
    assert _presign(client, receiver).status_code == 200


def test_faults_through_the_control_api(fresh: Sandbox, client: ApiClient) -> None:
    base = fresh.base_url + "/sandbox/faults"
    created = ctl("POST", base, json={"kind": "429", "count": 2, "path": "query_contract", "retry_after": 3})
    assert created.status_code == 201
    assert created.json()["remaining"] == 2
    assert ctl("GET", base).json()["data"][0]["kind"] == "429"
    assert client.get(QUERY).headers["Retry-After"] == "3"
    assert ctl("DELETE", base).status_code == 204
    assert client.get(QUERY).status_code == 404
    refused = ctl("POST", base, json={"kind": "teapot"})
    assert refused.status_code == 400 and "unknown fault kind" in refused.json()["message"]
    counts = ctl("GET", fresh.base_url + "/sandbox/requests").json()["counts"]
    assert counts["query_contract"] == 2


def test_fault_add_validates() -> None:
    from wechatpay_sandbox import FaultRegistry

    registry = FaultRegistry()
    with pytest.raises(ValueError):
        registry.add("418")
    with pytest.raises(ValueError):
        registry.add("500", count=0)


def test_control_api_is_unsigned_and_has_no_identity(fresh: Sandbox) -> None:
    response = ctl("GET", fresh.base_url + "/sandbox/health")
    assert response.json()["status"] == "ok" and response.json()["mode"] == "public_key"
    assert "Wechatpay-Signature" not in response.headers
    assert ctl("GET", fresh.base_url + "/sandbox/nothing").status_code == 404
    assert ctl("POST", fresh.base_url + "/sandbox/sessions/unknown/sign").status_code == 404


def _non_loopback_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent for a UDP connect
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else str(address)


def test_control_api_refuses_non_loopback_clients(credentials: SandboxCredentials) -> None:
    address = _non_loopback_address()
    if address is None:
        pytest.skip("no non-loopback interface")
    with Sandbox(credentials=credentials, host="0.0.0.0") as sb:
        port = sb.port
        refused = ctl("GET", f"http://{address}:{port}/sandbox/health")
        assert refused.status_code == 403
        assert ctl("GET", f"http://127.0.0.1:{port}/sandbox/health").status_code == 200
