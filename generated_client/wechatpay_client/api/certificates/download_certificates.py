# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate_list_response import CertificateListResponse
from ...models.download_certificates_algorithm_type import (
    DownloadCertificatesAlgorithmType,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "download_certificates"


def _get_kwargs(
    *,
    algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_algorithm_type: str | Unset = UNSET
    if not isinstance(algorithm_type, Unset):
        json_algorithm_type = algorithm_type

    params["algorithm_type"] = json_algorithm_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/certificates",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CertificateListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, CertificateListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CertificateListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET,
) -> Response[CertificateListResponse]:
    """下载平台证书

    获取平台证书列表 — list the WeChat Pay platform certificates currently usable by the
    merchant. Each certificate is returned AEAD_AES_256_GCM-encrypted under the APIv3 key
    (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and `associated_data`
    (normally `certificate`) yields the PEM certificate.

    - A new certificate is listed about 24 hours before WeChat Pay starts using it; refresh
      the list periodically (the docs ask for under 12 hours) and on an unknown
      `Wechatpay-Serial`.
    - Merchants that only have the WeChat Pay public key (`PUB_KEY_ID_...`, the default for
      merchants created since about 2024-09) get an error here (`404 RESOURCE_NOT_EXISTS`
      in most reports; `500 SYSTEM_ERROR` in one SDK's notes).
    - The response is signed by one of the certificates it contains; the first download
      cannot be verified against a certificate the client does not have yet (trust rests on
      the APIv3-key encryption and TLS).
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551764

    Operation: ``download_certificates`` (GET /v3/certificates)

    Args:
        algorithm_type (DownloadCertificatesAlgorithmType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CertificateListResponse]
    """

    kwargs = _get_kwargs(
        algorithm_type=algorithm_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET,
) -> CertificateListResponse:
    """下载平台证书

    获取平台证书列表 — list the WeChat Pay platform certificates currently usable by the
    merchant. Each certificate is returned AEAD_AES_256_GCM-encrypted under the APIv3 key
    (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and `associated_data`
    (normally `certificate`) yields the PEM certificate.

    - A new certificate is listed about 24 hours before WeChat Pay starts using it; refresh
      the list periodically (the docs ask for under 12 hours) and on an unknown
      `Wechatpay-Serial`.
    - Merchants that only have the WeChat Pay public key (`PUB_KEY_ID_...`, the default for
      merchants created since about 2024-09) get an error here (`404 RESOURCE_NOT_EXISTS`
      in most reports; `500 SYSTEM_ERROR` in one SDK's notes).
    - The response is signed by one of the certificates it contains; the first download
      cannot be verified against a certificate the client does not have yet (trust rests on
      the APIv3-key encryption and TLS).
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551764

    Operation: ``download_certificates`` (GET /v3/certificates)

    Args:
        algorithm_type (DownloadCertificatesAlgorithmType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CertificateListResponse
    """

    kwargs = _get_kwargs(
        algorithm_type=algorithm_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET,
) -> Response[CertificateListResponse]:
    """下载平台证书

    获取平台证书列表 — list the WeChat Pay platform certificates currently usable by the
    merchant. Each certificate is returned AEAD_AES_256_GCM-encrypted under the APIv3 key
    (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and `associated_data`
    (normally `certificate`) yields the PEM certificate.

    - A new certificate is listed about 24 hours before WeChat Pay starts using it; refresh
      the list periodically (the docs ask for under 12 hours) and on an unknown
      `Wechatpay-Serial`.
    - Merchants that only have the WeChat Pay public key (`PUB_KEY_ID_...`, the default for
      merchants created since about 2024-09) get an error here (`404 RESOURCE_NOT_EXISTS`
      in most reports; `500 SYSTEM_ERROR` in one SDK's notes).
    - The response is signed by one of the certificates it contains; the first download
      cannot be verified against a certificate the client does not have yet (trust rests on
      the APIv3-key encryption and TLS).
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551764

    Operation: ``download_certificates`` (GET /v3/certificates)

    Args:
        algorithm_type (DownloadCertificatesAlgorithmType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CertificateListResponse]
    """

    kwargs = _get_kwargs(
        algorithm_type=algorithm_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET,
) -> CertificateListResponse:
    """下载平台证书

    获取平台证书列表 — list the WeChat Pay platform certificates currently usable by the
    merchant. Each certificate is returned AEAD_AES_256_GCM-encrypted under the APIv3 key
    (`encrypt_certificate`); decrypting `ciphertext` with `nonce` and `associated_data`
    (normally `certificate`) yields the PEM certificate.

    - A new certificate is listed about 24 hours before WeChat Pay starts using it; refresh
      the list periodically (the docs ask for under 12 hours) and on an unknown
      `Wechatpay-Serial`.
    - Merchants that only have the WeChat Pay public key (`PUB_KEY_ID_...`, the default for
      merchants created since about 2024-09) get an error here (`404 RESOURCE_NOT_EXISTS`
      in most reports; `500 SYSTEM_ERROR` in one SDK's notes).
    - The response is signed by one of the certificates it contains; the first download
      cannot be verified against a certificate the client does not have yet (trust rests on
      the APIv3-key encryption and TLS).
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551764

    Operation: ``download_certificates`` (GET /v3/certificates)

    Args:
        algorithm_type (DownloadCertificatesAlgorithmType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CertificateListResponse
    """

    kwargs = _get_kwargs(
        algorithm_type=algorithm_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
