"""Sensitive query parameters over a real socket: the SDK encrypts, the sandbox decrypts, plaintext is refused."""

from __future__ import annotations

from typing import Any

import pytest
from wechatpay_auth import BadRequestError
from wechatpay_client.api.smartguide import list_smartguide_guides
from wechatpay_sandbox import Sandbox


async def test_the_typed_call_sends_the_phone_number_encrypted(mode: str, client: Any, sandbox: Sandbox) -> None:
    if mode == "sync":
        response = list_smartguide_guides.sync_detailed(client=client, store_id=1234, mobile="13800138000")
    else:
        response = await list_smartguide_guides.asyncio_detailed(client=client, store_id=1234, mobile="13800138000")
    assert response.status_code == 200  # the sandbox decrypted `mobile` with the key named by Wechatpay-Serial


def test_a_plaintext_value_is_refused_by_the_sandbox(client: Any, sandbox: Sandbox) -> None:
    # A raw call names no operation, so the SDK does not encrypt: WeChat Pay (the sandbox) refuses it.
    with pytest.raises(BadRequestError) as caught:
        client.get_httpx_client().get(
            "/v3/smartguide/guides",
            params={"store_id": "1234", "mobile": "13800138000"},
            headers={"Wechatpay-Serial": sandbox.credentials.public_key_id},
        )
    assert caught.value.code == "PARAM_ERROR"
    assert isinstance(caught.value.detail, dict) and caught.value.detail.get("field") == "mobile"
    assert "13800138000" not in str(caught.value)


@pytest.mark.parametrize("mode", ["sync"])
def test_the_plaintext_never_appears_in_the_url(mode: str, client: Any, sandbox: Sandbox) -> None:
    seen: list[str] = []
    http = client.get_httpx_client()
    hooks = http.event_hooks
    http.event_hooks = {**hooks, "request": [*hooks.get("request", []), lambda request: seen.append(str(request.url))]}
    try:
        list_smartguide_guides.sync_detailed(client=client, store_id=1234, mobile="13800138000")
    finally:
        http.event_hooks = hooks
    assert seen and all("13800138000" not in url for url in seen)
