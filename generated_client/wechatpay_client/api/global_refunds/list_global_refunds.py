# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_refund_list import GlobalRefundList
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_global_refunds"


def _get_kwargs(
    *,
    transaction_id: str | Unset = UNSET,
    out_trade_no: str | Unset = UNSET,
    mchid: str,
    offset: int,
    count: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["transaction_id"] = transaction_id

    params["out_trade_no"] = out_trade_no

    params["mchid"] = mchid

    params["offset"] = offset

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/refunds",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalRefundList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalRefundList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalRefundList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    transaction_id: str | Unset = UNSET,
    out_trade_no: str | Unset = UNSET,
    mchid: str,
    offset: int,
    count: int,
) -> Response[GlobalRefundList]:
    """查询所有退款

    查询所有退款 — list the refunds of one cross-border order, named by `transaction_id`
    or `out_trade_no` (exactly one is needed), a page at a time (`offset`, `count`). The
    answer carries the order's amounts and one entry per refund with its status. Refunds
    take time: to the user's balance usually within 20 minutes, to a bank card a few
    working days. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354686

    Operation: ``list_global_refunds`` (GET /v3/global/refunds)

    Args:
        transaction_id (str | Unset):
        out_trade_no (str | Unset):
        mchid (str):
        offset (int):
        count (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRefundList]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        out_trade_no=out_trade_no,
        mchid=mchid,
        offset=offset,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    transaction_id: str | Unset = UNSET,
    out_trade_no: str | Unset = UNSET,
    mchid: str,
    offset: int,
    count: int,
) -> GlobalRefundList:
    """查询所有退款

    查询所有退款 — list the refunds of one cross-border order, named by `transaction_id`
    or `out_trade_no` (exactly one is needed), a page at a time (`offset`, `count`). The
    answer carries the order's amounts and one entry per refund with its status. Refunds
    take time: to the user's balance usually within 20 minutes, to a bank card a few
    working days. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354686

    Operation: ``list_global_refunds`` (GET /v3/global/refunds)

    Args:
        transaction_id (str | Unset):
        out_trade_no (str | Unset):
        mchid (str):
        offset (int):
        count (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRefundList
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        out_trade_no=out_trade_no,
        mchid=mchid,
        offset=offset,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    transaction_id: str | Unset = UNSET,
    out_trade_no: str | Unset = UNSET,
    mchid: str,
    offset: int,
    count: int,
) -> Response[GlobalRefundList]:
    """查询所有退款

    查询所有退款 — list the refunds of one cross-border order, named by `transaction_id`
    or `out_trade_no` (exactly one is needed), a page at a time (`offset`, `count`). The
    answer carries the order's amounts and one entry per refund with its status. Refunds
    take time: to the user's balance usually within 20 minutes, to a bank card a few
    working days. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354686

    Operation: ``list_global_refunds`` (GET /v3/global/refunds)

    Args:
        transaction_id (str | Unset):
        out_trade_no (str | Unset):
        mchid (str):
        offset (int):
        count (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRefundList]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        out_trade_no=out_trade_no,
        mchid=mchid,
        offset=offset,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    transaction_id: str | Unset = UNSET,
    out_trade_no: str | Unset = UNSET,
    mchid: str,
    offset: int,
    count: int,
) -> GlobalRefundList:
    """查询所有退款

    查询所有退款 — list the refunds of one cross-border order, named by `transaction_id`
    or `out_trade_no` (exactly one is needed), a page at a time (`offset`, `count`). The
    answer carries the order's amounts and one entry per refund with its status. Refunds
    take time: to the user's balance usually within 20 minutes, to a bank card a few
    working days. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354686

    Operation: ``list_global_refunds`` (GET /v3/global/refunds)

    Args:
        transaction_id (str | Unset):
        out_trade_no (str | Unset):
        mchid (str):
        offset (int):
        count (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRefundList
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        out_trade_no=out_trade_no,
        mchid=mchid,
        offset=offset,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
