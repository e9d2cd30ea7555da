# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_notification_url import ComplaintNotificationUrl
from ...types import Response

OPERATION_ID = "query_complaint_notification"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/merchant-service/complaint-notifications",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
) -> Response[ComplaintNotificationUrl]:
    """查询投诉通知回调地址

    查询投诉通知回调地址 — reads the complaint notification address currently registered
    for the merchant. When none is registered, WeChat Pay answers with an error
    (`RESOURCE_NOT_EXISTS` on the older pages). This is the lookup that settles an unclear
    outcome of the create, update and delete operations. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459014

    Operation: ``query_complaint_notification`` (GET /v3/merchant-service/complaint-notifications)

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

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ComplaintNotificationUrl:
    """查询投诉通知回调地址

    查询投诉通知回调地址 — reads the complaint notification address currently registered
    for the merchant. When none is registered, WeChat Pay answers with an error
    (`RESOURCE_NOT_EXISTS` on the older pages). This is the lookup that settles an unclear
    outcome of the create, update and delete operations. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459014

    Operation: ``query_complaint_notification`` (GET /v3/merchant-service/complaint-notifications)

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

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ComplaintNotificationUrl]:
    """查询投诉通知回调地址

    查询投诉通知回调地址 — reads the complaint notification address currently registered
    for the merchant. When none is registered, WeChat Pay answers with an error
    (`RESOURCE_NOT_EXISTS` on the older pages). This is the lookup that settles an unclear
    outcome of the create, update and delete operations. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459014

    Operation: ``query_complaint_notification`` (GET /v3/merchant-service/complaint-notifications)

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

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ComplaintNotificationUrl:
    """查询投诉通知回调地址

    查询投诉通知回调地址 — reads the complaint notification address currently registered
    for the merchant. When none is registered, WeChat Pay answers with an error
    (`RESOURCE_NOT_EXISTS` on the older pages). This is the lookup that settles an unclear
    outcome of the create, update and delete operations. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459014

    Operation: ``query_complaint_notification`` (GET /v3/merchant-service/complaint-notifications)

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

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
