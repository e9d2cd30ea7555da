# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_phone_member_receive_status import MembercardPhoneMemberReceiveStatus
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_membercard_phone_member"


def _get_kwargs(
    *,
    card_id: str,
    encrypted_phone_number: str,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    params: dict[str, Any] = {}

    params["card_id"] = card_id

    params["encrypted_phone_number"] = encrypted_phone_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-open/phonenumber-member/search",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MembercardPhoneMemberReceiveStatus:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardPhoneMemberReceiveStatus)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardPhoneMemberReceiveStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_id: str,
    encrypted_phone_number: str,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MembercardPhoneMemberReceiveStatus]:
    """通过加密手机号查询会员领卡状态

    通过加密手机号查询会员领卡状态 — for a phone number imported with
    `import_membercard_phone_member`, tell whether the reminder was shown and whether the
    user took the card (`receive_status`), and if so the user card. Safe to repeat.

    The phone number travels encrypted in the query string (`encrypted_phone_number`): pass
    the plaintext number; the SDK encrypts it (RSA-OAEP with the WeChat Pay key) and sets
    `Wechatpay-Serial` before signing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166232

    Operation: ``query_membercard_phone_member`` (GET /v3/marketing/membercard-open/phonenumber-member/search)

    Args:
        card_id (str):
        encrypted_phone_number (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardPhoneMemberReceiveStatus]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypted_phone_number=encrypted_phone_number,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    card_id: str,
    encrypted_phone_number: str,
    wechatpay_serial: str | Unset = UNSET,
) -> MembercardPhoneMemberReceiveStatus:
    """通过加密手机号查询会员领卡状态

    通过加密手机号查询会员领卡状态 — for a phone number imported with
    `import_membercard_phone_member`, tell whether the reminder was shown and whether the
    user took the card (`receive_status`), and if so the user card. Safe to repeat.

    The phone number travels encrypted in the query string (`encrypted_phone_number`): pass
    the plaintext number; the SDK encrypts it (RSA-OAEP with the WeChat Pay key) and sets
    `Wechatpay-Serial` before signing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166232

    Operation: ``query_membercard_phone_member`` (GET /v3/marketing/membercard-open/phonenumber-member/search)

    Args:
        card_id (str):
        encrypted_phone_number (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardPhoneMemberReceiveStatus
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypted_phone_number=encrypted_phone_number,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_id: str,
    encrypted_phone_number: str,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MembercardPhoneMemberReceiveStatus]:
    """通过加密手机号查询会员领卡状态

    通过加密手机号查询会员领卡状态 — for a phone number imported with
    `import_membercard_phone_member`, tell whether the reminder was shown and whether the
    user took the card (`receive_status`), and if so the user card. Safe to repeat.

    The phone number travels encrypted in the query string (`encrypted_phone_number`): pass
    the plaintext number; the SDK encrypts it (RSA-OAEP with the WeChat Pay key) and sets
    `Wechatpay-Serial` before signing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166232

    Operation: ``query_membercard_phone_member`` (GET /v3/marketing/membercard-open/phonenumber-member/search)

    Args:
        card_id (str):
        encrypted_phone_number (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardPhoneMemberReceiveStatus]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypted_phone_number=encrypted_phone_number,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    card_id: str,
    encrypted_phone_number: str,
    wechatpay_serial: str | Unset = UNSET,
) -> MembercardPhoneMemberReceiveStatus:
    """通过加密手机号查询会员领卡状态

    通过加密手机号查询会员领卡状态 — for a phone number imported with
    `import_membercard_phone_member`, tell whether the reminder was shown and whether the
    user took the card (`receive_status`), and if so the user card. Safe to repeat.

    The phone number travels encrypted in the query string (`encrypted_phone_number`): pass
    the plaintext number; the SDK encrypts it (RSA-OAEP with the WeChat Pay key) and sets
    `Wechatpay-Serial` before signing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166232

    Operation: ``query_membercard_phone_member`` (GET /v3/marketing/membercard-open/phonenumber-member/search)

    Args:
        card_id (str):
        encrypted_phone_number (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardPhoneMemberReceiveStatus
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        encrypted_phone_number=encrypted_phone_number,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
