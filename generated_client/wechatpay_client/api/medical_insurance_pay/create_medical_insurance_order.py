# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.medical_insurance_order import MedicalInsuranceOrder
from ...models.medical_insurance_order_create_request import MedicalInsuranceOrderCreateRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_medical_insurance_order"


def _get_kwargs(
    *,
    body: MedicalInsuranceOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/med-ins/orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MedicalInsuranceOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MedicalInsuranceOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MedicalInsuranceOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MedicalInsuranceOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MedicalInsuranceOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MedicalInsuranceOrder]:
    """医保自费混合收款下单

    医保自费混合收款下单 — register with WeChat medical insurance an order that mixes the
    medical-insurance part (settled by the insurance bureau: `pay_order_id`, `pay_auth_no`,
    the `med_ins_*_fee` amounts) with the part the user pays with WeChat Pay (`prepay_id`,
    `wechat_pay_cash_fee`). `mix_pay_type` says which parts exist (`CASH_ONLY`,
    `INSURANCE_ONLY`, `CASH_AND_INSURANCE`). The user then pays once for both.

    - Do not settle the insurance order or the self-paid order separately before this call.
    - `payer.name` and `payer.id_digest` (and `relative.*` when paying for a relative) are
      sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `callback_url` receives `MEDICAL_INSURANCE.SUCCESS` (decrypted resource:
      `MedicalInsuranceNotificationResource`) when the mixed payment succeeds.
    - When the call gives no answer, look the order up with
      `query_medical_insurance_order_by_out_trade_no`; only if it does not exist, place it
      again (the documented way to recover).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781466

    Operation: ``create_medical_insurance_order`` (POST /v3/med-ins/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (MedicalInsuranceOrderCreateRequest): 医保自费混合收款下单请求 — mixed-order request.
            `sub_appid`, `sub_mchid`, `sub_openid`
            apply to institution (bank) mode only. Which amount and insurance fields are needed
            depends on `mix_pay_type` (insurance-only orders carry no WeChat Pay fields, cash-only
            orders carry no insurance fields).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MedicalInsuranceOrder]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MedicalInsuranceOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> MedicalInsuranceOrder:
    """医保自费混合收款下单

    医保自费混合收款下单 — register with WeChat medical insurance an order that mixes the
    medical-insurance part (settled by the insurance bureau: `pay_order_id`, `pay_auth_no`,
    the `med_ins_*_fee` amounts) with the part the user pays with WeChat Pay (`prepay_id`,
    `wechat_pay_cash_fee`). `mix_pay_type` says which parts exist (`CASH_ONLY`,
    `INSURANCE_ONLY`, `CASH_AND_INSURANCE`). The user then pays once for both.

    - Do not settle the insurance order or the self-paid order separately before this call.
    - `payer.name` and `payer.id_digest` (and `relative.*` when paying for a relative) are
      sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `callback_url` receives `MEDICAL_INSURANCE.SUCCESS` (decrypted resource:
      `MedicalInsuranceNotificationResource`) when the mixed payment succeeds.
    - When the call gives no answer, look the order up with
      `query_medical_insurance_order_by_out_trade_no`; only if it does not exist, place it
      again (the documented way to recover).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781466

    Operation: ``create_medical_insurance_order`` (POST /v3/med-ins/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (MedicalInsuranceOrderCreateRequest): 医保自费混合收款下单请求 — mixed-order request.
            `sub_appid`, `sub_mchid`, `sub_openid`
            apply to institution (bank) mode only. Which amount and insurance fields are needed
            depends on `mix_pay_type` (insurance-only orders carry no WeChat Pay fields, cash-only
            orders carry no insurance fields).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MedicalInsuranceOrder
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MedicalInsuranceOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[MedicalInsuranceOrder]:
    """医保自费混合收款下单

    医保自费混合收款下单 — register with WeChat medical insurance an order that mixes the
    medical-insurance part (settled by the insurance bureau: `pay_order_id`, `pay_auth_no`,
    the `med_ins_*_fee` amounts) with the part the user pays with WeChat Pay (`prepay_id`,
    `wechat_pay_cash_fee`). `mix_pay_type` says which parts exist (`CASH_ONLY`,
    `INSURANCE_ONLY`, `CASH_AND_INSURANCE`). The user then pays once for both.

    - Do not settle the insurance order or the self-paid order separately before this call.
    - `payer.name` and `payer.id_digest` (and `relative.*` when paying for a relative) are
      sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `callback_url` receives `MEDICAL_INSURANCE.SUCCESS` (decrypted resource:
      `MedicalInsuranceNotificationResource`) when the mixed payment succeeds.
    - When the call gives no answer, look the order up with
      `query_medical_insurance_order_by_out_trade_no`; only if it does not exist, place it
      again (the documented way to recover).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781466

    Operation: ``create_medical_insurance_order`` (POST /v3/med-ins/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (MedicalInsuranceOrderCreateRequest): 医保自费混合收款下单请求 — mixed-order request.
            `sub_appid`, `sub_mchid`, `sub_openid`
            apply to institution (bank) mode only. Which amount and insurance fields are needed
            depends on `mix_pay_type` (insurance-only orders carry no WeChat Pay fields, cash-only
            orders carry no insurance fields).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MedicalInsuranceOrder]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MedicalInsuranceOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> MedicalInsuranceOrder:
    """医保自费混合收款下单

    医保自费混合收款下单 — register with WeChat medical insurance an order that mixes the
    medical-insurance part (settled by the insurance bureau: `pay_order_id`, `pay_auth_no`,
    the `med_ins_*_fee` amounts) with the part the user pays with WeChat Pay (`prepay_id`,
    `wechat_pay_cash_fee`). `mix_pay_type` says which parts exist (`CASH_ONLY`,
    `INSURANCE_ONLY`, `CASH_AND_INSURANCE`). The user then pays once for both.

    - Do not settle the insurance order or the self-paid order separately before this call.
    - `payer.name` and `payer.id_digest` (and `relative.*` when paying for a relative) are
      sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `callback_url` receives `MEDICAL_INSURANCE.SUCCESS` (decrypted resource:
      `MedicalInsuranceNotificationResource`) when the mixed payment succeeds.
    - When the call gives no answer, look the order up with
      `query_medical_insurance_order_by_out_trade_no`; only if it does not exist, place it
      again (the documented way to recover).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781466

    Operation: ``create_medical_insurance_order`` (POST /v3/med-ins/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (MedicalInsuranceOrderCreateRequest): 医保自费混合收款下单请求 — mixed-order request.
            `sub_appid`, `sub_mchid`, `sub_openid`
            apply to institution (bank) mode only. Which amount and insurance fields are needed
            depends on `mix_pay_type` (insurance-only orders carry no WeChat Pay fields, cash-only
            orders carry no insurance fields).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MedicalInsuranceOrder
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
