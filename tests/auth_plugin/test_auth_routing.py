"""Operations that WeChat Pay serves from another origin (cross-border) are sent there, signed as usual."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from auth_testkit import FakeWeChatPay, Vectors, check_authorization
from wechatpay_auth import WeChatPayAuth

EXT = {"wechatpay_operation_id": "cross_border_query"}


def _capture(fake: FakeWeChatPay) -> list[httpx.Request]:
    seen: list[httpx.Request] = []

    def responder(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return fake.signed_response(200, b'{"trade_state":"SUCCESS"}')

    fake.responder = responder
    return seen


async def test_a_cross_border_operation_goes_to_its_own_origin(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any, vectors: Vectors
) -> None:
    seen = _capture(fake)
    response = await send(make_auth(), "GET", "/v3/global/test/T1?mchid=1900000109", extensions=EXT)
    assert response.status_code == 200
    (request,) = seen
    assert request.url.host == "apihk.mch.weixin.qq.com"
    assert request.headers["Host"] == "apihk.mch.weixin.qq.com"
    assert request.url.raw_path == b"/v3/global/test/T1?mchid=1900000109"
    valid, _ = check_authorization(request, vectors.merchant_public_key)
    assert valid  # the host is not signed: the same signature is valid on the other origin


@pytest.mark.parametrize("base", ["https://api2.wechatpay.cn", "https://api2.mch.weixin.qq.com"])
def test_the_backup_domain_is_routed_to_the_operation_origin_too(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, base: str
) -> None:
    seen = _capture(fake)
    with httpx.Client(base_url=base, transport=fake.transport, auth=make_auth()) as client:
        client.get("/v3/global/test/T1", extensions=EXT)
    assert seen[0].url.host == "apihk.mch.weixin.qq.com"


@pytest.mark.parametrize("base", ["http://127.0.0.1:8080", "https://proxy.example.com/wechatpay"])
def test_a_client_pointed_elsewhere_keeps_its_base_url(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, base: str
) -> None:
    seen = _capture(fake)
    with httpx.Client(base_url=base, transport=fake.transport, auth=make_auth()) as client:
        client.get("/v3/global/test/T1", extensions=EXT)
    assert str(seen[0].url).startswith(base)


def test_operations_without_their_own_origin_stay(make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay) -> None:
    seen = _capture(fake)
    with httpx.Client(base_url="https://api.mch.weixin.qq.com", transport=fake.transport, auth=make_auth()) as client:
        client.get("/v3/other")
        client.post(
            "/v3/papay/insurance-pay/transactions/apply",
            json={},
            extensions={"wechatpay_operation_id": "apply_deduction"},
        )
    assert [r.url.host for r in seen] == ["api.mch.weixin.qq.com", "api.mch.weixin.qq.com"]
