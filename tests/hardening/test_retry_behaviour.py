"""Retry policy, Retry-After, failover, timeouts and per-call options, against the loopback sandbox."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx
import pytest
from hardening_kit import FAST_RETRY, Wire, pre_sign_body
from wechatpay_auth import (
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    NO_RETRIES,
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    get_auth,
    request_options,
)
from wechatpay_auth import _retry as retry_module
from wechatpay_client.api.insurance_pay import query_policy_period_schedule, schedule_policy_period
from wechatpay_client.api.insurance_sign import pre_sign_mini_program, query_contract
from wechatpay_client.models import InsuranceAmount, InsuranceSchedulePolicyPeriodRequest


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits between attempts instead of sleeping."""
    recorded: list[float] = []

    async def fake_asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(retry_module, "_sleep", recorded.append)
    monkeypatch.setattr(retry_module, "_asleep", fake_asleep)
    return recorded


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


async def _query(mode: str, client: Any, contract: Any) -> Any:
    kwargs = {"client": client, "plan_id": contract.plan_id, "out_contract_code": contract.out_contract_code}
    if mode == "sync":
        return query_contract.sync(**kwargs)
    return await query_contract.asyncio(**kwargs)


async def _pre_sign(mode: str, client: Any) -> Any:
    if mode == "sync":
        return pre_sign_mini_program.sync(client=client, body=pre_sign_body())
    return await pre_sign_mini_program.asyncio(client=client, body=pre_sign_body())


# ------------------------------------------------------------------------------------------ the policy


def test_default_policy_is_two_retries_half_a_second_doubling_to_eight() -> None:
    policy = DEFAULT_RETRY_POLICY
    assert (policy.max_retries, policy.initial_delay, policy.max_delay) == (2, 0.5, 8.0)
    no_jitter = RetryPolicy(jitter=0.0)
    assert [no_jitter.backoff(n) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert policy.retry_statuses == frozenset({429, 500, 502, 503})
    assert policy.retry_codes == frozenset({"SYSTEM_ERROR"})


def test_jitter_only_shortens_the_wait() -> None:
    policy = RetryPolicy(jitter=0.25)
    assert policy.backoff(2, rand=lambda: 0.0) == 1.0
    assert policy.backoff(2, rand=lambda: 0.999999) == pytest.approx(0.75, abs=1e-5)
    waits = {policy.backoff(3) for _ in range(50)}
    assert all(1.5 <= w <= 2.0 for w in waits) and len(waits) > 1


def test_retry_after_is_honoured_up_to_its_cap() -> None:
    policy = RetryPolicy(max_retry_after=10.0)
    assert policy.delay(1, 3.0) == 3.0
    assert policy.delay(1, 11.0) is None  # too long: raise instead of waiting
    assert retry_module._retry_after(httpx.Headers({"Retry-After": "2"})) == 2.0
    assert retry_module._retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_module._retry_after(httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert retry_module._retry_after(httpx.Headers({})) is None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"initial_delay": -1},
        {"jitter": 2},
        {"multiplier": 0.5},
        {"initial_delay": 5, "max_delay": 1},
    ],
)
def test_bad_policies_are_configuration_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**kwargs)


def test_bad_client_options_are_configuration_errors(make_client) -> None:
    with pytest.raises(ConfigurationError):
        make_client(retry="twice")
    with pytest.raises(ConfigurationError):
        make_client(failover_base_url="ftp://backup")
    with pytest.raises(ConfigurationError):
        make_client(timeout=-1)
    with pytest.raises(ConfigurationError), request_options(max_retries=-1):
        pass


def test_default_timeouts_are_connect_5s_read_10s(make_client) -> None:
    timeout = make_client(timeout=DEFAULT_TIMEOUT).get_httpx_client().timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 10.0, 10.0, 10.0)
    from wechatpay_auth import create_client

    assert create_client.__kwdefaults__["timeout"] == timeout


