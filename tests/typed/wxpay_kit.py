"""Helpers of the ``wechatpay_typed`` tests (a module of its own: ``from conftest import`` picks
whichever conftest was imported first when several test folders run together)."""

from __future__ import annotations

from typing import Any

from wechatpay_sandbox import Sandbox


def client_arguments(sandbox: Sandbox, **overrides: Any) -> dict[str, Any]:
    """The keyword arguments of ``WeChatPay(...)`` for ``sandbox`` (public-key mode)."""
    creds = sandbox.credentials
    return {
        "mchid": creds.mchid,
        "merchant_serial_no": creds.merchant_serial_no,
        "merchant_private_key": creds.merchant_private_key_pem,
        "wechatpay_public_key_id": creds.public_key_id,
        "wechatpay_public_key": creds.wechatpay_public_key_pem,
        "base_url": sandbox.base_url,
        **overrides,
    }
