# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_stores_delete_request import GoodsSubsidyStoresDeleteRequest
from ...models.goods_subsidy_stores_delete_response import GoodsSubsidyStoresDeleteResponse
from ...types import Response

OPERATION_ID = "delete_goods_subsidy_stores"


def _get_kwargs(
    brand_id: str,
    *,
    body: GoodsSubsidyStoresDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GoodsSubsidyStoresDeleteRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsSubsidyStoresDeleteResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyStoresDeleteResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyStoresDeleteResponse]:
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
    body: GoodsSubsidyStoresDeleteRequest,
) -> Response[GoodsSubsidyStoresDeleteResponse]:
    """删除小店活动门店

    删除小店活动门店 — removes stores from a brand's retail small-shop activity. Same
    callers as `add_goods_subsidy_stores`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; `delete_time` is the time of
      the change (RFC 3339).
    - Stores that could not be removed come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384363

    Operation: ``delete_goods_subsidy_stores`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresDeleteRequest): 删除小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStoresDeleteResponse]
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
    body: GoodsSubsidyStoresDeleteRequest,
) -> GoodsSubsidyStoresDeleteResponse:
    """删除小店活动门店

    删除小店活动门店 — removes stores from a brand's retail small-shop activity. Same
    callers as `add_goods_subsidy_stores`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; `delete_time` is the time of
      the change (RFC 3339).
    - Stores that could not be removed come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384363

    Operation: ``delete_goods_subsidy_stores`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresDeleteRequest): 删除小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStoresDeleteResponse
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
    body: GoodsSubsidyStoresDeleteRequest,
) -> Response[GoodsSubsidyStoresDeleteResponse]:
    """删除小店活动门店

    删除小店活动门店 — removes stores from a brand's retail small-shop activity. Same
    callers as `add_goods_subsidy_stores`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; `delete_time` is the time of
      the change (RFC 3339).
    - Stores that could not be removed come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384363

    Operation: ``delete_goods_subsidy_stores`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresDeleteRequest): 删除小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStoresDeleteResponse]
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
    body: GoodsSubsidyStoresDeleteRequest,
) -> GoodsSubsidyStoresDeleteResponse:
    """删除小店活动门店

    删除小店活动门店 — removes stores from a brand's retail small-shop activity. Same
    callers as `add_goods_subsidy_stores`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; `delete_time` is the time of
      the change (RFC 3339).
    - Stores that could not be removed come back in `failed_stores`.
    - After an unclear outcome, check with `list_goods_subsidy_stores`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384363

    Operation: ``delete_goods_subsidy_stores`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        body (GoodsSubsidyStoresDeleteRequest): 删除小店活动门店请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStoresDeleteResponse
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
