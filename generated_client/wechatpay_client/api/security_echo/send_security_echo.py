# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.security_echo_request import SecurityEchoRequest
from ...models.security_echo_response import SecurityEchoResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "send_security_echo"


def _get_kwargs(
    *,
    body: SecurityEchoRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/security/echo",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, SecurityEchoRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SecurityEchoResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, SecurityEchoResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SecurityEchoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEchoRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[SecurityEchoResponse]:
    """商户签名验签／加解密测试

    商户签名验签／加解密测试 — a test call with no business effect: WeChat Pay checks the
    request's signature, sends `echo_message` back unchanged and, when
    `encrypted_echo_message` is given, decrypts it and returns it encrypted with the
    merchant's key. Use it to check the merchant key, the WeChat Pay public key or platform
    certificate, and the encryption set-up before going live. One call must use one kind of
    WeChat Pay key for both the signature check and the encryption (public key or platform
    certificate, not a mix).

    - `encrypted_echo_message` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer it is decrypted by the SDK, so it should equal what
      was sent.
    - With `notify_url`, WeChat Pay also sends a `SECURITY_ECHO.SUCCESS` notification there
      (see `SecurityEchoNotificationResource`), a test of callback handling.
    - No state is created, so resending is harmless (at most one more notification).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014551946

    Operation: ``send_security_echo`` (POST /v3/security/echo)

    Args:
        wechatpay_serial (str | Unset):
        body (SecurityEchoRequest): 签名验签/加解密测试请求 — the test message. `encrypted_echo_message` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[SecurityEchoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEchoRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> SecurityEchoResponse:
    """商户签名验签／加解密测试

    商户签名验签／加解密测试 — a test call with no business effect: WeChat Pay checks the
    request's signature, sends `echo_message` back unchanged and, when
    `encrypted_echo_message` is given, decrypts it and returns it encrypted with the
    merchant's key. Use it to check the merchant key, the WeChat Pay public key or platform
    certificate, and the encryption set-up before going live. One call must use one kind of
    WeChat Pay key for both the signature check and the encryption (public key or platform
    certificate, not a mix).

    - `encrypted_echo_message` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer it is decrypted by the SDK, so it should equal what
      was sent.
    - With `notify_url`, WeChat Pay also sends a `SECURITY_ECHO.SUCCESS` notification there
      (see `SecurityEchoNotificationResource`), a test of callback handling.
    - No state is created, so resending is harmless (at most one more notification).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014551946

    Operation: ``send_security_echo`` (POST /v3/security/echo)

    Args:
        wechatpay_serial (str | Unset):
        body (SecurityEchoRequest): 签名验签/加解密测试请求 — the test message. `encrypted_echo_message` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        SecurityEchoResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEchoRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[SecurityEchoResponse]:
    """商户签名验签／加解密测试

    商户签名验签／加解密测试 — a test call with no business effect: WeChat Pay checks the
    request's signature, sends `echo_message` back unchanged and, when
    `encrypted_echo_message` is given, decrypts it and returns it encrypted with the
    merchant's key. Use it to check the merchant key, the WeChat Pay public key or platform
    certificate, and the encryption set-up before going live. One call must use one kind of
    WeChat Pay key for both the signature check and the encryption (public key or platform
    certificate, not a mix).

    - `encrypted_echo_message` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer it is decrypted by the SDK, so it should equal what
      was sent.
    - With `notify_url`, WeChat Pay also sends a `SECURITY_ECHO.SUCCESS` notification there
      (see `SecurityEchoNotificationResource`), a test of callback handling.
    - No state is created, so resending is harmless (at most one more notification).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014551946

    Operation: ``send_security_echo`` (POST /v3/security/echo)

    Args:
        wechatpay_serial (str | Unset):
        body (SecurityEchoRequest): 签名验签/加解密测试请求 — the test message. `encrypted_echo_message` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[SecurityEchoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEchoRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> SecurityEchoResponse:
    """商户签名验签／加解密测试

    商户签名验签／加解密测试 — a test call with no business effect: WeChat Pay checks the
    request's signature, sends `echo_message` back unchanged and, when
    `encrypted_echo_message` is given, decrypts it and returns it encrypted with the
    merchant's key. Use it to check the merchant key, the WeChat Pay public key or platform
    certificate, and the encryption set-up before going live. One call must use one kind of
    WeChat Pay key for both the signature check and the encryption (public key or platform
    certificate, not a mix).

    - `encrypted_echo_message` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. In the answer it is decrypted by the SDK, so it should equal what
      was sent.
    - With `notify_url`, WeChat Pay also sends a `SECURITY_ECHO.SUCCESS` notification there
      (see `SecurityEchoNotificationResource`), a test of callback handling.
    - No state is created, so resending is harmless (at most one more notification).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014551946

    Operation: ``send_security_echo`` (POST /v3/security/echo)

    Args:
        wechatpay_serial (str | Unset):
        body (SecurityEchoRequest): 签名验签/加解密测试请求 — the test message. `encrypted_echo_message` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        SecurityEchoResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
