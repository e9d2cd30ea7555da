# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_pay_micropay_request import GlobalPayMicropayRequest
from ...models.global_pay_micropay_response import GlobalPayMicropayResponse
from ...types import Response

OPERATION_ID = "create_global_micropay_transaction"


def _get_kwargs(
    *,
    body: GlobalPayMicropayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/micropay/transactions/pay",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalPayMicropayRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalPayMicropayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalPayMicropayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalPayMicropayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayMicropayRequest,
) -> Response[GlobalPayMicropayResponse]:
    """提交付款码支付

    提交付款码支付 — charge a user at the counter by scanning the payment code shown in
    their WeChat (`payer.auth_code`, `trade_type` `MICROPAY`). The answer carries the
    order; `trade_state` may be `USERPAYING` while the user confirms (e.g. enters a
    password), in which case poll `query_global_transaction_by_out_trade_no` until a final
    state, and reverse the order if it does not succeed in time.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - A new payment code needs a new `out_trade_no`.
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, query the
      order first; if its state stays unknown, reverse it with
      `reverse_global_micropay_transaction_by_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013010527

    Operation: ``create_global_micropay_transaction`` (POST /v3/global/micropay/transactions/pay)

    Args:
        body (GlobalPayMicropayRequest): 付款码支付请求 — body of `create_global_micropay_transaction`
            (direct mode). Amounts
            are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPayMicropayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayMicropayRequest,
) -> GlobalPayMicropayResponse:
    """提交付款码支付

    提交付款码支付 — charge a user at the counter by scanning the payment code shown in
    their WeChat (`payer.auth_code`, `trade_type` `MICROPAY`). The answer carries the
    order; `trade_state` may be `USERPAYING` while the user confirms (e.g. enters a
    password), in which case poll `query_global_transaction_by_out_trade_no` until a final
    state, and reverse the order if it does not succeed in time.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - A new payment code needs a new `out_trade_no`.
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, query the
      order first; if its state stays unknown, reverse it with
      `reverse_global_micropay_transaction_by_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013010527

    Operation: ``create_global_micropay_transaction`` (POST /v3/global/micropay/transactions/pay)

    Args:
        body (GlobalPayMicropayRequest): 付款码支付请求 — body of `create_global_micropay_transaction`
            (direct mode). Amounts
            are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPayMicropayResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayMicropayRequest,
) -> Response[GlobalPayMicropayResponse]:
    """提交付款码支付

    提交付款码支付 — charge a user at the counter by scanning the payment code shown in
    their WeChat (`payer.auth_code`, `trade_type` `MICROPAY`). The answer carries the
    order; `trade_state` may be `USERPAYING` while the user confirms (e.g. enters a
    password), in which case poll `query_global_transaction_by_out_trade_no` until a final
    state, and reverse the order if it does not succeed in time.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - A new payment code needs a new `out_trade_no`.
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, query the
      order first; if its state stays unknown, reverse it with
      `reverse_global_micropay_transaction_by_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013010527

    Operation: ``create_global_micropay_transaction`` (POST /v3/global/micropay/transactions/pay)

    Args:
        body (GlobalPayMicropayRequest): 付款码支付请求 — body of `create_global_micropay_transaction`
            (direct mode). Amounts
            are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPayMicropayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayMicropayRequest,
) -> GlobalPayMicropayResponse:
    """提交付款码支付

    提交付款码支付 — charge a user at the counter by scanning the payment code shown in
    their WeChat (`payer.auth_code`, `trade_type` `MICROPAY`). The answer carries the
    order; `trade_state` may be `USERPAYING` while the user confirms (e.g. enters a
    password), in which case poll `query_global_transaction_by_out_trade_no` until a final
    state, and reverse the order if it does not succeed in time.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - A new payment code needs a new `out_trade_no`.
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, query the
      order first; if its state stays unknown, reverse it with
      `reverse_global_micropay_transaction_by_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013010527

    Operation: ``create_global_micropay_transaction`` (POST /v3/global/micropay/transactions/pay)

    Args:
        body (GlobalPayMicropayRequest): 付款码支付请求 — body of `create_global_micropay_transaction`
            (direct mode). Amounts
            are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPayMicropayResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
