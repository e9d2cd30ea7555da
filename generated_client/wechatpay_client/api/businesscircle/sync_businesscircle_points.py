# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.businesscircle_points_sync_request import BusinesscirclePointsSyncRequest
from ...types import Response

OPERATION_ID = "sync_businesscircle_points"


def _get_kwargs(
    *,
    body: BusinesscirclePointsSyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/businesscircle/points/notify",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusinesscirclePointsSyncRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusinesscirclePointsSyncRequest,
) -> Response[None]:
    """商圈会员积分同步

    商圈会员积分同步 — answers a `MALL_TRANSACTION.SUCCESS` payment notification (see
    `BusinesscircleTransactionNotificationResource`): tells WeChat Pay whether the member
    earned points for that payment (`transaction_id`), how many, and optionally the new
    balance, or why no points were given. Only payments synced this way are watched for
    refunds, which then arrive as `MALL_REFUND.SUCCESS`. Success has no body (`204`).

    No API reads the synced points back. After a timeout or 5XX, send the same data for the
    same `transaction_id` again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534698

    Operation: ``sync_businesscircle_points`` (POST /v3/businesscircle/points/notify)

    Args:
        body (BusinesscirclePointsSyncRequest): 积分同步请求 — the points outcome of one mall payment.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusinesscirclePointsSyncRequest,
) -> Response[None]:
    """商圈会员积分同步

    商圈会员积分同步 — answers a `MALL_TRANSACTION.SUCCESS` payment notification (see
    `BusinesscircleTransactionNotificationResource`): tells WeChat Pay whether the member
    earned points for that payment (`transaction_id`), how many, and optionally the new
    balance, or why no points were given. Only payments synced this way are watched for
    refunds, which then arrive as `MALL_REFUND.SUCCESS`. Success has no body (`204`).

    No API reads the synced points back. After a timeout or 5XX, send the same data for the
    same `transaction_id` again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534698

    Operation: ``sync_businesscircle_points`` (POST /v3/businesscircle/points/notify)

    Args:
        body (BusinesscirclePointsSyncRequest): 积分同步请求 — the points outcome of one mall payment.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
