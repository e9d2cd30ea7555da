# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_plan_service_order import PayscorePlanServiceOrder
from ...models.payscore_plan_service_order_create_request import PayscorePlanServiceOrderCreateRequest
from ...types import Response

OPERATION_ID = "create_payscore_sign_plan_service_order"


def _get_kwargs(
    *,
    body: PayscorePlanServiceOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/sign-plan/serviceorder",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePlanServiceOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscorePlanServiceOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePlanServiceOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscorePlanServiceOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanServiceOrderCreateRequest,
) -> Response[PayscorePlanServiceOrder]:
    """创建用户的签约计划详情对应的服务订单

    创建用户的签约计划详情对应的服务订单 — opens the Pay Score service order for one item
    (`plan_detail_no`) of a user's signed plan (`sign_plan_id`). The order is an ordinary
    Pay Score service order: it is completed, cancelled and queried with the operations of
    the `payscore` tag, and its `out_order_no` is the `merchant_plan_detail_no` given for
    that item when the sign plan was created. The payment result goes to `notify_url`.

    - Not documented as idempotent. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no` = the item's `merchant_plan_detail_no`,
      plus `service_id` and `appid`), or read the item's `order_id` and state with
      `query_payscore_user_sign_plan`, before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489351

    Operation: ``create_payscore_sign_plan_service_order`` (POST /v3/payscore/sign-plan/serviceorder)

    Args:
        body (PayscorePlanServiceOrderCreateRequest): 创建签约计划服务订单请求 — the service order of one item
            of a signed plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlanServiceOrder]
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
    body: PayscorePlanServiceOrderCreateRequest,
) -> PayscorePlanServiceOrder:
    """创建用户的签约计划详情对应的服务订单

    创建用户的签约计划详情对应的服务订单 — opens the Pay Score service order for one item
    (`plan_detail_no`) of a user's signed plan (`sign_plan_id`). The order is an ordinary
    Pay Score service order: it is completed, cancelled and queried with the operations of
    the `payscore` tag, and its `out_order_no` is the `merchant_plan_detail_no` given for
    that item when the sign plan was created. The payment result goes to `notify_url`.

    - Not documented as idempotent. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no` = the item's `merchant_plan_detail_no`,
      plus `service_id` and `appid`), or read the item's `order_id` and state with
      `query_payscore_user_sign_plan`, before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489351

    Operation: ``create_payscore_sign_plan_service_order`` (POST /v3/payscore/sign-plan/serviceorder)

    Args:
        body (PayscorePlanServiceOrderCreateRequest): 创建签约计划服务订单请求 — the service order of one item
            of a signed plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlanServiceOrder
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
    body: PayscorePlanServiceOrderCreateRequest,
) -> Response[PayscorePlanServiceOrder]:
    """创建用户的签约计划详情对应的服务订单

    创建用户的签约计划详情对应的服务订单 — opens the Pay Score service order for one item
    (`plan_detail_no`) of a user's signed plan (`sign_plan_id`). The order is an ordinary
    Pay Score service order: it is completed, cancelled and queried with the operations of
    the `payscore` tag, and its `out_order_no` is the `merchant_plan_detail_no` given for
    that item when the sign plan was created. The payment result goes to `notify_url`.

    - Not documented as idempotent. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no` = the item's `merchant_plan_detail_no`,
      plus `service_id` and `appid`), or read the item's `order_id` and state with
      `query_payscore_user_sign_plan`, before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489351

    Operation: ``create_payscore_sign_plan_service_order`` (POST /v3/payscore/sign-plan/serviceorder)

    Args:
        body (PayscorePlanServiceOrderCreateRequest): 创建签约计划服务订单请求 — the service order of one item
            of a signed plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlanServiceOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanServiceOrderCreateRequest,
) -> PayscorePlanServiceOrder:
    """创建用户的签约计划详情对应的服务订单

    创建用户的签约计划详情对应的服务订单 — opens the Pay Score service order for one item
    (`plan_detail_no`) of a user's signed plan (`sign_plan_id`). The order is an ordinary
    Pay Score service order: it is completed, cancelled and queried with the operations of
    the `payscore` tag, and its `out_order_no` is the `merchant_plan_detail_no` given for
    that item when the sign plan was created. The payment result goes to `notify_url`.

    - Not documented as idempotent. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no` = the item's `merchant_plan_detail_no`,
      plus `service_id` and `appid`), or read the item's `order_id` and state with
      `query_payscore_user_sign_plan`, before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489351

    Operation: ``create_payscore_sign_plan_service_order`` (POST /v3/payscore/sign-plan/serviceorder)

    Args:
        body (PayscorePlanServiceOrderCreateRequest): 创建签约计划服务订单请求 — the service order of one item
            of a signed plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlanServiceOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
