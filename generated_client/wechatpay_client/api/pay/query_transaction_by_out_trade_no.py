# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transaction import Transaction
from ...types import UNSET, Response

OPERATION_ID = "query_transaction_by_out_trade_no"


def _get_kwargs(
    out_trade_no: str,
    *,
    mchid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mchid"] = mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/pay/transactions/out-trade-no/{out_trade_no}".format(
            out_trade_no=quote(str(out_trade_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Transaction:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, Transaction)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Transaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> Response[Transaction]:
    """商户订单号查询订单

    商户订单号查询订单 — query an order by the merchant order number. This is the lookup that
    resolves an unclear outcome of the order, close and reverse operations, and of the papay
    deductions (`apply_papay_transaction`, `apply_harmony_papay_transaction`, whose orders it
    returns with `trade_type` `PAP`). An order that was never created answers `404`
    (`ORDER_NOT_EXIST`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791859

    Operation: ``query_transaction_by_out_trade_no`` (GET /v3/pay/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Transaction]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> Transaction:
    """商户订单号查询订单

    商户订单号查询订单 — query an order by the merchant order number. This is the lookup that
    resolves an unclear outcome of the order, close and reverse operations, and of the papay
    deductions (`apply_papay_transaction`, `apply_harmony_papay_transaction`, whose orders it
    returns with `trade_type` `PAP`). An order that was never created answers `404`
    (`ORDER_NOT_EXIST`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791859

    Operation: ``query_transaction_by_out_trade_no`` (GET /v3/pay/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> Response[Transaction]:
    """商户订单号查询订单

    商户订单号查询订单 — query an order by the merchant order number. This is the lookup that
    resolves an unclear outcome of the order, close and reverse operations, and of the papay
    deductions (`apply_papay_transaction`, `apply_harmony_papay_transaction`, whose orders it
    returns with `trade_type` `PAP`). An order that was never created answers `404`
    (`ORDER_NOT_EXIST`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791859

    Operation: ``query_transaction_by_out_trade_no`` (GET /v3/pay/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Transaction]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> Transaction:
    """商户订单号查询订单

    商户订单号查询订单 — query an order by the merchant order number. This is the lookup that
    resolves an unclear outcome of the order, close and reverse operations, and of the papay
    deductions (`apply_papay_transaction`, `apply_harmony_papay_transaction`, whose orders it
    returns with `trade_type` `PAP`). An order that was never created answers `404`
    (`ORDER_NOT_EXIST`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791859

    Operation: ``query_transaction_by_out_trade_no`` (GET /v3/pay/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
