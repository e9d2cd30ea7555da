# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_stock import FavorStock
from ...types import UNSET, Response

OPERATION_ID = "query_favor_stock"


def _get_kwargs(
    stock_id: str,
    *,
    stock_creator_mchid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stock_creator_mchid"] = stock_creator_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/favor/stocks/{stock_id}".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorStock:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorStock)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FavorStock]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    stock_creator_mchid: str,
) -> Response[FavorStock]:
    """查询批次详情

    查询批次详情 — reads one batch: its settings, status and how many coupons were sent. Its
    `status` settles an unclear outcome of `start_favor_stock`, `pause_favor_stock` and
    `restart_favor_stock`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460564

    Operation: ``query_favor_stock`` (GET /v3/marketing/favor/stocks/{stock_id})

    Args:
        stock_id (str):
        stock_creator_mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStock]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        stock_creator_mchid=stock_creator_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    stock_creator_mchid: str,
) -> FavorStock:
    """查询批次详情

    查询批次详情 — reads one batch: its settings, status and how many coupons were sent. Its
    `status` settles an unclear outcome of `start_favor_stock`, `pause_favor_stock` and
    `restart_favor_stock`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460564

    Operation: ``query_favor_stock`` (GET /v3/marketing/favor/stocks/{stock_id})

    Args:
        stock_id (str):
        stock_creator_mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStock
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        stock_creator_mchid=stock_creator_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    stock_creator_mchid: str,
) -> Response[FavorStock]:
    """查询批次详情

    查询批次详情 — reads one batch: its settings, status and how many coupons were sent. Its
    `status` settles an unclear outcome of `start_favor_stock`, `pause_favor_stock` and
    `restart_favor_stock`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460564

    Operation: ``query_favor_stock`` (GET /v3/marketing/favor/stocks/{stock_id})

    Args:
        stock_id (str):
        stock_creator_mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStock]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        stock_creator_mchid=stock_creator_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    stock_creator_mchid: str,
) -> FavorStock:
    """查询批次详情

    查询批次详情 — reads one batch: its settings, status and how many coupons were sent. Its
    `status` settles an unclear outcome of `start_favor_stock`, `pause_favor_stock` and
    `restart_favor_stock`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460564

    Operation: ``query_favor_stock`` (GET /v3/marketing/favor/stocks/{stock_id})

    Args:
        stock_id (str):
        stock_creator_mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStock
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        stock_creator_mchid=stock_creator_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
