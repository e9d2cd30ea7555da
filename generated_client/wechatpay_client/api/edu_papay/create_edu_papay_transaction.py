# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_papay_transaction_create_request import EduPapayTransactionCreateRequest
from ...types import Response

OPERATION_ID = "create_edu_papay_transaction"


def _get_kwargs(
    *,
    body: EduPapayTransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/edu-papay/transactions",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, EduPapayTransactionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EduPapayTransactionCreateRequest,
) -> Response[None]:
    """受理扣款

    受理扣款 — requests one deduction from a signed contract (`contract_id`). Preconditions:
    the contract is signed and a pre-deduction notice (`send_edu_papay_pre_deduct_notice`)
    went out 1 to 3 days before. WeChat Pay only accepts the order here (answer `204`, no
    body); the payment happens asynchronously and its result is sent to `notify_url`.

    The order query is authoritative: without a result notification, or after a timeout or
    5XX, read the order with `query_edu_papay_transaction_by_out_trade_no`. A new attempt for
    the same order must reuse the same `out_trade_no` (the field docs say so, to avoid a
    double payment).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524731

    Operation: ``create_edu_papay_transaction`` (POST /v3/edu-papay/transactions)

    Args:
        body (EduPapayTransactionCreateRequest): 受理扣款请求 — one deduction from a signed contract.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EduPapayTransactionCreateRequest,
) -> Response[None]:
    """受理扣款

    受理扣款 — requests one deduction from a signed contract (`contract_id`). Preconditions:
    the contract is signed and a pre-deduction notice (`send_edu_papay_pre_deduct_notice`)
    went out 1 to 3 days before. WeChat Pay only accepts the order here (answer `204`, no
    body); the payment happens asynchronously and its result is sent to `notify_url`.

    The order query is authoritative: without a result notification, or after a timeout or
    5XX, read the order with `query_edu_papay_transaction_by_out_trade_no`. A new attempt for
    the same order must reuse the same `out_trade_no` (the field docs say so, to avoid a
    double payment).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524731

    Operation: ``create_edu_papay_transaction`` (POST /v3/edu-papay/transactions)

    Args:
        body (EduPapayTransactionCreateRequest): 受理扣款请求 — one deduction from a signed contract.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
