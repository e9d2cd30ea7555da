# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brand_redpacket_batch import BrandRedpacketBatch
from ...models.query_brand_redpacket_batch_by_batch_no_detail_state import (
    QueryBrandRedpacketBatchByBatchNoDetailState,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_brand_redpacket_batch_by_batch_no"


def _get_kwargs(
    batch_no: str,
    *,
    need_query_detail: bool | Unset = UNSET,
    detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["need_query_detail"] = need_query_detail

    json_detail_state: str | Unset = UNSET
    if not isinstance(detail_state, Unset):
        json_detail_state = detail_state

    params["detail_state"] = json_detail_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}".format(
            batch_no=quote(str(batch_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BrandRedpacketBatch:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BrandRedpacketBatch)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BrandRedpacketBatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool | Unset = UNSET,
    detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
) -> Response[BrandRedpacketBatch]:
    """微信支付批次单号查询批次单

    微信支付批次单号查询批次单 — reads a brand red-packet batch by WeChat Pay's batch number
    (`batch_no` from `create_brand_redpacket_batch`): its state, totals, and the amounts and
    counts sent and failed so far. With `need_query_detail=true`, a batch in state
    `FINISHED` also lists its details, filtered by `detail_state`.

    `success_*` and `fail_*` can still change while the batch is `PROCESSING`. A batch
    still `ACCEPTED` half an hour after sending may lack funds. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310369

    Operation: ``query_brand_redpacket_batch_by_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no})

    Args:
        batch_no (str):
        need_query_detail (bool | Unset):
        detail_state (QueryBrandRedpacketBatchByBatchNoDetailState | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BrandRedpacketBatch]
    """

    kwargs = _get_kwargs(
        batch_no=batch_no,
        need_query_detail=need_query_detail,
        detail_state=detail_state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool | Unset = UNSET,
    detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
) -> BrandRedpacketBatch:
    """微信支付批次单号查询批次单

    微信支付批次单号查询批次单 — reads a brand red-packet batch by WeChat Pay's batch number
    (`batch_no` from `create_brand_redpacket_batch`): its state, totals, and the amounts and
    counts sent and failed so far. With `need_query_detail=true`, a batch in state
    `FINISHED` also lists its details, filtered by `detail_state`.

    `success_*` and `fail_*` can still change while the batch is `PROCESSING`. A batch
    still `ACCEPTED` half an hour after sending may lack funds. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310369

    Operation: ``query_brand_redpacket_batch_by_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no})

    Args:
        batch_no (str):
        need_query_detail (bool | Unset):
        detail_state (QueryBrandRedpacketBatchByBatchNoDetailState | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BrandRedpacketBatch
    """

    kwargs = _get_kwargs(
        batch_no=batch_no,
        need_query_detail=need_query_detail,
        detail_state=detail_state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool | Unset = UNSET,
    detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
) -> Response[BrandRedpacketBatch]:
    """微信支付批次单号查询批次单

    微信支付批次单号查询批次单 — reads a brand red-packet batch by WeChat Pay's batch number
    (`batch_no` from `create_brand_redpacket_batch`): its state, totals, and the amounts and
    counts sent and failed so far. With `need_query_detail=true`, a batch in state
    `FINISHED` also lists its details, filtered by `detail_state`.

    `success_*` and `fail_*` can still change while the batch is `PROCESSING`. A batch
    still `ACCEPTED` half an hour after sending may lack funds. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310369

    Operation: ``query_brand_redpacket_batch_by_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no})

    Args:
        batch_no (str):
        need_query_detail (bool | Unset):
        detail_state (QueryBrandRedpacketBatchByBatchNoDetailState | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BrandRedpacketBatch]
    """

    kwargs = _get_kwargs(
        batch_no=batch_no,
        need_query_detail=need_query_detail,
        detail_state=detail_state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_no: str,
    *,
    client: AuthenticatedClient | Client,
    need_query_detail: bool | Unset = UNSET,
    detail_state: QueryBrandRedpacketBatchByBatchNoDetailState | Unset = UNSET,
) -> BrandRedpacketBatch:
    """微信支付批次单号查询批次单

    微信支付批次单号查询批次单 — reads a brand red-packet batch by WeChat Pay's batch number
    (`batch_no` from `create_brand_redpacket_batch`): its state, totals, and the amounts and
    counts sent and failed so far. With `need_query_detail=true`, a batch in state
    `FINISHED` also lists its details, filtered by `detail_state`.

    `success_*` and `fail_*` can still change while the batch is `PROCESSING`. A batch
    still `ACCEPTED` half an hour after sending may lack funds. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310369

    Operation: ``query_brand_redpacket_batch_by_batch_no`` (GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no})

    Args:
        batch_no (str):
        need_query_detail (bool | Unset):
        detail_state (QueryBrandRedpacketBatchByBatchNoDetailState | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BrandRedpacketBatch
    """

    kwargs = _get_kwargs(
        batch_no=batch_no,
        need_query_detail=need_query_detail,
        detail_state=detail_state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
