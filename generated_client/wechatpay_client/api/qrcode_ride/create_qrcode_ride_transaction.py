# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.qrcode_ride_transaction import QrcodeRideTransaction
from ...models.qrcode_ride_transaction_create_request import QrcodeRideTransactionCreateRequest
from ...types import Response

OPERATION_ID = "create_qrcode_ride_transaction"


def _get_kwargs(
    *,
    body: QrcodeRideTransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/qrcode/transactions",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, QrcodeRideTransactionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> QrcodeRideTransaction:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, QrcodeRideTransaction)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QrcodeRideTransaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QrcodeRideTransactionCreateRequest,
) -> Response[QrcodeRideTransaction]:
    """扣费受理

    扣费受理 — submits the fare of one bus (`trade_scene: BUS`, with `bus_info`) or metro
    (`METRO`, with `metro_info`) ride for deduction under the user's contract (`contract_id`).
    WeChat Pay accepts the order and deducts asynchronously; the result goes to `notify_url`.
    The answer is the order as accepted (`trade_state` usually `ACCEPTED`). When WeChat Pay
    advances the fare, `bank_type` is `BPA` and `user_repay_state` tells whether the user has
    repaid.

    Not documented as idempotent. After a timeout or 5XX, read the order with
    `query_qrcode_ride_transaction` before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``create_qrcode_ride_transaction`` (POST /v3/qrcode/transactions)

    Args:
        body (QrcodeRideTransactionCreateRequest): 扣费受理请求 — one ride to charge. Send `bus_info`
            when `trade_scene` is `BUS` and
            `metro_info` when it is `METRO`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[QrcodeRideTransaction]
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
    body: QrcodeRideTransactionCreateRequest,
) -> QrcodeRideTransaction:
    """扣费受理

    扣费受理 — submits the fare of one bus (`trade_scene: BUS`, with `bus_info`) or metro
    (`METRO`, with `metro_info`) ride for deduction under the user's contract (`contract_id`).
    WeChat Pay accepts the order and deducts asynchronously; the result goes to `notify_url`.
    The answer is the order as accepted (`trade_state` usually `ACCEPTED`). When WeChat Pay
    advances the fare, `bank_type` is `BPA` and `user_repay_state` tells whether the user has
    repaid.

    Not documented as idempotent. After a timeout or 5XX, read the order with
    `query_qrcode_ride_transaction` before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``create_qrcode_ride_transaction`` (POST /v3/qrcode/transactions)

    Args:
        body (QrcodeRideTransactionCreateRequest): 扣费受理请求 — one ride to charge. Send `bus_info`
            when `trade_scene` is `BUS` and
            `metro_info` when it is `METRO`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        QrcodeRideTransaction
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
    body: QrcodeRideTransactionCreateRequest,
) -> Response[QrcodeRideTransaction]:
    """扣费受理

    扣费受理 — submits the fare of one bus (`trade_scene: BUS`, with `bus_info`) or metro
    (`METRO`, with `metro_info`) ride for deduction under the user's contract (`contract_id`).
    WeChat Pay accepts the order and deducts asynchronously; the result goes to `notify_url`.
    The answer is the order as accepted (`trade_state` usually `ACCEPTED`). When WeChat Pay
    advances the fare, `bank_type` is `BPA` and `user_repay_state` tells whether the user has
    repaid.

    Not documented as idempotent. After a timeout or 5XX, read the order with
    `query_qrcode_ride_transaction` before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``create_qrcode_ride_transaction`` (POST /v3/qrcode/transactions)

    Args:
        body (QrcodeRideTransactionCreateRequest): 扣费受理请求 — one ride to charge. Send `bus_info`
            when `trade_scene` is `BUS` and
            `metro_info` when it is `METRO`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[QrcodeRideTransaction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QrcodeRideTransactionCreateRequest,
) -> QrcodeRideTransaction:
    """扣费受理

    扣费受理 — submits the fare of one bus (`trade_scene: BUS`, with `bus_info`) or metro
    (`METRO`, with `metro_info`) ride for deduction under the user's contract (`contract_id`).
    WeChat Pay accepts the order and deducts asynchronously; the result goes to `notify_url`.
    The answer is the order as accepted (`trade_state` usually `ACCEPTED`). When WeChat Pay
    advances the fare, `bank_type` is `BPA` and `user_repay_state` tells whether the user has
    repaid.

    Not documented as idempotent. After a timeout or 5XX, read the order with
    `query_qrcode_ride_transaction` before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``create_qrcode_ride_transaction`` (POST /v3/qrcode/transactions)

    Args:
        body (QrcodeRideTransactionCreateRequest): 扣费受理请求 — one ride to charge. Send `bus_info`
            when `trade_scene` is `BUS` and
            `metro_info` when it is `METRO`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        QrcodeRideTransaction
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
