# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_code_delete_response import BusifavorCouponCodeDeleteResponse
from ...types import UNSET, Response

OPERATION_ID = "delete_busifavor_coupon_code"


def _get_kwargs(
    stock_id: str,
    coupon_code: str,
    *,
    delete_request_no: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_request_no"] = delete_request_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}".format(
            stock_id=quote(str(stock_id), safe=""),
            coupon_code=quote(str(coupon_code), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusifavorCouponCodeDeleteResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponCodeDeleteResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponCodeDeleteResponse]:
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
    delete_request_no: str,
) -> Response[BusifavorCouponCodeDeleteResponse]:
    """删除预存code

    删除预存code — removes an uploaded code that has not been dispatched from a
    `MERCHANT_UPLOAD` batch. `delete_request_no` (query) identifies the request. The answer
    carries the batch and the deletion time.

    After an unclear outcome, look the code up with `query_busifavor_coupon_code`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``delete_busifavor_coupon_code`` (DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        delete_request_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeDeleteResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        delete_request_no=delete_request_no,
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
    delete_request_no: str,
) -> BusifavorCouponCodeDeleteResponse:
    """删除预存code

    删除预存code — removes an uploaded code that has not been dispatched from a
    `MERCHANT_UPLOAD` batch. `delete_request_no` (query) identifies the request. The answer
    carries the batch and the deletion time.

    After an unclear outcome, look the code up with `query_busifavor_coupon_code`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``delete_busifavor_coupon_code`` (DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        delete_request_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeDeleteResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        delete_request_no=delete_request_no,
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
    delete_request_no: str,
) -> Response[BusifavorCouponCodeDeleteResponse]:
    """删除预存code

    删除预存code — removes an uploaded code that has not been dispatched from a
    `MERCHANT_UPLOAD` batch. `delete_request_no` (query) identifies the request. The answer
    carries the batch and the deletion time.

    After an unclear outcome, look the code up with `query_busifavor_coupon_code`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``delete_busifavor_coupon_code`` (DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        delete_request_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponCodeDeleteResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        delete_request_no=delete_request_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
    delete_request_no: str,
) -> BusifavorCouponCodeDeleteResponse:
    """删除预存code

    删除预存code — removes an uploaded code that has not been dispatched from a
    `MERCHANT_UPLOAD` batch. `delete_request_no` (query) identifies the request. The answer
    carries the batch and the deletion time.

    After an unclear outcome, look the code up with `query_busifavor_coupon_code`.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``delete_busifavor_coupon_code`` (DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code})

    Args:
        stock_id (str):
        coupon_code (str):
        delete_request_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponCodeDeleteResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        coupon_code=coupon_code,
        delete_request_no=delete_request_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