# ------------------------------------------------------------------------------------ backoff and Retry-After


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_backoff_waits_grow_between_attempts(mode, sandbox, make_client, contract, sleeps) -> None:
    client = make_client(retry=RetryPolicy(max_retries=3, initial_delay=0.5, jitter=0.0))
    sandbox.faults.add("500", 3, "query_contract")
    result = await _query(mode, client, contract)
    assert result.contract_id == contract.contract_id
    assert sleeps == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retry_after_from_a_429_sets_the_wait(mode, sandbox, make_client, contract, sleeps) -> None:
    client = make_client(retry=RetryPolicy(initial_delay=0.01, max_retry_after=5.0))
    sandbox.faults.add("429", 1, "query_contract", retry_after=3)
    await _query(mode, client, contract)
    assert sleeps == [3.0]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_retry_after_above_the_cap_is_not_waited_for(mode, sandbox, make_client, contract, sleeps) -> None:
    client = make_client(retry=RetryPolicy(max_retry_after=1.0))
    sandbox.faults.add("429", 1, "query_contract", retry_after=30)
    before = sandbox.request_count("query_contract")
    with pytest.raises(RateLimitError) as info:
        await _query(mode, client, contract)
    assert sandbox.request_count("query_contract") - before == 1
    assert info.value.attempts == 1 and sleeps == []


# --------------------------------------------------------------------------------------- per-call options


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_request_options_switch_retries_off_for_one_call(mode, sandbox, make_client, contract) -> None:
    client = make_client()
    sandbox.faults.add("500", 1, "query_contract")
    before = sandbox.request_count("query_contract")
    with request_options(max_retries=0), pytest.raises(InternalServerError) as info:
        await _query(mode, client, contract)
    assert info.value.attempts == 1
    assert sandbox.request_count("query_contract") - before == 1
    # Outside the block the client's policy is back.
    sandbox.faults.add("500", 1, "query_contract")
    await _query(mode, client, contract)
    assert sandbox.request_count("query_contract") - before == 3


def test_nested_request_options_combine_inner_first() -> None:
    with request_options(max_retries=0, failover=False) as outer:
        assert outer.retry_policy(FAST_RETRY).max_retries == 0
        with request_options(retry=RetryPolicy(max_retries=4)) as inner:
            assert inner.retry_policy(FAST_RETRY).max_retries == 4  # a whole policy replaces max_retries
            assert inner.failover is False
        with request_options(timeout=1.5) as timed:
            assert timed.timeout == httpx.Timeout(1.5)
            assert timed.retry_policy(FAST_RETRY).max_retries == 0
    with request_options() as none:
        assert none.retry_policy(FAST_RETRY) is FAST_RETRY


async def test_concurrent_tasks_keep_their_own_options(sandbox, make_client, contract) -> None:
    """Task A holds request_options(max_retries=0) while task B calls: B still retries."""
    client = make_client()
    a_inside, b_done = asyncio.Event(), asyncio.Event()
    before = sandbox.request_count("query_contract")

    async def task_a() -> InternalServerError:
        with request_options(max_retries=0):
            a_inside.set()
            await b_done.wait()
            sandbox.faults.add("500", 1, "query_contract")
            with pytest.raises(InternalServerError) as info:
                await _query("async", client, contract)
        return info.value

    async def task_b() -> Any:
        await a_inside.wait()
        sandbox.faults.add("500", 1, "query_contract")
        try:
            return await _query("async", client, contract)
        finally:
            b_done.set()

    error, result = await asyncio.gather(task_a(), task_b())
    assert result.contract_id == contract.contract_id
    assert error.attempts == 1
    assert sandbox.request_count("query_contract") - before == 3


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_per_call_timeout_raises_api_timeout_naming_operation_and_attempts(
    mode, sandbox, make_client, contract
) -> None:
    client = make_client()
    sandbox.faults.add("slow", 3, "query_contract", delay=0.6)
    with request_options(timeout=httpx.Timeout(5.0, read=0.2)), pytest.raises(APITimeoutError) as info:
        await _query(mode, client, contract)
    assert info.value.operation_id == "query_contract"
    assert info.value.attempts == 3
    assert "query_contract" in str(info.value) and "after 3 attempts" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


