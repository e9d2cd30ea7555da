"""Issue 13, item 3: certificate mode with ``/v3/certificates`` failing, over real loopback sockets.

Callers that need the platform certificates share ONE download attempt and its failure; failed
attempts back off (1 s, doubling, at most 60 s); the retry layer does not retry the business call
because of it, and a business POST that was never sent is a clean ``APIConnectionError``
(``CertificateDownloadError``, ``outcome_unknown`` False, no ``reconcile_with``).

The certificate managers get a frozen clock, so the backoff is checked by counting downloads, not
by timing anything.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from hardening_kit import FAST_RETRY, pre_sign_body
from wechatpay_auth import (
    APIConnectionError,
    CertificateDownloadError,
    InternalServerError,
    NotFoundError,
    create_client,
    get_auth,
)
from wechatpay_client.api.insurance_sign import pre_sign_mini_program, query_contract
from wechatpay_sandbox import Sandbox, SandboxCredentials

N = 8
DOWNLOAD = "download_certificates"
PRE_SIGN = "pre_sign_mini_program"


class FrozenClock:
    def __init__(self) -> None:
        self.now = float(int(time.time()))

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def cert_sandbox(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    with Sandbox("certificate", credentials=credentials) as sb:
        yield sb


@pytest.fixture
def failing(cert_sandbox: Sandbox) -> Iterator[Sandbox]:
    """The certificate sandbox with ``/v3/certificates`` answering 500 until the faults are cleared."""
    cert_sandbox.faults.clear()
    cert_sandbox.reset_request_counts()
    cert_sandbox.faults.add("500", count=10_000, path="/v3/certificates")
    yield cert_sandbox
    cert_sandbox.faults.clear()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def cert_client(
    cert_sandbox: Sandbox, credentials: SandboxCredentials, merchant_key: rsa.RSAPrivateKey, clock: FrozenClock
) -> Iterator[Any]:
    client = create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=merchant_key,
        apiv3_key=credentials.apiv3_key,  # certificate mode only
        base_url=cert_sandbox.base_url,
        retry=FAST_RETRY,
    )
    auth = get_auth(client)
    for manager in (auth.certificate_manager, auth.async_certificate_manager):
        assert manager is not None
        manager._config.clock = clock  # the downloads' notion of now (backoff, answer timestamps)
    yield client
    client.get_httpx_client().close()


def _query(client: Any) -> Any:
    return query_contract.sync(client=client, plan_id=12535, out_contract_code="NOPE")


def _pre_sign(client: Any) -> Any:
    return pre_sign_mini_program.sync(client=client, body=pre_sign_body())


def _capture(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the test inspects whatever came out
        return exc
    raise AssertionError("the call did not fail")


def _assert_clean_not_sent(error: BaseException, operation_id: str) -> None:
    assert isinstance(error, APIConnectionError), repr(error)
    assert isinstance(error, CertificateDownloadError)
    assert error.outcome_unknown is False
    assert error.reconcile_with is None
    assert error.attempts == 1  # the business call was not retried
    assert error.operation_id == operation_id
    text = str(error)
    assert "/v3/certificates" in text and "not sent" in text
    assert "outcome is unknown" not in text and "reconcile" not in text
    assert isinstance(error.__cause__, InternalServerError)  # what the download itself got


def test_concurrent_unsafe_posts_share_one_failed_download(failing: Sandbox, cert_client: Any) -> None:
    barrier = threading.Barrier(N)

    def call(_: int) -> BaseException:
        barrier.wait()
        return _capture(lambda: _pre_sign(cert_client))

    with ThreadPoolExecutor(max_workers=N) as pool:
        errors = list(pool.map(call, range(N)))
    for error in errors:
        _assert_clean_not_sent(error, PRE_SIGN)
    assert failing.request_count(DOWNLOAD) == 1  # was 24: every caller, every retry, downloaded
    assert failing.request_count(PRE_SIGN) == 0
    assert sum(1 for e in errors if isinstance(e, CertificateDownloadError) and e.shared) == N - 1


async def test_concurrent_async_calls_share_one_failed_download(failing: Sandbox, cert_client: Any) -> None:
    async def call() -> BaseException:
        try:
            await pre_sign_mini_program.asyncio(client=cert_client, body=pre_sign_body())
        except Exception as exc:  # noqa: BLE001
            return exc
        raise AssertionError("the call did not fail")

    errors = await asyncio.gather(*(call() for _ in range(N)))
    for error in errors:
        _assert_clean_not_sent(error, PRE_SIGN)
    assert failing.request_count(DOWNLOAD) == 1
    assert failing.request_count(PRE_SIGN) == 0


def test_safe_get_is_not_retried_because_of_the_download(failing: Sandbox, cert_client: Any) -> None:
    error = _capture(lambda: _query(cert_client))
    _assert_clean_not_sent(error, "query_contract")
    assert failing.request_count(DOWNLOAD) == 1  # was 3: the retry layer retried the GET, each try downloaded


def test_failed_downloads_back_off_then_recover(failing: Sandbox, cert_client: Any, clock: FrozenClock) -> None:
    first = _capture(lambda: _query(cert_client))
    assert isinstance(first, CertificateDownloadError) and first.retry_after == pytest.approx(1.0)
    for _ in range(3):  # within the backoff: the same failure, no new download
        shared = _capture(lambda: _pre_sign(cert_client))
        _assert_clean_not_sent(shared, PRE_SIGN)
    assert failing.request_count(DOWNLOAD) == 1
    clock.advance(0.999)
    _capture(lambda: _query(cert_client))
    assert failing.request_count(DOWNLOAD) == 1
    clock.advance(0.001)  # 1 s after the first failure
    second = _capture(lambda: _query(cert_client))
    assert failing.request_count(DOWNLOAD) == 2
    assert isinstance(second, CertificateDownloadError) and second.retry_after == pytest.approx(2.0)
    clock.advance(1.999)
    _capture(lambda: _query(cert_client))
    assert failing.request_count(DOWNLOAD) == 2
    clock.advance(0.001)
    _capture(lambda: _query(cert_client))
    assert failing.request_count(DOWNLOAD) == 3
    # Doubling, capped at 60 s (the clock moves 183 s in all: requests stay within the 300 s window).
    wait = 4.0
    for expected in (8.0, 16.0, 32.0, 60.0, 60.0):
        clock.advance(wait)
        error = _capture(lambda: _query(cert_client))
        assert isinstance(error, CertificateDownloadError) and error.retry_after == pytest.approx(expected)
        wait = expected
    assert failing.request_count(DOWNLOAD) == 8
    # WeChat Pay is back: the next call after the backoff downloads and is sent.
    failing.faults.clear()
    clock.advance(60.0)
    with pytest.raises(NotFoundError):  # the business answer (no such contract): it was sent and verified
        _query(cert_client)
    assert failing.request_count(DOWNLOAD) == 9
    assert failing.request_count("query_contract") == 1
