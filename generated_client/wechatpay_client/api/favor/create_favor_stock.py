# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_stock_create_request import FavorStockCreateRequest
from ...models.favor_stock_create_response import FavorStockCreateResponse
from ...types import Response

OPERATION_ID = "create_favor_stock"


def _get_kwargs(
    *,
    body: FavorStockCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/favor/coupon-stocks",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FavorStockCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorStockCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorStockCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorStockCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockCreateRequest,
) -> Response[FavorStockCreateResponse]:
    """创建代金券批次

    创建代金券批次 — creates a cash-coupon batch (stock) and returns its `stock_id`. A batch
    is either pre-funded (`no_cash: false`, 预充值: the budget is taken from the creator's
    balance when the batch is activated) or not funded (`no_cash: true`, 免充值: the discount
    is taken out of what the paying merchant receives).

    - A new batch is not usable yet: activate it with `start_favor_stock`, then send coupons
      with `send_favor_coupon` (or the other marketing channels).
    - The page allows at most 90 days between `available_begin_time` and
      `available_end_time`, a start not earlier than now and not more than 365 days ahead;
      `stock_use_rule.max_amount` is expected to be the face value times `max_coupons`.
    - `stock_type` `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`. Image fields of
      `pattern_info` take URLs returned by `upload_marketing_image`.
    - `out_request_no` is the merchant's own unique number for this request. No lookup by
      that number exists: after a timeout or 5XX, list the creator's batches with
      `list_favor_stocks` (creation-time window, same `stock_name`) before creating again,
      and resend only with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534633

    Operation: ``create_favor_stock`` (POST /v3/marketing/favor/coupon-stocks)

    Args:
        body (FavorStockCreateRequest): 创建代金券批次请求 — the batch to create.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockCreateResponse]
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
    body: FavorStockCreateRequest,
) -> FavorStockCreateResponse:
    """创建代金券批次

    创建代金券批次 — creates a cash-coupon batch (stock) and returns its `stock_id`. A batch
    is either pre-funded (`no_cash: false`, 预充值: the budget is taken from the creator's
    balance when the batch is activated) or not funded (`no_cash: true`, 免充值: the discount
    is taken out of what the paying merchant receives).

    - A new batch is not usable yet: activate it with `start_favor_stock`, then send coupons
      with `send_favor_coupon` (or the other marketing channels).
    - The page allows at most 90 days between `available_begin_time` and
      `available_end_time`, a start not earlier than now and not more than 365 days ahead;
      `stock_use_rule.max_amount` is expected to be the face value times `max_coupons`.
    - `stock_type` `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`. Image fields of
      `pattern_info` take URLs returned by `upload_marketing_image`.
    - `out_request_no` is the merchant's own unique number for this request. No lookup by
      that number exists: after a timeout or 5XX, list the creator's batches with
      `list_favor_stocks` (creation-time window, same `stock_name`) before creating again,
      and resend only with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534633

    Operation: ``create_favor_stock`` (POST /v3/marketing/favor/coupon-stocks)

    Args:
        body (FavorStockCreateRequest): 创建代金券批次请求 — the batch to create.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockCreateResponse
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
    body: FavorStockCreateRequest,
) -> Response[FavorStockCreateResponse]:
    """创建代金券批次

    创建代金券批次 — creates a cash-coupon batch (stock) and returns its `stock_id`. A batch
    is either pre-funded (`no_cash: false`, 预充值: the budget is taken from the creator's
    balance when the batch is activated) or not funded (`no_cash: true`, 免充值: the discount
    is taken out of what the paying merchant receives).

    - A new batch is not usable yet: activate it with `start_favor_stock`, then send coupons
      with `send_favor_coupon` (or the other marketing channels).
    - The page allows at most 90 days between `available_begin_time` and
      `available_end_time`, a start not earlier than now and not more than 365 days ahead;
      `stock_use_rule.max_amount` is expected to be the face value times `max_coupons`.
    - `stock_type` `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`. Image fields of
      `pattern_info` take URLs returned by `upload_marketing_image`.
    - `out_request_no` is the merchant's own unique number for this request. No lookup by
      that number exists: after a timeout or 5XX, list the creator's batches with
      `list_favor_stocks` (creation-time window, same `stock_name`) before creating again,
      and resend only with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534633

    Operation: ``create_favor_stock`` (POST /v3/marketing/favor/coupon-stocks)

    Args:
        body (FavorStockCreateRequest): 创建代金券批次请求 — the batch to create.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockCreateRequest,
) -> FavorStockCreateResponse:
    """创建代金券批次

    创建代金券批次 — creates a cash-coupon batch (stock) and returns its `stock_id`. A batch
    is either pre-funded (`no_cash: false`, 预充值: the budget is taken from the creator's
    balance when the batch is activated) or not funded (`no_cash: true`, 免充值: the discount
    is taken out of what the paying merchant receives).

    - A new batch is not usable yet: activate it with `start_favor_stock`, then send coupons
      with `send_favor_coupon` (or the other marketing channels).
    - The page allows at most 90 days between `available_begin_time` and
      `available_end_time`, a start not earlier than now and not more than 365 days ahead;
      `stock_use_rule.max_amount` is expected to be the face value times `max_coupons`.
    - `stock_type` `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`. Image fields of
      `pattern_info` take URLs returned by `upload_marketing_image`.
    - `out_request_no` is the merchant's own unique number for this request. No lookup by
      that number exists: after a timeout or 5XX, list the creator's batches with
      `list_favor_stocks` (creation-time window, same `stock_name`) before creating again,
      and resend only with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534633

    Operation: ``create_favor_stock`` (POST /v3/marketing/favor/coupon-stocks)

    Args:
        body (FavorStockCreateRequest): 创建代金券批次请求 — the batch to create.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