# ----------------------------------------------------------------------------------------------- failover


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", ["query", "pre_sign"])
async def test_failover_to_the_backup_origin_after_a_refused_connection(
    mode, operation, sandbox, make_client, contract, caplog
) -> None:
    client = make_client(base_url=_closed_port_url(), failover_base_url=sandbox.base_url)
    wire = Wire()
    wire.attach(client)
    op_id = "query_contract" if operation == "query" else "pre_sign_mini_program"
    before = sandbox.request_count(op_id)
    result = await (_query(mode, client, contract) if operation == "query" else _pre_sign(mode, client))
    assert result is not None
    assert sandbox.request_count(op_id) - before == 1
    assert len(wire.requests) == 2
    backup = httpx.URL(sandbox.base_url)
    assert wire.requests[1].url.port == backup.port
    assert wire.requests[1].headers["Host"] == f"{backup.host}:{backup.port}"
    assert wire.nonces()[0] != wire.nonces()[1]
    assert "failing over to" in caplog.text


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_without_failover_a_refused_connection_is_retried_then_reported(mode, make_client, sleeps) -> None:
    client = make_client(base_url=_closed_port_url(), failover=False)
    with pytest.raises(APIConnectionError) as info:
        await _pre_sign(mode, client)  # unsafe, but nothing was sent: retried
    assert info.value.attempts == 3 and len(sleeps) == 2
    assert info.value.outcome_unknown is False
    assert info.value.reconcile_with is None
    assert "nothing reached WeChat Pay" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_failover_can_be_switched_off_per_call(mode, sandbox, make_client, contract, sleeps) -> None:
    client = make_client(base_url=_closed_port_url(), failover_base_url=sandbox.base_url)
    with request_options(failover=False), pytest.raises(APIConnectionError) as info:
        await _query(mode, client, contract)
    assert info.value.attempts == 3


def test_default_domain_fails_over_to_api2_wechatpay_cn(make_client) -> None:
    hosts: list[str] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        raise httpx.ConnectError("refused", request=request)

    client = make_client(base_url="https://api.mch.weixin.qq.com", transport=httpx.MockTransport(refuse))
    with pytest.raises(APIConnectionError) as info:
        client.get_httpx_client().get("/v3/papay/insurance-sign/contracts/plan-id/1/out-contract-code/x")
    assert hosts == ["api.mch.weixin.qq.com", "api2.wechatpay.cn", "api2.wechatpay.cn", "api2.wechatpay.cn"]
    assert info.value.attempts == 4
    # Any other base_url has no implicit backup.
    hosts.clear()
    other = make_client(base_url="https://gateway.example.com", transport=httpx.MockTransport(refuse))
    with pytest.raises(APIConnectionError):
        other.get_httpx_client().get("/v3/x")
    assert set(hosts) == {"gateway.example.com"}


