# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lovefeast_order_list_response import LovefeastOrderListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_lovefeast_user_orders"


def _get_kwargs(
    openid: str,
    brand_id: int,
    *,
    limit: int,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}".format(
            openid=quote(str(openid), safe=""),
            brand_id=quote(str(brand_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LovefeastOrderListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, LovefeastOrderListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LovefeastOrderListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
) -> Response[LovefeastOrderListResponse]:
    """查询用户捐赠单列表

    查询用户捐赠单列表 — pages through the donation orders one user (`openid` under the
    merchant's AppID) made for one brand. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``list_lovefeast_user_orders`` (GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id})

    Args:
        openid (str):
        brand_id (int):
        limit (int):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[LovefeastOrderListResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        brand_id=brand_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
) -> LovefeastOrderListResponse:
    """查询用户捐赠单列表

    查询用户捐赠单列表 — pages through the donation orders one user (`openid` under the
    merchant's AppID) made for one brand. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``list_lovefeast_user_orders`` (GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id})

    Args:
        openid (str):
        brand_id (int):
        limit (int):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        LovefeastOrderListResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        brand_id=brand_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
) -> Response[LovefeastOrderListResponse]:
    """查询用户捐赠单列表

    查询用户捐赠单列表 — pages through the donation orders one user (`openid` under the
    merchant's AppID) made for one brand. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``list_lovefeast_user_orders`` (GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id})

    Args:
        openid (str):
        brand_id (int):
        limit (int):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[LovefeastOrderListResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        brand_id=brand_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
) -> LovefeastOrderListResponse:
    """查询用户捐赠单列表

    查询用户捐赠单列表 — pages through the donation orders one user (`openid` under the
    merchant's AppID) made for one brand. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``list_lovefeast_user_orders`` (GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id})

    Args:
        openid (str):
        brand_id (int):
        limit (int):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        LovefeastOrderListResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        brand_id=brand_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
