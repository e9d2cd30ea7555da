# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_stores_add_request import GoodsSubsidyStoresAddRequest
from ...models.goods_subsidy_stores_add_response import GoodsSubsidyStoresAddResponse
from ...types import Response

OPERATION_ID = "add_goods_subsidy_stores"


def _get_kwargs(
    brand_id: str,
    *,
    body: GoodsSubsidyStoresAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GoodsSubsidyStoresAddRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GoodsSubsidyStoresAddResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyStoresAddResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyStoresAddResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyStoresAddRequest,
) -> Response[GoodsSubsidyStoresAddResponse]:
    """添加小店活动门店

    添加小店活动门店 — adds stores (store code and name) to a brand's retail small-shop
    activity. Only the brand's main merchant or the brand's service provider may call it.

    - `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`);
      `add_time` is the time of the change (RFC 3339).
    - Stores that could not be added come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores` (or
      `query_goods_subsidy_store` for one store) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384359

    Operation: ``add_goods_subsidy_stores`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresAddRequest): 添加小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStoresAddResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyStoresAddRequest,
) -> GoodsSubsidyStoresAddResponse:
    """添加小店活动门店

    添加小店活动门店 — adds stores (store code and name) to a brand's retail small-shop
    activity. Only the brand's main merchant or the brand's service provider may call it.

    - `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`);
      `add_time` is the time of the change (RFC 3339).
    - Stores that could not be added come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores` (or
      `query_goods_subsidy_store` for one store) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384359

    Operation: ``add_goods_subsidy_stores`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresAddRequest): 添加小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStoresAddResponse
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyStoresAddRequest,
) -> Response[GoodsSubsidyStoresAddResponse]:
    """添加小店活动门店

    添加小店活动门店 — adds stores (store code and name) to a brand's retail small-shop
    activity. Only the brand's main merchant or the brand's service provider may call it.

    - `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`);
      `add_time` is the time of the change (RFC 3339).
    - Stores that could not be added come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores` (or
      `query_goods_subsidy_store` for one store) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384359

    Operation: ``add_goods_subsidy_stores`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresAddRequest): 添加小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStoresAddResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyStoresAddRequest,
) -> GoodsSubsidyStoresAddResponse:
    """添加小店活动门店

    添加小店活动门店 — adds stores (store code and name) to a brand's retail small-shop
    activity. Only the brand's main merchant or the brand's service provider may call it.

    - `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`);
      `add_time` is the time of the change (RFC 3339).
    - Stores that could not be added come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores` (or
      `query_goods_subsidy_store` for one store) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384359

    Operation: ``add_goods_subsidy_stores`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresAddRequest): 添加小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStoresAddResponse
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
