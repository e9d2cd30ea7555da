# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationEncryptedResource")


@_attrs_define
class NotificationEncryptedResource:
    """通知数据 — the encrypted resource (AES-256-GCM with the APIv3 key)."""

    algorithm: str
    """ 加密算法类型 — encryption algorithm; `AEAD_AES_256_GCM` is the known value. """
    nonce: str
    """ 随机串 — the 12-character nonce, used as the GCM IV. """
    ciphertext: str
    """ 数据密文 — Base64 of the ciphertext followed by the 16-byte GCM tag. """
    associated_data: str | Unset = UNSET
    """ 附加数据 — additional authenticated data; may be empty or absent (treat as ""). """
    original_type: str | Unset = UNSET
    """ 原始类型 — type of the decrypted resource, e.g. `insurance_entrust`, `transaction`,
    `refund`, `entrust`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm

        nonce = self.nonce

        ciphertext = self.ciphertext

        associated_data = self.associated_data

        original_type = self.original_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "nonce": nonce,
                "ciphertext": ciphertext,
            }
        )
        if associated_data is not UNSET:
            field_dict["associated_data"] = associated_data
        if original_type is not UNSET:
            field_dict["original_type"] = original_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        algorithm = d.pop("algorithm")

        nonce = d.pop("nonce")

        ciphertext = d.pop("ciphertext")

        associated_data = d.pop("associated_data", UNSET)

        original_type = d.pop("original_type", UNSET)

        notification_encrypted_resource = cls(
            algorithm=algorithm,
            nonce=nonce,
            ciphertext=ciphertext,
            associated_data=associated_data,
            original_type=original_type,
        )

        notification_encrypted_resource.additional_properties = d
        return notification_encrypted_resource

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
