# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_code_list import BusifavorCouponCodeList
from ...models.list_busifavor_coupon_codes_status import (
    ListBusifavorCouponCodesStatus,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_busifavor_coupon_codes"


def _get_kwargs(
    stock_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    appid: str | Unset = UNSET,
    status: ListBusifavorCouponCodesStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["appid"] = appid

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/busifavor/stocks/{stock_id}/couponcodes".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorCouponCodeList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponCodeList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponCodeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    appid: str | Unset = UNSET,
    status: ListBusifavorCouponCodesStatus | Unset = UNSET,
) -> Response[BusifavorCouponCodeList]:
    """查询预存code列表

    查询预存code列表 — pages through the codes uploaded to a `MERCHANT_UPLOAD` batch, with
    each code's state (`AVAILABLE` or `DISPATCHED`) and, once dispatched, the user it went
    to. Read-only; safe to repeat. It settles an unclear `upload_busifavor_coupon_codes`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``list_busifavor_coupon_codes`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        limit (int | Unset):
        offset (int | Unset):
        appid (str | Unset):
        status (ListBusifavorCouponCodesStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeList]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        limit=limit,
        offset=offset,
        appid=appid,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    appid: str | Unset = UNSET,
    status: ListBusifavorCouponCodesStatus | Unset = UNSET,
) -> BusifavorCouponCodeList:
    """查询预存code列表

    查询预存code列表 — pages through the codes uploaded to a `MERCHANT_UPLOAD` batch, with
    each code's state (`AVAILABLE` or `DISPATCHED`) and, once dispatched, the user it went
    to. Read-only; safe to repeat. It settles an unclear `upload_busifavor_coupon_codes`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``list_busifavor_coupon_codes`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        limit (int | Unset):
        offset (int | Unset):
        appid (str | Unset):
        status (ListBusifavorCouponCodesStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeList
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        limit=limit,
        offset=offset,
        appid=appid,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    appid: str | Unset = UNSET,
    status: ListBusifavorCouponCodesStatus | Unset = UNSET,
) -> Response[BusifavorCouponCodeList]:
    """查询预存code列表

    查询预存code列表 — pages through the codes uploaded to a `MERCHANT_UPLOAD` batch, with
    each code's state (`AVAILABLE` or `DISPATCHED`) and, once dispatched, the user it went
    to. Read-only; safe to repeat. It settles an unclear `upload_busifavor_coupon_codes`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``list_busifavor_coupon_codes`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        limit (int | Unset):
        offset (int | Unset):
        appid (str | Unset):
        status (ListBusifavorCouponCodesStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeList]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        limit=limit,
        offset=offset,
        appid=appid,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    appid: str | Unset = UNSET,
    status: ListBusifavorCouponCodesStatus | Unset = UNSET,
) -> BusifavorCouponCodeList:
    """查询预存code列表

    查询预存code列表 — pages through the codes uploaded to a `MERCHANT_UPLOAD` batch, with
    each code's state (`AVAILABLE` or `DISPATCHED`) and, once dispatched, the user it went
    to. Read-only; safe to repeat. It settles an unclear `upload_busifavor_coupon_codes`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``list_busifavor_coupon_codes`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        limit (int | Unset):
        offset (int | Unset):
        appid (str | Unset):
        status (ListBusifavorCouponCodesStatus | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeList
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        limit=limit,
        offset=offset,
        appid=appid,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
