# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_representative_list_response import GoodsSubsidyRepresentativeListResponse
from ...types import UNSET, Response

OPERATION_ID = "list_goods_subsidy_representatives"


def _get_kwargs(
    activity_id: str,
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
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsSubsidyRepresentativeListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyRepresentativeListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyRepresentativeListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
) -> Response[GoodsSubsidyRepresentativeListResponse]:
    """查询零售小店活动业务代理

    查询零售小店活动业务代理 — pages through the business representatives (OpenIDs) of a
    retail small-shop activity. Same callers as `add_goods_subsidy_representatives`.
    `offset` is the page number from 0; `limit` the page size (10 by default upstream,
    but both parameters are required).

    This is the lookup that settles an unclear outcome of
    `add_goods_subsidy_representatives` and `delete_goods_subsidy_representatives`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384347

    Operation: ``list_goods_subsidy_representatives`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives)

    Args:
        activity_id (str):
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
        Response[GoodsSubsidyRepresentativeListResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
) -> GoodsSubsidyRepresentativeListResponse:
    """查询零售小店活动业务代理

    查询零售小店活动业务代理 — pages through the business representatives (OpenIDs) of a
    retail small-shop activity. Same callers as `add_goods_subsidy_representatives`.
    `offset` is the page number from 0; `limit` the page size (10 by default upstream,
    but both parameters are required).

    This is the lookup that settles an unclear outcome of
    `add_goods_subsidy_representatives` and `delete_goods_subsidy_representatives`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384347

    Operation: ``list_goods_subsidy_representatives`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives)

    Args:
        activity_id (str):
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
        GoodsSubsidyRepresentativeListResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
) -> Response[GoodsSubsidyRepresentativeListResponse]:
    """查询零售小店活动业务代理

    查询零售小店活动业务代理 — pages through the business representatives (OpenIDs) of a
    retail small-shop activity. Same callers as `add_goods_subsidy_representatives`.
    `offset` is the page number from 0; `limit` the page size (10 by default upstream,
    but both parameters are required).

    This is the lookup that settles an unclear outcome of
    `add_goods_subsidy_representatives` and `delete_goods_subsidy_representatives`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384347

    Operation: ``list_goods_subsidy_representatives`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives)

    Args:
        activity_id (str):
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
        Response[GoodsSubsidyRepresentativeListResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
) -> GoodsSubsidyRepresentativeListResponse:
    """查询零售小店活动业务代理

    查询零售小店活动业务代理 — pages through the business representatives (OpenIDs) of a
    retail small-shop activity. Same callers as `add_goods_subsidy_representatives`.
    `offset` is the page number from 0; `limit` the page size (10 by default upstream,
    but both parameters are required).

    This is the lookup that settles an unclear outcome of
    `add_goods_subsidy_representatives` and `delete_goods_subsidy_representatives`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384347

    Operation: ``list_goods_subsidy_representatives`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives)

    Args:
        activity_id (str):
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
        GoodsSubsidyRepresentativeListResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
