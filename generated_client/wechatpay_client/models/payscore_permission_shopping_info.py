# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payscore_permission_goods import PayscorePermissionGoods


T = TypeVar("T", bound="PayscorePermissionShoppingInfo")


@_attrs_define
class PayscorePermissionShoppingInfo:
    """先用后付商品信息 — the goods the assessment is about."""

    goods: list[PayscorePermissionGoods]
    """ 商品列表 — the goods. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goods": goods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_permission_goods import PayscorePermissionGoods

        d = dict(src_dict)
        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = PayscorePermissionGoods.from_dict(goods_item_data)

            goods.append(goods_item)

        payscore_permission_shopping_info = cls(
            goods=goods,
        )

        payscore_permission_shopping_info.additional_properties = d
        return payscore_permission_shopping_info

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
