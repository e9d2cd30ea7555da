# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pay_codepay_request import PayCodepayRequest
from ...models.pay_codepay_response import PayCodepayResponse
from ...types import Response

OPERATION_ID = "create_codepay_transaction"


def _get_kwargs(
    *,
    body: PayCodepayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/pay/transactions/codepay",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayCodepayRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayCodepayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayCodepayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayCodepayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayCodepayRequest,
) -> Response[PayCodepayResponse]:
    """付款码支付

    付款码支付 — charge the user's payment code (付款码), read by the merchant's scanner
    (`payer.auth_code`). The response carries the order state directly:

    - `SUCCESS`: paid.
    - `USERPAYING` (用户支付中, e.g. the user must enter a password) or an unclear outcome
      (timeout, 5XX, `SYSTEM_ERROR`): poll `query_transaction_by_out_trade_no` with the same
      `out_trade_no` until a final state; if it cannot be determined, reverse the order with
      `reverse_transaction`. Do not place a new order for the same purchase.
    - Not documented as idempotent on `out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382150

    Operation: ``create_codepay_transaction`` (POST /v3/pay/transactions/codepay)

    Args:
        body (PayCodepayRequest): 付款码支付请求 — code-payment request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayCodepayResponse]
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
    body: PayCodepayRequest,
) -> PayCodepayResponse:
    """付款码支付

    付款码支付 — charge the user's payment code (付款码), read by the merchant's scanner
    (`payer.auth_code`). The response carries the order state directly:

    - `SUCCESS`: paid.
    - `USERPAYING` (用户支付中, e.g. the user must enter a password) or an unclear outcome
      (timeout, 5XX, `SYSTEM_ERROR`): poll `query_transaction_by_out_trade_no` with the same
      `out_trade_no` until a final state; if it cannot be determined, reverse the order with
      `reverse_transaction`. Do not place a new order for the same purchase.
    - Not documented as idempotent on `out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382150

    Operation: ``create_codepay_transaction`` (POST /v3/pay/transactions/codepay)

    Args:
        body (PayCodepayRequest): 付款码支付请求 — code-payment request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayCodepayResponse
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
    body: PayCodepayRequest,
) -> Response[PayCodepayResponse]:
    """付款码支付

    付款码支付 — charge the user's payment code (付款码), read by the merchant's scanner
    (`payer.auth_code`). The response carries the order state directly:

    - `SUCCESS`: paid.
    - `USERPAYING` (用户支付中, e.g. the user must enter a password) or an unclear outcome
      (timeout, 5XX, `SYSTEM_ERROR`): poll `query_transaction_by_out_trade_no` with the same
      `out_trade_no` until a final state; if it cannot be determined, reverse the order with
      `reverse_transaction`. Do not place a new order for the same purchase.
    - Not documented as idempotent on `out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382150

    Operation: ``create_codepay_transaction`` (POST /v3/pay/transactions/codepay)

    Args:
        body (PayCodepayRequest): 付款码支付请求 — code-payment request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayCodepayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayCodepayRequest,
) -> PayCodepayResponse:
    """付款码支付

    付款码支付 — charge the user's payment code (付款码), read by the merchant's scanner
    (`payer.auth_code`). The response carries the order state directly:

    - `SUCCESS`: paid.
    - `USERPAYING` (用户支付中, e.g. the user must enter a password) or an unclear outcome
      (timeout, 5XX, `SYSTEM_ERROR`): poll `query_transaction_by_out_trade_no` with the same
      `out_trade_no` until a final state; if it cannot be determined, reverse the order with
      `reverse_transaction`. Do not place a new order for the same purchase.
    - Not documented as idempotent on `out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382150

    Operation: ``create_codepay_transaction`` (POST /v3/pay/transactions/codepay)

    Args:
        body (PayCodepayRequest): 付款码支付请求 — code-payment request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayCodepayResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
