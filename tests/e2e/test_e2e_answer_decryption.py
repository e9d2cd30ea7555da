"""Answer fields encrypted for the merchant arrive in the typed model as plaintext, over a real socket.

The sandbox encrypts every `x-wechatpay-sensitive` answer field with the merchant's public key
(an independent implementation); the SDK verifies the answer, then decrypts those fields.
"""

from __future__ import annotations

import base64
from typing import Any

from wechatpay_auth import get_auth
from wechatpay_client.api.profitsharing import add_profitsharing_receiver
from wechatpay_client.models import ProfitsharingReceiverAddRequest
from wechatpay_sandbox import Sandbox

NAME = "深圳某某科技有限公司"


def _body() -> ProfitsharingReceiverAddRequest:
    return ProfitsharingReceiverAddRequest.from_dict(
        {
            "appid": "wxd678efh567hg6787",
            "type": "MERCHANT_ID",
            "account": "1900000109",
            "name": NAME,  # plaintext: the SDK encrypts it for WeChat Pay
            "relation_type": "SERVICE_PROVIDER",
        }
    )


async def test_receiver_name_is_decrypted_into_the_model(mode: str, client: Any, sandbox: Sandbox) -> None:
    if mode == "sync":
        response = add_profitsharing_receiver.sync(client=client, body=_body())
    else:
        response = await add_profitsharing_receiver.asyncio(client=client, body=_body())
    assert response.name == NAME
    assert NAME not in repr(response)  # sensitive: masked in repr


def test_the_wire_carries_ciphertext_for_the_merchant(client: Any, sandbox: Sandbox) -> None:
    # A raw call names no operation, so nothing is decrypted: this is what crossed the socket.
    auth = get_auth(client)
    ciphertext, serial = auth.encrypt_sensitive(NAME)
    raw = client.get_httpx_client().post(
        "/v3/profitsharing/receivers/add",
        json={**_body().to_dict(), "name": ciphertext},
        headers={"Wechatpay-Serial": serial},
    )
    assert raw.status_code == 200
    on_the_wire = raw.json()["name"]
    assert on_the_wire != NAME and len(base64.b64decode(on_the_wire, validate=True)) == 256  # RSA-2048 block
    assert auth.decrypt_sensitive(on_the_wire) == NAME
