# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.refund import Refund
from ...models.refund_create_request import RefundCreateRequest
from ...types import Response

OPERATION_ID = "create_refund"


def _get_kwargs(
    *,
    body: RefundCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/refund/domestic/refunds",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, RefundCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Refund:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, Refund)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Refund]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreateRequest,
) -> Response[Refund]:
    """退款申请

    申请退款API — refund (part of) a paid order, within one year of the payment. The money
    goes back along the original payment path. Identify the order by `transaction_id` or
    `out_trade_no` (exactly one of the two is required; both are optional in the schema
    because OpenAPI unions are avoided here).

    - `out_refund_no` is the merchant's refund number; the docs say repeated requests with
      the same `out_refund_no` refund only once. A partial refund needs a new
      `out_refund_no` each time; the sum of refunds cannot exceed the order amount.
    - The response (status usually `PROCESSING`) only acknowledges the request; the outcome
      is sent to `notify_url` as `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (see `RefundNotificationResource`), or can be polled with `query_refund`.
    - **After `429` (RATELIMIT_EXCEEDED) the refund state is unknown** (documented), and the
      same holds after a timeout, a 5XX or an unverifiable response: query with
      `query_refund` first, and only resend with the same `out_refund_no` and the same
      parameters if the refund does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791862

    Operation: ``create_refund`` (POST /v3/refund/domestic/refunds)

    Args:
        body (RefundCreateRequest): 申请退款请求 — refund request. Exactly one of `transaction_id` and
            `out_trade_no` must
            be sent (`transaction_id` wins when both are present).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Refund]
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
    body: RefundCreateRequest,
) -> Refund:
    """退款申请

    申请退款API — refund (part of) a paid order, within one year of the payment. The money
    goes back along the original payment path. Identify the order by `transaction_id` or
    `out_trade_no` (exactly one of the two is required; both are optional in the schema
    because OpenAPI unions are avoided here).

    - `out_refund_no` is the merchant's refund number; the docs say repeated requests with
      the same `out_refund_no` refund only once. A partial refund needs a new
      `out_refund_no` each time; the sum of refunds cannot exceed the order amount.
    - The response (status usually `PROCESSING`) only acknowledges the request; the outcome
      is sent to `notify_url` as `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (see `RefundNotificationResource`), or can be polled with `query_refund`.
    - **After `429` (RATELIMIT_EXCEEDED) the refund state is unknown** (documented), and the
      same holds after a timeout, a 5XX or an unverifiable response: query with
      `query_refund` first, and only resend with the same `out_refund_no` and the same
      parameters if the refund does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791862

    Operation: ``create_refund`` (POST /v3/refund/domestic/refunds)

    Args:
        body (RefundCreateRequest): 申请退款请求 — refund request. Exactly one of `transaction_id` and
            `out_trade_no` must
            be sent (`transaction_id` wins when both are present).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Refund
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
    body: RefundCreateRequest,
) -> Response[Refund]:
    """退款申请

    申请退款API — refund (part of) a paid order, within one year of the payment. The money
    goes back along the original payment path. Identify the order by `transaction_id` or
    `out_trade_no` (exactly one of the two is required; both are optional in the schema
    because OpenAPI unions are avoided here).

    - `out_refund_no` is the merchant's refund number; the docs say repeated requests with
      the same `out_refund_no` refund only once. A partial refund needs a new
      `out_refund_no` each time; the sum of refunds cannot exceed the order amount.
    - The response (status usually `PROCESSING`) only acknowledges the request; the outcome
      is sent to `notify_url` as `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (see `RefundNotificationResource`), or can be polled with `query_refund`.
    - **After `429` (RATELIMIT_EXCEEDED) the refund state is unknown** (documented), and the
      same holds after a timeout, a 5XX or an unverifiable response: query with
      `query_refund` first, and only resend with the same `out_refund_no` and the same
      parameters if the refund does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791862

    Operation: ``create_refund`` (POST /v3/refund/domestic/refunds)

    Args:
        body (RefundCreateRequest): 申请退款请求 — refund request. Exactly one of `transaction_id` and
            `out_trade_no` must
            be sent (`transaction_id` wins when both are present).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Refund]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreateRequest,
) -> Refund:
    """退款申请

    申请退款API — refund (part of) a paid order, within one year of the payment. The money
    goes back along the original payment path. Identify the order by `transaction_id` or
    `out_trade_no` (exactly one of the two is required; both are optional in the schema
    because OpenAPI unions are avoided here).

    - `out_refund_no` is the merchant's refund number; the docs say repeated requests with
      the same `out_refund_no` refund only once. A partial refund needs a new
      `out_refund_no` each time; the sum of refunds cannot exceed the order amount.
    - The response (status usually `PROCESSING`) only acknowledges the request; the outcome
      is sent to `notify_url` as `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
      (see `RefundNotificationResource`), or can be polled with `query_refund`.
    - **After `429` (RATELIMIT_EXCEEDED) the refund state is unknown** (documented), and the
      same holds after a timeout, a 5XX or an unverifiable response: query with
      `query_refund` first, and only resend with the same `out_refund_no` and the same
      parameters if the refund does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791862

    Operation: ``create_refund`` (POST /v3/refund/domestic/refunds)

    Args:
        body (RefundCreateRequest): 申请退款请求 — refund request. Exactly one of `transaction_id` and
            `out_trade_no` must
            be sent (`transaction_id` wins when both are present).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Refund
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
