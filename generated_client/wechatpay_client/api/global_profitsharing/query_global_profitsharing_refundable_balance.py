# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_refundable_balance_response import GlobalProfitsharingRefundableBalanceResponse
from ...types import Response

OPERATION_ID = "query_global_profitsharing_refundable_balance"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/profit-sharing/refunds/refundable-balance",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalProfitsharingRefundableBalanceResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingRefundableBalanceResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingRefundableBalanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GlobalProfitsharingRefundableBalanceResponse]:
    """查询可供垫付退款实时余额

    查询可供垫付退款实时余额 — the current balance that can be advanced to refund the part of
    a shared order that was already released abroad (`balance`, an integer in the smallest
    unit of `currency`, with the funding merchant `sponsor_mchid`). Takes no parameters.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024984

    Operation: ``query_global_profitsharing_refundable_balance`` (GET /v3/global/profit-sharing/refunds/refundable-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingRefundableBalanceResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GlobalProfitsharingRefundableBalanceResponse:
    """查询可供垫付退款实时余额

    查询可供垫付退款实时余额 — the current balance that can be advanced to refund the part of
    a shared order that was already released abroad (`balance`, an integer in the smallest
    unit of `currency`, with the funding merchant `sponsor_mchid`). Takes no parameters.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024984

    Operation: ``query_global_profitsharing_refundable_balance`` (GET /v3/global/profit-sharing/refunds/refundable-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingRefundableBalanceResponse
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GlobalProfitsharingRefundableBalanceResponse]:
    """查询可供垫付退款实时余额

    查询可供垫付退款实时余额 — the current balance that can be advanced to refund the part of
    a shared order that was already released abroad (`balance`, an integer in the smallest
    unit of `currency`, with the funding merchant `sponsor_mchid`). Takes no parameters.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024984

    Operation: ``query_global_profitsharing_refundable_balance`` (GET /v3/global/profit-sharing/refunds/refundable-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingRefundableBalanceResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GlobalProfitsharingRefundableBalanceResponse:
    """查询可供垫付退款实时余额

    查询可供垫付退款实时余额 — the current balance that can be advanced to refund the part of
    a shared order that was already released abroad (`balance`, an integer in the smallest
    unit of `currency`, with the funding merchant `sponsor_mchid`). Takes no parameters.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024984

    Operation: ``query_global_profitsharing_refundable_balance`` (GET /v3/global/profit-sharing/refunds/refundable-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingRefundableBalanceResponse
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
