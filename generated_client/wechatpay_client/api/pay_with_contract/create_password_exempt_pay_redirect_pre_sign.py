# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_exempt_contract_ref import PasswordExemptContractRef
from ...models.password_exempt_pay_redirect_pre_sign_request import PasswordExemptPayRedirectPreSignRequest
from ...types import Response

OPERATION_ID = "create_password_exempt_pay_redirect_pre_sign"


def _get_kwargs(
    *,
    body: PasswordExemptPayRedirectPreSignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PasswordExemptPayRedirectPreSignRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PasswordExemptContractRef:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PasswordExemptContractRef)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PasswordExemptContractRef]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptPayRedirectPreSignRequest,
) -> Response[PasswordExemptContractRef]:
    """直连商户模式支付后场景预签约API

    免密支付支付后预签约 — after placing an order and receiving its `prepay_id`, register a
    password-exempt contract offer for that payment: if the user pays within the 2-hour session
    and nothing else prevents it, WeChat offers to open password-exempt payment after the
    payment. When the pre-sign fails the user is simply not offered the contract.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent otherwise.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract`; a resend for the same `prepay_id` is the only way to
      be sure the offer is registered.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472874

    Operation: ``create_password_exempt_pay_redirect_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign)

    Args:
        body (PasswordExemptPayRedirectPreSignRequest): 支付后场景预签约请求 — pre-sign request of the
            after-payment scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptContractRef]
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
    body: PasswordExemptPayRedirectPreSignRequest,
) -> PasswordExemptContractRef:
    """直连商户模式支付后场景预签约API

    免密支付支付后预签约 — after placing an order and receiving its `prepay_id`, register a
    password-exempt contract offer for that payment: if the user pays within the 2-hour session
    and nothing else prevents it, WeChat offers to open password-exempt payment after the
    payment. When the pre-sign fails the user is simply not offered the contract.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent otherwise.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract`; a resend for the same `prepay_id` is the only way to
      be sure the offer is registered.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472874

    Operation: ``create_password_exempt_pay_redirect_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign)

    Args:
        body (PasswordExemptPayRedirectPreSignRequest): 支付后场景预签约请求 — pre-sign request of the
            after-payment scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptContractRef
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
    body: PasswordExemptPayRedirectPreSignRequest,
) -> Response[PasswordExemptContractRef]:
    """直连商户模式支付后场景预签约API

    免密支付支付后预签约 — after placing an order and receiving its `prepay_id`, register a
    password-exempt contract offer for that payment: if the user pays within the 2-hour session
    and nothing else prevents it, WeChat offers to open password-exempt payment after the
    payment. When the pre-sign fails the user is simply not offered the contract.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent otherwise.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract`; a resend for the same `prepay_id` is the only way to
      be sure the offer is registered.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472874

    Operation: ``create_password_exempt_pay_redirect_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign)

    Args:
        body (PasswordExemptPayRedirectPreSignRequest): 支付后场景预签约请求 — pre-sign request of the
            after-payment scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptContractRef]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptPayRedirectPreSignRequest,
) -> PasswordExemptContractRef:
    """直连商户模式支付后场景预签约API

    免密支付支付后预签约 — after placing an order and receiving its `prepay_id`, register a
    password-exempt contract offer for that payment: if the user pays within the 2-hour session
    and nothing else prevents it, WeChat offers to open password-exempt payment after the
    payment. When the pre-sign fails the user is simply not offered the contract.

    - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent otherwise.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_password_exempt_contract`; a resend for the same `prepay_id` is the only way to
      be sure the offer is registered.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472874

    Operation: ``create_password_exempt_pay_redirect_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign)

    Args:
        body (PasswordExemptPayRedirectPreSignRequest): 支付后场景预签约请求 — pre-sign request of the
            after-payment scene.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptContractRef
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
