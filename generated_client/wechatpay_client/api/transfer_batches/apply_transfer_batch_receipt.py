# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_batch_receipt import TransferBatchReceipt
from ...models.transfer_batch_receipt_apply_request import TransferBatchReceiptApplyRequest
from ...types import Response

OPERATION_ID = "apply_transfer_batch_receipt"


def _get_kwargs(
    *,
    body: TransferBatchReceiptApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/transfer/bill-receipt",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferBatchReceiptApplyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferBatchReceipt:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBatchReceipt)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferBatchReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBatchReceiptApplyRequest,
) -> Response[TransferBatchReceipt]:
    """转账电子回单申请受理API

    转账电子回单申请受理API — asks for the electronic receipt of a whole transfer batch (by
    `out_batch_no`). The receipt is produced in the background; follow it with
    `query_transfer_batch_receipt`, which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458946

    Operation: ``apply_transfer_batch_receipt`` (POST /v3/transfer/bill-receipt)

    Args:
        body (TransferBatchReceiptApplyRequest): 转账电子回单申请请求 — batch receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchReceipt]
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
    body: TransferBatchReceiptApplyRequest,
) -> TransferBatchReceipt:
    """转账电子回单申请受理API

    转账电子回单申请受理API — asks for the electronic receipt of a whole transfer batch (by
    `out_batch_no`). The receipt is produced in the background; follow it with
    `query_transfer_batch_receipt`, which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458946

    Operation: ``apply_transfer_batch_receipt`` (POST /v3/transfer/bill-receipt)

    Args:
        body (TransferBatchReceiptApplyRequest): 转账电子回单申请请求 — batch receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchReceipt
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
    body: TransferBatchReceiptApplyRequest,
) -> Response[TransferBatchReceipt]:
    """转账电子回单申请受理API

    转账电子回单申请受理API — asks for the electronic receipt of a whole transfer batch (by
    `out_batch_no`). The receipt is produced in the background; follow it with
    `query_transfer_batch_receipt`, which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458946

    Operation: ``apply_transfer_batch_receipt`` (POST /v3/transfer/bill-receipt)

    Args:
        body (TransferBatchReceiptApplyRequest): 转账电子回单申请请求 — batch receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBatchReceiptApplyRequest,
) -> TransferBatchReceipt:
    """转账电子回单申请受理API

    转账电子回单申请受理API — asks for the electronic receipt of a whole transfer batch (by
    `out_batch_no`). The receipt is produced in the background; follow it with
    `query_transfer_batch_receipt`, which also settles an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458946

    Operation: ``apply_transfer_batch_receipt`` (POST /v3/transfer/bill-receipt)

    Args:
        body (TransferBatchReceiptApplyRequest): 转账电子回单申请请求 — batch receipt request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchReceipt
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
