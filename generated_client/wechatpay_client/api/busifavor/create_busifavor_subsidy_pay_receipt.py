# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_subsidy_pay_receipt import BusifavorSubsidyPayReceipt
from ...models.busifavor_subsidy_pay_request import BusifavorSubsidyPayRequest
from ...types import Response

OPERATION_ID = "create_busifavor_subsidy_pay_receipt"


def _get_kwargs(
    *,
    body: BusifavorSubsidyPayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/subsidy/pay-receipts",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorSubsidyPayRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorSubsidyPayReceipt:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorSubsidyPayReceipt)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorSubsidyPayReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorSubsidyPayRequest,
) -> Response[BusifavorSubsidyPayReceipt]:
    """营销补差付款

    营销补差付款 — pays a marketing subsidy for a coupon used on a WeChat Pay order: money
    moves from `payer_merchant` (the batch creator or owner) to `payee_merchant` (the owner
    or a merchant of the same brand chain). Only fixed-amount and discount batches; at most
    the coupon's discount and at most 500 yuan per order.

    The answer is the subsidy receipt; `status` may still be `PAY_RECEIPT_ACCEPTED`. After an
    unclear outcome, list the coupon's receipts with `list_busifavor_subsidy_pay_receipts`
    (same `stock_id`, `coupon_code` and `out_subsidy_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147321

    Operation: ``create_busifavor_subsidy_pay_receipt`` (POST /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        body (BusifavorSubsidyPayRequest): 营销补差付款请求 — the subsidy to pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorSubsidyPayReceipt]
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
    body: BusifavorSubsidyPayRequest,
) -> BusifavorSubsidyPayReceipt:
    """营销补差付款

    营销补差付款 — pays a marketing subsidy for a coupon used on a WeChat Pay order: money
    moves from `payer_merchant` (the batch creator or owner) to `payee_merchant` (the owner
    or a merchant of the same brand chain). Only fixed-amount and discount batches; at most
    the coupon's discount and at most 500 yuan per order.

    The answer is the subsidy receipt; `status` may still be `PAY_RECEIPT_ACCEPTED`. After an
    unclear outcome, list the coupon's receipts with `list_busifavor_subsidy_pay_receipts`
    (same `stock_id`, `coupon_code` and `out_subsidy_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147321

    Operation: ``create_busifavor_subsidy_pay_receipt`` (POST /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        body (BusifavorSubsidyPayRequest): 营销补差付款请求 — the subsidy to pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorSubsidyPayReceipt
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
    body: BusifavorSubsidyPayRequest,
) -> Response[BusifavorSubsidyPayReceipt]:
    """营销补差付款

    营销补差付款 — pays a marketing subsidy for a coupon used on a WeChat Pay order: money
    moves from `payer_merchant` (the batch creator or owner) to `payee_merchant` (the owner
    or a merchant of the same brand chain). Only fixed-amount and discount batches; at most
    the coupon's discount and at most 500 yuan per order.

    The answer is the subsidy receipt; `status` may still be `PAY_RECEIPT_ACCEPTED`. After an
    unclear outcome, list the coupon's receipts with `list_busifavor_subsidy_pay_receipts`
    (same `stock_id`, `coupon_code` and `out_subsidy_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147321

    Operation: ``create_busifavor_subsidy_pay_receipt`` (POST /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        body (BusifavorSubsidyPayRequest): 营销补差付款请求 — the subsidy to pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorSubsidyPayReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorSubsidyPayRequest,
) -> BusifavorSubsidyPayReceipt:
    """营销补差付款

    营销补差付款 — pays a marketing subsidy for a coupon used on a WeChat Pay order: money
    moves from `payer_merchant` (the batch creator or owner) to `payee_merchant` (the owner
    or a merchant of the same brand chain). Only fixed-amount and discount batches; at most
    the coupon's discount and at most 500 yuan per order.

    The answer is the subsidy receipt; `status` may still be `PAY_RECEIPT_ACCEPTED`. After an
    unclear outcome, list the coupon's receipts with `list_busifavor_subsidy_pay_receipts`
    (same `stock_id`, `coupon_code` and `out_subsidy_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147321

    Operation: ``create_busifavor_subsidy_pay_receipt`` (POST /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        body (BusifavorSubsidyPayRequest): 营销补差付款请求 — the subsidy to pay.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorSubsidyPayReceipt
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
