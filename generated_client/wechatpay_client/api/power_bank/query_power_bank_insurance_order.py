# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.power_bank_insurance_order import PowerBankInsuranceOrder
from ...types import Response

OPERATION_ID = "query_power_bank_insurance_order"


def _get_kwargs(
    out_order_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/hire-power-bank/insurance-orders/{out_order_no}".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PowerBankInsuranceOrder]:
    """查询保险订单详情

    查询保险订单详情 — reads an insurance order by the merchant's `out_order_no`: its state,
    validity period and how many claims were made out of the maximum. It settles an unclear
    outcome of `create_power_bank_insurance_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html

    Operation: ``query_power_bank_insurance_order`` (GET /v3/hire-power-bank/insurance-orders/{out_order_no})

    Args:
        out_order_no (str):

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
        out_order_no=out_order_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> PowerBankInsuranceOrder:
    """查询保险订单详情

    查询保险订单详情 — reads an insurance order by the merchant's `out_order_no`: its state,
    validity period and how many claims were made out of the maximum. It settles an unclear
    outcome of `create_power_bank_insurance_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html

    Operation: ``query_power_bank_insurance_order`` (GET /v3/hire-power-bank/insurance-orders/{out_order_no})

    Args:
        out_order_no (str):

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
        out_order_no=out_order_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PowerBankInsuranceOrder]:
    """查询保险订单详情

    查询保险订单详情 — reads an insurance order by the merchant's `out_order_no`: its state,
    validity period and how many claims were made out of the maximum. It settles an unclear
    outcome of `create_power_bank_insurance_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html

    Operation: ``query_power_bank_insurance_order`` (GET /v3/hire-power-bank/insurance-orders/{out_order_no})

    Args:
        out_order_no (str):

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
        out_order_no=out_order_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> PowerBankInsuranceOrder:
    """查询保险订单详情

    查询保险订单详情 — reads an insurance order by the merchant's `out_order_no`: its state,
    validity period and how many claims were made out of the maximum. It settles an unclear
    outcome of `create_power_bank_insurance_order`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html

    Operation: ``query_power_bank_insurance_order`` (GET /v3/hire-power-bank/insurance-orders/{out_order_no})

    Args:
        out_order_no (str):

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
        out_order_no=out_order_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
