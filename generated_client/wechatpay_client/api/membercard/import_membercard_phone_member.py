# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_phone_member_import_request import MembercardPhoneMemberImportRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "import_membercard_phone_member"


def _get_kwargs(
    *,
    body: MembercardPhoneMemberImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/phonenumber-member/import",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardPhoneMemberImportRequest)
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
    *,
    client: AuthenticatedClient | Client,
    body: MembercardPhoneMemberImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """导入加密手机号提醒会员领卡

    导入加密手机号提醒会员领卡 — for registered members who have not taken the card yet,
    import their phone number (members with a WeChat Pay transaction at the brand within the
    last year); WeChat then reminds them in the card wallet to add the card. Success is
    `204` with no body; a user who takes the card this way is reported as
    `MEMBERCARD.ACCEPT_CARD` with `event_type` `MEMBER_CARD_ACCEPT_BY_PHONE_NUMBER`.

    - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
      and sets `Wechatpay-Serial`.
    - After an unclear outcome, `query_membercard_phone_member` tells whether the number was
      imported (it only answers for imported numbers).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166226

    Operation: ``import_membercard_phone_member`` (POST /v3/marketing/membercard-open/phonenumber-member/import)

    Args:
        wechatpay_serial (str | Unset):
        body (MembercardPhoneMemberImportRequest): 导入加密手机号提醒会员领卡请求 — a registered member to
            remind. `encrypted_phone_number`
            takes the plaintext phone number; the SDK encrypts it.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembercardPhoneMemberImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """导入加密手机号提醒会员领卡

    导入加密手机号提醒会员领卡 — for registered members who have not taken the card yet,
    import their phone number (members with a WeChat Pay transaction at the brand within the
    last year); WeChat then reminds them in the card wallet to add the card. Success is
    `204` with no body; a user who takes the card this way is reported as
    `MEMBERCARD.ACCEPT_CARD` with `event_type` `MEMBER_CARD_ACCEPT_BY_PHONE_NUMBER`.

    - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
      and sets `Wechatpay-Serial`.
    - After an unclear outcome, `query_membercard_phone_member` tells whether the number was
      imported (it only answers for imported numbers).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166226

    Operation: ``import_membercard_phone_member`` (POST /v3/marketing/membercard-open/phonenumber-member/import)

    Args:
        wechatpay_serial (str | Unset):
        body (MembercardPhoneMemberImportRequest): 导入加密手机号提醒会员领卡请求 — a registered member to
            remind. `encrypted_phone_number`
            takes the plaintext phone number; the SDK encrypts it.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
