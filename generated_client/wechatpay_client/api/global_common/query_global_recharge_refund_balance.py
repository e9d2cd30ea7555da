# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_recharge_refund_balance import GlobalRechargeRefundBalance
from ...types import Response

OPERATION_ID = "query_global_recharge_refund_balance"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/refund/recharge-balance",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalRechargeRefundBalance:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalRechargeRefundBalance)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalRechargeRefundBalance]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GlobalRechargeRefundBalance]:
    """商家充值退款余额查询

    商家充值退款余额查询 — read the current available balance of the merchant's own
    foreign-currency account for refunds funded by top-up (充值退款), and its currency.
    `remaining_amount` is an integer in the minor unit of `currency`. Direct mode only.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013068962

    Operation: ``query_global_recharge_refund_balance`` (GET /v3/global/refund/recharge-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRechargeRefundBalance]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GlobalRechargeRefundBalance:
    """商家充值退款余额查询

    商家充值退款余额查询 — read the current available balance of the merchant's own
    foreign-currency account for refunds funded by top-up (充值退款), and its currency.
    `remaining_amount` is an integer in the minor unit of `currency`. Direct mode only.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013068962

    Operation: ``query_global_recharge_refund_balance`` (GET /v3/global/refund/recharge-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRechargeRefundBalance
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GlobalRechargeRefundBalance]:
    """商家充值退款余额查询

    商家充值退款余额查询 — read the current available balance of the merchant's own
    foreign-currency account for refunds funded by top-up (充值退款), and its currency.
    `remaining_amount` is an integer in the minor unit of `currency`. Direct mode only.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013068962

    Operation: ``query_global_recharge_refund_balance`` (GET /v3/global/refund/recharge-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRechargeRefundBalance]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GlobalRechargeRefundBalance:
    """商家充值退款余额查询

    商家充值退款余额查询 — read the current available balance of the merchant's own
    foreign-currency account for refunds funded by top-up (充值退款), and its currency.
    `remaining_amount` is an integer in the minor unit of `currency`. Direct mode only.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013068962

    Operation: ``query_global_recharge_refund_balance`` (GET /v3/global/refund/recharge-balance)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRechargeRefundBalance
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
