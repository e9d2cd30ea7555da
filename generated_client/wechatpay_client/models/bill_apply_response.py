# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillApplyResponse")


@_attrs_define
class BillApplyResponse:
    """申请账单应答 — where to download a bill and how to check it. This signed response is
    the only integrity check of the (unsigned) `download_bill` file.

    """

    hash_type: str
    """ 哈希类型 — digest algorithm; `SHA1` is the known value (open set). """
    hash_value: str
    """ 哈希值 — hex digest of the bill file (of the decompressed content when `tar_type`
    was `GZIP`); compare case-insensitively.
     """
    download_url: str
    """ 账单下载地址 — `https://api.mch.weixin.qq.com/v3/billdownload/file?token=...`; valid
    for 30 seconds. Pass its `token` (and `tartype`) to `download_bill`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_type = self.hash_type

        hash_value = self.hash_value

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash_type": hash_type,
                "hash_value": hash_value,
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hash_type = d.pop("hash_type")

        hash_value = d.pop("hash_value")

        download_url = d.pop("download_url")

        bill_apply_response = cls(
            hash_type=hash_type,
            hash_value=hash_value,
            download_url=download_url,
        )

        bill_apply_response.additional_properties = d
        return bill_apply_response

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
