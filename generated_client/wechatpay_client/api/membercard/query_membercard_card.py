# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_card import MembercardCard
from ...types import Response

OPERATION_ID = "query_membercard_card"


def _get_kwargs(
    card_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-open/cards/{card_id}".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardCard:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardCard)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardCard]:
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
) -> Response[MembercardCard]:
    """查询会员卡模板信息

    查询会员卡模板信息 — read one member-card template: its content, review `status`,
    remaining stock and validity. This is the lookup that resolves an unclear outcome of
    `update_membercard_card`, `delete_membercard_card` (status `DELETED`) and
    `upgrade_membercard_card`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547650

    Operation: ``query_membercard_card`` (GET /v3/marketing/membercard-open/cards/{card_id})

    Args:
        card_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCard]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MembercardCard:
    """查询会员卡模板信息

    查询会员卡模板信息 — read one member-card template: its content, review `status`,
    remaining stock and validity. This is the lookup that resolves an unclear outcome of
    `update_membercard_card`, `delete_membercard_card` (status `DELETED`) and
    `upgrade_membercard_card`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547650

    Operation: ``query_membercard_card`` (GET /v3/marketing/membercard-open/cards/{card_id})

    Args:
        card_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCard
    """

    kwargs = _get_kwargs(
        card_id=card_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MembercardCard]:
    """查询会员卡模板信息

    查询会员卡模板信息 — read one member-card template: its content, review `status`,
    remaining stock and validity. This is the lookup that resolves an unclear outcome of
    `update_membercard_card`, `delete_membercard_card` (status `DELETED`) and
    `upgrade_membercard_card`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547650

    Operation: ``query_membercard_card`` (GET /v3/marketing/membercard-open/cards/{card_id})

    Args:
        card_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCard]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MembercardCard:
    """查询会员卡模板信息

    查询会员卡模板信息 — read one member-card template: its content, review `status`,
    remaining stock and validity. This is the lookup that resolves an unclear outcome of
    `update_membercard_card`, `delete_membercard_card` (status `DELETED`) and
    `upgrade_membercard_card`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547650

    Operation: ``query_membercard_card`` (GET /v3/marketing/membercard-open/cards/{card_id})

    Args:
        card_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCard
    """

    kwargs = _get_kwargs(
        card_id=card_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
