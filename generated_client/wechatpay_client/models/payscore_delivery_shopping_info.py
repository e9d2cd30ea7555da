# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_delivery_goods import PayscoreDeliveryGoods
    from ..models.payscore_delivery_jump_link import PayscoreDeliveryJumpLink


T = TypeVar("T", bound="PayscoreDeliveryShoppingInfo")


@_attrs_define
class PayscoreDeliveryShoppingInfo:
    """先用后付购物详情 — the purchase (request side)."""

    jump_link: PayscoreDeliveryJumpLink
    """ 单详跳转链接 — order details page (request side). """
    goods: list[PayscoreDeliveryGoods]
    """ 商品列表 — the goods. """
    real_merchant_appid: str | Unset = UNSET
    """ 实际购物商家公众号ID — AppID of the merchant the user really bought from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jump_link = self.jump_link.to_dict()

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        real_merchant_appid = self.real_merchant_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jump_link": jump_link,
                "goods": goods,
            }
        )
        if real_merchant_appid is not UNSET:
            field_dict["real_merchant_appid"] = real_merchant_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_delivery_goods import PayscoreDeliveryGoods
        from ..models.payscore_delivery_jump_link import PayscoreDeliveryJumpLink

        d = dict(src_dict)
        jump_link = PayscoreDeliveryJumpLink.from_dict(d.pop("jump_link"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = PayscoreDeliveryGoods.from_dict(goods_item_data)

            goods.append(goods_item)

        real_merchant_appid = d.pop("real_merchant_appid", UNSET)

        payscore_delivery_shopping_info = cls(
            jump_link=jump_link,
            goods=goods,
            real_merchant_appid=real_merchant_appid,
        )

        payscore_delivery_shopping_info.additional_properties = d
        return payscore_delivery_shopping_info

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
