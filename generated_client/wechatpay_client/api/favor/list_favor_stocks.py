# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_stock_list import FavorStockList
from ...models.list_favor_stocks_status import ListFavorStocksStatus
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_favor_stocks"


def _get_kwargs(
    *,
    offset: int,
    limit: int,
    stock_creator_mchid: str,
    create_start_time: datetime.datetime | Unset = UNSET,
    create_end_time: datetime.datetime | Unset = UNSET,
    status: ListFavorStocksStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["stock_creator_mchid"] = stock_creator_mchid

    json_create_start_time: str | Unset = UNSET
    if not isinstance(create_start_time, Unset):
        json_create_start_time = create_start_time.isoformat()
    params["create_start_time"] = json_create_start_time

    json_create_end_time: str | Unset = UNSET
    if not isinstance(create_end_time, Unset):
        json_create_end_time = create_end_time.isoformat()
    params["create_end_time"] = json_create_end_time

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/favor/stocks",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorStockList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorStockList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FavorStockList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    stock_creator_mchid: str,
    create_start_time: datetime.datetime | Unset = UNSET,
    create_end_time: datetime.datetime | Unset = UNSET,
    status: ListFavorStocksStatus | Unset = UNSET,
) -> Response[FavorStockList]:
    """条件查询批次列表

    条件查询批次列表 — pages through the batches a merchant created, optionally narrowed to a
    creation-time window and a batch status, with each batch's settings and how many
    coupons were sent. Pages are numbered from 0 (`offset`) and hold at most 10 batches.

    This is the lookup for an unclear outcome of `create_favor_stock` (no query by
    `out_request_no` exists). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460489

    Operation: ``list_favor_stocks`` (GET /v3/marketing/favor/stocks)

    Args:
        offset (int):
        limit (int):
        stock_creator_mchid (str):
        create_start_time (datetime.datetime | Unset):
        create_end_time (datetime.datetime | Unset):
        status (ListFavorStocksStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        stock_creator_mchid=stock_creator_mchid,
        create_start_time=create_start_time,
        create_end_time=create_end_time,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    stock_creator_mchid: str,
    create_start_time: datetime.datetime | Unset = UNSET,
    create_end_time: datetime.datetime | Unset = UNSET,
    status: ListFavorStocksStatus | Unset = UNSET,
) -> FavorStockList:
    """条件查询批次列表

    条件查询批次列表 — pages through the batches a merchant created, optionally narrowed to a
    creation-time window and a batch status, with each batch's settings and how many
    coupons were sent. Pages are numbered from 0 (`offset`) and hold at most 10 batches.

    This is the lookup for an unclear outcome of `create_favor_stock` (no query by
    `out_request_no` exists). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460489

    Operation: ``list_favor_stocks`` (GET /v3/marketing/favor/stocks)

    Args:
        offset (int):
        limit (int):
        stock_creator_mchid (str):
        create_start_time (datetime.datetime | Unset):
        create_end_time (datetime.datetime | Unset):
        status (ListFavorStocksStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockList
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        stock_creator_mchid=stock_creator_mchid,
        create_start_time=create_start_time,
        create_end_time=create_end_time,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    stock_creator_mchid: str,
    create_start_time: datetime.datetime | Unset = UNSET,
    create_end_time: datetime.datetime | Unset = UNSET,
    status: ListFavorStocksStatus | Unset = UNSET,
) -> Response[FavorStockList]:
    """条件查询批次列表

    条件查询批次列表 — pages through the batches a merchant created, optionally narrowed to a
    creation-time window and a batch status, with each batch's settings and how many
    coupons were sent. Pages are numbered from 0 (`offset`) and hold at most 10 batches.

    This is the lookup for an unclear outcome of `create_favor_stock` (no query by
    `out_request_no` exists). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460489

    Operation: ``list_favor_stocks`` (GET /v3/marketing/favor/stocks)

    Args:
        offset (int):
        limit (int):
        stock_creator_mchid (str):
        create_start_time (datetime.datetime | Unset):
        create_end_time (datetime.datetime | Unset):
        status (ListFavorStocksStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        stock_creator_mchid=stock_creator_mchid,
        create_start_time=create_start_time,
        create_end_time=create_end_time,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int,
    limit: int,
    stock_creator_mchid: str,
    create_start_time: datetime.datetime | Unset = UNSET,
    create_end_time: datetime.datetime | Unset = UNSET,
    status: ListFavorStocksStatus | Unset = UNSET,
) -> FavorStockList:
    """条件查询批次列表

    条件查询批次列表 — pages through the batches a merchant created, optionally narrowed to a
    creation-time window and a batch status, with each batch's settings and how many
    coupons were sent. Pages are numbered from 0 (`offset`) and hold at most 10 batches.

    This is the lookup for an unclear outcome of `create_favor_stock` (no query by
    `out_request_no` exists). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460489

    Operation: ``list_favor_stocks`` (GET /v3/marketing/favor/stocks)

    Args:
        offset (int):
        limit (int):
        stock_creator_mchid (str):
        create_start_time (datetime.datetime | Unset):
        create_end_time (datetime.datetime | Unset):
        status (ListFavorStocksStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockList
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        stock_creator_mchid=stock_creator_mchid,
        create_start_time=create_start_time,
        create_end_time=create_end_time,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
