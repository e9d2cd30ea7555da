# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_scheduled_deduct_pre_sign_app_response import PapayScheduledDeductPreSignAppResponse
from ...models.papay_scheduled_deduct_pre_sign_request import PapayScheduledDeductPreSignRequest
from ...types import Response

OPERATION_ID = "pre_sign_scheduled_deduct_app"


def _get_kwargs(
    *,
    body: PapayScheduledDeductPreSignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PapayScheduledDeductPreSignRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PapayScheduledDeductPreSignAppResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PapayScheduledDeductPreSignAppResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PapayScheduledDeductPreSignAppResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PapayScheduledDeductPreSignRequest,
) -> Response[PapayScheduledDeductPreSignAppResponse]:
    """App场景预约扣费类型签约的预签约

    Scheduled-deduction (预约扣费) contracts, App scene: the merchant's server registers the
    contract details and receives a `pre_entrustweb_id` (valid for about ten minutes). The app
    hands that ID to the WeChat OpenSDK, which shows WeChat Pay's signing page; where the
    answer names a signing mini program (`miniprogram_username` / `miniprogram_path`), the app
    may open that instead.

    - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
      scheduled-deduction plans; it sets the first deduction the user sees.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_contract_by_out_contract_code` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524934

    Operation: ``pre_sign_scheduled_deduct_app`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app)

    Args:
        body (PapayScheduledDeductPreSignRequest): 预约扣费类型签约的预签约请求 — scheduled-deduction pre-sign
            request (App, JSAPI and
            mini-program; H5 adds `jump_control`, see `PapayScheduledDeductPreSignH5Request`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PapayScheduledDeductPreSignAppResponse]
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
    body: PapayScheduledDeductPreSignRequest,
) -> PapayScheduledDeductPreSignAppResponse:
    """App场景预约扣费类型签约的预签约

    Scheduled-deduction (预约扣费) contracts, App scene: the merchant's server registers the
    contract details and receives a `pre_entrustweb_id` (valid for about ten minutes). The app
    hands that ID to the WeChat OpenSDK, which shows WeChat Pay's signing page; where the
    answer names a signing mini program (`miniprogram_username` / `miniprogram_path`), the app
    may open that instead.

    - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
      scheduled-deduction plans; it sets the first deduction the user sees.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_contract_by_out_contract_code` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524934

    Operation: ``pre_sign_scheduled_deduct_app`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app)

    Args:
        body (PapayScheduledDeductPreSignRequest): 预约扣费类型签约的预签约请求 — scheduled-deduction pre-sign
            request (App, JSAPI and
            mini-program; H5 adds `jump_control`, see `PapayScheduledDeductPreSignH5Request`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PapayScheduledDeductPreSignAppResponse
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
    body: PapayScheduledDeductPreSignRequest,
) -> Response[PapayScheduledDeductPreSignAppResponse]:
    """App场景预约扣费类型签约的预签约

    Scheduled-deduction (预约扣费) contracts, App scene: the merchant's server registers the
    contract details and receives a `pre_entrustweb_id` (valid for about ten minutes). The app
    hands that ID to the WeChat OpenSDK, which shows WeChat Pay's signing page; where the
    answer names a signing mini program (`miniprogram_username` / `miniprogram_path`), the app
    may open that instead.

    - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
      scheduled-deduction plans; it sets the first deduction the user sees.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_contract_by_out_contract_code` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524934

    Operation: ``pre_sign_scheduled_deduct_app`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app)

    Args:
        body (PapayScheduledDeductPreSignRequest): 预约扣费类型签约的预签约请求 — scheduled-deduction pre-sign
            request (App, JSAPI and
            mini-program; H5 adds `jump_control`, see `PapayScheduledDeductPreSignH5Request`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PapayScheduledDeductPreSignAppResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PapayScheduledDeductPreSignRequest,
) -> PapayScheduledDeductPreSignAppResponse:
    """App场景预约扣费类型签约的预签约

    Scheduled-deduction (预约扣费) contracts, App scene: the merchant's server registers the
    contract details and receives a `pre_entrustweb_id` (valid for about ten minutes). The app
    hands that ID to the WeChat OpenSDK, which shows WeChat Pay's signing page; where the
    answer names a signing mini program (`miniprogram_username` / `miniprogram_path`), the app
    may open that instead.

    - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
      scheduled-deduction plans; it sets the first deduction the user sees.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_contract_by_out_contract_code` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524934

    Operation: ``pre_sign_scheduled_deduct_app`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app)

    Args:
        body (PapayScheduledDeductPreSignRequest): 预约扣费类型签约的预签约请求 — scheduled-deduction pre-sign
            request (App, JSAPI and
            mini-program; H5 adds `jump_control`, see `PapayScheduledDeductPreSignH5Request`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PapayScheduledDeductPreSignAppResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
