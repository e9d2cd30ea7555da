# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pay_with_contract_app_request import PayWithContractAppRequest
from ...models.pay_with_contract_prepay_response import PayWithContractPrepayResponse
from ...types import Response

OPERATION_ID = "create_app_transaction_with_contract"


def _get_kwargs(
    *,
    body: PayWithContractAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/pay/transactions/app-with-contract",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayWithContractAppRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayWithContractPrepayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayWithContractPrepayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayWithContractPrepayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayWithContractAppRequest,
) -> Response[PayWithContractPrepayResponse]:
    """APP下单并签约

    APP下单并签约 — place an App order that also asks the user to sign an entrusted-deduction
    contract (支付中签约): when the app starts the payment, WeChat guides the user through the
    signing as part of paying. Returns `prepay_id`. `contract_info` names the plan, the
    merchant's contract code and the request serial.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
    - Not documented as idempotent. After an unclear outcome, query the order with
      `query_transaction_by_out_trade_no` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017019923

    Operation: ``create_app_transaction_with_contract`` (POST /v3/pay/transactions/app-with-contract)

    Args:
        body (PayWithContractAppRequest): APP下单并签约请求 — App order that signs a contract while
            paying.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayWithContractPrepayResponse]
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
    body: PayWithContractAppRequest,
) -> PayWithContractPrepayResponse:
    """APP下单并签约

    APP下单并签约 — place an App order that also asks the user to sign an entrusted-deduction
    contract (支付中签约): when the app starts the payment, WeChat guides the user through the
    signing as part of paying. Returns `prepay_id`. `contract_info` names the plan, the
    merchant's contract code and the request serial.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
    - Not documented as idempotent. After an unclear outcome, query the order with
      `query_transaction_by_out_trade_no` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017019923

    Operation: ``create_app_transaction_with_contract`` (POST /v3/pay/transactions/app-with-contract)

    Args:
        body (PayWithContractAppRequest): APP下单并签约请求 — App order that signs a contract while
            paying.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayWithContractPrepayResponse
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
    body: PayWithContractAppRequest,
) -> Response[PayWithContractPrepayResponse]:
    """APP下单并签约

    APP下单并签约 — place an App order that also asks the user to sign an entrusted-deduction
    contract (支付中签约): when the app starts the payment, WeChat guides the user through the
    signing as part of paying. Returns `prepay_id`. `contract_info` names the plan, the
    merchant's contract code and the request serial.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
    - Not documented as idempotent. After an unclear outcome, query the order with
      `query_transaction_by_out_trade_no` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017019923

    Operation: ``create_app_transaction_with_contract`` (POST /v3/pay/transactions/app-with-contract)

    Args:
        body (PayWithContractAppRequest): APP下单并签约请求 — App order that signs a contract while
            paying.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayWithContractPrepayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayWithContractAppRequest,
) -> PayWithContractPrepayResponse:
    """APP下单并签约

    APP下单并签约 — place an App order that also asks the user to sign an entrusted-deduction
    contract (支付中签约): when the app starts the payment, WeChat guides the user through the
    signing as part of paying. Returns `prepay_id`. `contract_info` names the plan, the
    merchant's contract code and the request serial.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
    - Not documented as idempotent. After an unclear outcome, query the order with
      `query_transaction_by_out_trade_no` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017019923

    Operation: ``create_app_transaction_with_contract`` (POST /v3/pay/transactions/app-with-contract)

    Args:
        body (PayWithContractAppRequest): APP下单并签约请求 — App order that signs a contract while
            paying.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayWithContractPrepayResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
