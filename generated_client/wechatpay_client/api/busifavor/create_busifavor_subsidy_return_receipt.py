# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_subsidy_return_receipt import BusifavorSubsidyReturnReceipt
from ...models.busifavor_subsidy_return_request import BusifavorSubsidyReturnRequest
from ...types import Response

OPERATION_ID = "create_busifavor_subsidy_return_receipt"


def _get_kwargs(
    *,
    body: BusifavorSubsidyReturnRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/subsidy/return-receipts",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorSubsidyReturnRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorSubsidyReturnReceipt:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorSubsidyReturnReceipt)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorSubsidyReturnReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorSubsidyReturnRequest,
) -> Response[BusifavorSubsidyReturnReceipt]:
    """营销补差回退

    营销补差回退 — takes back (part of) a subsidy after the order was refunded (`refund_id`):
    the money goes from the original payee back to the original payer. The total returned
    for one coupon cannot exceed what was paid for it.

    No query finds a return by `out_subsidy_return_no` (the detail query needs the
    `subsidy_return_receipt_id` from the answer). After an unclear outcome, list the
    coupon's subsidy receipts with `list_busifavor_subsidy_pay_receipts`: a returned receipt
    shows `PAY_RECEIPT_PARTIAL_RETURN` or `PAY_RECEIPT_FULL_RETURN`; resend only with the
    same `out_subsidy_return_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147332

    Operation: ``create_busifavor_subsidy_return_receipt`` (POST /v3/marketing/busifavor/subsidy/return-receipts)

    Args:
        body (BusifavorSubsidyReturnRequest): 营销补差回退请求 — the subsidy to take back.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorSubsidyReturnReceipt]
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
    body: BusifavorSubsidyReturnRequest,
) -> BusifavorSubsidyReturnReceipt:
    """营销补差回退

    营销补差回退 — takes back (part of) a subsidy after the order was refunded (`refund_id`):
    the money goes from the original payee back to the original payer. The total returned
    for one coupon cannot exceed what was paid for it.

    No query finds a return by `out_subsidy_return_no` (the detail query needs the
    `subsidy_return_receipt_id` from the answer). After an unclear outcome, list the
    coupon's subsidy receipts with `list_busifavor_subsidy_pay_receipts`: a returned receipt
    shows `PAY_RECEIPT_PARTIAL_RETURN` or `PAY_RECEIPT_FULL_RETURN`; resend only with the
    same `out_subsidy_return_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147332

    Operation: ``create_busifavor_subsidy_return_receipt`` (POST /v3/marketing/busifavor/subsidy/return-receipts)

    Args:
        body (BusifavorSubsidyReturnRequest): 营销补差回退请求 — the subsidy to take back.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorSubsidyReturnReceipt
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
    body: BusifavorSubsidyReturnRequest,
) -> Response[BusifavorSubsidyReturnReceipt]:
    """营销补差回退

    营销补差回退 — takes back (part of) a subsidy after the order was refunded (`refund_id`):
    the money goes from the original payee back to the original payer. The total returned
    for one coupon cannot exceed what was paid for it.

    No query finds a return by `out_subsidy_return_no` (the detail query needs the
    `subsidy_return_receipt_id` from the answer). After an unclear outcome, list the
    coupon's subsidy receipts with `list_busifavor_subsidy_pay_receipts`: a returned receipt
    shows `PAY_RECEIPT_PARTIAL_RETURN` or `PAY_RECEIPT_FULL_RETURN`; resend only with the
    same `out_subsidy_return_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147332

    Operation: ``create_busifavor_subsidy_return_receipt`` (POST /v3/marketing/busifavor/subsidy/return-receipts)

    Args:
        body (BusifavorSubsidyReturnRequest): 营销补差回退请求 — the subsidy to take back.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorSubsidyReturnReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorSubsidyReturnRequest,
) -> BusifavorSubsidyReturnReceipt:
    """营销补差回退

    营销补差回退 — takes back (part of) a subsidy after the order was refunded (`refund_id`):
    the money goes from the original payee back to the original payer. The total returned
    for one coupon cannot exceed what was paid for it.

    No query finds a return by `out_subsidy_return_no` (the detail query needs the
    `subsidy_return_receipt_id` from the answer). After an unclear outcome, list the
    coupon's subsidy receipts with `list_busifavor_subsidy_pay_receipts`: a returned receipt
    shows `PAY_RECEIPT_PARTIAL_RETURN` or `PAY_RECEIPT_FULL_RETURN`; resend only with the
    same `out_subsidy_return_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147332

    Operation: ``create_busifavor_subsidy_return_receipt`` (POST /v3/marketing/busifavor/subsidy/return-receipts)

    Args:
        body (BusifavorSubsidyReturnRequest): 营销补差回退请求 — the subsidy to take back.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorSubsidyReturnReceipt
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
