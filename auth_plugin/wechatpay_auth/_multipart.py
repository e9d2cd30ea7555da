"""Media uploads (protocol.md section 7): what the signature covers, and checks before sending.

A WeChat Pay upload is ``multipart/form-data`` with two parts, in this order:

1. ``meta``: ``Content-Type: application/json``, the JSON ``{"filename": ..., "sha256": ...}``;
2. ``file``: the bytes, with their own content type and file name.

The request signature covers **the meta part's bytes exactly as sent**, not the multipart body
(the signed message is ``POST\\n/v3/merchant/media/upload\\nTS\\nNONCE\\n<meta JSON>\\n``). The
auth flow therefore reads the multipart body it is about to send, finds the first part, and
signs its content byte for byte: nothing is re-serialised (pitfall P10). A multipart request
whose first part is not a JSON ``meta`` part is refused before anything is sent.

With request validation on, the auth flow also checks ``meta.sha256`` against the ``file``
part (lowercase hex SHA-256) and, for the two media endpoints, the file type and size limits
(:data:`IMAGE_UPLOAD_LIMITS`, :data:`VIDEO_UPLOAD_LIMITS`). :func:`build_media_upload`
builds the typed ``MediaUploadRequest`` with the digest computed and the same checks applied.
"""

from __future__ import annotations

import email.message
import hashlib
import io
import json
import mimetypes
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

from ._errors import ConfigurationError, RequestValidationError

if TYPE_CHECKING:
    from wechatpay_client.models.media_upload_request import (  # type: ignore[import-not-found,unused-ignore]
        MediaUploadRequest,
    )

__all__ = [
    "IMAGE_UPLOAD_LIMITS",
    "VIDEO_UPLOAD_LIMITS",
    "MultipartUpload",
    "build_media_upload",
    "check_upload",
    "multipart_boundary",
    "parse_upload",
    "upload_limits_for_path",
]

_MIB: Final = 1024 * 1024

#: ``/v3/merchant/media/upload``: JPG/BMP/PNG at most 5 MB, PDF at most 7.5 MB (protocol.md 7;
#: the operation's doc page). "MB" is read as MiB (5 * 1024 * 1024 bytes), like the sandbox.
IMAGE_UPLOAD_LIMITS: Final[Mapping[str, int]] = {
    **dict.fromkeys(("jpg", "jpeg", "bmp", "png"), 5 * _MIB),
    "pdf": 7 * _MIB + _MIB // 2,
}
#: ``/v3/merchant/media/video_upload``: avi, wmv, mpeg, mp4, mov, mkv, flv, f4v, m4v, rmvb;
#: at most 5 MB (the operation's doc page, https://pay.weixin.qq.com/doc/v3/partner/4012761084).
VIDEO_UPLOAD_LIMITS: Final[Mapping[str, int]] = dict.fromkeys(
    ("avi", "wmv", "mpeg", "mp4", "mov", "mkv", "flv", "f4v", "m4v", "rmvb"), 5 * _MIB
)

#: Path suffix -> limits by file extension (a base_url with a path prefix still matches).
_LIMITS_BY_PATH: Final[Mapping[str, Mapping[str, int]]] = {
    "/v3/merchant/media/upload": IMAGE_UPLOAD_LIMITS,
    "/v3/merchant/media/video_upload": VIDEO_UPLOAD_LIMITS,
}

#: Content types for the extensions above (``mimetypes`` does not know all of them everywhere).
_CONTENT_TYPES: Final[Mapping[str, str]] = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "bmp": "image/bmp",
    "png": "image/png",
    "pdf": "application/pdf",
    "avi": "video/x-msvideo",
    "wmv": "video/x-ms-wmv",
    "mpeg": "video/mpeg",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "mkv": "video/x-matroska",
    "flv": "video/x-flv",
    "f4v": "video/x-f4v",
    "m4v": "video/x-m4v",
    "rmvb": "application/vnd.rn-realmedia-vbr",
}

_SHA256_RE: Final = re.compile(r"[0-9a-f]{64}")
_HEADER_RE: Final = re.compile(rb"([!-9;-~]+):[ \t]*(.*?)[ \t]*")
_CRLF: Final = b"\r\n"


def multipart_boundary(content_type: str | None) -> str | None:
    """The boundary of a ``multipart/form-data`` Content-Type; None for any other media type.

    Raises :class:`RequestValidationError` for ``multipart/form-data`` without a usable boundary.
    """
    if not content_type or not content_type.lstrip()[:10].lower().startswith("multipart/"):
        return None  # the common case (JSON, no body), without building a header parser
    message = email.message.Message()
    message["Content-Type"] = content_type
    if message.get_content_type() != "multipart/form-data":
        return None
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary or len(boundary) > 200:
        raise RequestValidationError(
            "multipart/form-data request without a valid boundary parameter; nothing was sent", path="Content-Type"
        )
    return boundary


