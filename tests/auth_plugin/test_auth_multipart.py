"""Multipart upload signing (protocol.md 7): the signature covers the ``meta`` part exactly as sent.

The fake server parses the multipart body itself (the stdlib ``email`` parser, not the SDK's)
and checks our Authorization with the merchant public key over the meta part's bytes.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import hashlib
import json
from typing import Any

import httpx
import pytest
from auth_testkit import BASE_URL, VECTORS, FakeOperation, FakeWeChatPay
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from wechatpay_auth import (
    IMAGE_UPLOAD_LIMITS,
    VIDEO_UPLOAD_LIMITS,
    ConfigurationError,
    RateLimitError,
    RequestValidationError,
    RetryPolicy,
    build_media_upload,
    create_client,
    request_options,
)
from wechatpay_client._metadata import get_operation
from wechatpay_client.api.media import upload_image, upload_video
from wechatpay_client.models.media_upload_meta import MediaUploadMeta
from wechatpay_client.models.media_upload_request import MediaUploadRequest
from wechatpay_client.models.media_upload_response import MediaUploadResponse

UPLOAD_PATH = "/v3/merchant/media/upload"
VIDEO_PATH = "/v3/merchant/media/video_upload"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
UPLOAD_EXT = {"wechatpay_operation_id": "upload_image"}


def parts_of(request: httpx.Request) -> list[tuple[str | None, str, bytes]]:
    """(name, content type, bytes) of each part, parsed by the stdlib email parser."""
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    return [
        (part.get_param("name", header="content-disposition"), part.get_content_type(), part.get_payload(decode=True))
        for part in message.iter_parts()
    ]


def signature_covers(request: httpx.Request, body: bytes, public_key: Any) -> bool:
    fields = dict(
        item.split("=", 1) for item in request.headers["Authorization"].split(" ", 1)[1].replace('"', "").split(",")
    )
    message = (
        f"{request.method}\n{request.url.raw_path.decode()}\n{fields['timestamp']}\n{fields['nonce_str']}\n".encode()
        + body
        + b"\n"
    )
    try:
        public_key.verify(base64.b64decode(fields["signature"]), message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def upload_files(meta: dict[str, Any] | bytes, data: bytes = PNG, filename: str = "a.png") -> list[Any]:
    raw = meta if isinstance(meta, bytes) else json.dumps(meta).encode()
    return [("meta", (None, raw, "application/json")), ("file", (filename, data, "image/png"))]


def good_meta(data: bytes = PNG, filename: str = "a.png") -> dict[str, str]:
    return {"filename": filename, "sha256": hashlib.sha256(data).hexdigest()}


@pytest.fixture
def uploads(fake: FakeWeChatPay, vectors: Any) -> list[httpx.Request]:
    """The fake answers uploads with a signed media_id and records each request."""
    seen: list[httpx.Request] = []

    def responder(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return fake.signed_response(200, b'{"media_id":"MEDIA-1"}')

    fake.responder = responder
    return seen


async def test_signature_covers_exactly_the_meta_part(send, make_auth, uploads, vectors) -> None:
    auth = make_auth(operations=get_operation)
    meta = json.dumps(good_meta()).encode()
    response = await send(auth, "POST", UPLOAD_PATH, files=upload_files(meta), extensions=UPLOAD_EXT)
    assert response.status_code == 200
    [request] = uploads
    [(name, ctype, sent_meta), (file_name, _, sent_file)] = parts_of(request)
    assert (name, ctype, sent_meta, file_name, sent_file) == ("meta", "application/json", meta, "file", PNG)
    assert signature_covers(request, meta, vectors.merchant_public_key)
    assert not signature_covers(request, request.content, vectors.merchant_public_key)


async def test_raw_multipart_call_is_signed_over_meta_too(send, make_auth, uploads, vectors) -> None:
    auth = make_auth(operations=get_operation)
    meta = b'{"filename":"a.png","sha256":"' + hashlib.sha256(PNG).hexdigest().encode() + b'"}'
    await send(auth, "POST", UPLOAD_PATH, files=upload_files(meta))
    assert signature_covers(uploads[0], meta, vectors.merchant_public_key)


async def test_known_answer_message_for_an_upload(make_auth, fake, clock, vectors) -> None:
    """Fixed clock and nonce: the signature equals one over POST/path/ts/nonce/<meta JSON>."""
    seen: list[httpx.Request] = []
    fake.responder = lambda request: (seen.append(request), fake.signed_response(200, b'{"media_id":"M"}'))[1]
    nonce = "593BEC0C930BF1AFEB40B4A08C8FB242"
    auth = make_auth(operations=get_operation, nonce_factory=lambda: nonce)
    meta = json.dumps(good_meta()).encode()
    with httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client:
        client.post(UPLOAD_PATH, files=upload_files(meta), extensions=UPLOAD_EXT)
    message = f"POST\n{UPLOAD_PATH}\n{int(clock())}\n{nonce}\n".encode() + meta + b"\n"
    expected = base64.b64encode(
        vectors.private_keys["merchant"].sign(message, padding.PKCS1v15(), hashes.SHA256())
    ).decode()
    assert f'signature="{expected}"' in seen[0].headers["Authorization"]


@pytest.mark.parametrize(
    ("files", "path"),
    [
        pytest.param([("file", ("a.png", PNG, "image/png")), ("meta", (None, b"{}", "application/json"))], "$.meta", id="meta-second"),
        pytest.param([("meta", (None, b'{"a":1}', "text/plain")), ("file", ("a.png", PNG, "image/png"))], "$.meta", id="meta-not-json-type"),
        pytest.param([("meta", (None, b"not json", "application/json"))], "$.meta", id="meta-not-json"),
        pytest.param([("meta", (None, b"[1,2]", "application/json"))], "$.meta", id="meta-not-object"),
        pytest.param([("meta", (None, b"\xff\xfe", "application/json"))], "$.meta", id="meta-not-utf8"),
    ],
)  # fmt: skip
async def test_multipart_without_a_valid_first_meta_part_is_refused(
    send, make_auth, fake, uploads, files: list[Any], path: str
) -> None:
    auth = make_auth(operations=get_operation)
    with pytest.raises(RequestValidationError) as caught:
        await send(auth, "POST", UPLOAD_PATH, files=files, extensions=UPLOAD_EXT)
    assert caught.value.path == path and "nothing was sent" in str(caught.value)
    assert caught.value.operation_id == "upload_image"
    assert fake.requests == [] and uploads == []


async def test_validation_off_still_requires_the_meta_part(send, make_auth, fake) -> None:
    auth = make_auth(operations=get_operation)
    with request_options(validate=False), pytest.raises(RequestValidationError):
        await send(auth, "POST", UPLOAD_PATH, files=[("file", ("a.png", PNG, "image/png"))])
    assert fake.requests == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"--b\r\nContent-Type: application/json\r\n\r\n{}", id="no-closing-boundary"),
        pytest.param(b"garbage", id="no-boundary-at-all"),
        pytest.param(b"--b\r\nbad header line\r\n\r\n{}\r\n--b--\r\n", id="bad-part-header"),
        pytest.param(b"--bX\r\n", id="boundary-not-followed-by-crlf"),
        pytest.param(b"--b--\r\n", id="no-parts"),
    ],
)
async def test_malformed_multipart_bodies_are_refused(send, make_auth, fake, body: bytes) -> None:
    auth = make_auth(operations=get_operation)
    with pytest.raises(RequestValidationError):
        await send(auth, "POST", UPLOAD_PATH, content=body, headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert fake.requests == []


async def test_multipart_without_boundary_is_refused(send, make_auth, fake) -> None:
    auth = make_auth(operations=get_operation)
    with pytest.raises(RequestValidationError) as caught:
        await send(auth, "POST", UPLOAD_PATH, content=b"x", headers={"Content-Type": "multipart/form-data"})
    assert caught.value.path == "Content-Type" and fake.requests == []


async def test_hand_built_body_with_preamble_and_quoted_boundary(send, make_auth, uploads, vectors) -> None:
    meta = json.dumps(good_meta()).encode()
    body = (
        b'preamble\r\n--a b\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n'
        + meta
        + b'\r\n--a b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n'
        + b"Content-Type: image/png\r\n\r\n"
        + PNG
        + b"\r\n--a b--\r\nepilogue"
    )
    auth = make_auth(operations=get_operation, validate_requests=True)
    headers = {"Content-Type": 'multipart/form-data; boundary="a b"'}
    await send(auth, "POST", UPLOAD_PATH, content=body, headers=headers, extensions=UPLOAD_EXT)
    assert signature_covers(uploads[0], meta, vectors.merchant_public_key)


# --------------------------------------------------------------------------- validation before sending


@pytest.mark.parametrize(
    ("meta", "data", "filename", "path"),
    [
        pytest.param({"filename": "a.png", "sha256": "0" * 64}, PNG, "a.png", "$.meta.sha256", id="sha256-mismatch"),
        pytest.param({"filename": "a.png", "sha256": hashlib.sha256(PNG).hexdigest().upper()}, PNG, "a.png",
                     "$.meta.sha256", id="sha256-uppercase"),
        pytest.param({"filename": "a.png"}, PNG, "a.png", "$.meta.sha256", id="sha256-missing"),
        pytest.param({"sha256": hashlib.sha256(PNG).hexdigest()}, PNG, "a.png", "$.meta.filename", id="no-filename"),
        pytest.param(good_meta(filename="a.gif"), PNG, "a.gif", "$.meta.filename", id="gif-not-allowed"),
        pytest.param(good_meta(b"", "a.png"), b"", "a.png", "$.file", id="empty-file"),
        pytest.param(good_meta(b"x" * (5 * 1024 * 1024 + 1)), b"x" * (5 * 1024 * 1024 + 1), "a.png", "$.file",
                     id="png-over-5MiB"),
    ],
)  # fmt: skip
async def test_upload_checks_before_sending(
    send, make_auth, fake, meta: dict[str, str], data: bytes, filename: str, path: str
) -> None:
    auth = make_auth(operations=get_operation, validate_requests=True)
    with pytest.raises(RequestValidationError) as caught:
        await send(auth, "POST", UPLOAD_PATH, files=upload_files(meta, data, filename), extensions=UPLOAD_EXT)
    assert caught.value.path == path
    assert fake.requests == []


async def test_limits_at_the_boundary_pass(send, make_auth, uploads) -> None:
    auth = make_auth(operations=get_operation, validate_requests=True)
    png = b"x" * (5 * 1024 * 1024)
    pdf = b"%" * (7 * 1024 * 1024 + 512 * 1024)
    await send(auth, "POST", UPLOAD_PATH, files=upload_files(good_meta(png), png), extensions=UPLOAD_EXT)
    await send(auth, "POST", UPLOAD_PATH, files=upload_files(good_meta(pdf, "a.pdf"), pdf, "a.pdf"))
    assert len(uploads) == 2


async def test_video_endpoint_takes_videos_only(send, make_auth, fake, uploads) -> None:
    auth = make_auth(operations=get_operation, validate_requests=True)
    ext = {"wechatpay_operation_id": "upload_video"}
    mp4 = b"\x00\x00\x00\x18ftypmp42" * 10
    await send(auth, "POST", VIDEO_PATH, files=upload_files(good_meta(mp4, "v.mp4"), mp4, "v.mp4"), extensions=ext)
    with pytest.raises(RequestValidationError) as caught:
        await send(auth, "POST", VIDEO_PATH, files=upload_files(good_meta(), PNG), extensions=ext)
    assert caught.value.path == "$.meta.filename" and "mp4" in str(caught.value)
    assert len(uploads) == 1


async def test_validation_off_lets_a_wrong_digest_through(send, make_auth, uploads, vectors) -> None:
    auth = make_auth(operations=get_operation, validate_requests=True)
    meta = json.dumps({"filename": "a.png", "sha256": "0" * 64}).encode()
    with request_options(validate=False):
        await send(auth, "POST", UPLOAD_PATH, files=upload_files(meta), extensions=UPLOAD_EXT)
    assert signature_covers(uploads[0], meta, vectors.merchant_public_key)


def test_multipart_operation_with_sensitive_fields_fails_closed(make_auth, fake) -> None:
    odd = FakeOperation("odd_upload", "media", "POST", UPLOAD_PATH, sensitive_request_fields=(("name",),))
    auth = make_auth(operations={"odd_upload": odd}.get)
    ext = {"wechatpay_operation_id": "odd_upload"}
    with (
        httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client,
        pytest.raises(ConfigurationError, match="multipart"),
    ):
        client.post(UPLOAD_PATH, files=upload_files(good_meta()), extensions=ext)
    assert fake.requests == []


# --------------------------------------------------------------------------- through create_client


def _client(fake: FakeWeChatPay, vectors: Any, **kwargs: Any) -> Any:
    return create_client(
        vectors.mchid,
        merchant_serial_no=vectors.merchant_serial,
        merchant_private_key=vectors.private_keys["merchant"],
        wechatpay_public_key_id=vectors.public_key_id,
        wechatpay_public_key=VECTORS / "wechatpay_public_key.pem",
        base_url=BASE_URL,
        transport=fake.transport,
        async_transport=fake.async_transport,
        **kwargs,
    )


async def test_typed_upload_with_the_helper_and_a_retry(mode_name, fake, vectors) -> None:
    """A connection refused before sending is retried; every attempt is re-signed over the same meta bytes.

    (A 429 is not: an upload is an unsafe operation, see test_a_429_on_an_upload_is_not_resent.)
    """
    seen: list[httpx.Request] = []

    def responder(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return fake.signed_response(200, b'{"media_id":"MEDIA-2"}')

    fake.responder = responder
    client = _client(fake, vectors, retry=RetryPolicy(max_retries=1, initial_delay=0.0, max_delay=0.0))
    body = build_media_upload(PNG, "logo.png")
    if mode_name == "sync":
        result = upload_image.sync(client=client, body=body)
    else:
        result = await upload_image.asyncio(client=client, body=body)
    assert isinstance(result, MediaUploadResponse) and result.media_id == "MEDIA-2"
    assert len(seen) == 2
    metas = [parts_of(r)[0][2] for r in seen]
    assert metas[0] == metas[1] == json.dumps(body.meta.to_dict()).encode()
    assert all(signature_covers(r, metas[0], vectors.merchant_public_key) for r in seen)
    assert seen[0].headers["Authorization"] != seen[1].headers["Authorization"]  # fresh nonce and signature


async def test_a_429_on_an_upload_is_not_resent(mode_name, fake, vectors) -> None:
    """Uploads are unsafe (x-wechatpay-retry: unsafe): after a 429 the outcome is unknown, nothing is resent."""
    seen: list[httpx.Request] = []

    def responder(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return fake.error_response(429, b'{"code":"RATELIMIT_EXCEEDED","message":"slow down"}')

    fake.responder = responder
    client = _client(fake, vectors, retry=RetryPolicy(max_retries=3, initial_delay=0.0, max_delay=0.0))
    body = build_media_upload(PNG, "logo.png")
    with pytest.raises(RateLimitError):
        if mode_name == "sync":
            upload_image.sync(client=client, body=body)
        else:
            await upload_image.asyncio(client=client, body=body)
    assert len(seen) == 1


@pytest.fixture(params=["sync", "async"])
def mode_name(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


async def test_typed_video_upload(fake, vectors, uploads) -> None:
    client = _client(fake, vectors)
    mp4 = b"\x00\x00\x00\x18ftypmp42" * 100
    result = await upload_video.asyncio(client=client, body=build_media_upload(mp4, "clip.mp4"))
    assert result.media_id == "MEDIA-1"
    assert parts_of(uploads[0])[1][1] == "video/mp4"


# --------------------------------------------------------------------------- build_media_upload


def test_build_media_upload_computes_the_digest() -> None:
    body = build_media_upload(PNG, "logo.png")
    assert isinstance(body, MediaUploadRequest) and isinstance(body.meta, MediaUploadMeta)
    assert body.meta.to_dict() == {"filename": "logo.png", "sha256": hashlib.sha256(PNG).hexdigest()}
    assert (body.file.file_name, body.file.mime_type, body.file.payload.read()) == ("logo.png", "image/png", PNG)


@pytest.mark.parametrize(
    ("filename", "content_type"),
    [("a.JPG", "image/jpeg"), ("a.jpeg", "image/jpeg"), ("a.bmp", "image/bmp"), ("a.pdf", "application/pdf"),
     ("a.mov", "video/quicktime"), ("a.rmvb", "application/vnd.rn-realmedia-vbr")],
)  # fmt: skip
def test_build_media_upload_content_types(filename: str, content_type: str) -> None:
    assert build_media_upload(b"x", filename).file.mime_type == content_type
    assert build_media_upload(b"x", filename, "application/x-custom").file.mime_type == "application/x-custom"


@pytest.mark.parametrize(
    ("args", "kwargs", "path"),
    [
        pytest.param((b"", "a.png"), {}, "$.file", id="empty"),
        pytest.param((b"x" * (5 * 1024 * 1024 + 1), "a.png"), {}, "$.file", id="too-big-image"),
        pytest.param((b"x" * (5 * 1024 * 1024 + 1), "a.mp4"), {}, "$.file", id="too-big-video"),
        pytest.param((b"x", "a.gif"), {}, "filename", id="gif"),
        pytest.param((b"x", "noext"), {}, "filename", id="no-extension"),
        pytest.param((b"x", "a.png"), {"kind": "video"}, "filename", id="png-as-video"),
        pytest.param((b"x", "a.mp4"), {"kind": "image"}, "filename", id="mp4-as-image"),
        pytest.param((b"x", "dir/a.png"), {}, "filename", id="path"),
        pytest.param((b"x", 'a".png'), {}, "filename", id="quote"),
        pytest.param((b"x", "a\r\n.png"), {}, "filename", id="crlf"),
        pytest.param((b"x", ""), {}, "filename", id="empty-name"),
        pytest.param(("text", "a.png"), {}, "file_bytes", id="str-not-bytes"),
        pytest.param((b"x", "a.png"), {"kind": "audio"}, "kind", id="bad-kind"),
    ],
)
def test_build_media_upload_refuses(args: tuple[Any, ...], kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        build_media_upload(*args, **kwargs)
    assert caught.value.path == path


def test_documented_limits() -> None:
    assert IMAGE_UPLOAD_LIMITS["png"] == IMAGE_UPLOAD_LIMITS["jpg"] == IMAGE_UPLOAD_LIMITS["bmp"] == 5 * 1024 * 1024
    assert IMAGE_UPLOAD_LIMITS["pdf"] == 7.5 * 1024 * 1024
    assert set(VIDEO_UPLOAD_LIMITS) == {"avi", "wmv", "mpeg", "mp4", "mov", "mkv", "flv", "f4v", "m4v", "rmvb"}
    assert set(VIDEO_UPLOAD_LIMITS.values()) == {5 * 1024 * 1024}