def test_an_unclear_failure_of_an_unsafe_post_does_not_fail_over(make_client) -> None:
    hosts: list[str] = []

    def reset(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        raise httpx.ReadError("connection reset", request=request)

    client = make_client(base_url="https://api.mch.weixin.qq.com", transport=httpx.MockTransport(reset))
    with pytest.raises(APIConnectionError) as info:
        pre_sign_mini_program.sync(client=client, body=pre_sign_body())
    assert hosts == ["api.mch.weixin.qq.com"]
    assert info.value.reconcile_with == "query_contract" and info.value.outcome_unknown


# ----------------------------------------------------------------------------------------- reconciliation


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_one_shot_schedule_names_its_query_and_the_query_tells(mode, sandbox, make_client) -> None:
    client = make_client()
    answer = pre_sign_mini_program.sync(client=client, body=pre_sign_body())
    contract = sandbox.simulate_user_sign(answer.pre_entrustweb_id)
    body = InsuranceSchedulePolicyPeriodRequest(appid="wxd678efh567hg6787", scheduled_amount=InsuranceAmount(total=100))
    # WeChat Pay executes the booking, then the answer is lost as a 500.
    sandbox.faults.add("500", 1, "schedule_policy_period", after_processing=True)
    before = sandbox.request_count("schedule_policy_period")
    kwargs = {"client": client, "contract_id": contract.contract_id, "policy_period_id": 1}
    with pytest.raises(InternalServerError) as info:
        if mode == "sync":
            schedule_policy_period.sync(body=body, **kwargs)
        else:
            await schedule_policy_period.asyncio(body=body, **kwargs)
    assert sandbox.request_count("schedule_policy_period") - before == 1  # not resent blindly
    assert info.value.reconcile_with == "query_policy_period_schedule"
    assert "reconcile with query_policy_period_schedule" in str(info.value)
    state = query_policy_period_schedule.sync(**kwargs)
    assert str(state.policy_period_state) == "SCHEDULED"


# ------------------------------------------------------------------------------------------- raw calls


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_raw_calls_retry_gets_but_not_posts(mode, sandbox, make_client, contract) -> None:
    client = make_client()
    get_path = (
        f"/v3/papay/insurance-sign/contracts/plan-id/{contract.plan_id}/out-contract-code/{contract.out_contract_code}"
    )
    post_path = "/v3/papay/insurance-pay/transactions/apply"
    sandbox.faults.add("502", 1, "query_contract")
    sandbox.faults.add("502", 1, "apply_deduction")
    before = sandbox.request_counts()
    if mode == "sync":
        assert client.get_httpx_client().get(get_path).status_code == 200
        with pytest.raises(InternalServerError) as info:
            client.get_httpx_client().post(post_path, json={})
    else:
        assert (await client.get_async_httpx_client().get(get_path)).status_code == 200
        with pytest.raises(InternalServerError) as info:
            await client.get_async_httpx_client().post(post_path, json={})
    after = sandbox.request_counts()
    assert after["query_contract"] - before.get("query_contract", 0) == 2
    assert after["apply_deduction"] - before.get("apply_deduction", 0) == 1
    assert info.value.attempts == 1 and info.value.operation_id is None


def test_retries_switched_off_per_client(sandbox, make_client, contract) -> None:
    for retry in (None, NO_RETRIES):
        client = make_client(retry=retry)
        sandbox.faults.add("500", 1, "query_contract")
        with pytest.raises(InternalServerError) as info:
            query_contract.sync(client=client, plan_id=contract.plan_id, out_contract_code=contract.out_contract_code)
        assert info.value.attempts == 1
    assert get_auth(client) is not None


# --------------------------------------------------------------------------------------- aiohttp transports


@pytest.mark.parametrize("kind", ["drop", "truncated"])
async def test_httpx_aiohttp_connect_timeout_after_sending_is_not_resent(kind, sandbox, make_client) -> None:
    """httpx-aiohttp reports a connection dropped after the request as ConnectTimeout: the cause decides."""
    httpx_aiohttp = pytest.importorskip("httpx_aiohttp")
    client = make_client(async_transport=httpx_aiohttp.AiohttpTransport())
    await _pre_sign("async", client)  # a reused keep-alive connection, as in production
    sandbox.faults.add(kind, 3, "pre_sign_mini_program")
    before = sandbox.request_count("pre_sign_mini_program")
    with pytest.raises(APIConnectionError) as info:
        await _pre_sign("async", client)
    assert sandbox.request_count("pre_sign_mini_program") - before == 1
    assert info.value.attempts == 1 and info.value.reconcile_with == "query_contract"
    await client.get_async_httpx_client().aclose()


async def test_aiohttp_transport_maps_a_refused_connection_to_connect_error(make_client, sandbox, sleeps) -> None:
    pytest.importorskip("aiohttp")
    from wechatpay_auth import AiohttpTransport

    client = make_client(
        base_url=_closed_port_url(), failover_base_url=sandbox.base_url, async_transport=AiohttpTransport()
    )
    before = sandbox.request_count("pre_sign_mini_program")
    assert (await _pre_sign("async", client)).pre_entrustweb_id
    assert sandbox.request_count("pre_sign_mini_program") - before == 1  # failed over, nothing resent
    await client.get_async_httpx_client().aclose()
    refused = make_client(base_url=_closed_port_url(), failover=False, async_transport=AiohttpTransport())
    with pytest.raises(APIConnectionError) as info:
        await _pre_sign("async", refused)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.attempts == 3 and not info.value.outcome_unknown
    await refused.get_async_httpx_client().aclose()
