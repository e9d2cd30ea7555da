# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_subsidy_pay_receipt import BusifavorSubsidyPayReceipt
from ...types import Response

OPERATION_ID = "query_busifavor_subsidy_pay_receipt"


def _get_kwargs(
    subsidy_receipt_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}".format(
            subsidy_receipt_id=quote(str(subsidy_receipt_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
    subsidy_receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BusifavorSubsidyPayReceipt]:
    """查询营销补差付款单详情

    查询营销补差付款单详情 — reads one subsidy receipt by WeChat Pay's `subsidy_receipt_id`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147336

    Operation: ``query_busifavor_subsidy_pay_receipt`` (GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id})

    Args:
        subsidy_receipt_id (str):

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
        subsidy_receipt_id=subsidy_receipt_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subsidy_receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusifavorSubsidyPayReceipt:
    """查询营销补差付款单详情

    查询营销补差付款单详情 — reads one subsidy receipt by WeChat Pay's `subsidy_receipt_id`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147336

    Operation: ``query_busifavor_subsidy_pay_receipt`` (GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id})

    Args:
        subsidy_receipt_id (str):

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
        subsidy_receipt_id=subsidy_receipt_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    subsidy_receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BusifavorSubsidyPayReceipt]:
    """查询营销补差付款单详情

    查询营销补差付款单详情 — reads one subsidy receipt by WeChat Pay's `subsidy_receipt_id`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147336

    Operation: ``query_busifavor_subsidy_pay_receipt`` (GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id})

    Args:
        subsidy_receipt_id (str):

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
        subsidy_receipt_id=subsidy_receipt_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subsidy_receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusifavorSubsidyPayReceipt:
    """查询营销补差付款单详情

    查询营销补差付款单详情 — reads one subsidy receipt by WeChat Pay's `subsidy_receipt_id`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147336

    Operation: ``query_busifavor_subsidy_pay_receipt`` (GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id})

    Args:
        subsidy_receipt_id (str):

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
        subsidy_receipt_id=subsidy_receipt_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
