# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorStockGoodsModifyRequest")


@_attrs_define
class FavorStockGoodsModifyRequest:
    """修改可用单品编码请求 — goods codes to add and remove (at least one code must remain)."""

    stock_creator_mchid: str
    """ 创建批次的商户号 — merchant that created the batch. """
    add_goods_id_list: list[str] | Unset = UNSET
    """ 增加单品编码列表 — goods codes to add. """
    delete_goods_id_list: list[str] | Unset = UNSET
    """ 删除单品编码列表 — goods codes to remove. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_creator_mchid = self.stock_creator_mchid

        add_goods_id_list: list[str] | Unset = UNSET
        if not isinstance(self.add_goods_id_list, Unset):
            add_goods_id_list = self.add_goods_id_list

        delete_goods_id_list: list[str] | Unset = UNSET
        if not isinstance(self.delete_goods_id_list, Unset):
            delete_goods_id_list = self.delete_goods_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_creator_mchid": stock_creator_mchid,
            }
        )
        if add_goods_id_list is not UNSET:
            field_dict["add_goods_id_list"] = add_goods_id_list
        if delete_goods_id_list is not UNSET:
            field_dict["delete_goods_id_list"] = delete_goods_id_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_creator_mchid = d.pop("stock_creator_mchid")

        add_goods_id_list = cast(list[str], d.pop("add_goods_id_list", UNSET))

        delete_goods_id_list = cast(list[str], d.pop("delete_goods_id_list", UNSET))

        favor_stock_goods_modify_request = cls(
            stock_creator_mchid=stock_creator_mchid,
            add_goods_id_list=add_goods_id_list,
            delete_goods_id_list=delete_goods_id_list,
        )

        favor_stock_goods_modify_request.additional_properties = d
        return favor_stock_goods_modify_request

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
