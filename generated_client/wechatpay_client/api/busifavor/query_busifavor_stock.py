# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_stock import BusifavorStock
from ...types import Response

OPERATION_ID = "query_busifavor_stock"


def _get_kwargs(
    stock_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/busifavor/stocks/{stock_id}".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorStock:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorStock)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BusifavorStock]:
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
) -> Response[BusifavorStock]:
    """查询商家券详情

    查询商家券详情 — reads a merchant-coupon batch: its rules, state (`stock_state`), budget
    and how many coupons were sent (`send_count_information`), and for `MERCHANT_UPLOAD`
    batches the count of uploaded codes. Read-only; safe to repeat. It settles unclear
    outcomes of `update_busifavor_stock` and `update_busifavor_stock_budget`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534928

    Operation: ``query_busifavor_stock`` (GET /v3/marketing/busifavor/stocks/{stock_id})

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorStock]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusifavorStock:
    """查询商家券详情

    查询商家券详情 — reads a merchant-coupon batch: its rules, state (`stock_state`), budget
    and how many coupons were sent (`send_count_information`), and for `MERCHANT_UPLOAD`
    batches the count of uploaded codes. Read-only; safe to repeat. It settles unclear
    outcomes of `update_busifavor_stock` and `update_busifavor_stock_budget`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534928

    Operation: ``query_busifavor_stock`` (GET /v3/marketing/busifavor/stocks/{stock_id})

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorStock
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BusifavorStock]:
    """查询商家券详情

    查询商家券详情 — reads a merchant-coupon batch: its rules, state (`stock_state`), budget
    and how many coupons were sent (`send_count_information`), and for `MERCHANT_UPLOAD`
    batches the count of uploaded codes. Read-only; safe to repeat. It settles unclear
    outcomes of `update_busifavor_stock` and `update_busifavor_stock_budget`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534928

    Operation: ``query_busifavor_stock`` (GET /v3/marketing/busifavor/stocks/{stock_id})

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorStock]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusifavorStock:
    """查询商家券详情

    查询商家券详情 — reads a merchant-coupon batch: its rules, state (`stock_state`), budget
    and how many coupons were sent (`send_count_information`), and for `MERCHANT_UPLOAD`
    batches the count of uploaded codes. Read-only; safe to repeat. It settles unclear
    outcomes of `update_busifavor_stock` and `update_busifavor_stock_budget`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534928

    Operation: ``query_busifavor_stock`` (GET /v3/marketing/busifavor/stocks/{stock_id})

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorStock
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
