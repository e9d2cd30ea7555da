# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSubsidyGoodsInfo")


@_attrs_define
class GoodsSubsidyGoodsInfo:
    """活动商品信息 — the goods of an activity."""

    goods_id: str | Unset = UNSET
    """ 商品ID — goods ID. """
    goods_name: str | Unset = UNSET
    """ 商品名称 — goods name. """
    goods_picture_url: str | Unset = UNSET
    """ 商品图片URL — picture of the goods. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        goods_name = self.goods_name

        goods_picture_url = self.goods_picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_id is not UNSET:
            field_dict["goods_id"] = goods_id
        if goods_name is not UNSET:
            field_dict["goods_name"] = goods_name
        if goods_picture_url is not UNSET:
            field_dict["goods_picture_url"] = goods_picture_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goods_id = d.pop("goods_id", UNSET)

        goods_name = d.pop("goods_name", UNSET)

        goods_picture_url = d.pop("goods_picture_url", UNSET)

        goods_subsidy_goods_info = cls(
            goods_id=goods_id,
            goods_name=goods_name,
            goods_picture_url=goods_picture_url,
        )

        goods_subsidy_goods_info.additional_properties = d
        return goods_subsidy_goods_info

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
