# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_encrypt_certificate import GlobalEncryptCertificate


T = TypeVar("T", bound="GlobalCertificate")


@_attrs_define
class GlobalCertificate:
    """平台证书 — one cross-border platform certificate, encrypted."""

    serial_no: str | Unset = UNSET
    """ 证书序列号 — certificate serial number; matches `Wechatpay-Serial` of what it signs. """
    effective_time: datetime.datetime | Unset = UNSET
    """ 证书启用时间 — start of validity (RFC 3339). """
    expire_time: datetime.datetime | Unset = UNSET
    """ 证书弃用时间 — end of validity (RFC 3339). """
    encrypt_certificate: GlobalEncryptCertificate | Unset = UNSET
    """ 加密的平台证书 — the PEM certificate, encrypted with AEAD_AES_256_GCM under the APIv3 key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serial_no = self.serial_no

        effective_time: str | Unset = UNSET
        if not isinstance(self.effective_time, Unset):
            effective_time = self.effective_time.isoformat()

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        encrypt_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.encrypt_certificate, Unset):
            encrypt_certificate = self.encrypt_certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serial_no is not UNSET:
            field_dict["serial_no"] = serial_no
        if effective_time is not UNSET:
            field_dict["effective_time"] = effective_time
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if encrypt_certificate is not UNSET:
            field_dict["encrypt_certificate"] = encrypt_certificate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_encrypt_certificate import GlobalEncryptCertificate

        d = dict(src_dict)
        serial_no = d.pop("serial_no", UNSET)

        _effective_time = d.pop("effective_time", UNSET)
        effective_time: datetime.datetime | Unset
        if isinstance(_effective_time, Unset):
            effective_time = UNSET
        else:
            effective_time = datetime.datetime.fromisoformat(_effective_time)

        _expire_time = d.pop("expire_time", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.datetime.fromisoformat(_expire_time)

        _encrypt_certificate = d.pop("encrypt_certificate", UNSET)
        encrypt_certificate: GlobalEncryptCertificate | Unset
        if isinstance(_encrypt_certificate, Unset):
            encrypt_certificate = UNSET
        else:
            encrypt_certificate = GlobalEncryptCertificate.from_dict(_encrypt_certificate)

        global_certificate = cls(
            serial_no=serial_no,
            effective_time=effective_time,
            expire_time=expire_time,
            encrypt_certificate=encrypt_certificate,
        )

        global_certificate.additional_properties = d
        return global_certificate

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
