# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_refund import GlobalRefund
from ...models.global_refund_create_request import GlobalRefundCreateRequest
from ...types import Response

OPERATION_ID = "create_global_refund"


def _get_kwargs(
    *,
    body: GlobalRefundCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/refunds",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalRefundCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalRefund:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalRefund)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalRefund]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalRefundCreateRequest,
) -> Response[GlobalRefund]:
    """申请退款

    申请退款 — refund all or part of a paid cross-border order (any payment type) to the
    user, within one year of the payment. Name the order by `transaction_id` or
    `out_trade_no` (exactly one is needed; both are optional in the schema).

    - Amounts are integers in the minor unit of `amount.currency`, which must be the
      order's price currency; the user gets the money back in the currency they paid in, at
      the rate shown in the answer's `exchange_rate`.
    - Up to 50 partial refunds per order, each with its own `out_refund_no`; their sum
      cannot exceed the order total; refunds of the same order must be at least a minute
      apart. A repeated request with the same `out_refund_no` refunds only once, and a
      failed refund is retried with the same `out_refund_no`.
    - The answer only says the refund was accepted; the result comes to `notify_url` as
      `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (`GlobalRefundNotificationResource`) or from `query_global_refund_by_out_refund_no`.
    - After a timeout, 5XX or unverifiable answer, query the refund first and resend only
      with the same `out_refund_no` and parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354681

    Operation: ``create_global_refund`` (POST /v3/global/refunds)

    Args:
        body (GlobalRefundCreateRequest): 跨境退款请求 — body of `create_global_refund` (direct mode;
            institution-mode keys are
            not modelled). Exactly one of `transaction_id` and `out_trade_no` must be sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRefund]
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
    body: GlobalRefundCreateRequest,
) -> GlobalRefund:
    """申请退款

    申请退款 — refund all or part of a paid cross-border order (any payment type) to the
    user, within one year of the payment. Name the order by `transaction_id` or
    `out_trade_no` (exactly one is needed; both are optional in the schema).

    - Amounts are integers in the minor unit of `amount.currency`, which must be the
      order's price currency; the user gets the money back in the currency they paid in, at
      the rate shown in the answer's `exchange_rate`.
    - Up to 50 partial refunds per order, each with its own `out_refund_no`; their sum
      cannot exceed the order total; refunds of the same order must be at least a minute
      apart. A repeated request with the same `out_refund_no` refunds only once, and a
      failed refund is retried with the same `out_refund_no`.
    - The answer only says the refund was accepted; the result comes to `notify_url` as
      `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (`GlobalRefundNotificationResource`) or from `query_global_refund_by_out_refund_no`.
    - After a timeout, 5XX or unverifiable answer, query the refund first and resend only
      with the same `out_refund_no` and parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354681

    Operation: ``create_global_refund`` (POST /v3/global/refunds)

    Args:
        body (GlobalRefundCreateRequest): 跨境退款请求 — body of `create_global_refund` (direct mode;
            institution-mode keys are
            not modelled). Exactly one of `transaction_id` and `out_trade_no` must be sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRefund
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
    body: GlobalRefundCreateRequest,
) -> Response[GlobalRefund]:
    """申请退款

    申请退款 — refund all or part of a paid cross-border order (any payment type) to the
    user, within one year of the payment. Name the order by `transaction_id` or
    `out_trade_no` (exactly one is needed; both are optional in the schema).

    - Amounts are integers in the minor unit of `amount.currency`, which must be the
      order's price currency; the user gets the money back in the currency they paid in, at
      the rate shown in the answer's `exchange_rate`.
    - Up to 50 partial refunds per order, each with its own `out_refund_no`; their sum
      cannot exceed the order total; refunds of the same order must be at least a minute
      apart. A repeated request with the same `out_refund_no` refunds only once, and a
      failed refund is retried with the same `out_refund_no`.
    - The answer only says the refund was accepted; the result comes to `notify_url` as
      `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (`GlobalRefundNotificationResource`) or from `query_global_refund_by_out_refund_no`.
    - After a timeout, 5XX or unverifiable answer, query the refund first and resend only
      with the same `out_refund_no` and parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354681

    Operation: ``create_global_refund`` (POST /v3/global/refunds)

    Args:
        body (GlobalRefundCreateRequest): 跨境退款请求 — body of `create_global_refund` (direct mode;
            institution-mode keys are
            not modelled). Exactly one of `transaction_id` and `out_trade_no` must be sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRefund]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalRefundCreateRequest,
) -> GlobalRefund:
    """申请退款

    申请退款 — refund all or part of a paid cross-border order (any payment type) to the
    user, within one year of the payment. Name the order by `transaction_id` or
    `out_trade_no` (exactly one is needed; both are optional in the schema).

    - Amounts are integers in the minor unit of `amount.currency`, which must be the
      order's price currency; the user gets the money back in the currency they paid in, at
      the rate shown in the answer's `exchange_rate`.
    - Up to 50 partial refunds per order, each with its own `out_refund_no`; their sum
      cannot exceed the order total; refunds of the same order must be at least a minute
      apart. A repeated request with the same `out_refund_no` refunds only once, and a
      failed refund is retried with the same `out_refund_no`.
    - The answer only says the refund was accepted; the result comes to `notify_url` as
      `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (`GlobalRefundNotificationResource`) or from `query_global_refund_by_out_refund_no`.
    - After a timeout, 5XX or unverifiable answer, query the refund first and resend only
      with the same `out_refund_no` and parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354681

    Operation: ``create_global_refund`` (POST /v3/global/refunds)

    Args:
        body (GlobalRefundCreateRequest): 跨境退款请求 — body of `create_global_refund` (direct mode;
            institution-mode keys are
            not modelled). Exactly one of `transaction_id` and `out_trade_no` must be sent.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRefund
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
