"""Known-answer tests: expected values come from the openssl CLI (tests/vectors/make_vectors.sh).

AES-256-GCM cannot be produced by `openssl enc` (it refuses AEAD ciphers); its vector is the
published McGrew & Viega test case 16, stored in aes_gcm_vector.json.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess

import pytest
from auth_testkit import VECTORS, Vectors
from wechatpay_auth import (
    DecryptionError,
    SignatureVerificationError,
    aes_256_gcm_decrypt,
    aes_256_gcm_encrypt,
    build_authorization,
    build_request_message,
    build_response_message,
    load_merchant_private_key,
    load_public_key,
    oaep_max_plaintext_length,
    rsa_oaep_decrypt,
    rsa_oaep_encrypt,
    sign,
    verify_signature,
)

TS = 1700000000
NONCE = "593BEC0C930BF1AFEB40B4A08C8FB242"
RESP_NONCE = "c5ac7061fccab6bf3e254dcf98995b8c"
QUERY_PATH = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program?a=1%20b&z=%E4%B8%AD"


@pytest.fixture(scope="module")
def merchant_key(vectors: Vectors):
    return load_merchant_private_key(VECTORS / "merchant_key.pem")


def test_request_message_matches_printf_vector(vectors: Vectors) -> None:
    message = build_request_message("POST", QUERY_PATH, TS, NONCE, vectors.read("request_body.json"))
    assert message == vectors.read("request_message.txt")


def test_get_message_has_empty_body_line(vectors: Vectors) -> None:
    message = build_request_message("GET", "/v3/certificates", TS, NONCE, b"")
    assert message == vectors.read("request_message_get.txt")
    assert message.endswith(b"\n\n")


def test_body_ending_in_lf_still_gets_closing_lf(vectors: Vectors) -> None:
    message = build_request_message("POST", "/v3/x", TS, NONCE, b'{"a":1}\n')
    assert message == vectors.read("request_message_lf.txt")


def test_signature_equals_openssl_dgst_sign(vectors: Vectors, merchant_key) -> None:
    assert sign(merchant_key, vectors.read("request_message.txt")) == vectors.text("request_signature.b64")
    assert sign(merchant_key, vectors.read("request_message_get.txt")) == vectors.text("request_signature_get.b64")


def test_authorization_header_equals_vector(vectors: Vectors, merchant_key) -> None:
    signature = sign(merchant_key, vectors.read("request_message.txt"))
    header = build_authorization(
        mchid=vectors.mchid, serial_no=vectors.merchant_serial, timestamp=TS, nonce=NONCE, signature=signature
    )
    assert header == vectors.text("request_authorization.txt")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl CLI not installed")
def test_openssl_verifies_our_signature_over_a_new_message(vectors: Vectors, merchant_key, tmp_path) -> None:
    message = build_request_message("POST", "/v3/test?x=%2F", TS, "N" * 32, '{"名":"值"}'.encode())
    (tmp_path / "msg").write_bytes(message)
    (tmp_path / "sig").write_bytes(base64.b64decode(sign(merchant_key, message)))
    result = subprocess.run(
        [
            "openssl",
            "dgst",
            "-sha256",
            "-verify",
            str(VECTORS / "merchant_public_key.pem"),
            "-signature",
            str(tmp_path / "sig"),
            str(tmp_path / "msg"),
        ],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"Verified OK" in result.stdout


def _response_headers(vectors: Vectors, signature_file: str, serial: str, timestamp: int = TS) -> dict[str, str]:
    return {
        "Wechatpay-Timestamp": str(timestamp),
        "Wechatpay-Nonce": RESP_NONCE,
        "Wechatpay-Signature": vectors.text(signature_file),
        "Wechatpay-Serial": serial,
    }


def test_response_message_matches_vector(vectors: Vectors) -> None:
    assert build_response_message(TS, RESP_NONCE, vectors.read("response_body.json")) == vectors.read(
        "response_message.txt"
    )
    assert build_response_message(TS, RESP_NONCE, b"") == vectors.read("response_message_empty.txt")


def test_verifier_accepts_openssl_signature_from_public_key(vectors: Vectors) -> None:
    key = load_public_key(VECTORS / "wechatpay_public_key.pem")
    headers = _response_headers(vectors, "response_signature_public_key.b64", vectors.public_key_id)
    parsed = verify_signature(headers, vectors.read("response_body.json"), now=TS, keys={vectors.public_key_id: key})
    assert parsed.serial == vectors.public_key_id
    assert parsed.timestamp == TS


def test_verifier_accepts_openssl_signature_from_platform_certificate(vectors: Vectors) -> None:
    cert_key = vectors.certificates["platform"].public_key()
    serial = vectors.serials["platform"]
    headers = _response_headers(vectors, "response_signature_platform.b64", serial)
    verify_signature(headers, vectors.read("response_body.json"), now=TS, keys={serial: cert_key})


def test_verifier_accepts_openssl_signature_over_empty_body(vectors: Vectors) -> None:
    key = load_public_key(VECTORS / "wechatpay_public_key.pem")
    headers = _response_headers(vectors, "response_signature_empty.b64", vectors.public_key_id)
    verify_signature(headers, b"", now=TS, keys={vectors.public_key_id: key})


def test_verifier_rejects_openssl_signature_over_other_body(vectors: Vectors) -> None:
    key = load_public_key(VECTORS / "wechatpay_public_key.pem")
    headers = _response_headers(vectors, "response_signature_public_key.b64", vectors.public_key_id)
    body = vectors.read("response_body.json").replace(b"wxbd687630cd02ce1d", b"wxbd687630cd02ce1e")
    with pytest.raises(SignatureVerificationError) as info:
        verify_signature(headers, body, now=TS, keys={vectors.public_key_id: key})
    assert info.value.reason == "bad_signature"


def test_verifier_rejects_signature_from_the_wrong_key(vectors: Vectors) -> None:
    # The platform key signed it, but the header names the public key.
    key = load_public_key(VECTORS / "wechatpay_public_key.pem")
    headers = _response_headers(vectors, "response_signature_platform.b64", vectors.public_key_id)
    with pytest.raises(SignatureVerificationError) as info:
        verify_signature(headers, vectors.read("response_body.json"), now=TS, keys={vectors.public_key_id: key})
    assert info.value.reason == "bad_signature"


# ------------------------------------------------------------------------------------------ OAEP


def test_oaep_limit_for_rsa_2048_is_214(vectors: Vectors) -> None:
    # 214 = 256 - 2*20 - 2; make_vectors.sh checks that openssl accepts 214 bytes and refuses 215.
    key = load_public_key(VECTORS / "wechatpay_public_key.pem")
    assert oaep_max_plaintext_length(key) == 214
    rsa_oaep_encrypt(key, b"a" * 214)
    with pytest.raises(ValueError):
        rsa_oaep_encrypt(key, b"a" * 215)


def test_we_decrypt_openssl_oaep_ciphertext(vectors: Vectors) -> None:
    private = load_merchant_private_key(VECTORS / "wechatpay_public_key_private.pem", name="test key")
    ciphertext = base64.b64decode(vectors.text("oaep_ciphertext.b64"))
    assert rsa_oaep_decrypt(private, ciphertext) == vectors.read("oaep_plaintext.txt")
    assert vectors.read("oaep_plaintext.txt").decode("utf-8") == "张三"


def test_oaep_decrypt_with_wrong_key_is_decryption_error(vectors: Vectors) -> None:
    other = load_merchant_private_key(VECTORS / "other_key.pem", name="test key")
    with pytest.raises(DecryptionError):
        rsa_oaep_decrypt(other, base64.b64decode(vectors.text("oaep_ciphertext.b64")))


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl CLI not installed")
def test_openssl_decrypts_our_oaep_ciphertext(tmp_path) -> None:
    key = load_public_key(VECTORS / "wechatpay_public_key.pem")
    plaintext = "李四 110101199003071234".encode()
    (tmp_path / "ct").write_bytes(rsa_oaep_encrypt(key, plaintext))
    result = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-decrypt",
            "-inkey",
            str(VECTORS / "wechatpay_public_key_private.pem"),
            "-in",
            str(tmp_path / "ct"),
            "-pkeyopt",
            "rsa_padding_mode:oaep",
            "-pkeyopt",
            "rsa_oaep_md:sha1",
            "-pkeyopt",
            "rsa_mgf1_md:sha1",
        ],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == plaintext


# ------------------------------------------------------------------------------------------ AES-GCM


def _gcm_vector(vectors: Vectors) -> dict[str, bytes]:
    raw = json.loads(vectors.read("aes_gcm_vector.json"))
    return {k: bytes.fromhex(v) for k, v in raw.items() if k != "source"}


def test_aes_gcm_decrypts_published_vector(vectors: Vectors) -> None:
    v = _gcm_vector(vectors)
    assert aes_256_gcm_decrypt(v["key"], v["iv"], v["aad"], v["ciphertext"] + v["tag"]) == v["plaintext"]


def test_aes_gcm_encrypts_published_vector(vectors: Vectors) -> None:
    v = _gcm_vector(vectors)
    assert aes_256_gcm_encrypt(v["key"], v["iv"], v["aad"], v["plaintext"]) == v["ciphertext"] + v["tag"]


@pytest.mark.parametrize("part", ["ciphertext", "tag", "aad", "iv"])
def test_aes_gcm_rejects_any_tampering(vectors: Vectors, part: str) -> None:
    v = _gcm_vector(vectors)
    v[part] = bytes([v[part][0] ^ 0x01]) + v[part][1:]
    with pytest.raises(DecryptionError):
        aes_256_gcm_decrypt(v["key"], v["iv"], v["aad"], v["ciphertext"] + v["tag"])


def test_aes_gcm_rejects_a_key_of_the_wrong_length(vectors: Vectors) -> None:
    v = _gcm_vector(vectors)
    with pytest.raises(DecryptionError, match="32-byte"):
        aes_256_gcm_decrypt(v["key"][:16], v["iv"], v["aad"], v["ciphertext"] + v["tag"])
