# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profitsharing_return_order import ProfitsharingReturnOrder
from ...models.profitsharing_return_order_create_request import ProfitsharingReturnOrderCreateRequest
from ...types import Response

OPERATION_ID = "create_profitsharing_return_order"


def _get_kwargs(
    *,
    body: ProfitsharingReturnOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/profitsharing/return-orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ProfitsharingReturnOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProfitsharingReturnOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ProfitsharingReturnOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProfitsharingReturnOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingReturnOrderCreateRequest,
) -> Response[ProfitsharingReturnOrder]:
    """请求分账回退

    请求分账回退 — takes money that a split sent to a merchant receiver back to the merchant
    that split it, typically so that the original order can then be refunded. Name the split
    by `order_id` or by `out_order_no`: exactly one of them, although the schema marks
    neither as required.

    - A return can only cover what the split gave that receiver; several returns per
      receiver are possible (the older direct-merchant page caps them at 20), within 180
      days of the split. Refund and return are independent calls, in either order.
    - `result` may be `PROCESSING`; follow it with `query_profitsharing_return_order`. A
      return still processing after 5 days ends as `FAILED`.
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_profitsharing_return_order` (same `out_return_no`); if it is still processing,
      keep the same `out_return_no` and resend with the same parameters rather than a new
      number, which could return the money twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525287

    Operation: ``create_profitsharing_return_order`` (POST /v3/profitsharing/return-orders)

    Args:
        body (ProfitsharingReturnOrderCreateRequest): 请求分账回退请求 — return request. Exactly one of
            `order_id` and `out_order_no` must be
            sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReturnOrder]
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
    body: ProfitsharingReturnOrderCreateRequest,
) -> ProfitsharingReturnOrder:
    """请求分账回退

    请求分账回退 — takes money that a split sent to a merchant receiver back to the merchant
    that split it, typically so that the original order can then be refunded. Name the split
    by `order_id` or by `out_order_no`: exactly one of them, although the schema marks
    neither as required.

    - A return can only cover what the split gave that receiver; several returns per
      receiver are possible (the older direct-merchant page caps them at 20), within 180
      days of the split. Refund and return are independent calls, in either order.
    - `result` may be `PROCESSING`; follow it with `query_profitsharing_return_order`. A
      return still processing after 5 days ends as `FAILED`.
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_profitsharing_return_order` (same `out_return_no`); if it is still processing,
      keep the same `out_return_no` and resend with the same parameters rather than a new
      number, which could return the money twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525287

    Operation: ``create_profitsharing_return_order`` (POST /v3/profitsharing/return-orders)

    Args:
        body (ProfitsharingReturnOrderCreateRequest): 请求分账回退请求 — return request. Exactly one of
            `order_id` and `out_order_no` must be
            sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReturnOrder
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
    body: ProfitsharingReturnOrderCreateRequest,
) -> Response[ProfitsharingReturnOrder]:
    """请求分账回退

    请求分账回退 — takes money that a split sent to a merchant receiver back to the merchant
    that split it, typically so that the original order can then be refunded. Name the split
    by `order_id` or by `out_order_no`: exactly one of them, although the schema marks
    neither as required.

    - A return can only cover what the split gave that receiver; several returns per
      receiver are possible (the older direct-merchant page caps them at 20), within 180
      days of the split. Refund and return are independent calls, in either order.
    - `result` may be `PROCESSING`; follow it with `query_profitsharing_return_order`. A
      return still processing after 5 days ends as `FAILED`.
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_profitsharing_return_order` (same `out_return_no`); if it is still processing,
      keep the same `out_return_no` and resend with the same parameters rather than a new
      number, which could return the money twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525287

    Operation: ``create_profitsharing_return_order`` (POST /v3/profitsharing/return-orders)

    Args:
        body (ProfitsharingReturnOrderCreateRequest): 请求分账回退请求 — return request. Exactly one of
            `order_id` and `out_order_no` must be
            sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReturnOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingReturnOrderCreateRequest,
) -> ProfitsharingReturnOrder:
    """请求分账回退

    请求分账回退 — takes money that a split sent to a merchant receiver back to the merchant
    that split it, typically so that the original order can then be refunded. Name the split
    by `order_id` or by `out_order_no`: exactly one of them, although the schema marks
    neither as required.

    - A return can only cover what the split gave that receiver; several returns per
      receiver are possible (the older direct-merchant page caps them at 20), within 180
      days of the split. Refund and return are independent calls, in either order.
    - `result` may be `PROCESSING`; follow it with `query_profitsharing_return_order`. A
      return still processing after 5 days ends as `FAILED`.
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_profitsharing_return_order` (same `out_return_no`); if it is still processing,
      keep the same `out_return_no` and resend with the same parameters rather than a new
      number, which could return the money twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525287

    Operation: ``create_profitsharing_return_order`` (POST /v3/profitsharing/return-orders)

    Args:
        body (ProfitsharingReturnOrderCreateRequest): 请求分账回退请求 — return request. Exactly one of
            `order_id` and `out_order_no` must be
            sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReturnOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
