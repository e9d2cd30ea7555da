# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoTaxCode")


@_attrs_define
class FapiaoTaxCode:
    """商品和服务税收分类对照 — one configured good."""

    goods_name: str
    """ 货物或应税劳务、服务名称 — the merchant's name for the good. """
    tax_code: str
    """ 货物或应税劳务、服务编码 — tax classification code. """
    tax_rate: int
    """ 税率 — tax rate in units of 1/10000. """
    tax_prefer_mark: str
    """ 税收优惠政策标识 — tax preference mark (open set, see `FapiaoResponseItem`). """
    goods_id: int | Unset = UNSET
    """ 企业侧维护的货物或应税劳务、服务编码 — the merchant's goods ID. """
    goods_category: str | Unset = UNSET
    """ 税局侧规定的货物或应税劳务、服务分类名称 — tax-side category name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_name = self.goods_name

        tax_code = self.tax_code

        tax_rate = self.tax_rate

        tax_prefer_mark = self.tax_prefer_mark

        goods_id = self.goods_id

        goods_category = self.goods_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goods_name": goods_name,
                "tax_code": tax_code,
                "tax_rate": tax_rate,
                "tax_prefer_mark": tax_prefer_mark,
            }
        )
        if goods_id is not UNSET:
            field_dict["goods_id"] = goods_id
        if goods_category is not UNSET:
            field_dict["goods_category"] = goods_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goods_name = d.pop("goods_name")

        tax_code = d.pop("tax_code")

        tax_rate = d.pop("tax_rate")

        tax_prefer_mark = d.pop("tax_prefer_mark")

        goods_id = d.pop("goods_id", UNSET)

        goods_category = d.pop("goods_category", UNSET)

        fapiao_tax_code = cls(
            goods_name=goods_name,
            tax_code=tax_code,
            tax_rate=tax_rate,
            tax_prefer_mark=tax_prefer_mark,
            goods_id=goods_id,
            goods_category=goods_category,
        )

        fapiao_tax_code.additional_properties = d
        return fapiao_tax_code

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
