# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_bill_receipt_apply_by_transfer_bill_no_request import (
    TransferBillReceiptApplyByTransferBillNoRequest,
)
from ...models.transfer_bill_receipt_apply_response import TransferBillReceiptApplyResponse
from ...types import Response

OPERATION_ID = "apply_transfer_bill_receipt_by_transfer_bill_no"


def _get_kwargs(
    *,
    body: TransferBillReceiptApplyByTransferBillNoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/elecsign/transfer-bill-no",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferBillReceiptApplyByTransferBillNoRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransferBillReceiptApplyResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBillReceiptApplyResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferBillReceiptApplyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillReceiptApplyByTransferBillNoRequest,
) -> Response[TransferBillReceiptApplyResponse]:
    """微信单号申请电子回单

    微信单号申请电子回单 — asks for the electronic receipt of a transfer bill named by
    WeChat Pay's `transfer_bill_no`; otherwise as `apply_transfer_bill_receipt_by_out_bill_no`.
    Follow it, and settle an unclear outcome, with
    `query_transfer_bill_receipt_by_transfer_bill_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716456

    Operation: ``apply_transfer_bill_receipt_by_transfer_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no)

    Args:
        body (TransferBillReceiptApplyByTransferBillNoRequest): 微信单号申请电子回单请求 — receipt request by
            WeChat Pay bill number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillReceiptApplyResponse]
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
    body: TransferBillReceiptApplyByTransferBillNoRequest,
) -> TransferBillReceiptApplyResponse:
    """微信单号申请电子回单

    微信单号申请电子回单 — asks for the electronic receipt of a transfer bill named by
    WeChat Pay's `transfer_bill_no`; otherwise as `apply_transfer_bill_receipt_by_out_bill_no`.
    Follow it, and settle an unclear outcome, with
    `query_transfer_bill_receipt_by_transfer_bill_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716456

    Operation: ``apply_transfer_bill_receipt_by_transfer_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no)

    Args:
        body (TransferBillReceiptApplyByTransferBillNoRequest): 微信单号申请电子回单请求 — receipt request by
            WeChat Pay bill number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillReceiptApplyResponse
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
    body: TransferBillReceiptApplyByTransferBillNoRequest,
) -> Response[TransferBillReceiptApplyResponse]:
    """微信单号申请电子回单

    微信单号申请电子回单 — asks for the electronic receipt of a transfer bill named by
    WeChat Pay's `transfer_bill_no`; otherwise as `apply_transfer_bill_receipt_by_out_bill_no`.
    Follow it, and settle an unclear outcome, with
    `query_transfer_bill_receipt_by_transfer_bill_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716456

    Operation: ``apply_transfer_bill_receipt_by_transfer_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no)

    Args:
        body (TransferBillReceiptApplyByTransferBillNoRequest): 微信单号申请电子回单请求 — receipt request by
            WeChat Pay bill number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillReceiptApplyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillReceiptApplyByTransferBillNoRequest,
) -> TransferBillReceiptApplyResponse:
    """微信单号申请电子回单

    微信单号申请电子回单 — asks for the electronic receipt of a transfer bill named by
    WeChat Pay's `transfer_bill_no`; otherwise as `apply_transfer_bill_receipt_by_out_bill_no`.
    Follow it, and settle an unclear outcome, with
    `query_transfer_bill_receipt_by_transfer_bill_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716456

    Operation: ``apply_transfer_bill_receipt_by_transfer_bill_no`` (POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no)

    Args:
        body (TransferBillReceiptApplyByTransferBillNoRequest): 微信单号申请电子回单请求 — receipt request by
            WeChat Pay bill number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillReceiptApplyResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
