# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LovefeastBrand")


@_attrs_define
class LovefeastBrand:
    """爱心餐品牌信息 — a brand's charity-meal totals."""

    donate_count: int
    """ 捐赠数量 — number of donations users made under the brand. """
    consume_count: int | Unset = UNSET
    """ 供餐数量 — meals served to sanitation workers; only for participating brands. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        donate_count = self.donate_count

        consume_count = self.consume_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "donate_count": donate_count,
            }
        )
        if consume_count is not UNSET:
            field_dict["consume_count"] = consume_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        donate_count = d.pop("donate_count")

        consume_count = d.pop("consume_count", UNSET)

        lovefeast_brand = cls(
            donate_count=donate_count,
            consume_count=consume_count,
        )

        lovefeast_brand.additional_properties = d
        return lovefeast_brand

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
