# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="PayscoreMerchantBillPart")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class PayscoreMerchantBillPart:
    """账单分块 — one encrypted part of the bill."""

    bill_sequence: int
    """ 账单文件序号 — part number, from 1. """
    hash_type: str
    """ 哈希类型 — open set; known value `SHA1`. """
    hash_value: str
    """ 哈希值 — digest of the decrypted (and unzipped) part. """
    download_url: str
    """ 下载地址 — short-lived link to the encrypted part. """
    encrypt_key: str = _attrs_field(repr=_masked_repr)
    """ 加密密钥 — the AES-256-GCM key of this part. WeChat Pay encrypts it with the merchant
    certificate's public key; the SDK decrypts it with the merchant private key after
    verifying the answer, so the model holds the plaintext key (masked in its repr).
     """
    nonce: str
    """ 随机字符串 — the AES-GCM nonce of this part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_sequence = self.bill_sequence

        hash_type = self.hash_type

        hash_value = self.hash_value

        download_url = self.download_url

        encrypt_key = self.encrypt_key

        nonce = self.nonce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bill_sequence": bill_sequence,
                "hash_type": hash_type,
                "hash_value": hash_value,
                "download_url": download_url,
                "encrypt_key": encrypt_key,
                "nonce": nonce,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bill_sequence = d.pop("bill_sequence")

        hash_type = d.pop("hash_type")

        hash_value = d.pop("hash_value")

        download_url = d.pop("download_url")

        encrypt_key = d.pop("encrypt_key")

        nonce = d.pop("nonce")

        payscore_merchant_bill_part = cls(
            bill_sequence=bill_sequence,
            hash_type=hash_type,
            hash_value=hash_value,
            download_url=download_url,
            encrypt_key=encrypt_key,
            nonce=nonce,
        )

        payscore_merchant_bill_part.additional_properties = d
        return payscore_merchant_bill_part

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
