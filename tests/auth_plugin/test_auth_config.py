"""Bad configuration fails at construction with a ConfigurationError that says what to fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from auth_testkit import APIV3_KEY, VECTORS, Vectors
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from wechatpay_auth import ConfigurationError, WeChatPayAuth, create_client


def _kwargs(vectors: Vectors, **overrides: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "merchant_serial_no": vectors.merchant_serial,
        "merchant_private_key": VECTORS / "merchant_key.pem",
        "wechatpay_public_key_id": vectors.public_key_id,
        "wechatpay_public_key": VECTORS / "wechatpay_public_key.pem",
    }
    kwargs.update(overrides)
    return {k: v for k, v in kwargs.items() if v is not None}


def _fails(vectors: Vectors, *fragments: str, mchid: str | None = None, **overrides: Any) -> ConfigurationError:
    with pytest.raises(ConfigurationError) as info:
        WeChatPayAuth(mchid if mchid is not None else vectors.mchid, **_kwargs(vectors, **overrides))
    for fragment in fragments:
        assert fragment in str(info.value), str(info.value)
    # The same validation runs in create_client, before the generated package is even imported.
    with pytest.raises(ConfigurationError):
        create_client(mchid if mchid is not None else vectors.mchid, **_kwargs(vectors, **overrides))
    return info.value


@pytest.fixture(scope="module")
def ec_private_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.fixture(scope="module")
def small_rsa_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.mark.parametrize(
    "source",
    [
        "path",
        "str_path",
        "pem_text",
        "pem_bytes",
    ],
)
def test_private_key_sources(vectors: Vectors, source: str) -> None:
    path = VECTORS / "merchant_key.pem"
    value = {"path": path, "str_path": str(path), "pem_text": path.read_text(), "pem_bytes": path.read_bytes()}[source]
    auth = WeChatPayAuth(vectors.mchid, **_kwargs(vectors, merchant_private_key=value))
    assert auth.mchid == vectors.mchid


def test_wrong_key_type(vectors: Vectors, ec_private_pem: bytes) -> None:
    _fails(vectors, "merchant_private_key", "RSA", merchant_private_key=ec_private_pem)


def test_key_too_small(vectors: Vectors, small_rsa_pem: bytes) -> None:
    _fails(vectors, "merchant_private_key", "2048", merchant_private_key=small_rsa_pem)


def test_unreadable_pem(vectors: Vectors) -> None:
    _fails(
        vectors,
        "merchant_private_key",
        "could not be parsed",
        merchant_private_key="-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n",
    )


def test_missing_file_names_the_path(vectors: Vectors, tmp_path: Path) -> None:
    missing = tmp_path / "apiclient_key.pem"
    _fails(vectors, "merchant_private_key", str(missing), merchant_private_key=missing)


def test_key_body_without_pem_header_is_not_echoed(vectors: Vectors) -> None:
    body = "".join(vectors.text("merchant_key.pem").splitlines()[1:-1])
    error = _fails(vectors, "merchant_private_key", "-----BEGIN", merchant_private_key=body)
    assert body[:40] not in str(error)


def test_public_key_where_the_private_key_goes(vectors: Vectors) -> None:
    _fails(vectors, "merchant_private_key", "public key", merchant_private_key=VECTORS / "merchant_public_key.pem")


def test_certificate_where_the_private_key_goes(vectors: Vectors) -> None:
    _fails(vectors, "merchant_private_key", "certificate", merchant_private_key=VECTORS / "merchant_cert.pem")


def test_password_protected_private_key(vectors: Vectors) -> None:
    encrypted = vectors.private_keys["merchant"].private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret"),
    )
    _fails(vectors, "merchant_private_key", "password", merchant_private_key=encrypted)


def test_private_key_where_the_wechatpay_public_key_goes(vectors: Vectors) -> None:
    error = _fails(
        vectors,
        "wechatpay_public_key",
        "private key",
        wechatpay_public_key=VECTORS / "wechatpay_public_key_private.pem",
    )
    for line in vectors.text("wechatpay_public_key_private.pem").splitlines()[1:-1]:
        assert line not in str(error)


def test_certificate_where_the_wechatpay_public_key_goes(vectors: Vectors) -> None:
    _fails(vectors, "wechatpay_public_key", "certificate", wechatpay_public_key=VECTORS / "platform_cert.pem")


def test_merchant_public_key_as_wechatpay_public_key(vectors: Vectors) -> None:
    _fails(vectors, "merchant's own public key", wechatpay_public_key=VECTORS / "merchant_public_key.pem")


@pytest.mark.parametrize("serial", ["XYZ123", "PUB_KEY_ID_0112345678", "", "12 34", "ABC"])
def test_serial_that_is_not_hex(vectors: Vectors, serial: str) -> None:
    _fails(vectors, "merchant_serial_no", "hex", merchant_serial_no=serial)


@pytest.mark.parametrize("mchid", ["", "12a", "1230000109 "])
def test_mchid_must_be_digits(vectors: Vectors, mchid: str) -> None:
    _fails(vectors, "mchid", mchid=mchid)


@pytest.mark.parametrize("key", ["x" * 31, "x" * 33, b"\x00" * 16, "密" * 11])
def test_apiv3_key_of_wrong_length(vectors: Vectors, key: str | bytes) -> None:
    error = _fails(vectors, "apiv3_key", "32 bytes", apiv3_key=key)
    if isinstance(key, str):
        assert key not in str(error)


def test_apiv3_key_of_32_bytes_is_accepted(vectors: Vectors) -> None:
    WeChatPayAuth(vectors.mchid, **_kwargs(vectors, apiv3_key=APIV3_KEY))
    WeChatPayAuth(vectors.mchid, **_kwargs(vectors, apiv3_key=APIV3_KEY.encode()))


def test_neither_public_key_nor_apiv3_key(vectors: Vectors) -> None:
    _fails(
        vectors,
        "wechatpay_public_key_id",
        "apiv3_key",
        wechatpay_public_key_id=None,
        wechatpay_public_key=None,
    )


def test_public_key_id_without_key(vectors: Vectors) -> None:
    _fails(vectors, "wechatpay_public_key is missing", wechatpay_public_key=None)


def test_public_key_without_id(vectors: Vectors) -> None:
    _fails(vectors, "wechatpay_public_key_id is missing", wechatpay_public_key_id=None)


@pytest.mark.parametrize("key_id", ["12345", "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", "PUB_KEY_ID_", "pub_key_id_1"])
def test_malformed_public_key_id(vectors: Vectors, key_id: str) -> None:
    _fails(vectors, "wechatpay_public_key_id", "PUB_KEY_ID_", wechatpay_public_key_id=key_id)


def test_merchant_certificate_is_checked_against_the_serial(vectors: Vectors) -> None:
    _fails(
        vectors,
        "merchant_serial_no",
        "does not match",
        merchant_certificate=VECTORS / "merchant_cert.pem",
        merchant_serial_no="ABCDEF0123456789",
    )


def test_merchant_certificate_is_checked_against_the_key(vectors: Vectors) -> None:
    _fails(
        vectors,
        "does not belong",
        merchant_certificate=VECTORS / "other_cert.pem",
        merchant_serial_no="1234567890ABCDEF1234567890ABCDEF12345678",
    )


def test_matching_merchant_certificate_is_accepted(vectors: Vectors) -> None:
    auth = WeChatPayAuth(vectors.mchid, **_kwargs(vectors, merchant_certificate=VECTORS / "merchant_cert.pem"))
    assert auth.merchant_serial_no == vectors.merchant_serial


@pytest.mark.parametrize("interval", [59, 12 * 3600 + 1])
def test_certificate_refresh_interval_bounds(vectors: Vectors, interval: float) -> None:
    _fails(vectors, "certificate_refresh_interval", apiv3_key=APIV3_KEY, certificate_refresh_interval=interval)
