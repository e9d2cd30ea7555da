# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_customs_order import GlobalCustomsOrder
from ...models.global_customs_order_create_request import GlobalCustomsOrderCreateRequest
from ...types import Response

OPERATION_ID = "create_global_customs_order"


def _get_kwargs(
    *,
    body: GlobalCustomsOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/customs/orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalCustomsOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalCustomsOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalCustomsOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalCustomsOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalCustomsOrderCreateRequest,
) -> Response[GlobalCustomsOrder]:
    """报关

    报关 — sends the payment details of a paid order (`out_trade_no` / `transaction_id`) to a
    Chinese customs office (`customs`) under the merchant's customs registration
    (`merchant_customs_no`). For an order split into several customs sub-orders, send one
    request per `sub_order_no` with its fees. Fees are integers in the smallest unit of
    `fee_type`.

    - The answer gives the declaration `state` (`PROCESSING` at first) and the verifying
      body; follow it with `query_global_customs_orders`.
    - Not documented as idempotent. After a timeout or 5XX, query the declaration before
      resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025127

    Operation: ``create_global_customs_order`` (POST /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderCreateRequest): 报关请求 — declaration request. Fees are integers in
            the smallest unit of `fee_type`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCustomsOrder]
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
    body: GlobalCustomsOrderCreateRequest,
) -> GlobalCustomsOrder:
    """报关

    报关 — sends the payment details of a paid order (`out_trade_no` / `transaction_id`) to a
    Chinese customs office (`customs`) under the merchant's customs registration
    (`merchant_customs_no`). For an order split into several customs sub-orders, send one
    request per `sub_order_no` with its fees. Fees are integers in the smallest unit of
    `fee_type`.

    - The answer gives the declaration `state` (`PROCESSING` at first) and the verifying
      body; follow it with `query_global_customs_orders`.
    - Not documented as idempotent. After a timeout or 5XX, query the declaration before
      resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025127

    Operation: ``create_global_customs_order`` (POST /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderCreateRequest): 报关请求 — declaration request. Fees are integers in
            the smallest unit of `fee_type`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCustomsOrder
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
    body: GlobalCustomsOrderCreateRequest,
) -> Response[GlobalCustomsOrder]:
    """报关

    报关 — sends the payment details of a paid order (`out_trade_no` / `transaction_id`) to a
    Chinese customs office (`customs`) under the merchant's customs registration
    (`merchant_customs_no`). For an order split into several customs sub-orders, send one
    request per `sub_order_no` with its fees. Fees are integers in the smallest unit of
    `fee_type`.

    - The answer gives the declaration `state` (`PROCESSING` at first) and the verifying
      body; follow it with `query_global_customs_orders`.
    - Not documented as idempotent. After a timeout or 5XX, query the declaration before
      resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025127

    Operation: ``create_global_customs_order`` (POST /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderCreateRequest): 报关请求 — declaration request. Fees are integers in
            the smallest unit of `fee_type`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCustomsOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalCustomsOrderCreateRequest,
) -> GlobalCustomsOrder:
    """报关

    报关 — sends the payment details of a paid order (`out_trade_no` / `transaction_id`) to a
    Chinese customs office (`customs`) under the merchant's customs registration
    (`merchant_customs_no`). For an order split into several customs sub-orders, send one
    request per `sub_order_no` with its fees. Fees are integers in the smallest unit of
    `fee_type`.

    - The answer gives the declaration `state` (`PROCESSING` at first) and the verifying
      body; follow it with `query_global_customs_orders`.
    - Not documented as idempotent. After a timeout or 5XX, query the declaration before
      resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025127

    Operation: ``create_global_customs_order`` (POST /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderCreateRequest): 报关请求 — declaration request. Fees are integers in
            the smallest unit of `fee_type`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCustomsOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
