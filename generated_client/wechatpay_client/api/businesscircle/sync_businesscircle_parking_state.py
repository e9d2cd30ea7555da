# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.businesscircle_parking_sync_request import BusinesscircleParkingSyncRequest
from ...types import Response

OPERATION_ID = "sync_businesscircle_parking_state"


def _get_kwargs(
    *,
    body: BusinesscircleParkingSyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/businesscircle/parkings",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusinesscircleParkingSyncRequest)
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
    body: BusinesscircleParkingSyncRequest,
) -> Response[None]:
    """商圈会员停车状态同步

    商圈会员停车状态同步 — tells WeChat Pay that a member's car entered (`IN`) or left (`OUT`)
    the mall's car park, with the time. WeChat Pay uses presence on site to award member
    points automatically for payments in the mall's shops. The caller must be the brand's
    main merchant (`brandid`), and `appid` must be bound to that brand. Success has no body
    (`204`).

    No API reads a parking state back. The call reports the latest state; after a timeout or
    5XX, send the same state and time again rather than a different one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535502

    Operation: ``sync_businesscircle_parking_state`` (POST /v3/businesscircle/parkings)

    Args:
        body (BusinesscircleParkingSyncRequest): 停车状态同步请求 — one parking event of a member.

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
    body: BusinesscircleParkingSyncRequest,
) -> Response[None]:
    """商圈会员停车状态同步

    商圈会员停车状态同步 — tells WeChat Pay that a member's car entered (`IN`) or left (`OUT`)
    the mall's car park, with the time. WeChat Pay uses presence on site to award member
    points automatically for payments in the mall's shops. The caller must be the brand's
    main merchant (`brandid`), and `appid` must be bound to that brand. Success has no body
    (`204`).

    No API reads a parking state back. The call reports the latest state; after a timeout or
    5XX, send the same state and time again rather than a different one.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535502

    Operation: ``sync_businesscircle_parking_state`` (POST /v3/businesscircle/parkings)

    Args:
        body (BusinesscircleParkingSyncRequest): 停车状态同步请求 — one parking event of a member.

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
