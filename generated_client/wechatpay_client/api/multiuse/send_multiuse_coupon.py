# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.multiuse_coupon_send_request import MultiuseCouponSendRequest
from ...models.multiuse_coupon_send_response import MultiuseCouponSendResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "send_multiuse_coupon"


def _get_kwargs(
    openid: str,
    *,
    body: MultiuseCouponSendRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/multiuse/users/{openid}/coupons".format(
            openid=quote(str(openid), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MultiuseCouponSendRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MultiuseCouponSendResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MultiuseCouponSendResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MultiuseCouponSendResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: MultiuseCouponSendRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MultiuseCouponSendResponse]:
    """发放指定批次的消费金

    发放指定批次的消费金 — issues one 消费金 (consumption credit) of a batch created in the
    merchant platform to the user `openid` of `appid`. The user is identified by real name
    and ID card (`card_type: ID_CARD`); both are sensitive: pass plaintext, the SDK encrypts
    them and sets `Wechatpay-Serial`. `amount` (fen) sets the face value when the batch
    lets the merchant choose it.

    - The answer is the new `coupon_id`. When the user spends the credit, WeChat Pay sends
      `COUPON.USE` with `business_type: MULTIUSE` (see `MultiuseNotificationResource`).
    - `out_request_no` is the merchant's unique number for this issue. Issuing is not
      documented as idempotent, and no API looks a credit up by `out_request_no`: after an
      unclear outcome, list the user's 消费金 of the batch (the 代金券 family's
      `list_favor_user_coupons` with `business_type=MULTIUSE` and `stock_id`) or check the
      batch's send details (`query_multiuse_stock_send_flow_url`) before issuing again
      with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539766

    Operation: ``send_multiuse_coupon`` (POST /v3/multiuse/users/{openid}/coupons)

    Args:
        openid (str):
        wechatpay_serial (str | Unset):
        body (MultiuseCouponSendRequest): 发放消费金请求 — batch, request number, the user's identity
            (sensitive: plaintext in,
            encrypted by the SDK) and optionally the face value.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MultiuseCouponSendResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: MultiuseCouponSendRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> MultiuseCouponSendResponse:
    """发放指定批次的消费金

    发放指定批次的消费金 — issues one 消费金 (consumption credit) of a batch created in the
    merchant platform to the user `openid` of `appid`. The user is identified by real name
    and ID card (`card_type: ID_CARD`); both are sensitive: pass plaintext, the SDK encrypts
    them and sets `Wechatpay-Serial`. `amount` (fen) sets the face value when the batch
    lets the merchant choose it.

    - The answer is the new `coupon_id`. When the user spends the credit, WeChat Pay sends
      `COUPON.USE` with `business_type: MULTIUSE` (see `MultiuseNotificationResource`).
    - `out_request_no` is the merchant's unique number for this issue. Issuing is not
      documented as idempotent, and no API looks a credit up by `out_request_no`: after an
      unclear outcome, list the user's 消费金 of the batch (the 代金券 family's
      `list_favor_user_coupons` with `business_type=MULTIUSE` and `stock_id`) or check the
      batch's send details (`query_multiuse_stock_send_flow_url`) before issuing again
      with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539766

    Operation: ``send_multiuse_coupon`` (POST /v3/multiuse/users/{openid}/coupons)

    Args:
        openid (str):
        wechatpay_serial (str | Unset):
        body (MultiuseCouponSendRequest): 发放消费金请求 — batch, request number, the user's identity
            (sensitive: plaintext in,
            encrypted by the SDK) and optionally the face value.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MultiuseCouponSendResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: MultiuseCouponSendRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MultiuseCouponSendResponse]:
    """发放指定批次的消费金

    发放指定批次的消费金 — issues one 消费金 (consumption credit) of a batch created in the
    merchant platform to the user `openid` of `appid`. The user is identified by real name
    and ID card (`card_type: ID_CARD`); both are sensitive: pass plaintext, the SDK encrypts
    them and sets `Wechatpay-Serial`. `amount` (fen) sets the face value when the batch
    lets the merchant choose it.

    - The answer is the new `coupon_id`. When the user spends the credit, WeChat Pay sends
      `COUPON.USE` with `business_type: MULTIUSE` (see `MultiuseNotificationResource`).
    - `out_request_no` is the merchant's unique number for this issue. Issuing is not
      documented as idempotent, and no API looks a credit up by `out_request_no`: after an
      unclear outcome, list the user's 消费金 of the batch (the 代金券 family's
      `list_favor_user_coupons` with `business_type=MULTIUSE` and `stock_id`) or check the
      batch's send details (`query_multiuse_stock_send_flow_url`) before issuing again
      with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539766

    Operation: ``send_multiuse_coupon`` (POST /v3/multiuse/users/{openid}/coupons)

    Args:
        openid (str):
        wechatpay_serial (str | Unset):
        body (MultiuseCouponSendRequest): 发放消费金请求 — batch, request number, the user's identity
            (sensitive: plaintext in,
            encrypted by the SDK) and optionally the face value.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MultiuseCouponSendResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: MultiuseCouponSendRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> MultiuseCouponSendResponse:
    """发放指定批次的消费金

    发放指定批次的消费金 — issues one 消费金 (consumption credit) of a batch created in the
    merchant platform to the user `openid` of `appid`. The user is identified by real name
    and ID card (`card_type: ID_CARD`); both are sensitive: pass plaintext, the SDK encrypts
    them and sets `Wechatpay-Serial`. `amount` (fen) sets the face value when the batch
    lets the merchant choose it.

    - The answer is the new `coupon_id`. When the user spends the credit, WeChat Pay sends
      `COUPON.USE` with `business_type: MULTIUSE` (see `MultiuseNotificationResource`).
    - `out_request_no` is the merchant's unique number for this issue. Issuing is not
      documented as idempotent, and no API looks a credit up by `out_request_no`: after an
      unclear outcome, list the user's 消费金 of the batch (the 代金券 family's
      `list_favor_user_coupons` with `business_type=MULTIUSE` and `stock_id`) or check the
      batch's send details (`query_multiuse_stock_send_flow_url`) before issuing again
      with the same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539766

    Operation: ``send_multiuse_coupon`` (POST /v3/multiuse/users/{openid}/coupons)

    Args:
        openid (str):
        wechatpay_serial (str | Unset):
        body (MultiuseCouponSendRequest): 发放消费金请求 — batch, request number, the user's identity
            (sensitive: plaintext in,
            encrypted by the SDK) and optionally the face value.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MultiuseCouponSendResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
