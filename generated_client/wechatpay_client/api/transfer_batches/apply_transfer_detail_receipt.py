# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_detail_receipt import TransferDetailReceipt
from ...models.transfer_detail_receipt_apply_request import TransferDetailReceiptApplyRequest
from ...types import Response

OPERATION_ID = "apply_transfer_detail_receipt"


def _get_kwargs(
    *,
    body: TransferDetailReceiptApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/transfer-detail/electronic-receipts",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferDetailReceiptApplyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferDetailReceipt:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferDetailReceipt)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferDetailReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferDetailReceiptApplyRequest,
) -> Response[TransferDetailReceipt]:
    """转账明细电子回单受理API

    转账明细电子回单受理API — asks for the electronic receipt of one transfer detail (for a
    batch transfer: `accept_type=BATCH_TRANSFER` with `out_batch_no` and `out_detail_no`). The
    receipt is produced in the background; follow it with `query_transfer_detail_receipt`,
    which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458967

    Operation: ``apply_transfer_detail_receipt`` (POST /v3/transfer-detail/electronic-receipts)

    Args:
        body (TransferDetailReceiptApplyRequest): 转账明细电子回单受理请求 — detail receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferDetailReceipt]
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
    body: TransferDetailReceiptApplyRequest,
) -> TransferDetailReceipt:
    """转账明细电子回单受理API

    转账明细电子回单受理API — asks for the electronic receipt of one transfer detail (for a
    batch transfer: `accept_type=BATCH_TRANSFER` with `out_batch_no` and `out_detail_no`). The
    receipt is produced in the background; follow it with `query_transfer_detail_receipt`,
    which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458967

    Operation: ``apply_transfer_detail_receipt`` (POST /v3/transfer-detail/electronic-receipts)

    Args:
        body (TransferDetailReceiptApplyRequest): 转账明细电子回单受理请求 — detail receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferDetailReceipt
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
    body: TransferDetailReceiptApplyRequest,
) -> Response[TransferDetailReceipt]:
    """转账明细电子回单受理API

    转账明细电子回单受理API — asks for the electronic receipt of one transfer detail (for a
    batch transfer: `accept_type=BATCH_TRANSFER` with `out_batch_no` and `out_detail_no`). The
    receipt is produced in the background; follow it with `query_transfer_detail_receipt`,
    which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458967

    Operation: ``apply_transfer_detail_receipt`` (POST /v3/transfer-detail/electronic-receipts)

    Args:
        body (TransferDetailReceiptApplyRequest): 转账明细电子回单受理请求 — detail receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferDetailReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferDetailReceiptApplyRequest,
) -> TransferDetailReceipt:
    """转账明细电子回单受理API

    转账明细电子回单受理API — asks for the electronic receipt of one transfer detail (for a
    batch transfer: `accept_type=BATCH_TRANSFER` with `out_batch_no` and `out_detail_no`). The
    receipt is produced in the background; follow it with `query_transfer_detail_receipt`,
    which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458967

    Operation: ``apply_transfer_detail_receipt`` (POST /v3/transfer-detail/electronic-receipts)

    Args:
        body (TransferDetailReceiptApplyRequest): 转账明细电子回单受理请求 — detail receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferDetailReceipt
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