@dataclass(frozen=True, slots=True)
class _Part:
    name: str | None
    filename: str | None
    content_type: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class MultipartUpload:
    """An upload body as sent: the ``meta`` part's exact bytes (what is signed) and its JSON.

    ``file_*`` describe the second part when it is named ``file`` (offsets into ``body``, so
    that the file bytes are not copied).
    """

    meta: bytes
    document: Mapping[str, Any]
    body: bytes
    file_name: str | None
    file_content_type: str | None
    file_start: int
    file_end: int
    has_file: bool

    @property
    def file_size(self) -> int:
        return self.file_end - self.file_start

    def file_sha256(self) -> str:
        """Lowercase hex SHA-256 of the ``file`` part (no copy of the bytes)."""
        with memoryview(self.body) as view:
            return hashlib.sha256(view[self.file_start : self.file_end]).hexdigest()


def _invalid(message: str, path: str = "multipart") -> RequestValidationError:
    return RequestValidationError(f"{message}; nothing was sent", path=path)


def _parts(body: bytes, boundary: str) -> list[_Part]:
    """The parts of a multipart body (RFC 7578/2046), as offsets; strict about the framing."""
    delimiter = b"--" + boundary.encode("ascii", "strict")
    if body.startswith(delimiter):
        position = 0
    else:  # a preamble is allowed before the first delimiter
        position = body.find(_CRLF + delimiter)
        if position < 0:
            raise _invalid("malformed multipart body: the boundary of its Content-Type does not occur")
        position += 2
    separator = _CRLF + delimiter
    parts: list[_Part] = []
    while True:
        position += len(delimiter)
        if body.startswith(b"--", position):
            return parts
        if not body.startswith(_CRLF, position):
            raise _invalid("malformed multipart body: a boundary is not followed by CRLF")
        position += 2
        head_end = body.find(_CRLF + _CRLF, position)
        if body.startswith(_CRLF, position):  # a part without headers
            head_end, data_start = position, position + 2
        elif head_end < 0:
            raise _invalid("malformed multipart body: a part has no blank line after its headers")
        else:
            data_start = head_end + 4
        headers: dict[str, str] = {}
        for line in body[position:head_end].split(_CRLF) if head_end > position else ():
            found = _HEADER_RE.fullmatch(line)
            if found is None:
                raise _invalid("malformed multipart body: bad part header")
            headers[found[1].decode("ascii").lower()] = found[2].decode("utf-8", "replace")
        data_end = body.find(separator, data_start)
        if data_end < 0:
            raise _invalid("malformed multipart body: the closing boundary is missing")
        disposition = email.message.Message()
        disposition["Content-Disposition"] = headers.get("content-disposition", "")
        name = disposition.get_param("name", header="Content-Disposition")
        filename = disposition.get_param("filename", header="Content-Disposition")
        parts.append(
            _Part(
                name=name if isinstance(name, str) else None,
                filename=filename if isinstance(filename, str) else None,
                content_type=headers.get("content-type"),
                start=data_start,
                end=data_end,
            )
        )
        position = data_end + 2


