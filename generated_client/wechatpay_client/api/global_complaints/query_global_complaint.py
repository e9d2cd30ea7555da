# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_complaint import GlobalComplaint
from ...models.query_global_complaint_mch_language import (
    QueryGlobalComplaintMchLanguage,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_global_complaint"


def _get_kwargs(
    complaint_id: str,
    *,
    mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_mch_language: str | Unset = UNSET
    if not isinstance(mch_language, Unset):
        json_mch_language = mch_language

    params["mch_language"] = json_mch_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/merchant-service/complaints/{complaint_id}".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalComplaint:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalComplaint)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalComplaint]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET,
) -> Response[GlobalComplaint]:
    """查询投诉单详情

    Reads one complaint of a cross-border merchant by its ID: the same fields as an entry of
    `list_global_complaints` (state, orders and amounts, media, the user's phone number
    decrypted by the SDK, the optional translation). Served from the cross-border host.
    Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTlpKUmR4eHpXWU9v

    Operation: ``query_global_complaint`` (GET /v3/global/merchant-service/complaints/{complaint_id})

    Args:
        complaint_id (str):
        mch_language (QueryGlobalComplaintMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalComplaint]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        mch_language=mch_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET,
) -> GlobalComplaint:
    """查询投诉单详情

    Reads one complaint of a cross-border merchant by its ID: the same fields as an entry of
    `list_global_complaints` (state, orders and amounts, media, the user's phone number
    decrypted by the SDK, the optional translation). Served from the cross-border host.
    Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTlpKUmR4eHpXWU9v

    Operation: ``query_global_complaint`` (GET /v3/global/merchant-service/complaints/{complaint_id})

    Args:
        complaint_id (str):
        mch_language (QueryGlobalComplaintMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalComplaint
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        mch_language=mch_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET,
) -> Response[GlobalComplaint]:
    """查询投诉单详情

    Reads one complaint of a cross-border merchant by its ID: the same fields as an entry of
    `list_global_complaints` (state, orders and amounts, media, the user's phone number
    decrypted by the SDK, the optional translation). Served from the cross-border host.
    Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTlpKUmR4eHpXWU9v

    Operation: ``query_global_complaint`` (GET /v3/global/merchant-service/complaints/{complaint_id})

    Args:
        complaint_id (str):
        mch_language (QueryGlobalComplaintMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalComplaint]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        mch_language=mch_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET,
) -> GlobalComplaint:
    """查询投诉单详情

    Reads one complaint of a cross-border merchant by its ID: the same fields as an entry of
    `list_global_complaints` (state, orders and amounts, media, the user's phone number
    decrypted by the SDK, the optional translation). Served from the cross-border host.
    Read-only; safe to repeat.

    Official doc: https://docs.qq.com/doc/DTlpKUmR4eHpXWU9v

    Operation: ``query_global_complaint`` (GET /v3/global/merchant-service/complaints/{complaint_id})

    Args:
        complaint_id (str):
        mch_language (QueryGlobalComplaintMchLanguage | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalComplaint
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        mch_language=mch_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
