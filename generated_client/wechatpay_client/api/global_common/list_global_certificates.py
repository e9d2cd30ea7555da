# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_certificate_list import GlobalCertificateList
from ...types import Response

OPERATION_ID = "list_global_certificates"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/certificates",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalCertificateList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalCertificateList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalCertificateList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GlobalCertificateList]:
    """获取平台证书列表

    获取平台证书列表 (跨境) — list the WeChat Pay platform certificates of the cross-border
    system that the merchant can currently use, so that certificates can be rotated
    without downtime. Each entry is encrypted with AEAD_AES_256_GCM under the merchant's
    APIv3 key (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and
    `associated_data` (`certificate`) gives the PEM certificate.

    - Cross-border merchants have their own certificates and APIv3 key, separate from the
      mainland system: the answers and notifications of the cross-border APIs are signed by
      the certificates listed here, not by those of `download_certificates`.
    - Refresh the list regularly and whenever an unknown `Wechatpay-Serial` appears.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013878

    Operation: ``list_global_certificates`` (GET /v3/global/certificates)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCertificateList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GlobalCertificateList:
    """获取平台证书列表

    获取平台证书列表 (跨境) — list the WeChat Pay platform certificates of the cross-border
    system that the merchant can currently use, so that certificates can be rotated
    without downtime. Each entry is encrypted with AEAD_AES_256_GCM under the merchant's
    APIv3 key (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and
    `associated_data` (`certificate`) gives the PEM certificate.

    - Cross-border merchants have their own certificates and APIv3 key, separate from the
      mainland system: the answers and notifications of the cross-border APIs are signed by
      the certificates listed here, not by those of `download_certificates`.
    - Refresh the list regularly and whenever an unknown `Wechatpay-Serial` appears.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013878

    Operation: ``list_global_certificates`` (GET /v3/global/certificates)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCertificateList
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GlobalCertificateList]:
    """获取平台证书列表

    获取平台证书列表 (跨境) — list the WeChat Pay platform certificates of the cross-border
    system that the merchant can currently use, so that certificates can be rotated
    without downtime. Each entry is encrypted with AEAD_AES_256_GCM under the merchant's
    APIv3 key (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and
    `associated_data` (`certificate`) gives the PEM certificate.

    - Cross-border merchants have their own certificates and APIv3 key, separate from the
      mainland system: the answers and notifications of the cross-border APIs are signed by
      the certificates listed here, not by those of `download_certificates`.
    - Refresh the list regularly and whenever an unknown `Wechatpay-Serial` appears.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013878

    Operation: ``list_global_certificates`` (GET /v3/global/certificates)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCertificateList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GlobalCertificateList:
    """获取平台证书列表

    获取平台证书列表 (跨境) — list the WeChat Pay platform certificates of the cross-border
    system that the merchant can currently use, so that certificates can be rotated
    without downtime. Each entry is encrypted with AEAD_AES_256_GCM under the merchant's
    APIv3 key (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and
    `associated_data` (`certificate`) gives the PEM certificate.

    - Cross-border merchants have their own certificates and APIv3 key, separate from the
      mainland system: the answers and notifications of the cross-border APIs are signed by
      the certificates listed here, not by those of `download_certificates`.
    - Refresh the list regularly and whenever an unknown `Wechatpay-Serial` appears.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013878

    Operation: ``list_global_certificates`` (GET /v3/global/certificates)

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCertificateList
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
