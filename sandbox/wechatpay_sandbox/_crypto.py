"""The server side of the APIv3 cryptography, written directly on ``cryptography``.

Deliberately independent of ``wechatpay_auth``: the SDK is tested against this sandbox, so the
two must not share code (a shared bug would pass unnoticed).
"""

from __future__ import annotations

import base64
import binascii
import secrets
import string

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_ALPHANUMERIC = string.ascii_letters + string.digits


def random_string(length: int, alphabet: str = _ALPHANUMERIC) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def random_digits(length: int) -> str:
    return random_string(length, string.digits)


def request_message(method: str, target: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    """``METHOD\\nTARGET\\nTS\\nNONCE\\nBODY\\n``: what the merchant signs (protocol.md 1)."""
    return f"{method}\n{target}\n{timestamp}\n{nonce}\n".encode() + body + b"\n"


def response_message(timestamp: str, nonce: str, body: bytes) -> bytes:
    """``TS\\nNONCE\\nBODY\\n``: what WeChat Pay signs on responses and callbacks (protocol.md 2.1)."""
    return f"{timestamp}\n{nonce}\n".encode() + body + b"\n"


def sign(key: rsa.RSAPrivateKey, message: bytes) -> str:
    """RSASSA-PKCS1-v1_5 over SHA-256, standard Base64."""
    return base64.b64encode(key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


def verify(key: rsa.RSAPublicKey, message: bytes, signature: str) -> bool:
    """True only for a valid signature; any malformed input is simply False."""
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        return False
    try:
        key.verify(raw, message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


_OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None)


def oaep_decrypt(key: rsa.RSAPrivateKey, ciphertext_b64: str) -> str | None:
    """RSAES-OAEP (SHA-1, MGF1-SHA-1, no label) of a Base64 field; None when it cannot be decrypted."""
    try:
        raw = base64.b64decode(ciphertext_b64, validate=True)
        return key.decrypt(raw, _OAEP).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def oaep_encrypt(key: rsa.RSAPublicKey, plaintext: str) -> str:
    """The client side of :func:`oaep_decrypt`, for demos and sandbox self-tests."""
    return base64.b64encode(key.encrypt(plaintext.encode("utf-8"), _OAEP)).decode("ascii")


def aead_encrypt(apiv3_key: str, nonce: str, associated_data: str, plaintext: bytes) -> str:
    """AEAD_AES_256_GCM as used by callbacks and ``/v3/certificates``: Base64(ciphertext || 16-byte tag)."""
    sealed = AESGCM(apiv3_key.encode("utf-8")).encrypt(
        nonce.encode("utf-8"), plaintext, associated_data.encode("utf-8")
    )
    return base64.b64encode(sealed).decode("ascii")


def aead_decrypt(apiv3_key: str, nonce: str, associated_data: str, ciphertext_b64: str) -> bytes | None:
    try:
        return AESGCM(apiv3_key.encode("utf-8")).decrypt(
            nonce.encode("utf-8"), base64.b64decode(ciphertext_b64), associated_data.encode("utf-8")
        )
    except (InvalidTag, binascii.Error, ValueError):
        return None
