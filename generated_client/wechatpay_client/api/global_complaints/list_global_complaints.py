# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_complaint_list_response import GlobalComplaintListResponse
from ...models.list_global_complaints_mch_language import (
    ListGlobalComplaintsMchLanguage,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_global_complaints"


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    begin_date: datetime.date,
    end_date: datetime.date,
    complainted_mchid: str | Unset = UNSET,
    mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_begin_date = begin_date.isoformat()
    params["begin_date"] = json_begin_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["complainted_mchid"] = complainted_mchid

    json_mch_language: str | Unset = UNSET
    if not isinstance(mch_language, Unset):
        json_mch_language = mch_language

    params["mch_language"] = json_mch_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/merchant-service/complaints",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalComplaintListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalComplaintListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalComplaintListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    begin_date: datetime.date,
    end_date: datetime.date,
    complainted_mchid: str | Unset = UNSET,
    mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
) -> Response[GlobalComplaintListResponse]:
    """查询投诉单列表

    Lists the complaints users filed against a cross-border merchant between two dates, a
    page at a time (`limit`, `offset`; `total_count` tells how many there are). Each entry
    carries the complaint's state, the orders it concerns with their settlement and payment
    amounts and currencies, the user's phone number (`payer_phone`, sent encrypted for the
    merchant: the SDK decrypts it into the model) and attached media. `mch_language` asks
    for a translation of the complaint text (`complaint_detail_trans`). Served from the
    cross-border host. Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTmZhV0pWT1Zmd2du

    Operation: ``list_global_complaints`` (GET /v3/global/merchant-service/complaints)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):
        mch_language (ListGlobalComplaintsMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalComplaintListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
        mch_language=mch_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    begin_date: datetime.date,
    end_date: datetime.date,
    complainted_mchid: str | Unset = UNSET,
    mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
) -> GlobalComplaintListResponse:
    """查询投诉单列表

    Lists the complaints users filed against a cross-border merchant between two dates, a
    page at a time (`limit`, `offset`; `total_count` tells how many there are). Each entry
    carries the complaint's state, the orders it concerns with their settlement and payment
    amounts and currencies, the user's phone number (`payer_phone`, sent encrypted for the
    merchant: the SDK decrypts it into the model) and attached media. `mch_language` asks
    for a translation of the complaint text (`complaint_detail_trans`). Served from the
    cross-border host. Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTmZhV0pWT1Zmd2du

    Operation: ``list_global_complaints`` (GET /v3/global/merchant-service/complaints)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):
        mch_language (ListGlobalComplaintsMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalComplaintListResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
        mch_language=mch_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    begin_date: datetime.date,
    end_date: datetime.date,
    complainted_mchid: str | Unset = UNSET,
    mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
) -> Response[GlobalComplaintListResponse]:
    """查询投诉单列表

    Lists the complaints users filed against a cross-border merchant between two dates, a
    page at a time (`limit`, `offset`; `total_count` tells how many there are). Each entry
    carries the complaint's state, the orders it concerns with their settlement and payment
    amounts and currencies, the user's phone number (`payer_phone`, sent encrypted for the
    merchant: the SDK decrypts it into the model) and attached media. `mch_language` asks
    for a translation of the complaint text (`complaint_detail_trans`). Served from the
    cross-border host. Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTmZhV0pWT1Zmd2du

    Operation: ``list_global_complaints`` (GET /v3/global/merchant-service/complaints)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):
        mch_language (ListGlobalComplaintsMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalComplaintListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
        mch_language=mch_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    begin_date: datetime.date,
    end_date: datetime.date,
    complainted_mchid: str | Unset = UNSET,
    mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
) -> GlobalComplaintListResponse:
    """查询投诉单列表

    Lists the complaints users filed against a cross-border merchant between two dates, a
    page at a time (`limit`, `offset`; `total_count` tells how many there are). Each entry
    carries the complaint's state, the orders it concerns with their settlement and payment
    amounts and currencies, the user's phone number (`payer_phone`, sent encrypted for the
    merchant: the SDK decrypts it into the model) and attached media. `mch_language` asks
    for a translation of the complaint text (`complaint_detail_trans`). Served from the
    cross-border host. Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTmZhV0pWT1Zmd2du

    Operation: ``list_global_complaints`` (GET /v3/global/merchant-service/complaints)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):
        mch_language (ListGlobalComplaintsMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalComplaintListResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
        mch_language=mch_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
