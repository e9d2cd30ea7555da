# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_code_upload_request import BusifavorCouponCodeUploadRequest
from ...models.busifavor_coupon_code_upload_response import BusifavorCouponCodeUploadResponse
from ...types import Response

OPERATION_ID = "upload_busifavor_coupon_codes"


def _get_kwargs(
    stock_id: str,
    *,
    body: BusifavorCouponCodeUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/stocks/{stock_id}/couponcodes".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorCouponCodeUploadRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusifavorCouponCodeUploadResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponCodeUploadResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponCodeUploadResponse]:
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
    body: BusifavorCouponCodeUploadRequest,
) -> Response[BusifavorCouponCodeUploadResponse]:
    """上传预存code

    上传预存code — adds merchant-defined codes to a `MERCHANT_UPLOAD` batch; WeChat Pay later
    hands them out at random as coupons are sent (the merchant cannot choose which). The
    answer splits the codes into newly added, already existing, duplicated in the request,
    and failed (with a reason per code).

    Re-uploading a code that already exists only lists it under `exist_codes`, so a resend
    with the same codes does not duplicate them; `list_busifavor_coupon_codes` shows what is
    stored after an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487038

    Operation: ``upload_busifavor_coupon_codes`` (POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        body (BusifavorCouponCodeUploadRequest): 上传预存code请求 — the codes to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeUploadResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponCodeUploadRequest,
) -> BusifavorCouponCodeUploadResponse:
    """上传预存code

    上传预存code — adds merchant-defined codes to a `MERCHANT_UPLOAD` batch; WeChat Pay later
    hands them out at random as coupons are sent (the merchant cannot choose which). The
    answer splits the codes into newly added, already existing, duplicated in the request,
    and failed (with a reason per code).

    Re-uploading a code that already exists only lists it under `exist_codes`, so a resend
    with the same codes does not duplicate them; `list_busifavor_coupon_codes` shows what is
    stored after an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487038

    Operation: ``upload_busifavor_coupon_codes`` (POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        body (BusifavorCouponCodeUploadRequest): 上传预存code请求 — the codes to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeUploadResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponCodeUploadRequest,
) -> Response[BusifavorCouponCodeUploadResponse]:
    """上传预存code

    上传预存code — adds merchant-defined codes to a `MERCHANT_UPLOAD` batch; WeChat Pay later
    hands them out at random as coupons are sent (the merchant cannot choose which). The
    answer splits the codes into newly added, already existing, duplicated in the request,
    and failed (with a reason per code).

    Re-uploading a code that already exists only lists it under `exist_codes`, so a resend
    with the same codes does not duplicate them; `list_busifavor_coupon_codes` shows what is
    stored after an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487038

    Operation: ``upload_busifavor_coupon_codes`` (POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        body (BusifavorCouponCodeUploadRequest): 上传预存code请求 — the codes to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeUploadResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponCodeUploadRequest,
) -> BusifavorCouponCodeUploadResponse:
    """上传预存code

    上传预存code — adds merchant-defined codes to a `MERCHANT_UPLOAD` batch; WeChat Pay later
    hands them out at random as coupons are sent (the merchant cannot choose which). The
    answer splits the codes into newly added, already existing, duplicated in the request,
    and failed (with a reason per code).

    Re-uploading a code that already exists only lists it under `exist_codes`, so a resend
    with the same codes does not duplicate them; `list_busifavor_coupon_codes` shows what is
    stored after an unclear outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487038

    Operation: ``upload_busifavor_coupon_codes`` (POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes)

    Args:
        stock_id (str):
        body (BusifavorCouponCodeUploadRequest): 上传预存code请求 — the codes to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeUploadResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
