"""RSA-OAEP for sensitive fields and AES-256-GCM for certificates and callbacks.

Parameters (protocol.md sections 3 and 4):

* RSA-OAEP with SHA-1, MGF1-SHA-1 and an empty label (Java ``RSA/ECB/OAEPWithSHA-1AndMGF1Padding``),
  output standard Base64; the plaintext is at most ``key_bytes - 42`` bytes (214 for RSA-2048).
* AES-256-GCM with the 32-byte APIv3 key, the UTF-8 nonce string as IV, ``associated_data`` as
  AAD (absent = empty) and the 16-byte tag appended to the ciphertext.

Errors never include plaintext or key material.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ._constants import AEAD_AES_256_GCM, APIV3_KEY_LENGTH, GCM_TAG_LENGTH
from ._errors import DecryptionError

__all__ = [
    "aes_256_gcm_decrypt",
    "aes_256_gcm_encrypt",
    "decrypt_aead_resource",
    "oaep_max_plaintext_length",
    "rsa_oaep_decrypt",
    "rsa_oaep_decrypt_b64",
    "rsa_oaep_encrypt",
    "rsa_oaep_encrypt_b64",
]

_SHA1_DIGEST_SIZE = 20


def _oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None)


def oaep_max_plaintext_length(key: RSAPublicKey | RSAPrivateKey) -> int:
    """Largest plaintext OAEP-SHA1 can encrypt under ``key``: ``k - 2*20 - 2`` (214 for RSA-2048)."""
    return (key.key_size + 7) // 8 - 2 * _SHA1_DIGEST_SIZE - 2


def rsa_oaep_encrypt(public_key: RSAPublicKey, plaintext: bytes) -> bytes:
    """Encrypt ``plaintext`` with RSA-OAEP (SHA-1, MGF1-SHA-1, empty label).

    Raises ValueError (without echoing the plaintext) if it is longer than the OAEP limit.
    """
    limit = oaep_max_plaintext_length(public_key)
    if len(plaintext) > limit:
        raise ValueError(f"plaintext is {len(plaintext)} bytes; RSA-OAEP with this key allows at most {limit}")
    return public_key.encrypt(plaintext, _oaep())


def rsa_oaep_encrypt_b64(public_key: RSAPublicKey, plaintext: str) -> str:
    """UTF-8 encode, RSA-OAEP encrypt and Base64 encode one sensitive value."""
    return base64.b64encode(rsa_oaep_encrypt(public_key, plaintext.encode("utf-8"))).decode("ascii")


def rsa_oaep_decrypt(private_key: RSAPrivateKey, ciphertext: bytes) -> bytes:
    """Decrypt RSA-OAEP (SHA-1) ciphertext with the merchant private key; :class:`DecryptionError` on failure."""
    try:
        return private_key.decrypt(ciphertext, _oaep())
    except ValueError:
        raise DecryptionError("RSA-OAEP decryption failed: wrong key or corrupted ciphertext") from None


def rsa_oaep_decrypt_b64(private_key: RSAPrivateKey, ciphertext_b64: str) -> str:
    """Decrypt a Base64 sensitive field WeChat Pay encrypted for us (merchant certificate key)."""
    try:
        raw = base64.b64decode(ciphertext_b64.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise DecryptionError("RSA-OAEP decryption failed: the ciphertext is not valid Base64") from None
    plaintext = rsa_oaep_decrypt(private_key, raw)
    try:
        return plaintext.decode("utf-8")
    except UnicodeDecodeError:
        raise DecryptionError("RSA-OAEP decryption failed: the plaintext is not UTF-8") from None


def _check_key(key: bytes) -> None:
    if len(key) != APIV3_KEY_LENGTH:
        raise DecryptionError(f"AES-256-GCM needs a {APIV3_KEY_LENGTH}-byte key (the APIv3 key), got {len(key)} bytes")


def aes_256_gcm_encrypt(key: bytes, nonce: bytes, associated_data: bytes, plaintext: bytes) -> bytes:
    """AES-256-GCM encrypt; returns ciphertext followed by the 16-byte tag (RFC 5116 layout)."""
    _check_key(key)
    return AESGCM(key).encrypt(nonce, plaintext, associated_data)


def aes_256_gcm_decrypt(key: bytes, nonce: bytes, associated_data: bytes, ciphertext_and_tag: bytes) -> bytes:
    """AES-256-GCM decrypt ``ciphertext || tag``; :class:`DecryptionError` on any failure."""
    _check_key(key)
    if len(ciphertext_and_tag) < GCM_TAG_LENGTH:
        raise DecryptionError("AES-256-GCM decryption failed: ciphertext shorter than the 16-byte tag")
    if not nonce:
        raise DecryptionError("AES-256-GCM decryption failed: empty nonce")
    try:
        return AESGCM(key).decrypt(nonce, ciphertext_and_tag, associated_data)
    except InvalidTag:
        raise DecryptionError(
            "AES-256-GCM decryption failed: authentication tag mismatch (wrong APIv3 key, nonce, "
            "associated_data or tampered ciphertext)"
        ) from None
    except ValueError:
        raise DecryptionError("AES-256-GCM decryption failed: invalid nonce or input") from None


def decrypt_aead_resource(
    apiv3_key: bytes,
    *,
    algorithm: str | None,
    nonce: str,
    associated_data: str | None,
    ciphertext: str,
) -> bytes:
    """Decrypt an ``encrypt_certificate`` or callback ``resource`` object.

    ``algorithm`` must be ``AEAD_AES_256_GCM``; ``ciphertext`` is Base64 of ciphertext + tag;
    ``nonce`` and ``associated_data`` (absent = empty) are used as their UTF-8 bytes.
    """
    if algorithm != AEAD_AES_256_GCM:
        raise DecryptionError(f"unsupported algorithm {algorithm!r}; only {AEAD_AES_256_GCM} is supported")
    try:
        raw = base64.b64decode(ciphertext.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise DecryptionError("AES-256-GCM decryption failed: the ciphertext is not valid Base64") from None
    return aes_256_gcm_decrypt(apiv3_key, nonce.encode("utf-8"), (associated_data or "").encode("utf-8"), raw)
