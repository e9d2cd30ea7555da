# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``certificates`` tag: one method per operation of ``api/certificates/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.certificate_list_response import CertificateListResponse
    from ..models.download_certificates_algorithm_type import DownloadCertificatesAlgorithmType
    from ..types import Response, Unset


class CertificatesResource(SyncResource):
    """``certificates`` (typed results).

    平台证书 — WeChat Pay platform certificates (download the list of platform certificates,
    each AEAD-encrypted with the APIv3 key). Not available to merchants that only use the
    WeChat Pay public key. Path `/v3/certificates`.
    """

    __slots__ = ()

    def download_certificates(
        self, *, algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET
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

        Operation: ``download_certificates`` (GET /v3/certificates); function: ``api.certificates.download_certificates``.
        """
        from ..api.certificates import download_certificates as _op

        return self._invoker.call(_op.sync, algorithm_type=algorithm_type)


class AsyncCertificatesResource(AsyncResource):
    """``certificates`` (async, typed results).

    平台证书 — WeChat Pay platform certificates (download the list of platform certificates,
    each AEAD-encrypted with the APIv3 key). Not available to merchants that only use the
    WeChat Pay public key. Path `/v3/certificates`.
    """

    __slots__ = ()

    async def download_certificates(
        self, *, algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET
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

        Operation: ``download_certificates`` (GET /v3/certificates); function: ``api.certificates.download_certificates``.
        """
        from ..api.certificates import download_certificates as _op

        return await self._invoker.call(_op.asyncio, algorithm_type=algorithm_type)


class CertificatesResourceWithRawResponse(SyncResource):
    """``certificates`` (raw responses).

    平台证书 — WeChat Pay platform certificates (download the list of platform certificates,
    each AEAD-encrypted with the APIv3 key). Not available to merchants that only use the
    WeChat Pay public key. Path `/v3/certificates`.
    """

    __slots__ = ()

    def download_certificates(
        self, *, algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET
    ) -> Response[CertificateListResponse]:
        """``download_certificates`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载平台证书
        """
        from ..api.certificates import download_certificates as _op

        return self._invoker.call(_op.sync_detailed, algorithm_type=algorithm_type)


class AsyncCertificatesResourceWithRawResponse(AsyncResource):
    """``certificates`` (async, raw responses).

    平台证书 — WeChat Pay platform certificates (download the list of platform certificates,
    each AEAD-encrypted with the APIv3 key). Not available to merchants that only use the
    WeChat Pay public key. Path `/v3/certificates`.
    """

    __slots__ = ()

    async def download_certificates(
        self, *, algorithm_type: DownloadCertificatesAlgorithmType | Unset = UNSET
    ) -> Response[CertificateListResponse]:
        """``download_certificates`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载平台证书
        """
        from ..api.certificates import download_certificates as _op

        return await self._invoker.call(_op.asyncio_detailed, algorithm_type=algorithm_type)
