"""Credentials generated on the fly: the merchant's and WeChat Pay's keys, certificates and ids."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from pathlib import Path

import attrs
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from ._crypto import random_digits, random_string

DEFAULT_MCHID = "1900000109"

_PRIVATE = "private"
_FILES = {
    "merchant_private_key": "apiclient_key.pem",
    "merchant_certificate": "apiclient_cert.pem",
    "wechatpay_public_key": "pub_key.pem",
    "platform_certificate": "wechatpay_platform_cert.pem",
    "apiv3_key": "apiv3_key.txt",
    "settings": "sandbox.json",
    # the server's own secrets, needed only to restart a sandbox with the same identity
    "wechatpay_private_key": f"{_PRIVATE}/wechatpay_public_key_private.pem",
    "platform_private_key": f"{_PRIVATE}/wechatpay_platform_key.pem",
}


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def _public_pem(key: rsa.RSAPublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def _serial() -> int:
    """A 160-bit serial whose first hex digit is 1-7: 40 upper-case hex digits, no leading-zero ambiguity."""
    return secrets.randbelow(7 << 156) + (1 << 156)


def serial_hex(certificate: x509.Certificate) -> str:
    return format(certificate.serial_number, "X")


def _self_signed(
    key: rsa.RSAPrivateKey, common_name: str, organization: str, not_before: dt.datetime, not_after: dt.datetime
) -> x509.Certificate:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(_serial())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )


@attrs.frozen
class PlatformCertificate:
    """One WeChat Pay platform certificate and (server side) its private key."""

    serial_no: str
    certificate_pem: str
    effective_time: dt.datetime
    expire_time: dt.datetime
    private_key_pem: str = attrs.field(repr=False)

    @classmethod
    def generate(cls, *, now: float | None = None, validity_days: int = 5 * 365) -> PlatformCertificate:
        start = dt.datetime.fromtimestamp(now if now is not None else dt.datetime.now(dt.UTC).timestamp(), dt.UTC)
        start = start.replace(microsecond=0) - dt.timedelta(days=1)
        key = _new_key()
        cert = _self_signed(
            key, "WeChat Pay Sandbox Platform", "Tenpay.com (sandbox)", start, start + dt.timedelta(days=validity_days)
        )
        return cls(
            serial_no=serial_hex(cert),
            certificate_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            effective_time=cert.not_valid_before_utc,
            expire_time=cert.not_valid_after_utc,
            private_key_pem=_private_pem(key),
        )


@attrs.frozen
class SandboxCredentials:
    """Everything both sides need. ``repr`` never shows a private key or the APIv3 key.

    Client side: ``mchid``, ``merchant_private_key_pem``, ``merchant_serial_no``, ``public_key_id`` +
    ``wechatpay_public_key_pem`` (public-key mode) or the platform certificate (certificate mode,
    normally downloaded from ``/v3/certificates``), and ``apiv3_key``.
    Server side only: ``wechatpay_private_key_pem`` and ``platform_certificate.private_key_pem``.
    """

    mchid: str
    merchant_serial_no: str
    merchant_certificate_pem: str
    public_key_id: str
    wechatpay_public_key_pem: str
    platform_certificate: PlatformCertificate
    merchant_private_key_pem: str = attrs.field(repr=False)
    wechatpay_private_key_pem: str = attrs.field(repr=False)
    apiv3_key: str = attrs.field(repr=False)

    @property
    def platform_serial_no(self) -> str:
        return self.platform_certificate.serial_no

    @property
    def platform_certificate_pem(self) -> str:
        return self.platform_certificate.certificate_pem

    @classmethod
    def generate(cls, mchid: str = DEFAULT_MCHID, *, now: float | None = None) -> SandboxCredentials:
        """Fresh RSA-2048 keys, self-signed certificates, a ``PUB_KEY_ID_…`` id and a 32-char APIv3 key."""
        start = dt.datetime.fromtimestamp(now if now is not None else dt.datetime.now(dt.UTC).timestamp(), dt.UTC)
        start = start.replace(microsecond=0) - dt.timedelta(days=1)
        merchant_key = _new_key()
        merchant_cert = _self_signed(
            merchant_key, mchid, "WeChat Pay sandbox merchant", start, start + dt.timedelta(days=5 * 365)
        )
        wechatpay_key = _new_key()
        return cls(
            mchid=mchid,
            merchant_serial_no=serial_hex(merchant_cert),
            merchant_certificate_pem=merchant_cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            public_key_id="PUB_KEY_ID_01" + mchid + random_digits(16),
            wechatpay_public_key_pem=_public_pem(wechatpay_key.public_key()),
            platform_certificate=PlatformCertificate.generate(now=now),
            merchant_private_key_pem=_private_pem(merchant_key),
            wechatpay_private_key_pem=_private_pem(wechatpay_key),
            apiv3_key=random_string(32),
        )

    def write(self, directory: str | os.PathLike[str]) -> dict[str, Path]:
        """Write the PEM files (and the ids in ``sandbox.json``) into ``directory``; return the paths.

        Secret files are created with mode 0600. The ``private/`` sub-directory holds the sandbox's
        own keys, so that :meth:`load` can restart a sandbox with the same identity.
        """
        root = Path(directory)
        (root / _PRIVATE).mkdir(parents=True, exist_ok=True)
        settings = {
            "mchid": self.mchid,
            "merchant_serial_no": self.merchant_serial_no,
            "public_key_id": self.public_key_id,
            "platform_serial_no": self.platform_serial_no,
            "platform_effective_time": self.platform_certificate.effective_time.isoformat(),
            "platform_expire_time": self.platform_certificate.expire_time.isoformat(),
            "files": {name: rel for name, rel in _FILES.items() if name != "settings"},
        }
        contents = {
            "merchant_private_key": (self.merchant_private_key_pem, True),
            "merchant_certificate": (self.merchant_certificate_pem, False),
            "wechatpay_public_key": (self.wechatpay_public_key_pem, False),
            "platform_certificate": (self.platform_certificate.certificate_pem, False),
            "apiv3_key": (self.apiv3_key + "\n", True),
            "settings": (json.dumps(settings, indent=2) + "\n", False),
            "wechatpay_private_key": (self.wechatpay_private_key_pem, True),
            "platform_private_key": (self.platform_certificate.private_key_pem, True),
        }
        written: dict[str, Path] = {}
        for name, (text, secret) in contents.items():
            path = root / _FILES[name]
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
            fd = os.open(path, flags, 0o600 if secret else 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            if secret:
                os.chmod(path, 0o600)
            written[name] = path
        return written

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> SandboxCredentials:
        """Read back what :meth:`write` wrote."""
        root = Path(directory)

        def read(name: str) -> str:
            return (root / _FILES[name]).read_text(encoding="utf-8")

        settings = json.loads(read("settings"))
        return cls(
            mchid=settings["mchid"],
            merchant_serial_no=settings["merchant_serial_no"],
            merchant_certificate_pem=read("merchant_certificate"),
            public_key_id=settings["public_key_id"],
            wechatpay_public_key_pem=read("wechatpay_public_key"),
            platform_certificate=PlatformCertificate(
                serial_no=settings["platform_serial_no"],
                certificate_pem=read("platform_certificate"),
                effective_time=dt.datetime.fromisoformat(settings["platform_effective_time"]),
                expire_time=dt.datetime.fromisoformat(settings["platform_expire_time"]),
                private_key_pem=read("platform_private_key"),
            ),
            merchant_private_key_pem=read("merchant_private_key"),
            wechatpay_private_key_pem=read("wechatpay_private_key"),
            apiv3_key=read("apiv3_key").strip(),
        )


def write_credentials(credentials: SandboxCredentials, directory: str | os.PathLike[str]) -> dict[str, Path]:
    """Module-level spelling of :meth:`SandboxCredentials.write` (used by the ``wechatpay sandbox`` CLI)."""
    return credentials.write(directory)
