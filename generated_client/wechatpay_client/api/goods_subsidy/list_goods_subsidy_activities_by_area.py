# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_activity_list_response import GoodsSubsidyActivityListResponse
from ...types import UNSET, Response

OPERATION_ID = "list_goods_subsidy_activities_by_area"


def _get_kwargs(
    *,
    city_id: str,
    offset: int,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["city_id"] = city_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/goods-subsidy-activity/activities",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsSubsidyActivityListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyActivityListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyActivityListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    city_id: str,
    offset: int,
    limit: int,
) -> Response[GoodsSubsidyActivityListResponse]:
    """按区域查询品牌加价购活动

    按区域查询品牌加价购活动 — pages through the brand add-on-purchase activities that run in
    one city (`city_id`). Each entry names the activity, its brand and creating merchant,
    the enrolment and running periods, the goods on offer and the subsidy rules (per-item
    subsidy to the store and commission to the service provider, in fen; per-store and
    per-user quotas; the areas covered).

    These add-on-purchase APIs are meant for service providers that WeChat Pay has
    designated for the product, although the sources also list ordinary merchants as
    callers. `offset` counts from 0; `limit` is the page size. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``list_goods_subsidy_activities_by_area`` (GET /v3/marketing/goods-subsidy-activity/activities)

    Args:
        city_id (str):
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
        Response[GoodsSubsidyActivityListResponse]
    """

    kwargs = _get_kwargs(
        city_id=city_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    city_id: str,
    offset: int,
    limit: int,
) -> GoodsSubsidyActivityListResponse:
    """按区域查询品牌加价购活动

    按区域查询品牌加价购活动 — pages through the brand add-on-purchase activities that run in
    one city (`city_id`). Each entry names the activity, its brand and creating merchant,
    the enrolment and running periods, the goods on offer and the subsidy rules (per-item
    subsidy to the store and commission to the service provider, in fen; per-store and
    per-user quotas; the areas covered).

    These add-on-purchase APIs are meant for service providers that WeChat Pay has
    designated for the product, although the sources also list ordinary merchants as
    callers. `offset` counts from 0; `limit` is the page size. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``list_goods_subsidy_activities_by_area`` (GET /v3/marketing/goods-subsidy-activity/activities)

    Args:
        city_id (str):
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
        GoodsSubsidyActivityListResponse
    """

    kwargs = _get_kwargs(
        city_id=city_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    city_id: str,
    offset: int,
    limit: int,
) -> Response[GoodsSubsidyActivityListResponse]:
    """按区域查询品牌加价购活动

    按区域查询品牌加价购活动 — pages through the brand add-on-purchase activities that run in
    one city (`city_id`). Each entry names the activity, its brand and creating merchant,
    the enrolment and running periods, the goods on offer and the subsidy rules (per-item
    subsidy to the store and commission to the service provider, in fen; per-store and
    per-user quotas; the areas covered).

    These add-on-purchase APIs are meant for service providers that WeChat Pay has
    designated for the product, although the sources also list ordinary merchants as
    callers. `offset` counts from 0; `limit` is the page size. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``list_goods_subsidy_activities_by_area`` (GET /v3/marketing/goods-subsidy-activity/activities)

    Args:
        city_id (str):
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
        Response[GoodsSubsidyActivityListResponse]
    """

    kwargs = _get_kwargs(
        city_id=city_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    city_id: str,
    offset: int,
    limit: int,
) -> GoodsSubsidyActivityListResponse:
    """按区域查询品牌加价购活动

    按区域查询品牌加价购活动 — pages through the brand add-on-purchase activities that run in
    one city (`city_id`). Each entry names the activity, its brand and creating merchant,
    the enrolment and running periods, the goods on offer and the subsidy rules (per-item
    subsidy to the store and commission to the service provider, in fen; per-store and
    per-user quotas; the areas covered).

    These add-on-purchase APIs are meant for service providers that WeChat Pay has
    designated for the product, although the sources also list ordinary merchants as
    callers. `offset` counts from 0; `limit` is the page size. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``list_goods_subsidy_activities_by_area`` (GET /v3/marketing/goods-subsidy-activity/activities)

    Args:
        city_id (str):
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
        GoodsSubsidyActivityListResponse
    """

    kwargs = _get_kwargs(
        city_id=city_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
