# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_pre_sign_mini_program_request import InsurancePreSignMiniProgramRequest
from ...models.insurance_pre_sign_mini_program_response import InsurancePreSignMiniProgramResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "pre_sign_mini_program"


def _get_kwargs(
    *,
    body: InsurancePreSignMiniProgramRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsurancePreSignMiniProgramResponse:
    if response.status_code == 200:
        response_200 = InsurancePreSignMiniProgramResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsurancePreSignMiniProgramResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePreSignMiniProgramRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePreSignMiniProgramResponse]:
    """保险商户小程序预签约

    保险商户小程序预签约API — mini-program pre-sign. 商户可调用本接口预先指定签约及交易信息
    (交易信息可选填), 生成预签约会话及对应的预签约ID. The merchant fixes the contract (and,
    optionally, the first deduction) in advance and receives `pre_entrustweb_id`. The
    merchant's mini program then calls `wx.navigateToMiniProgram` with
    `appId = redirect_appid`, `path = redirect_path` and `pre_entrustweb_id` in `extraData`;
    no client-side signature is involved. The pre-sign result is valid for 10 minutes
    (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528950

    Operation: ``pre_sign_mini_program`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignMiniProgramRequest): 保险商户小程序预签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        Response[InsurancePreSignMiniProgramResponse]
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
    body: InsurancePreSignMiniProgramRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePreSignMiniProgramResponse:
    """保险商户小程序预签约

    保险商户小程序预签约API — mini-program pre-sign. 商户可调用本接口预先指定签约及交易信息
    (交易信息可选填), 生成预签约会话及对应的预签约ID. The merchant fixes the contract (and,
    optionally, the first deduction) in advance and receives `pre_entrustweb_id`. The
    merchant's mini program then calls `wx.navigateToMiniProgram` with
    `appId = redirect_appid`, `path = redirect_path` and `pre_entrustweb_id` in `extraData`;
    no client-side signature is involved. The pre-sign result is valid for 10 minutes
    (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528950

    Operation: ``pre_sign_mini_program`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignMiniProgramRequest): 保险商户小程序预签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        InsurancePreSignMiniProgramResponse
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
    body: InsurancePreSignMiniProgramRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePreSignMiniProgramResponse]:
    """保险商户小程序预签约

    保险商户小程序预签约API — mini-program pre-sign. 商户可调用本接口预先指定签约及交易信息
    (交易信息可选填), 生成预签约会话及对应的预签约ID. The merchant fixes the contract (and,
    optionally, the first deduction) in advance and receives `pre_entrustweb_id`. The
    merchant's mini program then calls `wx.navigateToMiniProgram` with
    `appId = redirect_appid`, `path = redirect_path` and `pre_entrustweb_id` in `extraData`;
    no client-side signature is involved. The pre-sign result is valid for 10 minutes
    (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528950

    Operation: ``pre_sign_mini_program`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignMiniProgramRequest): 保险商户小程序预签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        Response[InsurancePreSignMiniProgramResponse]
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
    body: InsurancePreSignMiniProgramRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePreSignMiniProgramResponse:
    """保险商户小程序预签约

    保险商户小程序预签约API — mini-program pre-sign. 商户可调用本接口预先指定签约及交易信息
    (交易信息可选填), 生成预签约会话及对应的预签约ID. The merchant fixes the contract (and,
    optionally, the first deduction) in advance and receives `pre_entrustweb_id`. The
    merchant's mini program then calls `wx.navigateToMiniProgram` with
    `appId = redirect_appid`, `path = redirect_path` and `pre_entrustweb_id` in `extraData`;
    no client-side signature is involved. The pre-sign result is valid for 10 minutes
    (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528950

    Operation: ``pre_sign_mini_program`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignMiniProgramRequest): 保险商户小程序预签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        InsurancePreSignMiniProgramResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
