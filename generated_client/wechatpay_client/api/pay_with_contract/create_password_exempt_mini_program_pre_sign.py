# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_exempt_mini_program_pre_sign_request import PasswordExemptMiniProgramPreSignRequest
from ...models.password_exempt_mini_program_pre_sign_response import PasswordExemptMiniProgramPreSignResponse
from ...types import Response

OPERATION_ID = "create_password_exempt_mini_program_pre_sign"


def _get_kwargs(
    *,
    body: PasswordExemptMiniProgramPreSignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PasswordExemptMiniProgramPreSignRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PasswordExemptMiniProgramPreSignResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PasswordExemptMiniProgramPreSignResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PasswordExemptMiniProgramPreSignResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptMiniProgramPreSignRequest,
) -> Response[PasswordExemptMiniProgramPreSignResponse]:
    """直连商户模式小程序场景预签约API

    免密支付小程序预签约 — prepare a password-exempt payment contract before the merchant's mini
    program opens the WeChat signing mini program. Returns `pre_entrustweb_id` with the
    AppID and path of the signing mini program to open; the user then confirms there and comes
    back. The signing session is valid for 2 hours.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent when the user
      gives up or signing fails.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract` whether a contract already exists for
      `out_contract_code`; if not, pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472870

    Operation: ``create_password_exempt_mini_program_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program)

    Args:
        body (PasswordExemptMiniProgramPreSignRequest): 小程序场景预签约请求 — pre-sign request of the mini-
            program scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptMiniProgramPreSignResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptMiniProgramPreSignRequest,
) -> PasswordExemptMiniProgramPreSignResponse:
    """直连商户模式小程序场景预签约API

    免密支付小程序预签约 — prepare a password-exempt payment contract before the merchant's mini
    program opens the WeChat signing mini program. Returns `pre_entrustweb_id` with the
    AppID and path of the signing mini program to open; the user then confirms there and comes
    back. The signing session is valid for 2 hours.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent when the user
      gives up or signing fails.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract` whether a contract already exists for
      `out_contract_code`; if not, pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472870

    Operation: ``create_password_exempt_mini_program_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program)

    Args:
        body (PasswordExemptMiniProgramPreSignRequest): 小程序场景预签约请求 — pre-sign request of the mini-
            program scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptMiniProgramPreSignResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptMiniProgramPreSignRequest,
) -> Response[PasswordExemptMiniProgramPreSignResponse]:
    """直连商户模式小程序场景预签约API

    免密支付小程序预签约 — prepare a password-exempt payment contract before the merchant's mini
    program opens the WeChat signing mini program. Returns `pre_entrustweb_id` with the
    AppID and path of the signing mini program to open; the user then confirms there and comes
    back. The signing session is valid for 2 hours.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent when the user
      gives up or signing fails.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract` whether a contract already exists for
      `out_contract_code`; if not, pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472870

    Operation: ``create_password_exempt_mini_program_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program)

    Args:
        body (PasswordExemptMiniProgramPreSignRequest): 小程序场景预签约请求 — pre-sign request of the mini-
            program scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptMiniProgramPreSignResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptMiniProgramPreSignRequest,
) -> PasswordExemptMiniProgramPreSignResponse:
    """直连商户模式小程序场景预签约API

    免密支付小程序预签约 — prepare a password-exempt payment contract before the merchant's mini
    program opens the WeChat signing mini program. Returns `pre_entrustweb_id` with the
    AppID and path of the signing mini program to open; the user then confirms there and comes
    back. The signing session is valid for 2 hours.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent when the user
      gives up or signing fails.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract` whether a contract already exists for
      `out_contract_code`; if not, pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472870

    Operation: ``create_password_exempt_mini_program_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program)

    Args:
        body (PasswordExemptMiniProgramPreSignRequest): 小程序场景预签约请求 — pre-sign request of the mini-
            program scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptMiniProgramPreSignResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
