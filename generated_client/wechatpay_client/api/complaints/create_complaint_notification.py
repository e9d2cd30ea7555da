# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_notification_url import ComplaintNotificationUrl
from ...models.complaint_notification_url_request import ComplaintNotificationUrlRequest
from ...types import Response

OPERATION_ID = "create_complaint_notification"


def _get_kwargs(
    *,
    body: ComplaintNotificationUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-service/complaint-notifications",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ComplaintNotificationUrlRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplaintNotificationUrl:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ComplaintNotificationUrl)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComplaintNotificationUrl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintNotificationUrlRequest,
) -> Response[ComplaintNotificationUrl]:
    """创建投诉通知回调地址

    创建投诉通知回调地址 — registers the HTTPS address to which WeChat Pay pushes complaint
    events (`COMPLAINT.CREATE` when a user files a complaint, `COMPLAINT.STATE_CHANGE` when
    it moves on; see `ComplaintNotificationResource`). A merchant has one address; change
    it with `update_complaint_notification` and remove it with
    `delete_complaint_notification`.

    - The answer echoes the merchant ID and the stored address.
    - Not documented as idempotent. After a timeout or 5XX, read the stored address with
      `query_complaint_notification` before calling again (an address that already exists
      is changed with the update operation, not created twice).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458679

    Operation: ``create_complaint_notification`` (POST /v3/merchant-service/complaint-notifications)

    Args:
        body (ComplaintNotificationUrlRequest): 投诉通知回调地址请求 — the notification address to register
            or set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintNotificationUrl]
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
    body: ComplaintNotificationUrlRequest,
) -> ComplaintNotificationUrl:
    """创建投诉通知回调地址

    创建投诉通知回调地址 — registers the HTTPS address to which WeChat Pay pushes complaint
    events (`COMPLAINT.CREATE` when a user files a complaint, `COMPLAINT.STATE_CHANGE` when
    it moves on; see `ComplaintNotificationResource`). A merchant has one address; change
    it with `update_complaint_notification` and remove it with
    `delete_complaint_notification`.

    - The answer echoes the merchant ID and the stored address.
    - Not documented as idempotent. After a timeout or 5XX, read the stored address with
      `query_complaint_notification` before calling again (an address that already exists
      is changed with the update operation, not created twice).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458679

    Operation: ``create_complaint_notification`` (POST /v3/merchant-service/complaint-notifications)

    Args:
        body (ComplaintNotificationUrlRequest): 投诉通知回调地址请求 — the notification address to register
            or set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintNotificationUrl
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
    body: ComplaintNotificationUrlRequest,
) -> Response[ComplaintNotificationUrl]:
    """创建投诉通知回调地址

    创建投诉通知回调地址 — registers the HTTPS address to which WeChat Pay pushes complaint
    events (`COMPLAINT.CREATE` when a user files a complaint, `COMPLAINT.STATE_CHANGE` when
    it moves on; see `ComplaintNotificationResource`). A merchant has one address; change
    it with `update_complaint_notification` and remove it with
    `delete_complaint_notification`.

    - The answer echoes the merchant ID and the stored address.
    - Not documented as idempotent. After a timeout or 5XX, read the stored address with
      `query_complaint_notification` before calling again (an address that already exists
      is changed with the update operation, not created twice).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458679

    Operation: ``create_complaint_notification`` (POST /v3/merchant-service/complaint-notifications)

    Args:
        body (ComplaintNotificationUrlRequest): 投诉通知回调地址请求 — the notification address to register
            or set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintNotificationUrl]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintNotificationUrlRequest,
) -> ComplaintNotificationUrl:
    """创建投诉通知回调地址

    创建投诉通知回调地址 — registers the HTTPS address to which WeChat Pay pushes complaint
    events (`COMPLAINT.CREATE` when a user files a complaint, `COMPLAINT.STATE_CHANGE` when
    it moves on; see `ComplaintNotificationResource`). A merchant has one address; change
    it with `update_complaint_notification` and remove it with
    `delete_complaint_notification`.

    - The answer echoes the merchant ID and the stored address.
    - Not documented as idempotent. After a timeout or 5XX, read the stored address with
      `query_complaint_notification` before calling again (an address that already exists
      is changed with the update operation, not created twice).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458679

    Operation: ``create_complaint_notification`` (POST /v3/merchant-service/complaint-notifications)

    Args:
        body (ComplaintNotificationUrlRequest): 投诉通知回调地址请求 — the notification address to register
            or set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintNotificationUrl
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
