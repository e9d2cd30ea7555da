# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_user_card_list import MembercardUserCardList
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_membercard_user_cards"


def _get_kwargs(
    *,
    openid: str,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["openid"] = openid

    params["appid"] = appid

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-open/user/cards",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardUserCardList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardUserCardList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardUserCardList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    openid: str,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> Response[MembercardUserCardList]:
    """查询用户在品牌下所有会员卡

    查询用户在品牌下所有会员卡 — list the member cards (template `card_id` and user `code`)
    that one user (`openid`) holds under the merchant's brand, a page at a time. It also
    resolves an unclear outcome of `import_membercard_user_card_by_openid`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549255

    Operation: ``list_membercard_user_cards`` (GET /v3/marketing/membercard-open/user/cards)

    Args:
        openid (str):
        appid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardUserCardList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    openid: str,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> MembercardUserCardList:
    """查询用户在品牌下所有会员卡

    查询用户在品牌下所有会员卡 — list the member cards (template `card_id` and user `code`)
    that one user (`openid`) holds under the merchant's brand, a page at a time. It also
    resolves an unclear outcome of `import_membercard_user_card_by_openid`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549255

    Operation: ``list_membercard_user_cards`` (GET /v3/marketing/membercard-open/user/cards)

    Args:
        openid (str):
        appid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardUserCardList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    openid: str,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> Response[MembercardUserCardList]:
    """查询用户在品牌下所有会员卡

    查询用户在品牌下所有会员卡 — list the member cards (template `card_id` and user `code`)
    that one user (`openid`) holds under the merchant's brand, a page at a time. It also
    resolves an unclear outcome of `import_membercard_user_card_by_openid`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549255

    Operation: ``list_membercard_user_cards`` (GET /v3/marketing/membercard-open/user/cards)

    Args:
        openid (str):
        appid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardUserCardList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    openid: str,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> MembercardUserCardList:
    """查询用户在品牌下所有会员卡

    查询用户在品牌下所有会员卡 — list the member cards (template `card_id` and user `code`)
    that one user (`openid`) holds under the merchant's brand, a page at a time. It also
    resolves an unclear outcome of `import_membercard_user_card_by_openid`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549255

    Operation: ``list_membercard_user_cards`` (GET /v3/marketing/membercard-open/user/cards)

    Args:
        openid (str):
        appid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardUserCardList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
