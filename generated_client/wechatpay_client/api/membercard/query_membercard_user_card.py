# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_user_card import MembercardUserCard
from ...types import Response

OPERATION_ID = "query_membercard_user_card"


def _get_kwargs(
    card_id: str,
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}".format(
            card_id=quote(str(card_id), safe=""),
            code=quote(str(code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardUserCard:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardUserCard)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardUserCard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MembercardUserCard]:
    """查询用户会员卡信息

    查询用户会员卡信息 — read one user's member card (by template and code): its status,
    level, points (`bonus_value`), stored-value balance and the sign-up information the
    user entered. This is the lookup that resolves an unclear outcome of the calls that
    change a user card (`update_membercard_user_card`, `invalidate_membercard_user_card`,
    `activate_membercard_user_card`, `update_membercard_user_card_rights`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547768

    Operation: ``query_membercard_user_card`` (GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code})

    Args:
        card_id (str):
        code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardUserCard]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> MembercardUserCard:
    """查询用户会员卡信息

    查询用户会员卡信息 — read one user's member card (by template and code): its status,
    level, points (`bonus_value`), stored-value balance and the sign-up information the
    user entered. This is the lookup that resolves an unclear outcome of the calls that
    change a user card (`update_membercard_user_card`, `invalidate_membercard_user_card`,
    `activate_membercard_user_card`, `update_membercard_user_card_rights`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547768

    Operation: ``query_membercard_user_card`` (GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code})

    Args:
        card_id (str):
        code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardUserCard
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MembercardUserCard]:
    """查询用户会员卡信息

    查询用户会员卡信息 — read one user's member card (by template and code): its status,
    level, points (`bonus_value`), stored-value balance and the sign-up information the
    user entered. This is the lookup that resolves an unclear outcome of the calls that
    change a user card (`update_membercard_user_card`, `invalidate_membercard_user_card`,
    `activate_membercard_user_card`, `update_membercard_user_card_rights`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547768

    Operation: ``query_membercard_user_card`` (GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code})

    Args:
        card_id (str):
        code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardUserCard]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> MembercardUserCard:
    """查询用户会员卡信息

    查询用户会员卡信息 — read one user's member card (by template and code): its status,
    level, points (`bonus_value`), stored-value balance and the sign-up information the
    user entered. This is the lookup that resolves an unclear outcome of the calls that
    change a user card (`update_membercard_user_card`, `invalidate_membercard_user_card`,
    `activate_membercard_user_card`, `update_membercard_user_card_rights`). Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547768

    Operation: ``query_membercard_user_card`` (GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code})

    Args:
        card_id (str):
        code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardUserCard
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
