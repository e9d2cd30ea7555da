# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_stock_create_request import BusifavorStockCreateRequest
from ...models.busifavor_stock_create_response import BusifavorStockCreateResponse
from ...types import Response

OPERATION_ID = "create_busifavor_stock"


def _get_kwargs(
    *,
    body: BusifavorStockCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/stocks",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorStockCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorStockCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorStockCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorStockCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorStockCreateRequest,
) -> Response[BusifavorStockCreateResponse]:
    """创建商家券

    创建商家券 — creates a merchant-coupon batch (a fixed-amount, discount or exchange coupon)
    and returns its `stock_id`.

    - `stock_type` picks the rule object: `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`,
      `DISCOUNT` needs `discount_coupon`, `EXCHANGE` needs `exchange_coupon`.
    - `coupon_code_mode`: `WECHATPAY_MODE` (WeChat Pay assigns codes), `MERCHANT_API` (the
      merchant names the code at each send) or `MERCHANT_UPLOAD` (codes are uploaded first
      with `upload_busifavor_coupon_codes`).
    - A coupon may be valid for at most one year. `notify_config.notify_appid` is needed for
      event notifications to carry the user's OpenID.
    - No query looks a batch up by `out_request_no`; the `stock_id` is only in the answer.
      Not documented as idempotent, so an unclear outcome cannot be checked before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534855

    Operation: ``create_busifavor_stock`` (POST /v3/marketing/busifavor/stocks)

    Args:
        body (BusifavorStockCreateRequest): 创建商家券请求 — the new batch.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorStockCreateResponse]
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
    body: BusifavorStockCreateRequest,
) -> BusifavorStockCreateResponse:
    """创建商家券

    创建商家券 — creates a merchant-coupon batch (a fixed-amount, discount or exchange coupon)
    and returns its `stock_id`.

    - `stock_type` picks the rule object: `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`,
      `DISCOUNT` needs `discount_coupon`, `EXCHANGE` needs `exchange_coupon`.
    - `coupon_code_mode`: `WECHATPAY_MODE` (WeChat Pay assigns codes), `MERCHANT_API` (the
      merchant names the code at each send) or `MERCHANT_UPLOAD` (codes are uploaded first
      with `upload_busifavor_coupon_codes`).
    - A coupon may be valid for at most one year. `notify_config.notify_appid` is needed for
      event notifications to carry the user's OpenID.
    - No query looks a batch up by `out_request_no`; the `stock_id` is only in the answer.
      Not documented as idempotent, so an unclear outcome cannot be checked before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534855

    Operation: ``create_busifavor_stock`` (POST /v3/marketing/busifavor/stocks)

    Args:
        body (BusifavorStockCreateRequest): 创建商家券请求 — the new batch.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorStockCreateResponse
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
    body: BusifavorStockCreateRequest,
) -> Response[BusifavorStockCreateResponse]:
    """创建商家券

    创建商家券 — creates a merchant-coupon batch (a fixed-amount, discount or exchange coupon)
    and returns its `stock_id`.

    - `stock_type` picks the rule object: `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`,
      `DISCOUNT` needs `discount_coupon`, `EXCHANGE` needs `exchange_coupon`.
    - `coupon_code_mode`: `WECHATPAY_MODE` (WeChat Pay assigns codes), `MERCHANT_API` (the
      merchant names the code at each send) or `MERCHANT_UPLOAD` (codes are uploaded first
      with `upload_busifavor_coupon_codes`).
    - A coupon may be valid for at most one year. `notify_config.notify_appid` is needed for
      event notifications to carry the user's OpenID.
    - No query looks a batch up by `out_request_no`; the `stock_id` is only in the answer.
      Not documented as idempotent, so an unclear outcome cannot be checked before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534855

    Operation: ``create_busifavor_stock`` (POST /v3/marketing/busifavor/stocks)

    Args:
        body (BusifavorStockCreateRequest): 创建商家券请求 — the new batch.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorStockCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorStockCreateRequest,
) -> BusifavorStockCreateResponse:
    """创建商家券

    创建商家券 — creates a merchant-coupon batch (a fixed-amount, discount or exchange coupon)
    and returns its `stock_id`.

    - `stock_type` picks the rule object: `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`,
      `DISCOUNT` needs `discount_coupon`, `EXCHANGE` needs `exchange_coupon`.
    - `coupon_code_mode`: `WECHATPAY_MODE` (WeChat Pay assigns codes), `MERCHANT_API` (the
      merchant names the code at each send) or `MERCHANT_UPLOAD` (codes are uploaded first
      with `upload_busifavor_coupon_codes`).
    - A coupon may be valid for at most one year. `notify_config.notify_appid` is needed for
      event notifications to carry the user's OpenID.
    - No query looks a batch up by `out_request_no`; the `stock_id` is only in the answer.
      Not documented as idempotent, so an unclear outcome cannot be checked before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534855

    Operation: ``create_busifavor_stock`` (POST /v3/marketing/busifavor/stocks)

    Args:
        body (BusifavorStockCreateRequest): 创建商家券请求 — the new batch.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorStockCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
