# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profitsharing_order import ProfitsharingOrder
from ...models.profitsharing_unfreeze_request import ProfitsharingUnfreezeRequest
from ...types import Response

OPERATION_ID = "unfreeze_profitsharing_order"


def _get_kwargs(
    *,
    body: ProfitsharingUnfreezeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/profitsharing/orders/unfreeze",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ProfitsharingUnfreezeRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProfitsharingOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ProfitsharingOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProfitsharingOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingUnfreezeRequest,
) -> Response[ProfitsharingOrder]:
    """解冻剩余资金

    解冻剩余资金 — ends profit sharing for a paid order: every amount still frozen for
    sharing is released to the merchant itself. Use it for an order that needs no split at
    all, or after the last split. Give it a fresh `out_order_no`; the result is a
    profit-sharing order like the one of a split, finished asynchronously.

    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look it up with
      `query_profitsharing_order` (same `out_order_no` and `transaction_id`) first.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526374

    Operation: ``unfreeze_profitsharing_order`` (POST /v3/profitsharing/orders/unfreeze)

    Args:
        body (ProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingOrder]
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
    body: ProfitsharingUnfreezeRequest,
) -> ProfitsharingOrder:
    """解冻剩余资金

    解冻剩余资金 — ends profit sharing for a paid order: every amount still frozen for
    sharing is released to the merchant itself. Use it for an order that needs no split at
    all, or after the last split. Give it a fresh `out_order_no`; the result is a
    profit-sharing order like the one of a split, finished asynchronously.

    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look it up with
      `query_profitsharing_order` (same `out_order_no` and `transaction_id`) first.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526374

    Operation: ``unfreeze_profitsharing_order`` (POST /v3/profitsharing/orders/unfreeze)

    Args:
        body (ProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingOrder
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
    body: ProfitsharingUnfreezeRequest,
) -> Response[ProfitsharingOrder]:
    """解冻剩余资金

    解冻剩余资金 — ends profit sharing for a paid order: every amount still frozen for
    sharing is released to the merchant itself. Use it for an order that needs no split at
    all, or after the last split. Give it a fresh `out_order_no`; the result is a
    profit-sharing order like the one of a split, finished asynchronously.

    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look it up with
      `query_profitsharing_order` (same `out_order_no` and `transaction_id`) first.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526374

    Operation: ``unfreeze_profitsharing_order`` (POST /v3/profitsharing/orders/unfreeze)

    Args:
        body (ProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingUnfreezeRequest,
) -> ProfitsharingOrder:
    """解冻剩余资金

    解冻剩余资金 — ends profit sharing for a paid order: every amount still frozen for
    sharing is released to the merchant itself. Use it for an order that needs no split at
    all, or after the last split. Give it a fresh `out_order_no`; the result is a
    profit-sharing order like the one of a split, finished asynchronously.

    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look it up with
      `query_profitsharing_order` (same `out_order_no` and `transaction_id`) first.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526374

    Operation: ``unfreeze_profitsharing_order`` (POST /v3/profitsharing/orders/unfreeze)

    Args:
        body (ProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
