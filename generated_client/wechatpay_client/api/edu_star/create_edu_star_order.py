# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_star_order import EduStarOrder
from ...models.edu_star_order_create_request import EduStarOrderCreateRequest
from ...types import Response

OPERATION_ID = "create_edu_star_order"


def _get_kwargs(
    *,
    body: EduStarOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/edu-star/orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, EduStarOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EduStarOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EduStarOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EduStarOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EduStarOrderCreateRequest,
) -> Response[EduStarOrder]:
    """创建核销订单

    创建核销订单 — records that a user used a student benefit (`right_id`) with the partner
    merchant, so that the 集星光 mini program shows the benefit as used. Identify the user by
    `wechat_openid` (under `appid`) or by `qq`.

    - Call it once the user's top-up or purchase is complete, and make sure a definite answer
      arrives: the docs ask partners to retry failed calls after a pause, otherwise the user
      sees a wrong benefit status in the mini program.
    - Not documented as idempotent. After a timeout or 5XX, list the user's redemption orders
      (`list_edu_star_orders`) and look for this `right_id` and `create_time` before sending
      again.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``create_edu_star_order`` (POST /v3/edu-star/orders)

    Args:
        body (EduStarOrderCreateRequest): 创建核销订单请求 — one benefit redemption. Send `wechat_openid`
            or `qq` to identify the
            user (neither is required by the schema, as in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduStarOrder]
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
    body: EduStarOrderCreateRequest,
) -> EduStarOrder:
    """创建核销订单

    创建核销订单 — records that a user used a student benefit (`right_id`) with the partner
    merchant, so that the 集星光 mini program shows the benefit as used. Identify the user by
    `wechat_openid` (under `appid`) or by `qq`.

    - Call it once the user's top-up or purchase is complete, and make sure a definite answer
      arrives: the docs ask partners to retry failed calls after a pause, otherwise the user
      sees a wrong benefit status in the mini program.
    - Not documented as idempotent. After a timeout or 5XX, list the user's redemption orders
      (`list_edu_star_orders`) and look for this `right_id` and `create_time` before sending
      again.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``create_edu_star_order`` (POST /v3/edu-star/orders)

    Args:
        body (EduStarOrderCreateRequest): 创建核销订单请求 — one benefit redemption. Send `wechat_openid`
            or `qq` to identify the
            user (neither is required by the schema, as in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduStarOrder
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
    body: EduStarOrderCreateRequest,
) -> Response[EduStarOrder]:
    """创建核销订单

    创建核销订单 — records that a user used a student benefit (`right_id`) with the partner
    merchant, so that the 集星光 mini program shows the benefit as used. Identify the user by
    `wechat_openid` (under `appid`) or by `qq`.

    - Call it once the user's top-up or purchase is complete, and make sure a definite answer
      arrives: the docs ask partners to retry failed calls after a pause, otherwise the user
      sees a wrong benefit status in the mini program.
    - Not documented as idempotent. After a timeout or 5XX, list the user's redemption orders
      (`list_edu_star_orders`) and look for this `right_id` and `create_time` before sending
      again.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``create_edu_star_order`` (POST /v3/edu-star/orders)

    Args:
        body (EduStarOrderCreateRequest): 创建核销订单请求 — one benefit redemption. Send `wechat_openid`
            or `qq` to identify the
            user (neither is required by the schema, as in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduStarOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EduStarOrderCreateRequest,
) -> EduStarOrder:
    """创建核销订单

    创建核销订单 — records that a user used a student benefit (`right_id`) with the partner
    merchant, so that the 集星光 mini program shows the benefit as used. Identify the user by
    `wechat_openid` (under `appid`) or by `qq`.

    - Call it once the user's top-up or purchase is complete, and make sure a definite answer
      arrives: the docs ask partners to retry failed calls after a pause, otherwise the user
      sees a wrong benefit status in the mini program.
    - Not documented as idempotent. After a timeout or 5XX, list the user's redemption orders
      (`list_edu_star_orders`) and look for this `right_id` and `create_time` before sending
      again.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``create_edu_star_order`` (POST /v3/edu-star/orders)

    Args:
        body (EduStarOrderCreateRequest): 创建核销订单请求 — one benefit redemption. Send `wechat_openid`
            or `qq` to identify the
            user (neither is required by the schema, as in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduStarOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
