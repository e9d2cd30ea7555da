# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_transfer_detail_receipt_accept_type import (
    QueryTransferDetailReceiptAcceptType,
)
from ...models.transfer_detail_receipt import TransferDetailReceipt
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_transfer_detail_receipt"


def _get_kwargs(
    *,
    accept_type: QueryTransferDetailReceiptAcceptType,
    out_batch_no: str | Unset = UNSET,
    out_detail_no: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_accept_type: str = accept_type
    params["accept_type"] = json_accept_type

    params["out_batch_no"] = out_batch_no

    params["out_detail_no"] = out_detail_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/transfer-detail/electronic-receipts",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
    accept_type: QueryTransferDetailReceiptAcceptType,
    out_batch_no: str | Unset = UNSET,
    out_detail_no: str,
) -> Response[TransferDetailReceipt]:
    """查询转账明细电子回单受理结果API

    查询转账明细电子回单受理结果API — reads the receipt request of one transfer detail, with the
    same three keys as the request (`accept_type`, `out_batch_no`, `out_detail_no`): its state
    and, once ready, `download_url` and the digest to check the downloaded file against
    (`download_transfer_receipt`; the download is not signed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458972

    Operation: ``query_transfer_detail_receipt`` (GET /v3/transfer-detail/electronic-receipts)

    Args:
        accept_type (QueryTransferDetailReceiptAcceptType):
        out_batch_no (str | Unset):
        out_detail_no (str):

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
        accept_type=accept_type,
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accept_type: QueryTransferDetailReceiptAcceptType,
    out_batch_no: str | Unset = UNSET,
    out_detail_no: str,
) -> TransferDetailReceipt:
    """查询转账明细电子回单受理结果API

    查询转账明细电子回单受理结果API — reads the receipt request of one transfer detail, with the
    same three keys as the request (`accept_type`, `out_batch_no`, `out_detail_no`): its state
    and, once ready, `download_url` and the digest to check the downloaded file against
    (`download_transfer_receipt`; the download is not signed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458972

    Operation: ``query_transfer_detail_receipt`` (GET /v3/transfer-detail/electronic-receipts)

    Args:
        accept_type (QueryTransferDetailReceiptAcceptType):
        out_batch_no (str | Unset):
        out_detail_no (str):

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
        accept_type=accept_type,
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept_type: QueryTransferDetailReceiptAcceptType,
    out_batch_no: str | Unset = UNSET,
    out_detail_no: str,
) -> Response[TransferDetailReceipt]:
    """查询转账明细电子回单受理结果API

    查询转账明细电子回单受理结果API — reads the receipt request of one transfer detail, with the
    same three keys as the request (`accept_type`, `out_batch_no`, `out_detail_no`): its state
    and, once ready, `download_url` and the digest to check the downloaded file against
    (`download_transfer_receipt`; the download is not signed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458972

    Operation: ``query_transfer_detail_receipt`` (GET /v3/transfer-detail/electronic-receipts)

    Args:
        accept_type (QueryTransferDetailReceiptAcceptType):
        out_batch_no (str | Unset):
        out_detail_no (str):

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
        accept_type=accept_type,
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accept_type: QueryTransferDetailReceiptAcceptType,
    out_batch_no: str | Unset = UNSET,
    out_detail_no: str,
) -> TransferDetailReceipt:
    """查询转账明细电子回单受理结果API

    查询转账明细电子回单受理结果API — reads the receipt request of one transfer detail, with the
    same three keys as the request (`accept_type`, `out_batch_no`, `out_detail_no`): its state
    and, once ready, `download_url` and the digest to check the downloaded file against
    (`download_transfer_receipt`; the download is not signed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458972

    Operation: ``query_transfer_detail_receipt`` (GET /v3/transfer-detail/electronic-receipts)

    Args:
        accept_type (QueryTransferDetailReceiptAcceptType):
        out_batch_no (str | Unset):
        out_detail_no (str):

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
        accept_type=accept_type,
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
