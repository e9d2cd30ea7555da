# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.industry_coupon_token import IndustryCouponToken
from ...models.industry_coupon_token_create_request import IndustryCouponTokenCreateRequest
from ...types import Response

OPERATION_ID = "create_industry_coupon_token"


def _get_kwargs(
    *,
    body: IndustryCouponTokenCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/industry-coupon/tokens",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, IndustryCouponTokenCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IndustryCouponToken:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, IndustryCouponToken)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IndustryCouponToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IndustryCouponTokenCreateRequest,
) -> Response[IndustryCouponToken]:
    """出行券切卡组件预下单

    出行券切卡组件预下单 — the step before opening the quick card-switch mini-program (快捷切卡
    小程序) for a user who has just received transit coupons (出行券): WeChat Pay returns a
    `token` (with its expiry time) that the merchant passes when it opens the component. The
    merchant that calls this must be the one that opens the component.

    - `coupon_list`: the coupons the user received in the last five minutes, all of one
      batch (`stock_id`), without repeated `coupon_id`s; `open_id` is the user's OpenID under
      the merchant's AppID.
    - No API looks a token up. A resend only issues another token for the same coupons, so an
      unclear outcome is settled by calling again and using the new token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553563

    Operation: ``create_industry_coupon_token`` (POST /v3/industry-coupon/tokens)

    Args:
        body (IndustryCouponTokenCreateRequest): 出行券切卡组件预下单请求 — the user and the coupons just
            received.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[IndustryCouponToken]
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
    body: IndustryCouponTokenCreateRequest,
) -> IndustryCouponToken:
    """出行券切卡组件预下单

    出行券切卡组件预下单 — the step before opening the quick card-switch mini-program (快捷切卡
    小程序) for a user who has just received transit coupons (出行券): WeChat Pay returns a
    `token` (with its expiry time) that the merchant passes when it opens the component. The
    merchant that calls this must be the one that opens the component.

    - `coupon_list`: the coupons the user received in the last five minutes, all of one
      batch (`stock_id`), without repeated `coupon_id`s; `open_id` is the user's OpenID under
      the merchant's AppID.
    - No API looks a token up. A resend only issues another token for the same coupons, so an
      unclear outcome is settled by calling again and using the new token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553563

    Operation: ``create_industry_coupon_token`` (POST /v3/industry-coupon/tokens)

    Args:
        body (IndustryCouponTokenCreateRequest): 出行券切卡组件预下单请求 — the user and the coupons just
            received.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        IndustryCouponToken
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
    body: IndustryCouponTokenCreateRequest,
) -> Response[IndustryCouponToken]:
    """出行券切卡组件预下单

    出行券切卡组件预下单 — the step before opening the quick card-switch mini-program (快捷切卡
    小程序) for a user who has just received transit coupons (出行券): WeChat Pay returns a
    `token` (with its expiry time) that the merchant passes when it opens the component. The
    merchant that calls this must be the one that opens the component.

    - `coupon_list`: the coupons the user received in the last five minutes, all of one
      batch (`stock_id`), without repeated `coupon_id`s; `open_id` is the user's OpenID under
      the merchant's AppID.
    - No API looks a token up. A resend only issues another token for the same coupons, so an
      unclear outcome is settled by calling again and using the new token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553563

    Operation: ``create_industry_coupon_token`` (POST /v3/industry-coupon/tokens)

    Args:
        body (IndustryCouponTokenCreateRequest): 出行券切卡组件预下单请求 — the user and the coupons just
            received.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[IndustryCouponToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IndustryCouponTokenCreateRequest,
) -> IndustryCouponToken:
    """出行券切卡组件预下单

    出行券切卡组件预下单 — the step before opening the quick card-switch mini-program (快捷切卡
    小程序) for a user who has just received transit coupons (出行券): WeChat Pay returns a
    `token` (with its expiry time) that the merchant passes when it opens the component. The
    merchant that calls this must be the one that opens the component.

    - `coupon_list`: the coupons the user received in the last five minutes, all of one
      batch (`stock_id`), without repeated `coupon_id`s; `open_id` is the user's OpenID under
      the merchant's AppID.
    - No API looks a token up. A resend only issues another token for the same coupons, so an
      unclear outcome is settled by calling again and using the new token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553563

    Operation: ``create_industry_coupon_token`` (POST /v3/industry-coupon/tokens)

    Args:
        body (IndustryCouponTokenCreateRequest): 出行券切卡组件预下单请求 — the user and the coupons just
            received.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        IndustryCouponToken
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
