# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_pre_sign_h5_request import InsurancePreSignH5Request
from ...models.insurance_pre_sign_h5_response import InsurancePreSignH5Response
from ...types import UNSET, Response, Unset

OPERATION_ID = "pre_sign_h5"


def _get_kwargs(
    *,
    body: InsurancePreSignH5Request,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/insurance-sign/contracts/pre-entrust-sign/h5",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurancePreSignH5Response:
    if response.status_code == 200:
        response_200 = InsurancePreSignH5Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsurancePreSignH5Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePreSignH5Request,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePreSignH5Response]:
    """保险商户H5预签约

    保险商户H5预签约API — H5 pre-sign. The merchant fixes the contract (and, optionally, the
    first deduction) in advance and receives `redirect_url`; the user's mobile browser opens
    it and is taken to the signing page in the WeChat Pay client. The pre-sign result is
    valid for 10 minutes (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `jump_control.jump_appid` (跳转的应用AppID) exists on H5 only.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529050

    Operation: ``pre_sign_h5`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignH5Request): 保险商户H5预签约请求 — H5 pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        Response[InsurancePreSignH5Response]
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
    body: InsurancePreSignH5Request,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePreSignH5Response:
    """保险商户H5预签约

    保险商户H5预签约API — H5 pre-sign. The merchant fixes the contract (and, optionally, the
    first deduction) in advance and receives `redirect_url`; the user's mobile browser opens
    it and is taken to the signing page in the WeChat Pay client. The pre-sign result is
    valid for 10 minutes (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `jump_control.jump_appid` (跳转的应用AppID) exists on H5 only.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529050

    Operation: ``pre_sign_h5`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignH5Request): 保险商户H5预签约请求 — H5 pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        InsurancePreSignH5Response
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
    body: InsurancePreSignH5Request,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePreSignH5Response]:
    """保险商户H5预签约

    保险商户H5预签约API — H5 pre-sign. The merchant fixes the contract (and, optionally, the
    first deduction) in advance and receives `redirect_url`; the user's mobile browser opens
    it and is taken to the signing page in the WeChat Pay client. The pre-sign result is
    valid for 10 minutes (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `jump_control.jump_appid` (跳转的应用AppID) exists on H5 only.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529050

    Operation: ``pre_sign_h5`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignH5Request): 保险商户H5预签约请求 — H5 pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        Response[InsurancePreSignH5Response]
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
    body: InsurancePreSignH5Request,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePreSignH5Response:
    """保险商户H5预签约

    保险商户H5预签约API — H5 pre-sign. The merchant fixes the contract (and, optionally, the
    first deduction) in advance and receives `redirect_url`; the user's mobile browser opens
    it and is taken to the signing page in the WeChat Pay client. The pre-sign result is
    valid for 10 minutes (stated on the App and JSAPI pages; assumed here).

    - `out_contract_code` must be unique on the merchant side.
    - `jump_control.jump_appid` (跳转的应用AppID) exists on H5 only.
    - `real_identity` fields are encrypted by the SDK; `Wechatpay-Serial` is filled by it.
    - Outcome: `INSURANCE_ENTRUST.SIGN` is sent to `contract_notify_url`; if the trade block
      was sent, `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` is sent to
      `transaction_notify_url`.
    - Not documented as idempotent. After an unclear outcome, check with `query_contract`
      before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529050

    Operation: ``pre_sign_h5`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignH5Request): 保险商户H5预签约请求 — H5 pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        InsurancePreSignH5Response
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
