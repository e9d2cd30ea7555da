# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pay_reverse_request import PayReverseRequest
from ...models.pay_reverse_response import PayReverseResponse
from ...types import Response

OPERATION_ID = "reverse_transaction"


def _get_kwargs(
    out_trade_no: str,
    *,
    body: PayReverseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/pay/transactions/out-trade-no/{out_trade_no}/reverse".format(
            out_trade_no=quote(str(out_trade_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayReverseRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayReverseResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayReverseResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayReverseResponse]:
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
    body: PayReverseRequest,
) -> Response[PayReverseResponse]:
    """撤销订单

    撤销 — reverse a code-payment order whose outcome failed or timed out: an unpaid order
    is closed, a paid one is refunded to the user. For `create_codepay_transaction` orders only.

    - Not documented as idempotent. After an unclear outcome, check the order with
      `query_transaction_by_out_trade_no` (`REVOKED`, `CLOSED` or `REFUND`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382161

    Operation: ``reverse_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse)

    Args:
        out_trade_no (str):
        body (PayReverseRequest): 撤销订单请求 — reverse request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayReverseResponse]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayReverseRequest,
) -> PayReverseResponse:
    """撤销订单

    撤销 — reverse a code-payment order whose outcome failed or timed out: an unpaid order
    is closed, a paid one is refunded to the user. For `create_codepay_transaction` orders only.

    - Not documented as idempotent. After an unclear outcome, check the order with
      `query_transaction_by_out_trade_no` (`REVOKED`, `CLOSED` or `REFUND`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382161

    Operation: ``reverse_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse)

    Args:
        out_trade_no (str):
        body (PayReverseRequest): 撤销订单请求 — reverse request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayReverseResponse
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayReverseRequest,
) -> Response[PayReverseResponse]:
    """撤销订单

    撤销 — reverse a code-payment order whose outcome failed or timed out: an unpaid order
    is closed, a paid one is refunded to the user. For `create_codepay_transaction` orders only.

    - Not documented as idempotent. After an unclear outcome, check the order with
      `query_transaction_by_out_trade_no` (`REVOKED`, `CLOSED` or `REFUND`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382161

    Operation: ``reverse_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse)

    Args:
        out_trade_no (str):
        body (PayReverseRequest): 撤销订单请求 — reverse request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayReverseResponse]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayReverseRequest,
) -> PayReverseResponse:
    """撤销订单

    撤销 — reverse a code-payment order whose outcome failed or timed out: an unpaid order
    is closed, a paid one is refunded to the user. For `create_codepay_transaction` orders only.

    - Not documented as idempotent. After an unclear outcome, check the order with
      `query_transaction_by_out_trade_no` (`REVOKED`, `CLOSED` or `REFUND`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382161

    Operation: ``reverse_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse)

    Args:
        out_trade_no (str):
        body (PayReverseRequest): 撤销订单请求 — reverse request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayReverseResponse
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
