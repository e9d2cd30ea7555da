"""The SDK's typed client for a sandbox, for the flow tests that drive the sandbox through the SDK.

The rest of tests/sandbox checks the sandbox with an independent raw client (``sandbox_helpers``);
the flow tests also exercise the SDK end to end (encryption, verification, typed callbacks).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from wechatpay_auth import create_client
from wechatpay_client import Client
from wechatpay_sandbox import Sandbox


@contextlib.contextmanager
def typed_client(sandbox: Sandbox) -> Iterator[Client]:
    """A public-key-mode client of the sandbox's merchant; its httpx client is closed afterwards."""
    creds = sandbox.credentials
    client = create_client(
        creds.mchid,
        merchant_serial_no=creds.merchant_serial_no,
        merchant_private_key=creds.merchant_private_key_pem,
        wechatpay_public_key_id=creds.public_key_id,
        wechatpay_public_key=creds.wechatpay_public_key_pem,
        base_url=sandbox.base_url,
    )
    try:
        yield client
    finally:
        client.get_httpx_client().close()
