# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_list_response import ComplaintListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_complaints"


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    begin_date: datetime.date,
    end_date: datetime.date,
    complainted_mchid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_begin_date = begin_date.isoformat()
    params["begin_date"] = json_begin_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["complainted_mchid"] = complainted_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/merchant-service/complaints-v2",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplaintListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ComplaintListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComplaintListResponse]:
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
) -> Response[ComplaintListResponse]:
    """查询投诉单列表

    查询投诉单列表 — pages through the complaints filed against the merchant between
    `begin_date` and `end_date` (complaint dates, `YYYY-MM-DD`; the span may be at most 30
    days). `limit` is 1 to 50 per page; `offset` counts from 0. `total_count` is the number
    of complaints in the range.

    - Each entry carries the complaint state (`PENDING`, `PROCESSING`, `PROCESSED`), the
      related orders, whether there is an unanswered user message
      (`incoming_user_response`) and whether the complaint needs immediate service
      (`need_immediate_service`, answered with `respond_complaint_immediate_service`).
    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - `complainted_mchid` filters by the merchant complained about; direct merchants
      normally omit it. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533431

    Operation: ``list_complaints`` (GET /v3/merchant-service/complaints-v2)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
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
) -> ComplaintListResponse:
    """查询投诉单列表

    查询投诉单列表 — pages through the complaints filed against the merchant between
    `begin_date` and `end_date` (complaint dates, `YYYY-MM-DD`; the span may be at most 30
    days). `limit` is 1 to 50 per page; `offset` counts from 0. `total_count` is the number
    of complaints in the range.

    - Each entry carries the complaint state (`PENDING`, `PROCESSING`, `PROCESSED`), the
      related orders, whether there is an unanswered user message
      (`incoming_user_response`) and whether the complaint needs immediate service
      (`need_immediate_service`, answered with `respond_complaint_immediate_service`).
    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - `complainted_mchid` filters by the merchant complained about; direct merchants
      normally omit it. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533431

    Operation: ``list_complaints`` (GET /v3/merchant-service/complaints-v2)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintListResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
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
) -> Response[ComplaintListResponse]:
    """查询投诉单列表

    查询投诉单列表 — pages through the complaints filed against the merchant between
    `begin_date` and `end_date` (complaint dates, `YYYY-MM-DD`; the span may be at most 30
    days). `limit` is 1 to 50 per page; `offset` counts from 0. `total_count` is the number
    of complaints in the range.

    - Each entry carries the complaint state (`PENDING`, `PROCESSING`, `PROCESSED`), the
      related orders, whether there is an unanswered user message
      (`incoming_user_response`) and whether the complaint needs immediate service
      (`need_immediate_service`, answered with `respond_complaint_immediate_service`).
    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - `complainted_mchid` filters by the merchant complained about; direct merchants
      normally omit it. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533431

    Operation: ``list_complaints`` (GET /v3/merchant-service/complaints-v2)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
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
) -> ComplaintListResponse:
    """查询投诉单列表

    查询投诉单列表 — pages through the complaints filed against the merchant between
    `begin_date` and `end_date` (complaint dates, `YYYY-MM-DD`; the span may be at most 30
    days). `limit` is 1 to 50 per page; `offset` counts from 0. `total_count` is the number
    of complaints in the range.

    - Each entry carries the complaint state (`PENDING`, `PROCESSING`, `PROCESSED`), the
      related orders, whether there is an unanswered user message
      (`incoming_user_response`) and whether the complaint needs immediate service
      (`need_immediate_service`, answered with `respond_complaint_immediate_service`).
    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - `complainted_mchid` filters by the merchant complained about; direct merchants
      normally omit it. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533431

    Operation: ``list_complaints`` (GET /v3/merchant-service/complaints-v2)

    Args:
        limit (int | Unset):
        offset (int | Unset):
        begin_date (datetime.date):
        end_date (datetime.date):
        complainted_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintListResponse
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        begin_date=begin_date,
        end_date=end_date,
        complainted_mchid=complainted_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
