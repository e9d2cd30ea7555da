"""``multipart/form-data`` uploads (``/v3/merchant/media/upload`` and the like, protocol.md 7).

The body has two parts, in this order: ``meta`` (``application/json``, ``{"filename", "sha256"}``)
and ``file`` (the bytes). The request signature covers the ``meta`` part's bytes exactly as sent,
not the multipart body. ``meta.sha256`` must be the lowercase hex SHA-256 of the file bytes; the
size limit depends on the extension of ``meta.filename`` (``UPLOAD_LIMITS``).
"""

from __future__ import annotations

import email.message
import hashlib
import re
from typing import Final

import attrs

from ._constants import UPLOAD_LIMITS, Code
from ._errors import SandboxError

_HEADER_RE = re.compile(rb"^([!-9;-~]+):[ \t]*(.*?)[ \t]*$")


@attrs.frozen
class Part:
    name: str | None
    filename: str | None
    content_type: str | None
    data: bytes = attrs.field(repr=False)


def _invalid(message: str) -> SandboxError:
    return SandboxError(400, Code.INVALID_REQUEST, message)


def boundary_of(content_type: str) -> str | None:
    message = email.message.Message()
    message["Content-Type"] = content_type
    if message.get_content_type() != "multipart/form-data":
        return None
    boundary = message.get_param("boundary")
    return boundary if isinstance(boundary, str) and boundary else None


def parse(body: bytes, content_type: str) -> list[Part]:
    """The parts of a ``multipart/form-data`` body (RFC 7578), in order; 400 INVALID_REQUEST if malformed."""
    boundary = boundary_of(content_type)
    if boundary is None:
        raise _invalid("Content-Type must be multipart/form-data with a boundary")
    delimiter = b"--" + boundary.encode("latin-1")
    if not body.startswith(delimiter):
        position = body.find(b"\r\n" + delimiter)
        if position < 0:
            raise _invalid("the multipart body does not contain its boundary")
        body = body[position + 2 :]
    chunks = body.split(b"\r\n" + delimiter)
    first = chunks[0][len(delimiter) :]
    chunks[0] = first
    parts: list[Part] = []
    closed = False
    for chunk in chunks:
        if chunk.startswith(b"--"):
            closed = True
            break
        if not chunk.startswith(b"\r\n"):
            raise _invalid("malformed multipart body: a boundary is not followed by CRLF")
        head, separator, data = chunk[2:].partition(b"\r\n\r\n")
        if not separator:
            if chunk[2:].startswith(b"\r\n"):  # a part without headers
                head, data = b"", chunk[4:]
            else:
                raise _invalid("malformed multipart body: a part has no blank line after its headers")
        headers: dict[str, str] = {}
        for line in head.split(b"\r\n") if head else []:
            found = _HEADER_RE.match(line)
            if found is None:
                raise _invalid("malformed multipart body: bad part header")
            headers[found[1].decode("latin-1").lower()] = found[2].decode("utf-8", "replace")
        disposition = email.message.Message()
        disposition["Content-Disposition"] = headers.get("content-disposition", "")
        name = disposition.get_param("name", header="Content-Disposition")
        filename = disposition.get_param("filename", header="Content-Disposition")
        parts.append(
            Part(
                name=name if isinstance(name, str) else None,
                filename=filename if isinstance(filename, str) else None,
                content_type=headers.get("content-type"),
                data=data,
            )
        )
    if not closed:
        raise _invalid("malformed multipart body: the closing boundary is missing")
    return parts


def meta_and_file(parts: list[Part]) -> tuple[Part, Part]:
    """The ``meta`` part (first, ``application/json``) and the ``file`` part (second)."""
    names = [p.name for p in parts]
    if len(parts) != 2 or names != ["meta", "file"]:
        raise _invalid(f"the multipart body must have exactly the parts meta then file, in this order (got {names})")
    meta, file = parts
    media_type = (meta.content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise _invalid("the meta part must have Content-Type: application/json")
    return meta, file


#: Uploads whose meta carries ``digest`` (e-fapiao files): the algorithms and the size limit.
DIGEST_ALGORITHMS: Final = {"SM3": "sm3"}
DIGEST_UPLOAD_LIMIT: Final = 2 * 1024 * 1024


def check_digest_file(meta: dict[str, object], data: bytes) -> None:
    """An upload whose meta names ``digest_alogrithm`` (sic, the wire spelling) and ``digest``."""
    if not data:
        raise SandboxError(
            400,
            Code.PARAM_ERROR,
            "parameter error: the file part is empty",
            {"field": "/file", "issue": "is empty", "location": "body"},
        )
    if len(data) > DIGEST_UPLOAD_LIMIT:
        raise SandboxError(
            400,
            Code.PARAM_ERROR,
            "parameter error: the file is larger than 2 MB",
            {"field": "/file", "issue": "is too large", "location": "body"},
        )
    name = DIGEST_ALGORITHMS.get(str(meta.get("digest_alogrithm", "")))
    if name is None:
        return  # the meta schema already limits the algorithm
    try:
        digest = hashlib.new(name, data).hexdigest()
    except ValueError:  # this OpenSSL has no SM3: the digest cannot be checked here
        return
    if str(meta.get("digest", "")).lower() != digest:
        raise SandboxError(
            400,
            Code.PARAM_ERROR,
            "parameter error: meta.digest is not the digest of the file part",
            {"field": "/meta/digest", "issue": "does not match the file", "location": "body"},
        )


def check_file(meta: dict[str, object], data: bytes) -> None:
    """``meta.sha256`` against the bytes, and the size limit of the file type; 400 PARAM_ERROR.

    An upload whose meta has ``digest`` instead of ``sha256`` (e-fapiao files) is checked by
    :func:`check_digest_file`.
    """
    if "sha256" not in meta and "digest" in meta:
        check_digest_file(meta, data)
        return
    digest = hashlib.sha256(data).hexdigest()
    given = meta.get("sha256")
    if given != digest:
        raise SandboxError(
            400,
            Code.PARAM_ERROR,
            "parameter error: meta.sha256 is not the lowercase hex SHA-256 of the file part",
            {"field": "/meta/sha256", "issue": "does not match the file", "location": "body"},
        )
    filename = str(meta.get("filename", ""))
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    limit = UPLOAD_LIMITS.get(extension)
    if limit is None:
        allowed = ", ".join(sorted(UPLOAD_LIMITS))
        raise SandboxError(
            400,
            Code.PARAM_ERROR,
            f"parameter error: meta.filename must end in one of: {allowed}",
            {"field": "/meta/filename", "issue": "unsupported file type", "location": "body"},
        )
    if not data:
        raise SandboxError(
            400,
            Code.PARAM_ERROR,
            "parameter error: the file part is empty",
            {"field": "/file", "issue": "is empty", "location": "body"},
        )
    if len(data) > limit:
        raise SandboxError(
            400,
            Code.PARAM_ERROR,
            f"parameter error: a .{extension} file may have at most {limit} bytes (got {len(data)})",
            {"field": "/file", "issue": f"is larger than {limit} bytes", "location": "body"},
        )
