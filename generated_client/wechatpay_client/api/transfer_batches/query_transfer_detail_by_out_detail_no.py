# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_batch_detail import TransferBatchDetail
from ...types import Response

OPERATION_ID = "query_transfer_detail_by_out_detail_no"


def _get_kwargs(
    out_batch_no: str,
    out_detail_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}".format(
            out_batch_no=quote(str(out_batch_no), safe=""),
            out_detail_no=quote(str(out_detail_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferBatchDetail:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBatchDetail)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TransferBatchDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_batch_no: str,
    out_detail_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransferBatchDetail]:
    """商家明细单号查询明细单API

    商家明细单号查询明细单API — reads one transfer detail by the merchant's `out_batch_no` and
    `out_detail_no`; same answer as `query_transfer_detail_by_detail_id`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458902

    Operation: ``query_transfer_detail_by_out_detail_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no})

    Args:
        out_batch_no (str):
        out_detail_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchDetail]
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_batch_no: str,
    out_detail_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferBatchDetail:
    """商家明细单号查询明细单API

    商家明细单号查询明细单API — reads one transfer detail by the merchant's `out_batch_no` and
    `out_detail_no`; same answer as `query_transfer_detail_by_detail_id`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458902

    Operation: ``query_transfer_detail_by_out_detail_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no})

    Args:
        out_batch_no (str):
        out_detail_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchDetail
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_batch_no: str,
    out_detail_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransferBatchDetail]:
    """商家明细单号查询明细单API

    商家明细单号查询明细单API — reads one transfer detail by the merchant's `out_batch_no` and
    `out_detail_no`; same answer as `query_transfer_detail_by_detail_id`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458902

    Operation: ``query_transfer_detail_by_out_detail_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no})

    Args:
        out_batch_no (str):
        out_detail_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchDetail]
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_batch_no: str,
    out_detail_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferBatchDetail:
    """商家明细单号查询明细单API

    商家明细单号查询明细单API — reads one transfer detail by the merchant's `out_batch_no` and
    `out_detail_no`; same answer as `query_transfer_detail_by_detail_id`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458902

    Operation: ``query_transfer_detail_by_out_detail_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no})

    Args:
        out_batch_no (str):
        out_detail_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchDetail
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        out_detail_no=out_detail_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
