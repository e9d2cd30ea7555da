# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_permission_token import MembercardPermissionToken
from ...models.membercard_permission_token_create_request import MembercardPermissionTokenCreateRequest
from ...types import Response

OPERATION_ID = "create_membercard_permission_token"


def _get_kwargs(
    card_id: str,
    *,
    body: MembercardPermissionTokenCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/permission-tokens".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardPermissionTokenCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardPermissionToken:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardPermissionToken)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardPermissionToken]:
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
    body: MembercardPermissionTokenCreateRequest,
) -> Response[MembercardPermissionToken]:
    """商户预授权

    商户预授权 — issue a pre-authorisation token (`permission_token`) that lets the merchant's
    page or mini program open the card component and hand out this card, with the
    activation mode (`AUTO_ACTIVATE` or `JUMP_ACTIVATE` plus its target) and an optional
    scene value (`outer_str`, echoed in the card notifications).

    Each call only issues a token; nothing is stored that a query could return, and a
    resend yields another usable token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550867

    Operation: ``create_membercard_permission_token`` (POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens)

    Args:
        card_id (str):
        body (MembercardPermissionTokenCreateRequest): 商户预授权请求 — how cards handed out with the
            token are activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardPermissionToken]
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
    body: MembercardPermissionTokenCreateRequest,
) -> MembercardPermissionToken:
    """商户预授权

    商户预授权 — issue a pre-authorisation token (`permission_token`) that lets the merchant's
    page or mini program open the card component and hand out this card, with the
    activation mode (`AUTO_ACTIVATE` or `JUMP_ACTIVATE` plus its target) and an optional
    scene value (`outer_str`, echoed in the card notifications).

    Each call only issues a token; nothing is stored that a query could return, and a
    resend yields another usable token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550867

    Operation: ``create_membercard_permission_token`` (POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens)

    Args:
        card_id (str):
        body (MembercardPermissionTokenCreateRequest): 商户预授权请求 — how cards handed out with the
            token are activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardPermissionToken
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
    body: MembercardPermissionTokenCreateRequest,
) -> Response[MembercardPermissionToken]:
    """商户预授权

    商户预授权 — issue a pre-authorisation token (`permission_token`) that lets the merchant's
    page or mini program open the card component and hand out this card, with the
    activation mode (`AUTO_ACTIVATE` or `JUMP_ACTIVATE` plus its target) and an optional
    scene value (`outer_str`, echoed in the card notifications).

    Each call only issues a token; nothing is stored that a query could return, and a
    resend yields another usable token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550867

    Operation: ``create_membercard_permission_token`` (POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens)

    Args:
        card_id (str):
        body (MembercardPermissionTokenCreateRequest): 商户预授权请求 — how cards handed out with the
            token are activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardPermissionToken]
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
    body: MembercardPermissionTokenCreateRequest,
) -> MembercardPermissionToken:
    """商户预授权

    商户预授权 — issue a pre-authorisation token (`permission_token`) that lets the merchant's
    page or mini program open the card component and hand out this card, with the
    activation mode (`AUTO_ACTIVATE` or `JUMP_ACTIVATE` plus its target) and an optional
    scene value (`outer_str`, echoed in the card notifications).

    Each call only issues a token; nothing is stored that a query could return, and a
    resend yields another usable token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550867

    Operation: ``create_membercard_permission_token`` (POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens)

    Args:
        card_id (str):
        body (MembercardPermissionTokenCreateRequest): 商户预授权请求 — how cards handed out with the
            token are activated.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardPermissionToken
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
