# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.encrypt_certificate import EncryptCertificate


T = TypeVar("T", bound="PlatformCertificateInfo")


@_attrs_define
class PlatformCertificateInfo:
    """平台证书信息 — one platform certificate, encrypted."""

    serial_no: str
    """ 证书序列号 — certificate serial number (uppercase hex); matches the
    `Wechatpay-Serial` of responses and notifications signed with it.
     """
    effective_time: datetime.datetime
    """ 证书启用时间 — start of validity (RFC 3339). """
    expire_time: datetime.datetime
    """ 证书弃用时间 — end of validity (RFC 3339). """
    encrypt_certificate: EncryptCertificate
    """ 加密的平台证书 — the PEM certificate, encrypted with AEAD_AES_256_GCM under the
    merchant's APIv3 key (same scheme as notification resources).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serial_no = self.serial_no

        effective_time = self.effective_time.isoformat()

        expire_time = self.expire_time.isoformat()

        encrypt_certificate = self.encrypt_certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serial_no": serial_no,
                "effective_time": effective_time,
                "expire_time": expire_time,
                "encrypt_certificate": encrypt_certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.encrypt_certificate import EncryptCertificate

        d = dict(src_dict)
        serial_no = d.pop("serial_no")

        effective_time = datetime.datetime.fromisoformat(d.pop("effective_time"))

        expire_time = datetime.datetime.fromisoformat(d.pop("expire_time"))

        encrypt_certificate = EncryptCertificate.from_dict(d.pop("encrypt_certificate"))

        platform_certificate_info = cls(
            serial_no=serial_no,
            effective_time=effective_time,
            expire_time=expire_time,
            encrypt_certificate=encrypt_certificate,
        )

        platform_certificate_info.additional_properties = d
        return platform_certificate_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
