# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_stock_refund_flow_by_day_response import FavorStockRefundFlowByDayResponse
from ...types import UNSET, Response

OPERATION_ID = "query_favor_stock_refund_flow_by_day"


def _get_kwargs(
    stock_id: str,
    *,
    bill_date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bill_date = bill_date.isoformat()
    params["bill_date"] = json_bill_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FavorStockRefundFlowByDayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorStockRefundFlowByDayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorStockRefundFlowByDayResponse]:
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
    bill_date: datetime.date,
) -> Response[FavorStockRefundFlowByDayResponse]:
    """获取批次退款明细下载链接

    获取批次退款明细下载链接 — asks for the refund detail file of a batch for one day
    (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
    `stock_refundflow_hash` and the number of records `stock_refundflow_count` (a string on
    the wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
    signature, so it is checked against the digest instead. The detail file now also has the
    combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

    Operation: ``query_favor_stock_refund_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day)

    Args:
        stock_id (str):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockRefundFlowByDayResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        bill_date=bill_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
) -> FavorStockRefundFlowByDayResponse:
    """获取批次退款明细下载链接

    获取批次退款明细下载链接 — asks for the refund detail file of a batch for one day
    (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
    `stock_refundflow_hash` and the number of records `stock_refundflow_count` (a string on
    the wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
    signature, so it is checked against the digest instead. The detail file now also has the
    combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

    Operation: ``query_favor_stock_refund_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day)

    Args:
        stock_id (str):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockRefundFlowByDayResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        bill_date=bill_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
) -> Response[FavorStockRefundFlowByDayResponse]:
    """获取批次退款明细下载链接

    获取批次退款明细下载链接 — asks for the refund detail file of a batch for one day
    (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
    `stock_refundflow_hash` and the number of records `stock_refundflow_count` (a string on
    the wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
    signature, so it is checked against the digest instead. The detail file now also has the
    combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

    Operation: ``query_favor_stock_refund_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day)

    Args:
        stock_id (str):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockRefundFlowByDayResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        bill_date=bill_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
) -> FavorStockRefundFlowByDayResponse:
    """获取批次退款明细下载链接

    获取批次退款明细下载链接 — asks for the refund detail file of a batch for one day
    (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
    `stock_refundflow_hash` and the number of records `stock_refundflow_count` (a string on
    the wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
    signature, so it is checked against the digest instead. The detail file now also has the
    combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

    Operation: ``query_favor_stock_refund_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day)

    Args:
        stock_id (str):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockRefundFlowByDayResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        bill_date=bill_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
