# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_store_list_response import GoodsSubsidyStoreListResponse
from ...types import UNSET, Response

OPERATION_ID = "list_goods_subsidy_stores"


def _get_kwargs(
    brand_id: str,
    *,
    offset: int,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GoodsSubsidyStoreListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyStoreListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyStoreListResponse]:
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
    offset: int,
    limit: int,
) -> Response[GoodsSubsidyStoreListResponse]:
    """查询小店活动门店列表

    查询小店活动门店列表 — pages through the stores of a brand's retail small-shop activity.
    Same callers as `add_goods_subsidy_stores`. `offset` is the page number from 0;
    `limit` the page size (10 by default upstream, but both parameters are required).

    This is the lookup that settles an unclear outcome of `add_goods_subsidy_stores` and
    `delete_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384355

    Operation: ``list_goods_subsidy_stores`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStoreListResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
) -> GoodsSubsidyStoreListResponse:
    """查询小店活动门店列表

    查询小店活动门店列表 — pages through the stores of a brand's retail small-shop activity.
    Same callers as `add_goods_subsidy_stores`. `offset` is the page number from 0;
    `limit` the page size (10 by default upstream, but both parameters are required).

    This is the lookup that settles an unclear outcome of `add_goods_subsidy_stores` and
    `delete_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384355

    Operation: ``list_goods_subsidy_stores`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStoreListResponse
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
) -> Response[GoodsSubsidyStoreListResponse]:
    """查询小店活动门店列表

    查询小店活动门店列表 — pages through the stores of a brand's retail small-shop activity.
    Same callers as `add_goods_subsidy_stores`. `offset` is the page number from 0;
    `limit` the page size (10 by default upstream, but both parameters are required).

    This is the lookup that settles an unclear outcome of `add_goods_subsidy_stores` and
    `delete_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384355

    Operation: ``list_goods_subsidy_stores`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStoreListResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
) -> GoodsSubsidyStoreListResponse:
    """查询小店活动门店列表

    查询小店活动门店列表 — pages through the stores of a brand's retail small-shop activity.
    Same callers as `add_goods_subsidy_stores`. `offset` is the page number from 0;
    `limit` the page size (10 by default upstream, but both parameters are required).

    This is the lookup that settles an unclear outcome of `add_goods_subsidy_stores` and
    `delete_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384355

    Operation: ``list_goods_subsidy_stores`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores)

    Args:
        brand_id (str):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStoreListResponse
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
