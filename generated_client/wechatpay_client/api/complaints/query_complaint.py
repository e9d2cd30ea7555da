# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint import Complaint
from ...types import Response

OPERATION_ID = "query_complaint"


def _get_kwargs(
    complaint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/merchant-service/complaints-v2/{complaint_id}".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Complaint:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, Complaint)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Complaint]:
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
) -> Response[Complaint]:
    """查询投诉单详情

    查询投诉单详情 — reads one complaint: what the user wrote, its state, the related
    payment and service orders, the problem type, the amount the user asks back
    (`apply_refund_amount`, fen), attached images (`complaint_media_list`, fetch them with
    `download_complaint_image`) and the user's contact details.

    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - This is the lookup after a `COMPLAINT.*` notification, and the one that settles an
      unclear outcome of `complete_complaint` (`complaint_state` becomes `PROCESSED`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533436

    Operation: ``query_complaint`` (GET /v3/merchant-service/complaints-v2/{complaint_id})

    Args:
        complaint_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Complaint]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Complaint:
    """查询投诉单详情

    查询投诉单详情 — reads one complaint: what the user wrote, its state, the related
    payment and service orders, the problem type, the amount the user asks back
    (`apply_refund_amount`, fen), attached images (`complaint_media_list`, fetch them with
    `download_complaint_image`) and the user's contact details.

    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - This is the lookup after a `COMPLAINT.*` notification, and the one that settles an
      unclear outcome of `complete_complaint` (`complaint_state` becomes `PROCESSED`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533436

    Operation: ``query_complaint`` (GET /v3/merchant-service/complaints-v2/{complaint_id})

    Args:
        complaint_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Complaint
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Complaint]:
    """查询投诉单详情

    查询投诉单详情 — reads one complaint: what the user wrote, its state, the related
    payment and service orders, the problem type, the amount the user asks back
    (`apply_refund_amount`, fen), attached images (`complaint_media_list`, fetch them with
    `download_complaint_image`) and the user's contact details.

    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - This is the lookup after a `COMPLAINT.*` notification, and the one that settles an
      unclear outcome of `complete_complaint` (`complaint_state` becomes `PROCESSED`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533436

    Operation: ``query_complaint`` (GET /v3/merchant-service/complaints-v2/{complaint_id})

    Args:
        complaint_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Complaint]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Complaint:
    """查询投诉单详情

    查询投诉单详情 — reads one complaint: what the user wrote, its state, the related
    payment and service orders, the problem type, the amount the user asks back
    (`apply_refund_amount`, fen), attached images (`complaint_media_list`, fetch them with
    `download_complaint_image`) and the user's contact details.

    - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
      decrypts it after verifying the answer.
    - This is the lookup after a `COMPLAINT.*` notification, and the one that settles an
      unclear outcome of `complete_complaint` (`complaint_state` becomes `PROCESSED`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533436

    Operation: ``query_complaint`` (GET /v3/merchant-service/complaints-v2/{complaint_id})

    Args:
        complaint_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Complaint
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
