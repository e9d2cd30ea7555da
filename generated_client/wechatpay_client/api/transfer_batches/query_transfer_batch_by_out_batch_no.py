# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_transfer_batch_by_out_batch_no_detail_status import (
    QueryTransferBatchByOutBatchNoDetailStatus,
)
from ...models.transfer_batch_entity import TransferBatchEntity
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_transfer_batch_by_out_batch_no"


def _get_kwargs(
    out_batch_no: str,
    *,
    need_query_detail: bool,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["need_query_detail"] = need_query_detail

    params["offset"] = offset

    params["limit"] = limit

    json_detail_status: str | Unset = UNSET
    if not isinstance(detail_status, Unset):
        json_detail_status = detail_status

    params["detail_status"] = json_detail_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/transfer/batches/out-batch-no/{out_batch_no}".format(
            out_batch_no=quote(str(out_batch_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferBatchEntity:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBatchEntity)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TransferBatchEntity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
) -> Response[TransferBatchEntity]:
    """商家批次单号查询批次单API

    商家批次单号查询批次单API — reads a transfer batch by the merchant's `out_batch_no`, with
    an optional page of details as in `query_transfer_batch_by_batch_id`. This is the lookup
    that settles an unclear outcome of `create_transfer_batch`. Query at intervals of at least
    a minute. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458877

    Operation: ``query_transfer_batch_by_out_batch_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no})

    Args:
        out_batch_no (str):
        need_query_detail (bool):
        offset (int | Unset):
        limit (int | Unset):
        detail_status (QueryTransferBatchByOutBatchNoDetailStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchEntity]
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        need_query_detail=need_query_detail,
        offset=offset,
        limit=limit,
        detail_status=detail_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
) -> TransferBatchEntity:
    """商家批次单号查询批次单API

    商家批次单号查询批次单API — reads a transfer batch by the merchant's `out_batch_no`, with
    an optional page of details as in `query_transfer_batch_by_batch_id`. This is the lookup
    that settles an unclear outcome of `create_transfer_batch`. Query at intervals of at least
    a minute. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458877

    Operation: ``query_transfer_batch_by_out_batch_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no})

    Args:
        out_batch_no (str):
        need_query_detail (bool):
        offset (int | Unset):
        limit (int | Unset):
        detail_status (QueryTransferBatchByOutBatchNoDetailStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchEntity
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        need_query_detail=need_query_detail,
        offset=offset,
        limit=limit,
        detail_status=detail_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
) -> Response[TransferBatchEntity]:
    """商家批次单号查询批次单API

    商家批次单号查询批次单API — reads a transfer batch by the merchant's `out_batch_no`, with
    an optional page of details as in `query_transfer_batch_by_batch_id`. This is the lookup
    that settles an unclear outcome of `create_transfer_batch`. Query at intervals of at least
    a minute. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458877

    Operation: ``query_transfer_batch_by_out_batch_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no})

    Args:
        out_batch_no (str):
        need_query_detail (bool):
        offset (int | Unset):
        limit (int | Unset):
        detail_status (QueryTransferBatchByOutBatchNoDetailStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchEntity]
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        need_query_detail=need_query_detail,
        offset=offset,
        limit=limit,
        detail_status=detail_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    detail_status: QueryTransferBatchByOutBatchNoDetailStatus | Unset = UNSET,
) -> TransferBatchEntity:
    """商家批次单号查询批次单API

    商家批次单号查询批次单API — reads a transfer batch by the merchant's `out_batch_no`, with
    an optional page of details as in `query_transfer_batch_by_batch_id`. This is the lookup
    that settles an unclear outcome of `create_transfer_batch`. Query at intervals of at least
    a minute. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458877

    Operation: ``query_transfer_batch_by_out_batch_no`` (GET /v3/transfer/batches/out-batch-no/{out_batch_no})

    Args:
        out_batch_no (str):
        need_query_detail (bool):
        offset (int | Unset):
        limit (int | Unset):
        detail_status (QueryTransferBatchByOutBatchNoDetailStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchEntity
    """

    kwargs = _get_kwargs(
        out_batch_no=out_batch_no,
        need_query_detail=need_query_detail,
        offset=offset,
        limit=limit,
        detail_status=detail_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
