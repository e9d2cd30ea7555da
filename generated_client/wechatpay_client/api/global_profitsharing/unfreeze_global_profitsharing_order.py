# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_order import GlobalProfitsharingOrder
from ...models.global_profitsharing_unfreeze_request import GlobalProfitsharingUnfreezeRequest
from ...types import Response

OPERATION_ID = "unfreeze_global_profitsharing_order"


def _get_kwargs(
    *,
    body: GlobalProfitsharingUnfreezeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/profit-sharing/orders/unfreeze",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalProfitsharingUnfreezeRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalProfitsharingOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingUnfreezeRequest,
) -> Response[GlobalProfitsharingOrder]:
    """解冻剩余资金

    解冻剩余资金 — releases everything still frozen on a marked order to the funding merchant
    (the account the order originally settles to): for an order that needs no split, or after
    the last split. Give it a new `out_order_no`; the result is a profit-sharing order like a
    split's, completed asynchronously.

    - Released funds go into the normal net settlement of the merchant's contract.
    - Not documented as idempotent beyond the `out_order_no` rule of splits. After a timeout
      or 5XX, look it up with `query_global_profitsharing_order` (same `out_order_no` and
      `transaction_id`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024897

    Operation: ``unfreeze_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders/unfreeze)

    Args:
        body (GlobalProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingOrder]
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
    body: GlobalProfitsharingUnfreezeRequest,
) -> GlobalProfitsharingOrder:
    """解冻剩余资金

    解冻剩余资金 — releases everything still frozen on a marked order to the funding merchant
    (the account the order originally settles to): for an order that needs no split, or after
    the last split. Give it a new `out_order_no`; the result is a profit-sharing order like a
    split's, completed asynchronously.

    - Released funds go into the normal net settlement of the merchant's contract.
    - Not documented as idempotent beyond the `out_order_no` rule of splits. After a timeout
      or 5XX, look it up with `query_global_profitsharing_order` (same `out_order_no` and
      `transaction_id`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024897

    Operation: ``unfreeze_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders/unfreeze)

    Args:
        body (GlobalProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingOrder
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
    body: GlobalProfitsharingUnfreezeRequest,
) -> Response[GlobalProfitsharingOrder]:
    """解冻剩余资金

    解冻剩余资金 — releases everything still frozen on a marked order to the funding merchant
    (the account the order originally settles to): for an order that needs no split, or after
    the last split. Give it a new `out_order_no`; the result is a profit-sharing order like a
    split's, completed asynchronously.

    - Released funds go into the normal net settlement of the merchant's contract.
    - Not documented as idempotent beyond the `out_order_no` rule of splits. After a timeout
      or 5XX, look it up with `query_global_profitsharing_order` (same `out_order_no` and
      `transaction_id`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024897

    Operation: ``unfreeze_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders/unfreeze)

    Args:
        body (GlobalProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingUnfreezeRequest,
) -> GlobalProfitsharingOrder:
    """解冻剩余资金

    解冻剩余资金 — releases everything still frozen on a marked order to the funding merchant
    (the account the order originally settles to): for an order that needs no split, or after
    the last split. Give it a new `out_order_no`; the result is a profit-sharing order like a
    split's, completed asynchronously.

    - Released funds go into the normal net settlement of the merchant's contract.
    - Not documented as idempotent beyond the `out_order_no` rule of splits. After a timeout
      or 5XX, look it up with `query_global_profitsharing_order` (same `out_order_no` and
      `transaction_id`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024897

    Operation: ``unfreeze_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders/unfreeze)

    Args:
        body (GlobalProfitsharingUnfreezeRequest): 解冻剩余资金请求 — unfreeze request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
