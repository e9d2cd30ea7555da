# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorStockUseFlowByDayResponse")


@_attrs_define
class FavorStockUseFlowByDayResponse:
    """核销明细下载链接 — where to download a day's use detail file."""

    url: str
    """ 下载链接 — download URL (the download's answer is not signed). """
    stock_useflow_hash: str
    """ 账单文件摘要 — digest of the file. """
    stock_useflow_count: str
    """ 账单记录总条数 — number of records, sent as a decimal string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        stock_useflow_hash = self.stock_useflow_hash

        stock_useflow_count = self.stock_useflow_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "stock_useflow_hash": stock_useflow_hash,
                "stock_useflow_count": stock_useflow_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        stock_useflow_hash = d.pop("stock_useflow_hash")

        stock_useflow_count = d.pop("stock_useflow_count")

        favor_stock_use_flow_by_day_response = cls(
            url=url,
            stock_useflow_hash=stock_useflow_hash,
            stock_useflow_count=stock_useflow_count,
        )

        favor_stock_use_flow_by_day_response.additional_properties = d
        return favor_stock_use_flow_by_day_response

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
