# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_bank_multi_activity_coupon import FavorBankMultiActivityCoupon
from ...types import UNSET, Response

OPERATION_ID = "query_favor_bank_multi_activity_coupon"


def _get_kwargs(
    openid: str,
    coupon_id: str,
    *,
    appid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}".format(
            openid=quote(str(openid), safe=""),
            coupon_id=quote(str(coupon_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorBankMultiActivityCoupon:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorBankMultiActivityCoupon)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorBankMultiActivityCoupon]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    coupon_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> Response[FavorBankMultiActivityCoupon]:
    """查询绑定多笔立减活动的代金券详情

    查询绑定多笔立减活动的代金券详情 — reads a coupon bound to a multi-use instant-discount
    activity: its state, validity, how many uses it allows, has left and has used, and the
    amounts already used. Direct merchants only. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569864

    Operation: ``query_favor_bank_multi_activity_coupon`` (GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id})

    Args:
        openid (str):
        coupon_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorBankMultiActivityCoupon]
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_id=coupon_id,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    coupon_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> FavorBankMultiActivityCoupon:
    """查询绑定多笔立减活动的代金券详情

    查询绑定多笔立减活动的代金券详情 — reads a coupon bound to a multi-use instant-discount
    activity: its state, validity, how many uses it allows, has left and has used, and the
    amounts already used. Direct merchants only. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569864

    Operation: ``query_favor_bank_multi_activity_coupon`` (GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id})

    Args:
        openid (str):
        coupon_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorBankMultiActivityCoupon
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_id=coupon_id,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    coupon_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> Response[FavorBankMultiActivityCoupon]:
    """查询绑定多笔立减活动的代金券详情

    查询绑定多笔立减活动的代金券详情 — reads a coupon bound to a multi-use instant-discount
    activity: its state, validity, how many uses it allows, has left and has used, and the
    amounts already used. Direct merchants only. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569864

    Operation: ``query_favor_bank_multi_activity_coupon`` (GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id})

    Args:
        openid (str):
        coupon_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorBankMultiActivityCoupon]
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_id=coupon_id,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    coupon_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> FavorBankMultiActivityCoupon:
    """查询绑定多笔立减活动的代金券详情

    查询绑定多笔立减活动的代金券详情 — reads a coupon bound to a multi-use instant-discount
    activity: its state, validity, how many uses it allows, has left and has used, and the
    amounts already used. Direct merchants only. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569864

    Operation: ``query_favor_bank_multi_activity_coupon`` (GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id})

    Args:
        openid (str):
        coupon_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorBankMultiActivityCoupon
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_id=coupon_id,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
