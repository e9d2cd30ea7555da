# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.risk_trade_union_information_request import RiskTradeUnionInformationRequest
from ...models.risk_trade_union_information_response import RiskTradeUnionInformationResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "report_trade_union_information"


def _get_kwargs(
    *,
    body: RiskTradeUnionInformationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-risk-manage/report-trade-union-information",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, RiskTradeUnionInformationRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RiskTradeUnionInformationResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, RiskTradeUnionInformationResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RiskTradeUnionInformationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RiskTradeUnionInformationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[RiskTradeUnionInformationResponse]:
    """上报订单关联信息

    上报订单关联信息 — after an order is placed and before it is paid, send WeChat Pay what the
    merchant knows about the order and the user (device, delivery, goods category, the
    merchant's own risk rating, ...) so the payment step can apply risk control. Every field
    is optional; send what applies to the business scene (`scene`, `recharge_fields`,
    `living_expenses_fields`). For a combined order, report `combine_out_trade_no` with its
    `sub_orders`.

    - `phone` and `certificates_number` are sensitive: pass plaintext, the SDK encrypts them
      and sets `Wechatpay-Serial`.
    - No operation reads reported information back. The report only feeds risk control, so
      after an unclear outcome the same report may simply be sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529250

    Operation: ``report_trade_union_information`` (POST /v3/merchant-risk-manage/report-trade-union-information)

    Args:
        wechatpay_serial (str | Unset):
        body (RiskTradeUnionInformationRequest): 上报订单关联信息请求 — order information for risk control.
            No field is required by OA or
            IM. `sp_mchid`, `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers,
            institutions and channels only; direct merchants omit them. The numeric codes of
            `line_type`, `goods_type`, `seller_type`, `device_type`, `scene`, `risky_goods`,
            `offline_delivery_label`, `user_risk_level` and `sp_risk_level` are closed sets whose
            meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradeUnionInformationResponse]
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
    body: RiskTradeUnionInformationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> RiskTradeUnionInformationResponse:
    """上报订单关联信息

    上报订单关联信息 — after an order is placed and before it is paid, send WeChat Pay what the
    merchant knows about the order and the user (device, delivery, goods category, the
    merchant's own risk rating, ...) so the payment step can apply risk control. Every field
    is optional; send what applies to the business scene (`scene`, `recharge_fields`,
    `living_expenses_fields`). For a combined order, report `combine_out_trade_no` with its
    `sub_orders`.

    - `phone` and `certificates_number` are sensitive: pass plaintext, the SDK encrypts them
      and sets `Wechatpay-Serial`.
    - No operation reads reported information back. The report only feeds risk control, so
      after an unclear outcome the same report may simply be sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529250

    Operation: ``report_trade_union_information`` (POST /v3/merchant-risk-manage/report-trade-union-information)

    Args:
        wechatpay_serial (str | Unset):
        body (RiskTradeUnionInformationRequest): 上报订单关联信息请求 — order information for risk control.
            No field is required by OA or
            IM. `sp_mchid`, `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers,
            institutions and channels only; direct merchants omit them. The numeric codes of
            `line_type`, `goods_type`, `seller_type`, `device_type`, `scene`, `risky_goods`,
            `offline_delivery_label`, `user_risk_level` and `sp_risk_level` are closed sets whose
            meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradeUnionInformationResponse
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
    body: RiskTradeUnionInformationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[RiskTradeUnionInformationResponse]:
    """上报订单关联信息

    上报订单关联信息 — after an order is placed and before it is paid, send WeChat Pay what the
    merchant knows about the order and the user (device, delivery, goods category, the
    merchant's own risk rating, ...) so the payment step can apply risk control. Every field
    is optional; send what applies to the business scene (`scene`, `recharge_fields`,
    `living_expenses_fields`). For a combined order, report `combine_out_trade_no` with its
    `sub_orders`.

    - `phone` and `certificates_number` are sensitive: pass plaintext, the SDK encrypts them
      and sets `Wechatpay-Serial`.
    - No operation reads reported information back. The report only feeds risk control, so
      after an unclear outcome the same report may simply be sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529250

    Operation: ``report_trade_union_information`` (POST /v3/merchant-risk-manage/report-trade-union-information)

    Args:
        wechatpay_serial (str | Unset):
        body (RiskTradeUnionInformationRequest): 上报订单关联信息请求 — order information for risk control.
            No field is required by OA or
            IM. `sp_mchid`, `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers,
            institutions and channels only; direct merchants omit them. The numeric codes of
            `line_type`, `goods_type`, `seller_type`, `device_type`, `scene`, `risky_goods`,
            `offline_delivery_label`, `user_risk_level` and `sp_risk_level` are closed sets whose
            meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradeUnionInformationResponse]
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
    body: RiskTradeUnionInformationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> RiskTradeUnionInformationResponse:
    """上报订单关联信息

    上报订单关联信息 — after an order is placed and before it is paid, send WeChat Pay what the
    merchant knows about the order and the user (device, delivery, goods category, the
    merchant's own risk rating, ...) so the payment step can apply risk control. Every field
    is optional; send what applies to the business scene (`scene`, `recharge_fields`,
    `living_expenses_fields`). For a combined order, report `combine_out_trade_no` with its
    `sub_orders`.

    - `phone` and `certificates_number` are sensitive: pass plaintext, the SDK encrypts them
      and sets `Wechatpay-Serial`.
    - No operation reads reported information back. The report only feeds risk control, so
      after an unclear outcome the same report may simply be sent again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529250

    Operation: ``report_trade_union_information`` (POST /v3/merchant-risk-manage/report-trade-union-information)

    Args:
        wechatpay_serial (str | Unset):
        body (RiskTradeUnionInformationRequest): 上报订单关联信息请求 — order information for risk control.
            No field is required by OA or
            IM. `sp_mchid`, `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers,
            institutions and channels only; direct merchants omit them. The numeric codes of
            `line_type`, `goods_type`, `seller_type`, `device_type`, `scene`, `risky_goods`,
            `offline_delivery_label`, `user_risk_level` and `sp_risk_level` are closed sets whose
            meanings are given on the official page.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradeUnionInformationResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
