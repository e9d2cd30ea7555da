# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_star_order_list_response import EduStarOrderListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_edu_star_orders"


def _get_kwargs(
    *,
    appid: str,
    wechat_openid: str | Unset = UNSET,
    qq: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["wechat_openid"] = wechat_openid

    params["qq"] = qq

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/edu-star/orders",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EduStarOrderListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EduStarOrderListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EduStarOrderListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    wechat_openid: str | Unset = UNSET,
    qq: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[EduStarOrderListResponse]:
    """通过QQ账号查询核销订单列表

    查询核销订单列表 — pages through the redemption orders of one user, identified by
    `wechat_openid` (under `appid`) or by `qq` (the official name says "by QQ account", but
    both identifiers are accepted). It is the lookup that settles an unclear
    `create_edu_star_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``list_edu_star_orders`` (GET /v3/edu-star/orders)

    Args:
        appid (str):
        wechat_openid (str | Unset):
        qq (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduStarOrderListResponse]
    """

    kwargs = _get_kwargs(
        appid=appid,
        wechat_openid=wechat_openid,
        qq=qq,
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
    appid: str,
    wechat_openid: str | Unset = UNSET,
    qq: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> EduStarOrderListResponse:
    """通过QQ账号查询核销订单列表

    查询核销订单列表 — pages through the redemption orders of one user, identified by
    `wechat_openid` (under `appid`) or by `qq` (the official name says "by QQ account", but
    both identifiers are accepted). It is the lookup that settles an unclear
    `create_edu_star_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``list_edu_star_orders`` (GET /v3/edu-star/orders)

    Args:
        appid (str):
        wechat_openid (str | Unset):
        qq (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduStarOrderListResponse
    """

    kwargs = _get_kwargs(
        appid=appid,
        wechat_openid=wechat_openid,
        qq=qq,
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
    appid: str,
    wechat_openid: str | Unset = UNSET,
    qq: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[EduStarOrderListResponse]:
    """通过QQ账号查询核销订单列表

    查询核销订单列表 — pages through the redemption orders of one user, identified by
    `wechat_openid` (under `appid`) or by `qq` (the official name says "by QQ account", but
    both identifiers are accepted). It is the lookup that settles an unclear
    `create_edu_star_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``list_edu_star_orders`` (GET /v3/edu-star/orders)

    Args:
        appid (str):
        wechat_openid (str | Unset):
        qq (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduStarOrderListResponse]
    """

    kwargs = _get_kwargs(
        appid=appid,
        wechat_openid=wechat_openid,
        qq=qq,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    wechat_openid: str | Unset = UNSET,
    qq: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> EduStarOrderListResponse:
    """通过QQ账号查询核销订单列表

    查询核销订单列表 — pages through the redemption orders of one user, identified by
    `wechat_openid` (under `appid`) or by `qq` (the official name says "by QQ account", but
    both identifiers are accepted). It is the lookup that settles an unclear
    `create_edu_star_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``list_edu_star_orders`` (GET /v3/edu-star/orders)

    Args:
        appid (str):
        wechat_openid (str | Unset):
        qq (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduStarOrderListResponse
    """

    kwargs = _get_kwargs(
        appid=appid,
        wechat_openid=wechat_openid,
        qq=qq,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
