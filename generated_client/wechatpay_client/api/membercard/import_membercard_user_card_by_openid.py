# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_imported_user_card import MembercardImportedUserCard
from ...models.membercard_openid_import_request import MembercardOpenidImportRequest
from ...types import Response

OPERATION_ID = "import_membercard_user_card_by_openid"


def _get_kwargs(
    card_id: str,
    *,
    body: MembercardOpenidImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/users/import".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardOpenidImportRequest)
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
    body: MembercardOpenidImportRequest,
) -> Response[MembercardImportedUserCard]:
    """根据openid导入用户会员卡

    根据openid导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's OpenID (from the merchant's official account or mini program), so that
    members who signed up elsewhere are recognised and not subsidised again by
    new-member gifts. The answer is the user card's `code`.

    Not documented as idempotent. After an unclear outcome, list the user's cards with
    `list_membercard_user_cards` (same `openid`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549739

    Operation: ``import_membercard_user_card_by_openid`` (POST /v3/marketing/membercard-open/cards/{card_id}/users/import)

    Args:
        card_id (str):
        body (MembercardOpenidImportRequest): 根据openid导入用户会员卡请求 — the member to import.

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardOpenidImportRequest,
) -> MembercardImportedUserCard:
    """根据openid导入用户会员卡

    根据openid导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's OpenID (from the merchant's official account or mini program), so that
    members who signed up elsewhere are recognised and not subsidised again by
    new-member gifts. The answer is the user card's `code`.

    Not documented as idempotent. After an unclear outcome, list the user's cards with
    `list_membercard_user_cards` (same `openid`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549739

    Operation: ``import_membercard_user_card_by_openid`` (POST /v3/marketing/membercard-open/cards/{card_id}/users/import)

    Args:
        card_id (str):
        body (MembercardOpenidImportRequest): 根据openid导入用户会员卡请求 — the member to import.

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardOpenidImportRequest,
) -> Response[MembercardImportedUserCard]:
    """根据openid导入用户会员卡

    根据openid导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's OpenID (from the merchant's official account or mini program), so that
    members who signed up elsewhere are recognised and not subsidised again by
    new-member gifts. The answer is the user card's `code`.

    Not documented as idempotent. After an unclear outcome, list the user's cards with
    `list_membercard_user_cards` (same `openid`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549739

    Operation: ``import_membercard_user_card_by_openid`` (POST /v3/marketing/membercard-open/cards/{card_id}/users/import)

    Args:
        card_id (str):
        body (MembercardOpenidImportRequest): 根据openid导入用户会员卡请求 — the member to import.

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardOpenidImportRequest,
) -> MembercardImportedUserCard:
    """根据openid导入用户会员卡

    根据openid导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
    by the user's OpenID (from the merchant's official account or mini program), so that
    members who signed up elsewhere are recognised and not subsidised again by
    new-member gifts. The answer is the user card's `code`.

    Not documented as idempotent. After an unclear outcome, list the user's cards with
    `list_membercard_user_cards` (same `openid`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549739

    Operation: ``import_membercard_user_card_by_openid`` (POST /v3/marketing/membercard-open/cards/{card_id}/users/import)

    Args:
        card_id (str):
        body (MembercardOpenidImportRequest): 根据openid导入用户会员卡请求 — the member to import.

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
