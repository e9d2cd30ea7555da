# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_card_list import MembercardCardList
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_membercard_cards"


def _get_kwargs(
    *,
    brand_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["brand_id"] = brand_id

    params["appid"] = appid

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/membercard-open/cards",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardCardList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardCardList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardCardList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    brand_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> Response[MembercardCardList]:
    """查询会员卡模板列表

    查询会员卡模板列表 — list the member-card templates of a brand (or of an AppID), a page at
    a time: `offset` is the page number starting at 0 and `limit` the page size (at most 20).
    Each entry is a full template, with its `out_request_no`, so this also finds a template
    whose creation had an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547108

    Operation: ``list_membercard_cards`` (GET /v3/marketing/membercard-open/cards)

    Args:
        brand_id (str | Unset):
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
        Response[MembercardCardList]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
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
    brand_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> MembercardCardList:
    """查询会员卡模板列表

    查询会员卡模板列表 — list the member-card templates of a brand (or of an AppID), a page at
    a time: `offset` is the page number starting at 0 and `limit` the page size (at most 20).
    Each entry is a full template, with its `out_request_no`, so this also finds a template
    whose creation had an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547108

    Operation: ``list_membercard_cards`` (GET /v3/marketing/membercard-open/cards)

    Args:
        brand_id (str | Unset):
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
        MembercardCardList
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
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
    brand_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> Response[MembercardCardList]:
    """查询会员卡模板列表

    查询会员卡模板列表 — list the member-card templates of a brand (or of an AppID), a page at
    a time: `offset` is the page number starting at 0 and `limit` the page size (at most 20).
    Each entry is a full template, with its `out_request_no`, so this also finds a template
    whose creation had an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547108

    Operation: ``list_membercard_cards`` (GET /v3/marketing/membercard-open/cards)

    Args:
        brand_id (str | Unset):
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
        Response[MembercardCardList]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        appid=appid,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    brand_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> MembercardCardList:
    """查询会员卡模板列表

    查询会员卡模板列表 — list the member-card templates of a brand (or of an AppID), a page at
    a time: `offset` is the page number starting at 0 and `limit` the page size (at most 20).
    Each entry is a full template, with its `out_request_no`, so this also finds a template
    whose creation had an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547108

    Operation: ``list_membercard_cards`` (GET /v3/marketing/membercard-open/cards)

    Args:
        brand_id (str | Unset):
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
        MembercardCardList
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        appid=appid,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
