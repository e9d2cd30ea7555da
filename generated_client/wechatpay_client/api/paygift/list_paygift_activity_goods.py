# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paygift_activity_goods_list_response import PaygiftActivityGoodsListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_paygift_activity_goods"


def _get_kwargs(
    activity_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/paygiftactivity/activities/{activity_id}/goods".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaygiftActivityGoodsListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PaygiftActivityGoodsListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaygiftActivityGoodsListResponse]:
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[PaygiftActivityGoodsListResponse]:
    """查询活动指定商品列表

    查询活动指定商品列表 — pages through the goods (SKUs, `goods_id`) an activity is
    restricted to. Page with `offset` and `limit`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466448

    Operation: ``list_paygift_activity_goods`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods)

    Args:
        activity_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityGoodsListResponse]
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> PaygiftActivityGoodsListResponse:
    """查询活动指定商品列表

    查询活动指定商品列表 — pages through the goods (SKUs, `goods_id`) an activity is
    restricted to. Page with `offset` and `limit`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466448

    Operation: ``list_paygift_activity_goods`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods)

    Args:
        activity_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityGoodsListResponse
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[PaygiftActivityGoodsListResponse]:
    """查询活动指定商品列表

    查询活动指定商品列表 — pages through the goods (SKUs, `goods_id`) an activity is
    restricted to. Page with `offset` and `limit`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466448

    Operation: ``list_paygift_activity_goods`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods)

    Args:
        activity_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityGoodsListResponse]
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> PaygiftActivityGoodsListResponse:
    """查询活动指定商品列表

    查询活动指定商品列表 — pages through the goods (SKUs, `goods_id`) an activity is
    restricted to. Page with `offset` and `limit`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466448

    Operation: ``list_paygift_activity_goods`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods)

    Args:
        activity_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityGoodsListResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
