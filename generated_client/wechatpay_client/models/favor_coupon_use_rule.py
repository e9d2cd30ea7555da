# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.favor_coupon_use_rule_trade_type_item import (
    FavorCouponUseRuleTradeTypeItem,
    check_favor_coupon_use_rule_trade_type_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_coupon_available_time import FavorCouponAvailableTime
    from ..models.favor_discount_coupon import FavorDiscountCoupon
    from ..models.favor_exchange_coupon import FavorExchangeCoupon
    from ..models.favor_fixed_normal_coupon import FavorFixedNormalCoupon
    from ..models.favor_limit_card import FavorLimitCard


T = TypeVar("T", bound="FavorCouponUseRule")


@_attrs_define
class FavorCouponUseRule:
    """核销规则 — when, where and on what the coupons can be used."""

    coupon_available_time: FavorCouponAvailableTime | Unset = UNSET
    """ 券可核销时间 — special validity rules of a coupon. """
    fixed_normal_coupon: FavorFixedNormalCoupon | Unset = UNSET
    """ 固定面额满减券使用规则 — face value and threshold of a `NORMAL` batch (request side). """
    discount_coupon: FavorDiscountCoupon | Unset = UNSET
    """ 折扣券使用规则 — discount-coupon rule. """
    exchange_coupon: FavorExchangeCoupon | Unset = UNSET
    """ 换购券使用规则 — exchange-coupon rule. """
    goods_tag: list[str] | Unset = UNSET
    """ 订单优惠标记 — order tags; an order must carry one of them (`goods_tag` when it is
    placed) to use the coupon.
     """
    limit_pay: list[str] | Unset = UNSET
    """ 指定支付方式 — the one payment method code (e.g. `ICBC_CREDIT`) the coupon is limited to. """
    limit_card: FavorLimitCard | Unset = UNSET
    """ 指定银行卡BIN — restrict the coupon to cards with given BINs. """
    trade_type: list[FavorCouponUseRuleTradeTypeItem] | Unset = UNSET
    """ 支付方式 — payment scenes where the coupon can be used; all when absent.
     """
    available_items: list[str] | Unset = UNSET
    """ 可核销商品编码 — goods codes (SKU) the coupon applies to (single-item coupons). """
    unavailable_items: list[str] | Unset = UNSET
    """ 不参与优惠商品编码 — goods codes excluded from the discount. """
    available_merchants: list[str] | Unset = UNSET
    """ 可核销商户号 — merchants where the coupon can be used; for a not-funded batch only the
    creator itself, same-brand merchants or authorised sub-merchants.
     """
    combine_use: bool | Unset = UNSET
    """ 是否可叠加其他优惠 — can be combined with the merchant's other coupons (default yes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_available_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_available_time, Unset):
            coupon_available_time = self.coupon_available_time.to_dict()

        fixed_normal_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_normal_coupon, Unset):
            fixed_normal_coupon = self.fixed_normal_coupon.to_dict()

        discount_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_coupon, Unset):
            discount_coupon = self.discount_coupon.to_dict()

        exchange_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_coupon, Unset):
            exchange_coupon = self.exchange_coupon.to_dict()

        goods_tag: list[str] | Unset = UNSET
        if not isinstance(self.goods_tag, Unset):
            goods_tag = self.goods_tag

        limit_pay: list[str] | Unset = UNSET
        if not isinstance(self.limit_pay, Unset):
            limit_pay = self.limit_pay

        limit_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit_card, Unset):
            limit_card = self.limit_card.to_dict()

        trade_type: list[str] | Unset = UNSET
        if not isinstance(self.trade_type, Unset):
            trade_type = []
            for trade_type_item_data in self.trade_type:
                trade_type_item: str = trade_type_item_data
                trade_type.append(trade_type_item)

        available_items: list[str] | Unset = UNSET
        if not isinstance(self.available_items, Unset):
            available_items = self.available_items

        unavailable_items: list[str] | Unset = UNSET
        if not isinstance(self.unavailable_items, Unset):
            unavailable_items = self.unavailable_items

        available_merchants: list[str] | Unset = UNSET
        if not isinstance(self.available_merchants, Unset):
            available_merchants = self.available_merchants

        combine_use = self.combine_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_available_time is not UNSET:
            field_dict["coupon_available_time"] = coupon_available_time
        if fixed_normal_coupon is not UNSET:
            field_dict["fixed_normal_coupon"] = fixed_normal_coupon
        if discount_coupon is not UNSET:
            field_dict["discount_coupon"] = discount_coupon
        if exchange_coupon is not UNSET:
            field_dict["exchange_coupon"] = exchange_coupon
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if limit_pay is not UNSET:
            field_dict["limit_pay"] = limit_pay
        if limit_card is not UNSET:
            field_dict["limit_card"] = limit_card
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if available_items is not UNSET:
            field_dict["available_items"] = available_items
        if unavailable_items is not UNSET:
            field_dict["unavailable_items"] = unavailable_items
        if available_merchants is not UNSET:
            field_dict["available_merchants"] = available_merchants
        if combine_use is not UNSET:
            field_dict["combine_use"] = combine_use

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_coupon_available_time import FavorCouponAvailableTime
        from ..models.favor_discount_coupon import FavorDiscountCoupon
        from ..models.favor_exchange_coupon import FavorExchangeCoupon
        from ..models.favor_fixed_normal_coupon import FavorFixedNormalCoupon
        from ..models.favor_limit_card import FavorLimitCard

        d = dict(src_dict)
        _coupon_available_time = d.pop("coupon_available_time", UNSET)
        coupon_available_time: FavorCouponAvailableTime | Unset
        if isinstance(_coupon_available_time, Unset):
            coupon_available_time = UNSET
        else:
            coupon_available_time = FavorCouponAvailableTime.from_dict(_coupon_available_time)

        _fixed_normal_coupon = d.pop("fixed_normal_coupon", UNSET)
        fixed_normal_coupon: FavorFixedNormalCoupon | Unset
        if isinstance(_fixed_normal_coupon, Unset):
            fixed_normal_coupon = UNSET
        else:
            fixed_normal_coupon = FavorFixedNormalCoupon.from_dict(_fixed_normal_coupon)

        _discount_coupon = d.pop("discount_coupon", UNSET)
        discount_coupon: FavorDiscountCoupon | Unset
        if isinstance(_discount_coupon, Unset):
            discount_coupon = UNSET
        else:
            discount_coupon = FavorDiscountCoupon.from_dict(_discount_coupon)

        _exchange_coupon = d.pop("exchange_coupon", UNSET)
        exchange_coupon: FavorExchangeCoupon | Unset
        if isinstance(_exchange_coupon, Unset):
            exchange_coupon = UNSET
        else:
            exchange_coupon = FavorExchangeCoupon.from_dict(_exchange_coupon)

        goods_tag = cast(list[str], d.pop("goods_tag", UNSET))

        limit_pay = cast(list[str], d.pop("limit_pay", UNSET))

        _limit_card = d.pop("limit_card", UNSET)
        limit_card: FavorLimitCard | Unset
        if isinstance(_limit_card, Unset):
            limit_card = UNSET
        else:
            limit_card = FavorLimitCard.from_dict(_limit_card)

        _trade_type = d.pop("trade_type", UNSET)
        trade_type: list[FavorCouponUseRuleTradeTypeItem] | Unset = UNSET
        if _trade_type is not UNSET:
            trade_type = []
            for trade_type_item_data in _trade_type:
                trade_type_item = check_favor_coupon_use_rule_trade_type_item(trade_type_item_data)

                trade_type.append(trade_type_item)

        available_items = cast(list[str], d.pop("available_items", UNSET))

        unavailable_items = cast(list[str], d.pop("unavailable_items", UNSET))

        available_merchants = cast(list[str], d.pop("available_merchants", UNSET))

        combine_use = d.pop("combine_use", UNSET)

        favor_coupon_use_rule = cls(
            coupon_available_time=coupon_available_time,
            fixed_normal_coupon=fixed_normal_coupon,
            discount_coupon=discount_coupon,
            exchange_coupon=exchange_coupon,
            goods_tag=goods_tag,
            limit_pay=limit_pay,
            limit_card=limit_card,
            trade_type=trade_type,
            available_items=available_items,
            unavailable_items=unavailable_items,
            available_merchants=available_merchants,
            combine_use=combine_use,
        )

        favor_coupon_use_rule.additional_properties = d
        return favor_coupon_use_rule

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
