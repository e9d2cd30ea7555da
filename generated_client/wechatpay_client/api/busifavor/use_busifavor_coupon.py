# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_use_request import BusifavorCouponUseRequest
from ...models.busifavor_coupon_use_response import BusifavorCouponUseResponse
from ...types import Response

OPERATION_ID = "use_busifavor_coupon"


def _get_kwargs(
    *,
    body: BusifavorCouponUseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/coupons/use",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorCouponUseRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorCouponUseResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponUseResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponUseResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponUseRequest,
) -> Response[BusifavorCouponUseResponse]:
    """核销用户券

    核销用户券 — redeems one coupon in a user's WeChat card wallet once the user meets its
    threshold. `stock_id` is required for `MERCHANT_API` and `MERCHANT_UPLOAD` batches. The
    answer gives the user's OpenID under `appid` and the redemption time.

    Each call carries a unique `use_request_no`. After an unclear outcome, read the coupon
    with `query_busifavor_user_coupon`: a redeemed coupon shows `coupon_state: USED` and
    the `use_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465292

    Operation: ``use_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/use)

    Args:
        body (BusifavorCouponUseRequest): 核销用户券请求 — the coupon to redeem.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponUseResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponUseRequest,
) -> BusifavorCouponUseResponse:
    """核销用户券

    核销用户券 — redeems one coupon in a user's WeChat card wallet once the user meets its
    threshold. `stock_id` is required for `MERCHANT_API` and `MERCHANT_UPLOAD` batches. The
    answer gives the user's OpenID under `appid` and the redemption time.

    Each call carries a unique `use_request_no`. After an unclear outcome, read the coupon
    with `query_busifavor_user_coupon`: a redeemed coupon shows `coupon_state: USED` and
    the `use_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465292

    Operation: ``use_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/use)

    Args:
        body (BusifavorCouponUseRequest): 核销用户券请求 — the coupon to redeem.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponUseResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponUseRequest,
) -> Response[BusifavorCouponUseResponse]:
    """核销用户券

    核销用户券 — redeems one coupon in a user's WeChat card wallet once the user meets its
    threshold. `stock_id` is required for `MERCHANT_API` and `MERCHANT_UPLOAD` batches. The
    answer gives the user's OpenID under `appid` and the redemption time.

    Each call carries a unique `use_request_no`. After an unclear outcome, read the coupon
    with `query_busifavor_user_coupon`: a redeemed coupon shows `coupon_state: USED` and
    the `use_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465292

    Operation: ``use_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/use)

    Args:
        body (BusifavorCouponUseRequest): 核销用户券请求 — the coupon to redeem.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponUseResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponUseRequest,
) -> BusifavorCouponUseResponse:
    """核销用户券

    核销用户券 — redeems one coupon in a user's WeChat card wallet once the user meets its
    threshold. `stock_id` is required for `MERCHANT_API` and `MERCHANT_UPLOAD` batches. The
    answer gives the user's OpenID under `appid` and the redemption time.

    Each call carries a unique `use_request_no`. After an unclear outcome, read the coupon
    with `query_busifavor_user_coupon`: a redeemed coupon shows `coupon_state: USED` and
    the `use_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465292

    Operation: ``use_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/use)

    Args:
        body (BusifavorCouponUseRequest): 核销用户券请求 — the coupon to redeem.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponUseResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
