"""Multipart media upload: ``meta`` then ``file``; the signature covers the meta part's bytes only."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

import httpx
import pytest
from sandbox_helpers import ApiClient, ctl
from wechatpay_sandbox import Sandbox

UPLOAD = "/v3/merchant/media/upload"
VIDEO = "/v3/merchant/media/video_upload"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def meta_for(data: bytes, filename: str = "sandbox.png") -> bytes:
    return json.dumps({"filename": filename, "sha256": hashlib.sha256(data).hexdigest()}).encode()


def multipart(parts: Sequence[tuple[str, bytes, str | None, str | None]], boundary: str = "+++") -> tuple[bytes, str]:
    """``(body, content type)`` from ``(name, data, content type, filename)`` parts, in order."""
    out = b""
    for name, data, content_type, filename in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        if content_type:
            out += f"Content-Type: {content_type}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def upload(
    api: ApiClient,
    meta: bytes,
    data: bytes,
    *,
    path: str = UPLOAD,
    signed: bytes | None = None,
    parts: Sequence[tuple[str, bytes, str | None, str | None]] | None = None,
    boundary: str = "+++",
) -> httpx.Response:
    body, content_type = multipart(
        parts
        if parts is not None
        else [("meta", meta, "application/json", None), ("file", data, "image/png", "sandbox.png")],
        boundary,
    )
    authorization = api.authorization("POST", path, meta if signed is None else signed)
    return api.post(path, raw=body, headers={"Content-Type": content_type}, authorization=authorization)


def test_upload_signed_over_the_meta_part(pay_api: ApiClient, pay_sandbox: Sandbox) -> None:
    meta = meta_for(PNG)
    response = pay_api.verified(upload(pay_api, meta, PNG))
    assert response.status_code == 200, response.text
    media_id = response.json()["media_id"]
    assert media_id.startswith("SBX_") and len(media_id) > 40
    record = next(u for u in pay_sandbox.uploads if u.media_id == media_id)
    assert (record.filename, record.sha256, record.size) == ("sandbox.png", hashlib.sha256(PNG).hexdigest(), len(PNG))
    assert record.operation_id == pay_sandbox.spec.match("POST", UPLOAD)[0].operation_id  # type: ignore[union-attr]
    listed = ctl("GET", pay_sandbox.base_url + "/sandbox/uploads").json()["data"]
    assert media_id in [u["media_id"] for u in listed]


@pytest.mark.parametrize("boundary", ["+++", "----WebKitFormBoundary7MA4YWxkTrZu0gW", "a'b(c)d"])
def test_any_boundary(pay_api: ApiClient, boundary: str) -> None:
    meta = meta_for(PNG)
    assert upload(pay_api, meta, PNG, boundary=boundary).status_code == 200


def test_video_upload(pay_api: ApiClient) -> None:
    clip = b"\x00\x00\x00\x18ftypmp42" + bytes(64)
    meta = meta_for(clip, "clip.mp4")
    parts = [("meta", meta, "application/json", None), ("file", clip, "video/mp4", "clip.mp4")]
    response = pay_api.verified(upload(pay_api, meta, clip, path=VIDEO, parts=parts))
    assert response.status_code == 200 and response.json()["media_id"]


def test_signature_over_the_whole_body_is_refused_with_a_hint(pay_api: ApiClient) -> None:
    meta = meta_for(PNG)
    body, _ = multipart([("meta", meta, "application/json", None), ("file", PNG, "image/png", "sandbox.png")])
    response = pay_api.verified(upload(pay_api, meta, PNG, signed=body))
    assert response.status_code == 401 and response.json()["code"] == "SIGN_ERROR"
    assert "meta" in response.json()["message"]
    reserialised = json.dumps(json.loads(meta), separators=(",", ":")).encode()
    assert reserialised != meta
    assert upload(pay_api, meta, PNG, signed=reserialised).status_code == 401  # byte for byte, not JSON-equal


def test_sha256_must_match_the_file(pay_api: ApiClient) -> None:
    meta = meta_for(PNG + b"x")
    response = pay_api.verified(upload(pay_api, meta, PNG))
    assert response.status_code == 400 and response.json()["detail"]["field"] == "/meta/sha256"
    upper = json.dumps({"filename": "a.png", "sha256": hashlib.sha256(PNG).hexdigest().upper()}).encode()
    assert upload(pay_api, upper, PNG).json()["detail"]["field"] == "/meta/sha256"


def test_meta_is_validated_against_the_spec(pay_api: ApiClient) -> None:
    meta = json.dumps({"filename": "a.png"}).encode()
    response = upload(pay_api, meta, PNG)
    assert response.status_code == 400 and response.json()["detail"]["field"] == "/meta/sha256"
    assert response.json()["detail"]["issue"] == "is required"
    not_json = upload(pay_api, b"{nope", PNG)
    assert not_json.status_code == 400 and not_json.json()["code"] == "INVALID_REQUEST"


def test_parts_must_be_meta_then_file(pay_api: ApiClient) -> None:
    meta = meta_for(PNG)
    swapped = [("file", PNG, "image/png", "sandbox.png"), ("meta", meta, "application/json", None)]
    response = pay_api.verified(upload(pay_api, meta, PNG, parts=swapped))
    assert response.status_code == 400 and response.json()["code"] == "INVALID_REQUEST"
    assert "meta then file" in response.json()["message"]
    untyped = [("meta", meta, None, None), ("file", PNG, "image/png", "sandbox.png")]
    assert "application/json" in upload(pay_api, meta, PNG, parts=untyped).json()["message"]
    only_meta = [("meta", meta, "application/json", None)]
    assert upload(pay_api, meta, PNG, parts=only_meta).status_code == 400


def test_size_and_type_limits(pay_api: ApiClient) -> None:
    big = b"\x89PNG" + bytes(5 * 1024 * 1024 - 3)
    response = upload(pay_api, meta_for(big), big)
    assert response.status_code == 400 and response.json()["detail"]["field"] == "/file"
    exe = meta_for(PNG, "tool.exe")
    assert upload(pay_api, exe, PNG).json()["detail"]["field"] == "/meta/filename"


def test_json_body_is_refused(pay_api: ApiClient) -> None:
    response = pay_api.post(UPLOAD, {"meta": {"filename": "a.png", "sha256": "00"}})
    assert response.status_code == 400 and response.json()["code"] == "INVALID_REQUEST"
    assert "multipart/form-data" in response.json()["message"]


def test_malformed_multipart(pay_api: ApiClient) -> None:
    meta = meta_for(PNG)
    body, content_type = multipart([("meta", meta, "application/json", None), ("file", PNG, "image/png", "a.png")])
    truncated = body[: -len("--+++--\r\n") - 2]
    authorization = pay_api.authorization("POST", UPLOAD, meta)
    response = pay_api.post(UPLOAD, raw=truncated, headers={"Content-Type": content_type}, authorization=authorization)
    assert response.status_code == 400 and response.json()["code"] == "INVALID_REQUEST"
