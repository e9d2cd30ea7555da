# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

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

    _kwargs["json"] = encode_body(body, OPERATION_ID, PapayHarmonyPreSignRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PapayHarmonyPreSignResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PapayHarmonyPreSignResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
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
    """代扣预签约

    Harmony / QR-code pre-sign (鸿蒙/扫码签约). The merchant registers the contract details
    first; WeChat Pay answers with what is needed to bring the user to its signing page. In the
    HarmonyOS app scene (`SIGN_SCENE_APP`) the app opens the signing mini program named by
    `mini_program_username` / `mini_program_path`; in the QR-code scene (`SIGN_SCENE_QRCODE`)
    the merchant renders `redirect_url` as a QR code for the user to scan. `device_info`
    carries facts about the user's device that WeChat Pay uses for risk control.

    - Use a fresh `out_contract_code` for every contract; the code is the merchant's key for
      the contract.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

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
    """代扣预签约

    Harmony / QR-code pre-sign (鸿蒙/扫码签约). The merchant registers the contract details
    first; WeChat Pay answers with what is needed to bring the user to its signing page. In the
    HarmonyOS app scene (`SIGN_SCENE_APP`) the app opens the signing mini program named by
    `mini_program_username` / `mini_program_path`; in the QR-code scene (`SIGN_SCENE_QRCODE`)
    the merchant renders `redirect_url` as a QR code for the user to scan. `device_info`
    carries facts about the user's device that WeChat Pay uses for risk control.

    - Use a fresh `out_contract_code` for every contract; the code is the merchant's key for
      the contract.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

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
    """代扣预签约

    Harmony / QR-code pre-sign (鸿蒙/扫码签约). The merchant registers the contract details
    first; WeChat Pay answers with what is needed to bring the user to its signing page. In the
    HarmonyOS app scene (`SIGN_SCENE_APP`) the app opens the signing mini program named by
    `mini_program_username` / `mini_program_path`; in the QR-code scene (`SIGN_SCENE_QRCODE`)
    the merchant renders `redirect_url` as a QR code for the user to scan. `device_info`
    carries facts about the user's device that WeChat Pay uses for risk control.

    - Use a fresh `out_contract_code` for every contract; the code is the merchant's key for
      the contract.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

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
    """代扣预签约

    Harmony / QR-code pre-sign (鸿蒙/扫码签约). The merchant registers the contract details
    first; WeChat Pay answers with what is needed to bring the user to its signing page. In the
    HarmonyOS app scene (`SIGN_SCENE_APP`) the app opens the signing mini program named by
    `mini_program_username` / `mini_program_path`; in the QR-code scene (`SIGN_SCENE_QRCODE`)
    the merchant renders `redirect_url` as a QR code for the user to scan. `device_info`
    carries facts about the user's device that WeChat Pay uses for risk control.

    - Use a fresh `out_contract_code` for every contract; the code is the merchant's key for
      the contract.
    - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
      resource: `PapayContractNotificationResource`).
    - No idempotency is documented. If the outcome is unclear, look the contract up with
      `query_harmony_contract` before pre-signing again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

    Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign)

    Args:
        body (PapayHarmonyPreSignRequest): 代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PapayHarmonyPreSignResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
