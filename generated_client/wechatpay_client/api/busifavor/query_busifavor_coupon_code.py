# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_code_detail import BusifavorCouponCodeDetail
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_busifavor_coupon_code"


def _get_kwargs(
    stock_id: str,
    coupon_code: str,
    *,
    appid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}".format(
            stock_id=quote(str(stock_id), safe=""),
            coupon_code=quote(str(coupon_code), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorCouponCodeDetail:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponCodeDetail)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponCodeDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stock_id: str,
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
) -> Response[BusifavorCouponCodeDetail]:
    """查询预存code详情

    查询预存code详情 — reads one uploaded code of a batch: its state and times, and, once it
    has been dispatched to a user, the user's coupon. Read-only; safe to repeat. It settles an
    unclear `delete_busifavor_coupon_code` (a deleted code is no longer found).

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``query_busifavor_coupon_code`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeDetail]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
) -> BusifavorCouponCodeDetail:
    """查询预存code详情

    查询预存code详情 — reads one uploaded code of a batch: its state and times, and, once it
    has been dispatched to a user, the user's coupon. Read-only; safe to repeat. It settles an
    unclear `delete_busifavor_coupon_code` (a deleted code is no longer found).

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``query_busifavor_coupon_code`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeDetail
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
) -> Response[BusifavorCouponCodeDetail]:
    """查询预存code详情

    查询预存code详情 — reads one uploaded code of a batch: its state and times, and, once it
    has been dispatched to a user, the user's coupon. Read-only; safe to repeat. It settles an
    unclear `delete_busifavor_coupon_code` (a deleted code is no longer found).

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``query_busifavor_coupon_code`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeDetail]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
) -> BusifavorCouponCodeDetail:
    """查询预存code详情

    查询预存code详情 — reads one uploaded code of a batch: its state and times, and, once it
    has been dispatched to a user, the user's coupon. Read-only; safe to repeat. It settles an
    unclear `delete_busifavor_coupon_code` (a deleted code is no longer found).

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``query_busifavor_coupon_code`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeDetail
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
