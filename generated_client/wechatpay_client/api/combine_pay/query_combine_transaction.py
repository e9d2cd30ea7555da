# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.combine_transaction import CombineTransaction
from ...types import Response

OPERATION_ID = "query_combine_transaction"


def _get_kwargs(
    combine_out_trade_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/combine-transactions/out-trade-no/{combine_out_trade_no}".format(
            combine_out_trade_no=quote(str(combine_out_trade_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CombineTransaction:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, CombineTransaction)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CombineTransaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    combine_out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CombineTransaction]:
    """合单查询订单API

    查询合单订单 — look up a combined order by `combine_out_trade_no`: the combined order's
    identifiers, the payer, and each sub-order's state (`trade_state`), amounts and
    promotions. Sub-orders are listed in `sub_orders`; a combined order has no single state of
    its own.

    This is the lookup that resolves an unclear outcome of the four combined-order operations
    and of `close_combine_transaction`, and the fallback when no `TRANSACTION.SUCCESS`
    notification arrives. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557006

    Operation: ``query_combine_transaction`` (GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no})

    Args:
        combine_out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CombineTransaction]
    """

    kwargs = _get_kwargs(
        combine_out_trade_no=combine_out_trade_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    combine_out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> CombineTransaction:
    """合单查询订单API

    查询合单订单 — look up a combined order by `combine_out_trade_no`: the combined order's
    identifiers, the payer, and each sub-order's state (`trade_state`), amounts and
    promotions. Sub-orders are listed in `sub_orders`; a combined order has no single state of
    its own.

    This is the lookup that resolves an unclear outcome of the four combined-order operations
    and of `close_combine_transaction`, and the fallback when no `TRANSACTION.SUCCESS`
    notification arrives. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557006

    Operation: ``query_combine_transaction`` (GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no})

    Args:
        combine_out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CombineTransaction
    """

    kwargs = _get_kwargs(
        combine_out_trade_no=combine_out_trade_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    combine_out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CombineTransaction]:
    """合单查询订单API

    查询合单订单 — look up a combined order by `combine_out_trade_no`: the combined order's
    identifiers, the payer, and each sub-order's state (`trade_state`), amounts and
    promotions. Sub-orders are listed in `sub_orders`; a combined order has no single state of
    its own.

    This is the lookup that resolves an unclear outcome of the four combined-order operations
    and of `close_combine_transaction`, and the fallback when no `TRANSACTION.SUCCESS`
    notification arrives. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557006

    Operation: ``query_combine_transaction`` (GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no})

    Args:
        combine_out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CombineTransaction]
    """

    kwargs = _get_kwargs(
        combine_out_trade_no=combine_out_trade_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    combine_out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> CombineTransaction:
    """合单查询订单API

    查询合单订单 — look up a combined order by `combine_out_trade_no`: the combined order's
    identifiers, the payer, and each sub-order's state (`trade_state`), amounts and
    promotions. Sub-orders are listed in `sub_orders`; a combined order has no single state of
    its own.

    This is the lookup that resolves an unclear outcome of the four combined-order operations
    and of `close_combine_transaction`, and the fallback when no `TRANSACTION.SUCCESS`
    notification arrives. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557006

    Operation: ``query_combine_transaction`` (GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no})

    Args:
        combine_out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CombineTransaction
    """

    kwargs = _get_kwargs(
        combine_out_trade_no=combine_out_trade_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
