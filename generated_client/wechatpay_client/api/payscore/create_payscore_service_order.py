# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_service_order_create_request import PayscoreServiceOrderCreateRequest
from ...models.payscore_service_order_create_response import PayscoreServiceOrderCreateResponse
from ...types import Response

OPERATION_ID = "create_payscore_service_order"


def _get_kwargs(
    *,
    body: PayscoreServiceOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/serviceorder",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreServiceOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayscoreServiceOrderCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreServiceOrderCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreServiceOrderCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderCreateRequest,
) -> Response[PayscoreServiceOrderCreateResponse]:
    """创建支付分订单

    创建支付分订单 — opens a Pay Score service order when a user asks for a service
    (charging, renting, a hotel stay, ...). On success the order is in state `CREATED` and
    the answer carries `package`, which the merchant front end passes to the Pay Score mini
    program so that the user confirms the order (valid for one hour).

    - `service_id` is issued by WeChat Pay once the Pay Score product is approved; `appid`
      must be bound to the merchant, and the same `appid` must be used to complete or cancel
      the order later.
    - `risk_fund` states the deposit / pre-payment / estimated cost the user is spared;
      `post_payments` (at most 100) and `post_discounts` (at most 30) are shown to the user,
      with industry-specific fixed names.
    - When the user confirms, WeChat Pay sends `PAYSCORE.USER_CONFIRM` to `notify_url`
      (see `PayscoreServiceOrderNotificationResource`); after payment it sends
      `PAYSCORE.USER_PAID`.
    - The page says that a repeated call with identical parameters succeeds again; the spec
      still treats the call as unsafe. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no`, `service_id`, `appid`) and resend only
      with the same parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587900

    Operation: ``create_payscore_service_order`` (POST /v3/payscore/serviceorder)

    Args:
        body (PayscoreServiceOrderCreateRequest): 创建支付分订单请求 — a new Pay Score service order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrderCreateResponse]
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
    body: PayscoreServiceOrderCreateRequest,
) -> PayscoreServiceOrderCreateResponse:
    """创建支付分订单

    创建支付分订单 — opens a Pay Score service order when a user asks for a service
    (charging, renting, a hotel stay, ...). On success the order is in state `CREATED` and
    the answer carries `package`, which the merchant front end passes to the Pay Score mini
    program so that the user confirms the order (valid for one hour).

    - `service_id` is issued by WeChat Pay once the Pay Score product is approved; `appid`
      must be bound to the merchant, and the same `appid` must be used to complete or cancel
      the order later.
    - `risk_fund` states the deposit / pre-payment / estimated cost the user is spared;
      `post_payments` (at most 100) and `post_discounts` (at most 30) are shown to the user,
      with industry-specific fixed names.
    - When the user confirms, WeChat Pay sends `PAYSCORE.USER_CONFIRM` to `notify_url`
      (see `PayscoreServiceOrderNotificationResource`); after payment it sends
      `PAYSCORE.USER_PAID`.
    - The page says that a repeated call with identical parameters succeeds again; the spec
      still treats the call as unsafe. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no`, `service_id`, `appid`) and resend only
      with the same parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587900

    Operation: ``create_payscore_service_order`` (POST /v3/payscore/serviceorder)

    Args:
        body (PayscoreServiceOrderCreateRequest): 创建支付分订单请求 — a new Pay Score service order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrderCreateResponse
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
    body: PayscoreServiceOrderCreateRequest,
) -> Response[PayscoreServiceOrderCreateResponse]:
    """创建支付分订单

    创建支付分订单 — opens a Pay Score service order when a user asks for a service
    (charging, renting, a hotel stay, ...). On success the order is in state `CREATED` and
    the answer carries `package`, which the merchant front end passes to the Pay Score mini
    program so that the user confirms the order (valid for one hour).

    - `service_id` is issued by WeChat Pay once the Pay Score product is approved; `appid`
      must be bound to the merchant, and the same `appid` must be used to complete or cancel
      the order later.
    - `risk_fund` states the deposit / pre-payment / estimated cost the user is spared;
      `post_payments` (at most 100) and `post_discounts` (at most 30) are shown to the user,
      with industry-specific fixed names.
    - When the user confirms, WeChat Pay sends `PAYSCORE.USER_CONFIRM` to `notify_url`
      (see `PayscoreServiceOrderNotificationResource`); after payment it sends
      `PAYSCORE.USER_PAID`.
    - The page says that a repeated call with identical parameters succeeds again; the spec
      still treats the call as unsafe. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no`, `service_id`, `appid`) and resend only
      with the same parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587900

    Operation: ``create_payscore_service_order`` (POST /v3/payscore/serviceorder)

    Args:
        body (PayscoreServiceOrderCreateRequest): 创建支付分订单请求 — a new Pay Score service order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrderCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderCreateRequest,
) -> PayscoreServiceOrderCreateResponse:
    """创建支付分订单

    创建支付分订单 — opens a Pay Score service order when a user asks for a service
    (charging, renting, a hotel stay, ...). On success the order is in state `CREATED` and
    the answer carries `package`, which the merchant front end passes to the Pay Score mini
    program so that the user confirms the order (valid for one hour).

    - `service_id` is issued by WeChat Pay once the Pay Score product is approved; `appid`
      must be bound to the merchant, and the same `appid` must be used to complete or cancel
      the order later.
    - `risk_fund` states the deposit / pre-payment / estimated cost the user is spared;
      `post_payments` (at most 100) and `post_discounts` (at most 30) are shown to the user,
      with industry-specific fixed names.
    - When the user confirms, WeChat Pay sends `PAYSCORE.USER_CONFIRM` to `notify_url`
      (see `PayscoreServiceOrderNotificationResource`); after payment it sends
      `PAYSCORE.USER_PAID`.
    - The page says that a repeated call with identical parameters succeeds again; the spec
      still treats the call as unsafe. After a timeout or 5xx, look the order up with
      `query_payscore_service_order` (`out_order_no`, `service_id`, `appid`) and resend only
      with the same parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587900

    Operation: ``create_payscore_service_order`` (POST /v3/payscore/serviceorder)

    Args:
        body (PayscoreServiceOrderCreateRequest): 创建支付分订单请求 — a new Pay Score service order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrderCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
