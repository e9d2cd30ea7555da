# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.power_bank_insurance_order import PowerBankInsuranceOrder
from ...models.power_bank_insurance_order_create_request import PowerBankInsuranceOrderCreateRequest
from ...types import Response

OPERATION_ID = "create_power_bank_insurance_order"


def _get_kwargs(
    *,
    body: PowerBankInsuranceOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/hire-power-bank/insurance-orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PowerBankInsuranceOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PowerBankInsuranceOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PowerBankInsuranceOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PowerBankInsuranceOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PowerBankInsuranceOrderCreateRequest,
) -> Response[PowerBankInsuranceOrder]:
    """创建保险订单

    创建保险订单 — creates the overnight-return insurance order for a user who rented a power
    bank. The answer is the order; its `order_receive_state` starts as `RECEIVING` until the
    insurer confirms, and every later change of that state is sent to `notify_url` as
    `HIRE_POWER_BANK.RECEIVE_INSURANCE` (see `PowerBankInsuranceOrderNotificationResource`).

    `out_order_no` must be unique per merchant. Not documented as idempotent: after a timeout
    or 5XX, read the order with `query_power_bank_insurance_order` before sending again.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html

    Operation: ``create_power_bank_insurance_order`` (POST /v3/hire-power-bank/insurance-orders)

    Args:
        body (PowerBankInsuranceOrderCreateRequest): 创建保险订单请求 — the user and the merchant's order
            number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PowerBankInsuranceOrder]
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
    body: PowerBankInsuranceOrderCreateRequest,
) -> PowerBankInsuranceOrder:
    """创建保险订单

    创建保险订单 — creates the overnight-return insurance order for a user who rented a power
    bank. The answer is the order; its `order_receive_state` starts as `RECEIVING` until the
    insurer confirms, and every later change of that state is sent to `notify_url` as
    `HIRE_POWER_BANK.RECEIVE_INSURANCE` (see `PowerBankInsuranceOrderNotificationResource`).

    `out_order_no` must be unique per merchant. Not documented as idempotent: after a timeout
    or 5XX, read the order with `query_power_bank_insurance_order` before sending again.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html

    Operation: ``create_power_bank_insurance_order`` (POST /v3/hire-power-bank/insurance-orders)

    Args:
        body (PowerBankInsuranceOrderCreateRequest): 创建保险订单请求 — the user and the merchant's order
            number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PowerBankInsuranceOrder
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
    body: PowerBankInsuranceOrderCreateRequest,
) -> Response[PowerBankInsuranceOrder]:
    """创建保险订单

    创建保险订单 — creates the overnight-return insurance order for a user who rented a power
    bank. The answer is the order; its `order_receive_state` starts as `RECEIVING` until the
    insurer confirms, and every later change of that state is sent to `notify_url` as
    `HIRE_POWER_BANK.RECEIVE_INSURANCE` (see `PowerBankInsuranceOrderNotificationResource`).

    `out_order_no` must be unique per merchant. Not documented as idempotent: after a timeout
    or 5XX, read the order with `query_power_bank_insurance_order` before sending again.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html

    Operation: ``create_power_bank_insurance_order`` (POST /v3/hire-power-bank/insurance-orders)

    Args:
        body (PowerBankInsuranceOrderCreateRequest): 创建保险订单请求 — the user and the merchant's order
            number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PowerBankInsuranceOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PowerBankInsuranceOrderCreateRequest,
) -> PowerBankInsuranceOrder:
    """创建保险订单

    创建保险订单 — creates the overnight-return insurance order for a user who rented a power
    bank. The answer is the order; its `order_receive_state` starts as `RECEIVING` until the
    insurer confirms, and every later change of that state is sent to `notify_url` as
    `HIRE_POWER_BANK.RECEIVE_INSURANCE` (see `PowerBankInsuranceOrderNotificationResource`).

    `out_order_no` must be unique per merchant. Not documented as idempotent: after a timeout
    or 5XX, read the order with `query_power_bank_insurance_order` before sending again.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html

    Operation: ``create_power_bank_insurance_order`` (POST /v3/hire-power-bank/insurance-orders)

    Args:
        body (PowerBankInsuranceOrderCreateRequest): 创建保险订单请求 — the user and the merchant's order
            number.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PowerBankInsuranceOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
