# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorStockFlowFile")


@_attrs_define
class FavorStockFlowFile:
    """明细文件 — where to download a batch detail file, and its digest."""

    url: str
    """ 下载链接 — download URL, valid for about 30 seconds. """
    hash_value: str
    """ 安全校验码 — digest of the file, to detect tampering. """
    hash_type: str
    """ 哈希算法类型 — digest algorithm; `SHA1` is the known value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        hash_value = self.hash_value

        hash_type = self.hash_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "hash_value": hash_value,
                "hash_type": hash_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        hash_value = d.pop("hash_value")

        hash_type = d.pop("hash_type")

        favor_stock_flow_file = cls(
            url=url,
            hash_value=hash_value,
            hash_type=hash_type,
        )

        favor_stock_flow_file.additional_properties = d
        return favor_stock_flow_file

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
