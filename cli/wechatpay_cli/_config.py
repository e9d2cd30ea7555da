"""Client configuration for the CLI, read from WECHATPAY_* environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ENV_VARS = {
    "WECHATPAY_MCHID": "merchant id (商户号)",
    "WECHATPAY_MERCHANT_SERIAL_NO": "serial number of the merchant API certificate",
    "WECHATPAY_MERCHANT_PRIVATE_KEY": "path to the merchant API private key (apiclient_key.pem)",
    "WECHATPAY_PUBLIC_KEY_ID": "WeChat Pay public key id (PUB_KEY_ID_...), public-key mode",
    "WECHATPAY_PUBLIC_KEY": "path to the WeChat Pay public key PEM, public-key mode",
    "WECHATPAY_APIV3_KEY": "the 32-character APIv3 key: certificate mode, and notification decryption",
    "WECHATPAY_BASE_URL": "API base URL (default https://api.mch.weixin.qq.com)",
}


class CLIConfigError(Exception):
    """The environment does not describe a usable configuration; the message says what to set."""


@dataclass(frozen=True)
class CLIConfig:
    mchid: str
    merchant_serial_no: str
    merchant_private_key: Path
    wechatpay_public_key_id: str | None
    wechatpay_public_key: Path | None
    apiv3_key: str | None = field(repr=False)
    base_url: str


def _path(env: Mapping[str, str], name: str) -> Path | None:
    value = env.get(name, "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise CLIConfigError(f"{name}={value!r}: no such file (it must be the path to a PEM file)")
    return path


def load_config(env: Mapping[str, str] | None = None, *, require_merchant: bool = True) -> CLIConfig:
    env = os.environ if env is None else env
    missing = [name for name in ("WECHATPAY_MCHID", "WECHATPAY_MERCHANT_SERIAL_NO") if not env.get(name)]
    key = _path(env, "WECHATPAY_MERCHANT_PRIVATE_KEY")
    if key is None:
        missing.append("WECHATPAY_MERCHANT_PRIVATE_KEY")
    if require_merchant and missing:
        raise CLIConfigError("missing environment variables: " + ", ".join(missing) + " (see `wechatpay call --help`)")
    public_key_id = env.get("WECHATPAY_PUBLIC_KEY_ID") or None
    public_key = _path(env, "WECHATPAY_PUBLIC_KEY")
    if (public_key_id is None) != (public_key is None):
        raise CLIConfigError("set both WECHATPAY_PUBLIC_KEY_ID and WECHATPAY_PUBLIC_KEY, or neither")
    apiv3_key = env.get("WECHATPAY_APIV3_KEY") or None
    if public_key_id is None and apiv3_key is None:
        raise CLIConfigError(
            "set WECHATPAY_PUBLIC_KEY_ID + WECHATPAY_PUBLIC_KEY (public-key mode) or WECHATPAY_APIV3_KEY "
            "(platform-certificate mode)"
        )
    return CLIConfig(
        mchid=env.get("WECHATPAY_MCHID", ""),
        merchant_serial_no=env.get("WECHATPAY_MERCHANT_SERIAL_NO", ""),
        merchant_private_key=key if key is not None else Path(),
        wechatpay_public_key_id=public_key_id,
        wechatpay_public_key=public_key,
        apiv3_key=apiv3_key,
        base_url=env.get("WECHATPAY_BASE_URL") or "https://api.mch.weixin.qq.com",
    )
