# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_subsidy_pay_receipt_list import BusifavorSubsidyPayReceiptList
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_busifavor_subsidy_pay_receipts"


def _get_kwargs(
    *,
    stock_id: str,
    coupon_code: str,
    out_subsidy_no: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stock_id"] = stock_id

    params["coupon_code"] = coupon_code

    params["out_subsidy_no"] = out_subsidy_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/busifavor/subsidy/pay-receipts",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusifavorSubsidyPayReceiptList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorSubsidyPayReceiptList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorSubsidyPayReceiptList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    stock_id: str,
    coupon_code: str,
    out_subsidy_no: str | Unset = UNSET,
) -> Response[BusifavorSubsidyPayReceiptList]:
    """查询营销补差付款单列表

    查询营销补差付款单列表 — lists the subsidy receipts of one coupon (`stock_id` and
    `coupon_code`), optionally only the one with a given `out_subsidy_no`. A receipt's
    `status` also shows whether it was partly or fully returned. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147338

    Operation: ``list_busifavor_subsidy_pay_receipts`` (GET /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        stock_id (str):
        coupon_code (str):
        out_subsidy_no (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorSubsidyPayReceiptList]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        out_subsidy_no=out_subsidy_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    stock_id: str,
    coupon_code: str,
    out_subsidy_no: str | Unset = UNSET,
) -> BusifavorSubsidyPayReceiptList:
    """查询营销补差付款单列表

    查询营销补差付款单列表 — lists the subsidy receipts of one coupon (`stock_id` and
    `coupon_code`), optionally only the one with a given `out_subsidy_no`. A receipt's
    `status` also shows whether it was partly or fully returned. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147338

    Operation: ``list_busifavor_subsidy_pay_receipts`` (GET /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        stock_id (str):
        coupon_code (str):
        out_subsidy_no (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorSubsidyPayReceiptList
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        out_subsidy_no=out_subsidy_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    stock_id: str,
    coupon_code: str,
    out_subsidy_no: str | Unset = UNSET,
) -> Response[BusifavorSubsidyPayReceiptList]:
    """查询营销补差付款单列表

    查询营销补差付款单列表 — lists the subsidy receipts of one coupon (`stock_id` and
    `coupon_code`), optionally only the one with a given `out_subsidy_no`. A receipt's
    `status` also shows whether it was partly or fully returned. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147338

    Operation: ``list_busifavor_subsidy_pay_receipts`` (GET /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        stock_id (str):
        coupon_code (str):
        out_subsidy_no (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorSubsidyPayReceiptList]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        out_subsidy_no=out_subsidy_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    stock_id: str,
    coupon_code: str,
    out_subsidy_no: str | Unset = UNSET,
) -> BusifavorSubsidyPayReceiptList:
    """查询营销补差付款单列表

    查询营销补差付款单列表 — lists the subsidy receipts of one coupon (`stock_id` and
    `coupon_code`), optionally only the one with a given `out_subsidy_no`. A receipt's
    `status` also shows whether it was partly or fully returned. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147338

    Operation: ``list_busifavor_subsidy_pay_receipts`` (GET /v3/marketing/busifavor/subsidy/pay-receipts)

    Args:
        stock_id (str):
        coupon_code (str):
        out_subsidy_no (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorSubsidyPayReceiptList
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        out_subsidy_no=out_subsidy_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
