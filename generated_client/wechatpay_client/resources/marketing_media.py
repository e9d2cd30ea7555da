# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``marketing_media`` tag: one method per operation of ``api/marketing_media/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.marketing_media_upload_request import MarketingMediaUploadRequest
    from ..models.marketing_media_upload_response import MarketingMediaUploadResponse
    from ..types import Response


class MarketingMediaResource(SyncResource):
    """``marketing_media`` (typed results).

    运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image
    URL for the marketing APIs. Path `/v3/marketing/favor/media/image-upload`.
    """

    __slots__ = ()

    def upload_marketing_image(self, *, body: MarketingMediaUploadRequest) -> MarketingMediaUploadResponse:
        """图片上传（营销专用）

        图片上传（营销专用） — upload an image (JPG, BMP or PNG, at most 2 MB) and receive its
        `media_url`, a permanent URL that the marketing APIs take for logos and coupon pictures
        (e.g. `pattern_info.merchant_logo` and `coupon_image` of `create_favor_stock`, and the
        merchant-coupon and pay-gift APIs). It is not the general `upload_image`, which returns
        a `media_id`.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` ends in
        `.jpg`, `.bmp` or `.png`, `sha256` is the lowercase hex SHA-256 of the file bytes) and
        `file` (the bytes, with their own content type and the same file name).

        **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
        body; the `meta` part must carry exactly the signed bytes.

        Not documented as idempotent; a resend creates no business state (at worst another URL
        for the same picture), but no query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557233

        Operation: ``upload_marketing_image`` (POST /v3/marketing/favor/media/image-upload); function: ``api.marketing_media.upload_marketing_image``.
        """
        from ..api.marketing_media import upload_marketing_image as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncMarketingMediaResource(AsyncResource):
    """``marketing_media`` (async, typed results).

    运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image
    URL for the marketing APIs. Path `/v3/marketing/favor/media/image-upload`.
    """

    __slots__ = ()

    async def upload_marketing_image(self, *, body: MarketingMediaUploadRequest) -> MarketingMediaUploadResponse:
        """图片上传（营销专用）

        图片上传（营销专用） — upload an image (JPG, BMP or PNG, at most 2 MB) and receive its
        `media_url`, a permanent URL that the marketing APIs take for logos and coupon pictures
        (e.g. `pattern_info.merchant_logo` and `coupon_image` of `create_favor_stock`, and the
        merchant-coupon and pay-gift APIs). It is not the general `upload_image`, which returns
        a `media_id`.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` ends in
        `.jpg`, `.bmp` or `.png`, `sha256` is the lowercase hex SHA-256 of the file bytes) and
        `file` (the bytes, with their own content type and the same file name).

        **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
        body; the `meta` part must carry exactly the signed bytes.

        Not documented as idempotent; a resend creates no business state (at worst another URL
        for the same picture), but no query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557233

        Operation: ``upload_marketing_image`` (POST /v3/marketing/favor/media/image-upload); function: ``api.marketing_media.upload_marketing_image``.
        """
        from ..api.marketing_media import upload_marketing_image as _op

        return await self._invoker.call(_op.asyncio, body=body)


class MarketingMediaResourceWithRawResponse(SyncResource):
    """``marketing_media`` (raw responses).

    运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image
    URL for the marketing APIs. Path `/v3/marketing/favor/media/image-upload`.
    """

    __slots__ = ()

    def upload_marketing_image(self, *, body: MarketingMediaUploadRequest) -> Response[MarketingMediaUploadResponse]:
        """``upload_marketing_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片上传（营销专用）
        """
        from ..api.marketing_media import upload_marketing_image as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncMarketingMediaResourceWithRawResponse(AsyncResource):
    """``marketing_media`` (async, raw responses).

    运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image
    URL for the marketing APIs. Path `/v3/marketing/favor/media/image-upload`.
    """

    __slots__ = ()

    async def upload_marketing_image(
        self, *, body: MarketingMediaUploadRequest
    ) -> Response[MarketingMediaUploadResponse]:
        """``upload_marketing_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片上传（营销专用）
        """
        from ..api.marketing_media import upload_marketing_image as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
