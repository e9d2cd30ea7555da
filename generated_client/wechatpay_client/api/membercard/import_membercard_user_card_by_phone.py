# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_imported_user_card import MembercardImportedUserCard
from ...models.membercard_phone_import_request import MembercardPhoneImportRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "import_membercard_user_card_by_phone"


def _get_kwargs(
    card_id: str,
    *,
    body: MembercardPhoneImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardPhoneImportRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardImportedUserCard:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardImportedUserCard)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardImportedUserCard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardPhoneImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MembercardImportedUserCard]:
    """根据手机号导入用户会员卡

    根据手机号导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's phone number, so that the merchant's existing members are recognised (for
    instance, not subsidised again by a new-member gift). The answer is the user card's
    `code`.

    - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
      with the WeChat Pay public key and sets `Wechatpay-Serial`.
    - Not documented as idempotent, and no query finds a user card by phone number or
      `out_request_no`; after an unclear outcome the result cannot be checked before a
      resend (keep the same `out_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550535

    Operation: ``import_membercard_user_card_by_phone`` (POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import)

    Args:
        card_id (str):
        wechatpay_serial (str | Unset):
        body (MembercardPhoneImportRequest): 根据手机号导入用户会员卡请求 — the member to import.
            `encrypted_phone_number` takes the
            plaintext phone number; the SDK encrypts it.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardImportedUserCard]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardPhoneImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> MembercardImportedUserCard:
    """根据手机号导入用户会员卡

    根据手机号导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's phone number, so that the merchant's existing members are recognised (for
    instance, not subsidised again by a new-member gift). The answer is the user card's
    `code`.

    - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
      with the WeChat Pay public key and sets `Wechatpay-Serial`.
    - Not documented as idempotent, and no query finds a user card by phone number or
      `out_request_no`; after an unclear outcome the result cannot be checked before a
      resend (keep the same `out_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550535

    Operation: ``import_membercard_user_card_by_phone`` (POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import)

    Args:
        card_id (str):
        wechatpay_serial (str | Unset):
        body (MembercardPhoneImportRequest): 根据手机号导入用户会员卡请求 — the member to import.
            `encrypted_phone_number` takes the
            plaintext phone number; the SDK encrypts it.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardImportedUserCard
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardPhoneImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MembercardImportedUserCard]:
    """根据手机号导入用户会员卡

    根据手机号导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's phone number, so that the merchant's existing members are recognised (for
    instance, not subsidised again by a new-member gift). The answer is the user card's
    `code`.

    - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
      with the WeChat Pay public key and sets `Wechatpay-Serial`.
    - Not documented as idempotent, and no query finds a user card by phone number or
      `out_request_no`; after an unclear outcome the result cannot be checked before a
      resend (keep the same `out_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550535

    Operation: ``import_membercard_user_card_by_phone`` (POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import)

    Args:
        card_id (str):
        wechatpay_serial (str | Unset):
        body (MembercardPhoneImportRequest): 根据手机号导入用户会员卡请求 — the member to import.
            `encrypted_phone_number` takes the
            plaintext phone number; the SDK encrypts it.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardImportedUserCard]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardPhoneImportRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> MembercardImportedUserCard:
    """根据手机号导入用户会员卡

    根据手机号导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's phone number, so that the merchant's existing members are recognised (for
    instance, not subsidised again by a new-member gift). The answer is the user card's
    `code`.

    - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
      with the WeChat Pay public key and sets `Wechatpay-Serial`.
    - Not documented as idempotent, and no query finds a user card by phone number or
      `out_request_no`; after an unclear outcome the result cannot be checked before a
      resend (keep the same `out_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550535

    Operation: ``import_membercard_user_card_by_phone`` (POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import)

    Args:
        card_id (str):
        wechatpay_serial (str | Unset):
        body (MembercardPhoneImportRequest): 根据手机号导入用户会员卡请求 — the member to import.
            `encrypted_phone_number` takes the
            plaintext phone number; the SDK encrypts it.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardImportedUserCard
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
