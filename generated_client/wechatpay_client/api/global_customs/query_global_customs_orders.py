# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_customs_order_list import GlobalCustomsOrderList
from ...models.query_global_customs_orders_customs import (
    QueryGlobalCustomsOrdersCustoms,
)
from ...models.query_global_customs_orders_order_type import (
    QueryGlobalCustomsOrdersOrderType,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_global_customs_orders"


def _get_kwargs(
    *,
    appid: str,
    mchid: str,
    order_type: QueryGlobalCustomsOrdersOrderType,
    order_no: str,
    customs: QueryGlobalCustomsOrdersCustoms,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["mchid"] = mchid

    json_order_type: str = order_type
    params["order_type"] = json_order_type

    params["order_no"] = order_no

    json_customs: str = customs
    params["customs"] = json_customs

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/customs/orders",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalCustomsOrderList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalCustomsOrderList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalCustomsOrderList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    mchid: str,
    order_type: QueryGlobalCustomsOrdersOrderType,
    order_no: str,
    customs: QueryGlobalCustomsOrdersCustoms,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GlobalCustomsOrderList]:
    """报关查询

    报关查询 — lists the customs declarations of one order at one customs office. Name the
    order by `order_type` (`out_trade_no`, `transaction_id`, `sub_order_no` or
    `sub_order_id`) and `order_no`; page with `offset`/`limit`. Each entry in `data` has the
    declaration `state` and, for a failure, `explanation`. This settles an unclear outcome of
    declaring, modifying or re-pushing. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025131

    Operation: ``query_global_customs_orders`` (GET /v3/global/customs/orders)

    Args:
        appid (str):
        mchid (str):
        order_type (QueryGlobalCustomsOrdersOrderType):
        order_no (str):
        customs (QueryGlobalCustomsOrdersCustoms): 海关 — customs office (closed request set):
            GUANGZHOU_ZS 广州（总署版）, HANGZHOU_ZS 杭州（总署版）,
            NINGBO 宁波, ZHENGZHOU_BS 郑州（保税物流中心）, CHONGQING 重庆, SHANGHAI_ZS 上海（总署版）,
            SHENZHEN 深圳, ZHENGZHOU_ZH_ZS 郑州综保（总署版）, TIANJIN 天津.
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
        Response[GlobalCustomsOrderList]
    """

    kwargs = _get_kwargs(
        appid=appid,
        mchid=mchid,
        order_type=order_type,
        order_no=order_no,
        customs=customs,
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
    appid: str,
    mchid: str,
    order_type: QueryGlobalCustomsOrdersOrderType,
    order_no: str,
    customs: QueryGlobalCustomsOrdersCustoms,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GlobalCustomsOrderList:
    """报关查询

    报关查询 — lists the customs declarations of one order at one customs office. Name the
    order by `order_type` (`out_trade_no`, `transaction_id`, `sub_order_no` or
    `sub_order_id`) and `order_no`; page with `offset`/`limit`. Each entry in `data` has the
    declaration `state` and, for a failure, `explanation`. This settles an unclear outcome of
    declaring, modifying or re-pushing. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025131

    Operation: ``query_global_customs_orders`` (GET /v3/global/customs/orders)

    Args:
        appid (str):
        mchid (str):
        order_type (QueryGlobalCustomsOrdersOrderType):
        order_no (str):
        customs (QueryGlobalCustomsOrdersCustoms): 海关 — customs office (closed request set):
            GUANGZHOU_ZS 广州（总署版）, HANGZHOU_ZS 杭州（总署版）,
            NINGBO 宁波, ZHENGZHOU_BS 郑州（保税物流中心）, CHONGQING 重庆, SHANGHAI_ZS 上海（总署版）,
            SHENZHEN 深圳, ZHENGZHOU_ZH_ZS 郑州综保（总署版）, TIANJIN 天津.
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
        GlobalCustomsOrderList
    """

    kwargs = _get_kwargs(
        appid=appid,
        mchid=mchid,
        order_type=order_type,
        order_no=order_no,
        customs=customs,
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
    appid: str,
    mchid: str,
    order_type: QueryGlobalCustomsOrdersOrderType,
    order_no: str,
    customs: QueryGlobalCustomsOrdersCustoms,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GlobalCustomsOrderList]:
    """报关查询

    报关查询 — lists the customs declarations of one order at one customs office. Name the
    order by `order_type` (`out_trade_no`, `transaction_id`, `sub_order_no` or
    `sub_order_id`) and `order_no`; page with `offset`/`limit`. Each entry in `data` has the
    declaration `state` and, for a failure, `explanation`. This settles an unclear outcome of
    declaring, modifying or re-pushing. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025131

    Operation: ``query_global_customs_orders`` (GET /v3/global/customs/orders)

    Args:
        appid (str):
        mchid (str):
        order_type (QueryGlobalCustomsOrdersOrderType):
        order_no (str):
        customs (QueryGlobalCustomsOrdersCustoms): 海关 — customs office (closed request set):
            GUANGZHOU_ZS 广州（总署版）, HANGZHOU_ZS 杭州（总署版）,
            NINGBO 宁波, ZHENGZHOU_BS 郑州（保税物流中心）, CHONGQING 重庆, SHANGHAI_ZS 上海（总署版）,
            SHENZHEN 深圳, ZHENGZHOU_ZH_ZS 郑州综保（总署版）, TIANJIN 天津.
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
        Response[GlobalCustomsOrderList]
    """

    kwargs = _get_kwargs(
        appid=appid,
        mchid=mchid,
        order_type=order_type,
        order_no=order_no,
        customs=customs,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    mchid: str,
    order_type: QueryGlobalCustomsOrdersOrderType,
    order_no: str,
    customs: QueryGlobalCustomsOrdersCustoms,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GlobalCustomsOrderList:
    """报关查询

    报关查询 — lists the customs declarations of one order at one customs office. Name the
    order by `order_type` (`out_trade_no`, `transaction_id`, `sub_order_no` or
    `sub_order_id`) and `order_no`; page with `offset`/`limit`. Each entry in `data` has the
    declaration `state` and, for a failure, `explanation`. This settles an unclear outcome of
    declaring, modifying or re-pushing. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025131

    Operation: ``query_global_customs_orders`` (GET /v3/global/customs/orders)

    Args:
        appid (str):
        mchid (str):
        order_type (QueryGlobalCustomsOrdersOrderType):
        order_no (str):
        customs (QueryGlobalCustomsOrdersCustoms): 海关 — customs office (closed request set):
            GUANGZHOU_ZS 广州（总署版）, HANGZHOU_ZS 杭州（总署版）,
            NINGBO 宁波, ZHENGZHOU_BS 郑州（保税物流中心）, CHONGQING 重庆, SHANGHAI_ZS 上海（总署版）,
            SHENZHEN 深圳, ZHENGZHOU_ZH_ZS 郑州综保（总署版）, TIANJIN 天津.
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
        GlobalCustomsOrderList
    """

    kwargs = _get_kwargs(
        appid=appid,
        mchid=mchid,
        order_type=order_type,
        order_no=order_no,
        customs=customs,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
