# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalEncryptCertificate")


@_attrs_define
class GlobalEncryptCertificate:
    """加密的平台证书 — the PEM certificate, encrypted with AEAD_AES_256_GCM under the APIv3 key."""

    algorithm: str | Unset = UNSET
    """ 加密证书的算法 — `AEAD_AES_256_GCM` is the known value (open set). """
    nonce: str | Unset = UNSET
    """ 加密证书的随机串 — the GCM nonce. """
    associated_data: str | Unset = UNSET
    """ 加密证书的附加数据 — additional authenticated data, `certificate`. """
    ciphertext: str | Unset = UNSET
    """ 加密后的证书内容 — Base64 of the ciphertext followed by the GCM tag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm

        nonce = self.nonce

        associated_data = self.associated_data

        ciphertext = self.ciphertext

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if associated_data is not UNSET:
            field_dict["associated_data"] = associated_data
        if ciphertext is not UNSET:
            field_dict["ciphertext"] = ciphertext

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        algorithm = d.pop("algorithm", UNSET)

        nonce = d.pop("nonce", UNSET)

        associated_data = d.pop("associated_data", UNSET)

        ciphertext = d.pop("ciphertext", UNSET)

        global_encrypt_certificate = cls(
            algorithm=algorithm,
            nonce=nonce,
            associated_data=associated_data,
            ciphertext=ciphertext,
        )

        global_encrypt_certificate.additional_properties = d
        return global_encrypt_certificate

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
