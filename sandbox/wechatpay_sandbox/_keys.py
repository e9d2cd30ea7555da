"""WeChat Pay's side of the key material: which key signs, which key decrypts, rotation."""

from __future__ import annotations

import functools
import threading
from typing import Final, Literal, cast

import attrs
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ._credentials import PlatformCertificate, SandboxCredentials

Mode = Literal["public_key", "certificate", "both"]
MODES: Final = ("public_key", "certificate", "both")


@functools.lru_cache(maxsize=16)
def _private(pem: str) -> rsa.RSAPrivateKey:
    """Load (and validate) a PEM key; cached, as RSA key validation costs tens of milliseconds."""
    key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("expected an RSA private key")
    return key


@attrs.frozen
class Signer:
    key: rsa.RSAPrivateKey = attrs.field(repr=False)
    serial: str


class KeyStore:
    def __init__(self, credentials: SandboxCredentials, mode: Mode, *, notification_family: str | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        self.mode: Mode = mode
        self.mchid = credentials.mchid
        self.merchant_serial = credentials.merchant_serial_no
        cert = x509.load_pem_x509_certificate(credentials.merchant_certificate_pem.encode("ascii"))
        self.merchant_public_key = cast(rsa.RSAPublicKey, cert.public_key())
        self.public_key_id = credentials.public_key_id
        self._wechatpay_key = _private(credentials.wechatpay_private_key_pem)
        self._lock = threading.Lock()
        self._platform: list[tuple[PlatformCertificate, rsa.RSAPrivateKey]] = [
            (credentials.platform_certificate, _private(credentials.platform_certificate.private_key_pem))
        ]
        self._active = credentials.platform_certificate.serial_no
        if notification_family is None:
            notification_family = "certificate" if mode == "certificate" else "public_key"
        if notification_family not in ("public_key", "certificate") or (mode != "both" and notification_family != mode):
            raise ValueError(f"notifications cannot be signed with the {notification_family!r} family in {mode!r} mode")
        self.notification_family = notification_family

    # ------------------------------------------------------------------ signing
    @property
    def uses_public_key(self) -> bool:
        return self.mode in ("public_key", "both")

    @property
    def uses_certificates(self) -> bool:
        return self.mode in ("certificate", "both")

    def _public_signer(self) -> Signer:
        return Signer(self._wechatpay_key, self.public_key_id)

    def _platform_signer(self) -> Signer:
        with self._lock:
            for cert, key in self._platform:
                if cert.serial_no == self._active:
                    return Signer(key, cert.serial_no)
        raise RuntimeError("no active platform certificate")

    def response_signer(self, request_serial: str | None, *, prefer_certificate: bool = False) -> Signer:
        """Public-key mode: the public key. Certificate mode: the active platform certificate.

        Both: the family the request's ``Wechatpay-Serial`` names (a public key id selects the
        public key, anything else the platform certificate); without one, the public key (or the
        certificate when ``prefer_certificate``, as for ``/v3/certificates``).
        """
        if self.mode == "public_key":
            return self._public_signer()
        if self.mode == "certificate":
            return self._platform_signer()
        if request_serial is None:
            return self._platform_signer() if prefer_certificate else self._public_signer()
        return self._public_signer() if request_serial == self.public_key_id else self._platform_signer()

    def notification_signer(self) -> Signer:
        return self._platform_signer() if self.notification_family == "certificate" else self._public_signer()

    # -------------------------------------------------------------- decryption
    def decryption_key(self, serial: str) -> rsa.RSAPrivateKey | None:
        """The private half of the key a sensitive field was encrypted with, if the mode allows it."""
        if self.uses_public_key and serial == self.public_key_id:
            return self._wechatpay_key
        if self.uses_certificates:
            with self._lock:
                for cert, key in self._platform:
                    if cert.serial_no == serial:
                        return key
        return None

    # ------------------------------------------------------------- certificates
    def platform_certificates(self) -> tuple[PlatformCertificate, ...]:
        with self._lock:
            return tuple(cert for cert, _ in self._platform)

    @property
    def active_serial(self) -> str:
        with self._lock:
            return self._active

    def rotate(self, now: float, *, activate: bool = True) -> PlatformCertificate:
        cert = PlatformCertificate.generate(now=now)
        key = _private(cert.private_key_pem)
        with self._lock:
            self._platform.append((cert, key))
            if activate:
                self._active = cert.serial_no
        return cert

    def activate(self, serial: str) -> None:
        with self._lock:
            if not any(cert.serial_no == serial for cert, _ in self._platform):
                raise ValueError("no platform certificate with that serial")
            self._active = serial

    def retire(self, serial: str) -> None:
        with self._lock:
            if serial == self._active:
                raise ValueError("cannot retire the active platform certificate; activate another one first")
            remaining = [(c, k) for c, k in self._platform if c.serial_no != serial]
            if len(remaining) == len(self._platform):
                raise ValueError("no platform certificate with that serial")
            self._platform = remaining
