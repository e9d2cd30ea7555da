# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_harmony_pre_sign_request import PapayHarmonyPreSignRequest
from ...models.papay_harmony_pre_sign_response import PapayHarmonyPreSignResponse
from ...types import Response

OPERATION_ID = "pre_sign_harmony_contract"


def _get_kwargs(
    *,
    body: PapayHarmonyPreSignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/sign/contracts/pre-entrust-sign",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PapayHarmonyPreSignResponse:
    if response.status_code == 200:
        response_200 = PapayHarmonyPreSignResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PapayHarmonyPreSignResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PapayHarmonyPreSignRequest,
) -> Response[PapayHarmonyPreSignResponse]:
    """代扣预签约 (鸿蒙/扫码)

    代扣预签约 — pre-sign a deduction contract and get the parameters to send the user to
    WeChat Pay's signing page, for the HarmonyOS app scene (`SIGN_SCENE_APP`: open the signing
    mini program `mini_program_username` at `mini_program_path`) or the QR-code scene
    (`SIGN_SCENE_QRCODE`: show `redirect_url` as a QR code). `device_info` describes the user's
    device for risk control.

    - `out_contract_code` must be unique on the merchant side.
    - Outcome: `ENTRUST.SIGN` is sent to `contract_notify_url` (decrypted resource:
      `PapayContractNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        Response[PapayHarmonyPreSignResponse]
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
    body: PapayHarmonyPreSignRequest,
) -> PapayHarmonyPreSignResponse:
    """代扣预签约 (鸿蒙/扫码)

    代扣预签约 — pre-sign a deduction contract and get the parameters to send the user to
    WeChat Pay's signing page, for the HarmonyOS app scene (`SIGN_SCENE_APP`: open the signing
    mini program `mini_program_username` at `mini_program_path`) or the QR-code scene
    (`SIGN_SCENE_QRCODE`: show `redirect_url` as a QR code). `device_info` describes the user's
    device for risk control.

    - `out_contract_code` must be unique on the merchant side.
    - Outcome: `ENTRUST.SIGN` is sent to `contract_notify_url` (decrypted resource:
      `PapayContractNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        PapayHarmonyPreSignResponse
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
    body: PapayHarmonyPreSignRequest,
) -> Response[PapayHarmonyPreSignResponse]:
    """代扣预签约 (鸿蒙/扫码)

    代扣预签约 — pre-sign a deduction contract and get the parameters to send the user to
    WeChat Pay's signing page, for the HarmonyOS app scene (`SIGN_SCENE_APP`: open the signing
    mini program `mini_program_username` at `mini_program_path`) or the QR-code scene
    (`SIGN_SCENE_QRCODE`: show `redirect_url` as a QR code). `device_info` describes the user's
    device for risk control.

    - `out_contract_code` must be unique on the merchant side.
    - Outcome: `ENTRUST.SIGN` is sent to `contract_notify_url` (decrypted resource:
      `PapayContractNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        Response[PapayHarmonyPreSignResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PapayHarmonyPreSignRequest,
) -> PapayHarmonyPreSignResponse:
    """代扣预签约 (鸿蒙/扫码)

    代扣预签约 — pre-sign a deduction contract and get the parameters to send the user to
    WeChat Pay's signing page, for the HarmonyOS app scene (`SIGN_SCENE_APP`: open the signing
    mini program `mini_program_username` at `mini_program_path`) or the QR-code scene
    (`SIGN_SCENE_QRCODE`: show `redirect_url` as a QR code). `device_info` describes the user's
    device for risk control.

    - `out_contract_code` must be unique on the merchant side.
    - Outcome: `ENTRUST.SIGN` is sent to `contract_notify_url` (decrypted resource:
      `PapayContractNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        PapayHarmonyPreSignResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
