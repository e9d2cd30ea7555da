# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_papay_user_notification_request import EduPapayUserNotificationRequest
from ...types import Response

OPERATION_ID = "send_edu_papay_pre_deduct_notice"


def _get_kwargs(
    contract_id: str,
    *,
    body: EduPapayUserNotificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/edu-papay/user-notifications/{contract_id}/send".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, EduPapayUserNotificationRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EduPapayUserNotificationRequest,
) -> Response[None]:
    """发送扣款预通知

    发送扣款预通知 — asks WeChat Pay to send the user of a contract the message that a
    deduction is coming. The flow requires it 1 to 3 days before each deduction, and a
    deduction is only allowed after the notice was sent successfully. Answer `204`.

    No query reports whether a notice was sent, and a repeat would message the user twice;
    the SDK does not resend it after an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524814

    Operation: ``send_edu_papay_pre_deduct_notice`` (POST /v3/edu-papay/user-notifications/{contract_id}/send)

    Args:
        contract_id (str):
        body (EduPapayUserNotificationRequest): 发送扣款预通知请求 — the AppID of the contract.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EduPapayUserNotificationRequest,
) -> Response[None]:
    """发送扣款预通知

    发送扣款预通知 — asks WeChat Pay to send the user of a contract the message that a
    deduction is coming. The flow requires it 1 to 3 days before each deduction, and a
    deduction is only allowed after the notice was sent successfully. Answer `204`.

    No query reports whether a notice was sent, and a repeat would message the user twice;
    the SDK does not resend it after an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524814

    Operation: ``send_edu_papay_pre_deduct_notice`` (POST /v3/edu-papay/user-notifications/{contract_id}/send)

    Args:
        contract_id (str):
        body (EduPapayUserNotificationRequest): 发送扣款预通知请求 — the AppID of the contract.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
