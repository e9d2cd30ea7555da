# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_bill_url_response import GlobalProfitsharingBillUrlResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_global_profitsharing_refund_bill_url"


def _get_kwargs(
    *,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    json_bill_date = bill_date.isoformat()
    params["bill_date"] = json_bill_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/profit-sharing/refunds/bill-download-url",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalProfitsharingBillUrlResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingBillUrlResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingBillUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
) -> Response[GlobalProfitsharingBillUrlResponse]:
    """获取分账退款账单下载链接

    获取分账退款账单下载链接 — returns the address of the daily bill of refunds on shared
    orders for `bill_date`. Only the address is returned; fetching the file is a separate
    request that this spec does not model. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025022

    Operation: ``get_global_profitsharing_refund_bill_url`` (GET /v3/global/profit-sharing/refunds/bill-download-url)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingBillUrlResponse]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        bill_date=bill_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
) -> GlobalProfitsharingBillUrlResponse:
    """获取分账退款账单下载链接

    获取分账退款账单下载链接 — returns the address of the daily bill of refunds on shared
    orders for `bill_date`. Only the address is returned; fetching the file is a separate
    request that this spec does not model. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025022

    Operation: ``get_global_profitsharing_refund_bill_url`` (GET /v3/global/profit-sharing/refunds/bill-download-url)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingBillUrlResponse
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        bill_date=bill_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
) -> Response[GlobalProfitsharingBillUrlResponse]:
    """获取分账退款账单下载链接

    获取分账退款账单下载链接 — returns the address of the daily bill of refunds on shared
    orders for `bill_date`. Only the address is returned; fetching the file is a separate
    request that this spec does not model. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025022

    Operation: ``get_global_profitsharing_refund_bill_url`` (GET /v3/global/profit-sharing/refunds/bill-download-url)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingBillUrlResponse]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        bill_date=bill_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
) -> GlobalProfitsharingBillUrlResponse:
    """获取分账退款账单下载链接

    获取分账退款账单下载链接 — returns the address of the daily bill of refunds on shared
    orders for `bill_date`. Only the address is returned; fetching the file is a separate
    request that this spec does not model. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025022

    Operation: ``get_global_profitsharing_refund_bill_url`` (GET /v3/global/profit-sharing/refunds/bill-download-url)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingBillUrlResponse
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        bill_date=bill_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
