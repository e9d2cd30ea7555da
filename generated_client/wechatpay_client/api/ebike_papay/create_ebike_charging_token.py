# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebike_papay_charging_token_request import EbikePapayChargingTokenRequest
from ...models.ebike_papay_charging_token_response import EbikePapayChargingTokenResponse
from ...types import Response

OPERATION_ID = "create_ebike_charging_token"


def _get_kwargs(
    contract_id: str,
    *,
    body: EbikePapayChargingTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ebike/charge/contracts/{contract_id}/confirm".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, EbikePapayChargingTokenRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbikePapayChargingTokenResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EbikePapayChargingTokenResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EbikePapayChargingTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayChargingTokenRequest,
) -> Response[EbikePapayChargingTokenResponse]:
    """创建用户当次充电代扣凭证

    创建用户当次充电代扣凭证 — at the start of a charge, obtains the `charging_token` that the
    later deduction (`create_ebike_transaction`) must carry; WeChat Pay also sends the user a
    message confirming that charging has started.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml

    Operation: ``create_ebike_charging_token`` (POST /v3/ebike/charge/contracts/{contract_id}/confirm)

    Args:
        contract_id (str):
        body (EbikePapayChargingTokenRequest): 创建充电代扣凭证请求 — the charge that is starting.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayChargingTokenResponse]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayChargingTokenRequest,
) -> EbikePapayChargingTokenResponse:
    """创建用户当次充电代扣凭证

    创建用户当次充电代扣凭证 — at the start of a charge, obtains the `charging_token` that the
    later deduction (`create_ebike_transaction`) must carry; WeChat Pay also sends the user a
    message confirming that charging has started.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml

    Operation: ``create_ebike_charging_token`` (POST /v3/ebike/charge/contracts/{contract_id}/confirm)

    Args:
        contract_id (str):
        body (EbikePapayChargingTokenRequest): 创建充电代扣凭证请求 — the charge that is starting.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayChargingTokenResponse
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayChargingTokenRequest,
) -> Response[EbikePapayChargingTokenResponse]:
    """创建用户当次充电代扣凭证

    创建用户当次充电代扣凭证 — at the start of a charge, obtains the `charging_token` that the
    later deduction (`create_ebike_transaction`) must carry; WeChat Pay also sends the user a
    message confirming that charging has started.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml

    Operation: ``create_ebike_charging_token`` (POST /v3/ebike/charge/contracts/{contract_id}/confirm)

    Args:
        contract_id (str):
        body (EbikePapayChargingTokenRequest): 创建充电代扣凭证请求 — the charge that is starting.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayChargingTokenResponse]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayChargingTokenRequest,
) -> EbikePapayChargingTokenResponse:
    """创建用户当次充电代扣凭证

    创建用户当次充电代扣凭证 — at the start of a charge, obtains the `charging_token` that the
    later deduction (`create_ebike_transaction`) must carry; WeChat Pay also sends the user a
    message confirming that charging has started.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml

    Operation: ``create_ebike_charging_token`` (POST /v3/ebike/charge/contracts/{contract_id}/confirm)

    Args:
        contract_id (str):
        body (EbikePapayChargingTokenRequest): 创建充电代扣凭证请求 — the charge that is starting.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayChargingTokenResponse
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