def parse_upload(body: bytes, boundary: str) -> MultipartUpload:
    """Find the ``meta`` part of an upload body; :class:`RequestValidationError` if it is not valid.

    The first part must be named ``meta``, have ``Content-Type: application/json`` and hold a
    JSON object (UTF-8). Its bytes are returned unchanged: they are what the signature covers.
    """
    parts = _parts(body, boundary)
    if not parts:
        raise _invalid("multipart body without parts: the first part must be the JSON 'meta' part", "$.meta")
    first = parts[0]
    if first.name != "meta":
        raise _invalid(
            f"the first multipart part must be 'meta' (got {first.name!r}): WeChat Pay signs the meta JSON, "
            "which must come first (protocol.md 7)",
            "$.meta",
        )
    media_type = (first.content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise _invalid("the 'meta' part must have Content-Type: application/json", "$.meta")
    meta = body[first.start : first.end]
    try:
        document = json.loads(meta.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _invalid("the 'meta' part is not UTF-8 JSON", "$.meta") from None
    if not isinstance(document, dict):
        raise _invalid("the 'meta' part must be a JSON object", "$.meta")
    file_part = parts[1] if len(parts) > 1 and parts[1].name == "file" else None
    return MultipartUpload(
        meta=meta,
        document=document,
        body=body,
        file_name=file_part.filename if file_part else None,
        file_content_type=file_part.content_type if file_part else None,
        file_start=file_part.start if file_part else 0,
        file_end=file_part.end if file_part else 0,
        has_file=file_part is not None,
    )


def upload_limits_for_path(path: str) -> Mapping[str, int] | None:
    """The size limits by extension for a media upload path (None: not a known media endpoint)."""
    for suffix, limits in _LIMITS_BY_PATH.items():
        if path == suffix or path.endswith(suffix):
            return limits
    return None


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def _check_size(filename: str, size: int, limits: Mapping[str, int], *, path: str) -> None:
    extension = _extension(filename)
    limit = limits.get(extension)
    if limit is None:
        allowed = ", ".join(sorted(limits))
        raise _invalid(f"the file name must end in one of: {allowed}", path)
    if size == 0:
        raise _invalid("the file is empty", "$.file")
    if size > limit:
        raise _invalid(f"a .{extension} file may have at most {limit} bytes (got {size})", "$.file")


def check_upload(upload: MultipartUpload, *, path: str) -> None:
    """Request validation of an upload: ``meta`` fields, ``sha256`` against the file, limits.

    ``path`` is the request path; the size limits apply to the known media endpoints only.
    """
    document = upload.document
    limits = upload_limits_for_path(path)
    if limits is not None or "sha256" in document:
        if not upload.has_file:
            raise _invalid("the second multipart part must be 'file'", "$.file")
        sha256 = document.get("sha256")
        if not isinstance(sha256, str) or _SHA256_RE.fullmatch(sha256) is None:
            raise _invalid("meta.sha256 must be the lowercase hex SHA-256 of the file (64 characters)", "$.meta.sha256")
        if sha256 != upload.file_sha256():
            raise _invalid("meta.sha256 is not the SHA-256 of the 'file' part", "$.meta.sha256")
    if limits is not None:
        filename = document.get("filename")
        if not isinstance(filename, str) or not filename:
            raise _invalid("meta.filename is required", "$.meta.filename")
        _check_size(filename, upload.file_size, limits, path="$.meta.filename")


def _check_filename(filename: object) -> str:
    if not isinstance(filename, str) or not filename.strip():
        raise RequestValidationError("filename must be a non-empty string", path="filename")
    if any(ord(c) < 0x20 or c in '"\\/\x7f' for c in filename):
        raise RequestValidationError(
            "filename must be a plain file name (no path, quotes or control characters)", path="filename"
        )
    return filename


def build_media_upload(
    file_bytes: bytes,
    filename: str,
    content_type: str | None = None,
    *,
    kind: Literal["image", "video"] | None = None,
) -> MediaUploadRequest:
    """The typed body of ``upload_image`` / ``upload_video``, with ``meta.sha256`` computed.

    ``kind``: ``"image"`` (JPG/JPEG/BMP/PNG at most 5 MB, PDF at most 7.5 MB) or ``"video"``
    (avi, wmv, mpeg, mp4, mov, mkv, flv, f4v, m4v, rmvb; at most 5 MB); None picks it from the
    file name's extension. ``content_type`` defaults to the extension's type. Raises
    :class:`RequestValidationError` for an empty or too large file, an extension the endpoint
    does not take, or a file name with a path, quotes or control characters.

    Example::

        body = build_media_upload(Path("logo.png").read_bytes(), "logo.png")
        media_id = upload_image.sync(client=client, body=body).media_id
    """
    if not isinstance(file_bytes, bytes | bytearray | memoryview):
        raise RequestValidationError("file_bytes must be bytes", path="file_bytes")
    data = bytes(file_bytes)
    name = _check_filename(filename)
    extension = _extension(name)
    if kind is None:
        kind = "video" if extension in VIDEO_UPLOAD_LIMITS else "image"
    if kind not in ("image", "video"):
        raise RequestValidationError("kind must be 'image' or 'video'", path="kind")
    limits = VIDEO_UPLOAD_LIMITS if kind == "video" else IMAGE_UPLOAD_LIMITS
    if extension not in limits:
        allowed = ", ".join(sorted(limits))
        raise RequestValidationError(f"an {kind} upload's file name must end in one of: {allowed}", path="filename")
    _check_size(name, len(data), limits, path="filename")
    if content_type is None:
        content_type = _CONTENT_TYPES.get(extension) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    try:
        from wechatpay_client.models.media_upload_meta import (  # type: ignore[import-not-found,unused-ignore]
            MediaUploadMeta,
        )
        from wechatpay_client.models.media_upload_request import (  # type: ignore[import-not-found,unused-ignore]
            MediaUploadRequest,
        )
        from wechatpay_client.types import File  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:  # pragma: no cover - the generated client ships with this package
        raise ConfigurationError("build_media_upload needs the generated package wechatpay_client") from exc
    meta = MediaUploadMeta(filename=name, sha256=hashlib.sha256(data).hexdigest())
    request: MediaUploadRequest = MediaUploadRequest(
        meta=meta, file=File(payload=io.BytesIO(data), file_name=name, mime_type=content_type)
    )
    return request
