# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``media`` tag: one method per operation of ``api/media/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.media_upload_request import MediaUploadRequest
    from ..models.media_upload_response import MediaUploadResponse
    from ..types import Response


class MediaResource(SyncResource):
    """``media`` (typed results).

    通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`
    that other APIs take as input. Paths under `/v3/merchant/media/`.
    """

    __slots__ = ()

    def upload_image(self, *, body: MediaUploadRequest) -> MediaUploadResponse:
        """图片上传

        文件上传API — upload an image (JPG, BMP, PNG, at most 5 MB) or a PDF (at most 7.5 MB)
        and receive a `media_id` for APIs that take one.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `sha256` is the
        lowercase hex SHA-256 of the file bytes) and `file` (the bytes, with their own content
        type and the same file name).

        **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
        body: the signed message is the usual five lines (method, path, timestamp, nonce,
        body) with the `meta` JSON as the body, and the `meta` part must carry exactly those
        bytes.

        The response is a normal signed JSON body. Not documented as idempotent; a resend
        creates no business state (at worst another `media_id` for the same bytes), but no
        query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/partner/4012760432

        Operation: ``upload_image`` (POST /v3/merchant/media/upload); function: ``api.media.upload_image``.
        """
        from ..api.media import upload_image as _op

        return self._invoker.call(_op.sync, body=body)

    def upload_video(self, *, body: MediaUploadRequest) -> MediaUploadResponse:
        """视频上传

        视频上传API — upload a video (avi, wmv, mpeg, mp4, mov, mkv, flv, f4v, m4v or rmvb; the
        file name must end in one of these, at most 5 MB per the current page) and receive a
        `media_id`. Note the path segment `video_upload` with an underscore.

        Same body and signing rule as `upload_image`: `multipart/form-data` with `meta` (JSON
        `{"filename", "sha256"}`, `Content-Type: application/json`) then `file`; the
        signature covers only the `meta` JSON, which must be sent byte-identical as the `meta`
        part.

        Not documented as idempotent; no query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/partner/4012761084

        Operation: ``upload_video`` (POST /v3/merchant/media/video_upload); function: ``api.media.upload_video``.
        """
        from ..api.media import upload_video as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncMediaResource(AsyncResource):
    """``media`` (async, typed results).

    通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`
    that other APIs take as input. Paths under `/v3/merchant/media/`.
    """

    __slots__ = ()

    async def upload_image(self, *, body: MediaUploadRequest) -> MediaUploadResponse:
        """图片上传

        文件上传API — upload an image (JPG, BMP, PNG, at most 5 MB) or a PDF (at most 7.5 MB)
        and receive a `media_id` for APIs that take one.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `sha256` is the
        lowercase hex SHA-256 of the file bytes) and `file` (the bytes, with their own content
        type and the same file name).

        **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
        body: the signed message is the usual five lines (method, path, timestamp, nonce,
        body) with the `meta` JSON as the body, and the `meta` part must carry exactly those
        bytes.

        The response is a normal signed JSON body. Not documented as idempotent; a resend
        creates no business state (at worst another `media_id` for the same bytes), but no
        query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/partner/4012760432

        Operation: ``upload_image`` (POST /v3/merchant/media/upload); function: ``api.media.upload_image``.
        """
        from ..api.media import upload_image as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def upload_video(self, *, body: MediaUploadRequest) -> MediaUploadResponse:
        """视频上传

        视频上传API — upload a video (avi, wmv, mpeg, mp4, mov, mkv, flv, f4v, m4v or rmvb; the
        file name must end in one of these, at most 5 MB per the current page) and receive a
        `media_id`. Note the path segment `video_upload` with an underscore.

        Same body and signing rule as `upload_image`: `multipart/form-data` with `meta` (JSON
        `{"filename", "sha256"}`, `Content-Type: application/json`) then `file`; the
        signature covers only the `meta` JSON, which must be sent byte-identical as the `meta`
        part.

        Not documented as idempotent; no query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/partner/4012761084

        Operation: ``upload_video`` (POST /v3/merchant/media/video_upload); function: ``api.media.upload_video``.
        """
        from ..api.media import upload_video as _op

        return await self._invoker.call(_op.asyncio, body=body)


class MediaResourceWithRawResponse(SyncResource):
    """``media`` (raw responses).

    通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`
    that other APIs take as input. Paths under `/v3/merchant/media/`.
    """

    __slots__ = ()

    def upload_image(self, *, body: MediaUploadRequest) -> Response[MediaUploadResponse]:
        """``upload_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片上传
        """
        from ..api.media import upload_image as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def upload_video(self, *, body: MediaUploadRequest) -> Response[MediaUploadResponse]:
        """``upload_video`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        视频上传
        """
        from ..api.media import upload_video as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncMediaResourceWithRawResponse(AsyncResource):
    """``media`` (async, raw responses).

    通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`
    that other APIs take as input. Paths under `/v3/merchant/media/`.
    """

    __slots__ = ()

    async def upload_image(self, *, body: MediaUploadRequest) -> Response[MediaUploadResponse]:
        """``upload_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片上传
        """
        from ..api.media import upload_image as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def upload_video(self, *, body: MediaUploadRequest) -> Response[MediaUploadResponse]:
        """``upload_video`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        视频上传
        """
        from ..api.media import upload_video as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
