# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.busifavor_coupon_use_rule_use_method import (
    BusifavorCouponUseRuleUseMethod,
    check_busifavor_coupon_use_rule_use_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_available_time import BusifavorAvailableTime
    from ..models.busifavor_discount_coupon import BusifavorDiscountCoupon
    from ..models.busifavor_exchange_coupon import BusifavorExchangeCoupon
    from ..models.busifavor_fixed_normal_coupon import BusifavorFixedNormalCoupon


T = TypeVar("T", bound="BusifavorCouponUseRule")


@_attrs_define
class BusifavorCouponUseRule:
    """核销规则 — when and how the coupons can be used. Give the one rule object that matches
    `stock_type`.

    """

    coupon_available_time: BusifavorAvailableTime
    """ 券可核销时间 — the usable period. A coupon may be valid for at most one year.
     """
    use_method: BusifavorCouponUseRuleUseMethod
    """ 核销方式 — `OFF_LINE` (code shown at the till), `MINI_PROGRAMS` (in a mini program),
    `SELF_CONSUME` (user redeems it), `PAYMENT_CODE` (WeChat Pay payment code).
     """
    fixed_normal_coupon: BusifavorFixedNormalCoupon | Unset = UNSET
    """ 固定面额满减券使用规则 — fixed-amount rule (`stock_type: NORMAL`), amounts in fen.
     """
    discount_coupon: BusifavorDiscountCoupon | Unset = UNSET
    """ 折扣券使用规则 — discount rule (`stock_type: DISCOUNT`).
     """
    exchange_coupon: BusifavorExchangeCoupon | Unset = UNSET
    """ 换购券使用规则 — exchange rule (`stock_type: EXCHANGE`), amounts in fen.
     """
    mini_programs_appid: str | Unset = UNSET
    """ 小程序appid — mini program for `MINI_PROGRAMS` redemption. """
    mini_programs_path: str | Unset = UNSET
    """ 小程序path — page of that mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_available_time = self.coupon_available_time.to_dict()

        use_method: str = self.use_method

        fixed_normal_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_normal_coupon, Unset):
            fixed_normal_coupon = self.fixed_normal_coupon.to_dict()

        discount_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_coupon, Unset):
            discount_coupon = self.discount_coupon.to_dict()

        exchange_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_coupon, Unset):
            exchange_coupon = self.exchange_coupon.to_dict()

        mini_programs_appid = self.mini_programs_appid

        mini_programs_path = self.mini_programs_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_available_time": coupon_available_time,
                "use_method": use_method,
            }
        )
        if fixed_normal_coupon is not UNSET:
            field_dict["fixed_normal_coupon"] = fixed_normal_coupon
        if discount_coupon is not UNSET:
            field_dict["discount_coupon"] = discount_coupon
        if exchange_coupon is not UNSET:
            field_dict["exchange_coupon"] = exchange_coupon
        if mini_programs_appid is not UNSET:
            field_dict["mini_programs_appid"] = mini_programs_appid
        if mini_programs_path is not UNSET:
            field_dict["mini_programs_path"] = mini_programs_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_available_time import BusifavorAvailableTime
        from ..models.busifavor_discount_coupon import BusifavorDiscountCoupon
        from ..models.busifavor_exchange_coupon import BusifavorExchangeCoupon
        from ..models.busifavor_fixed_normal_coupon import BusifavorFixedNormalCoupon

        d = dict(src_dict)
        coupon_available_time = BusifavorAvailableTime.from_dict(d.pop("coupon_available_time"))

        use_method = check_busifavor_coupon_use_rule_use_method(d.pop("use_method"))

        _fixed_normal_coupon = d.pop("fixed_normal_coupon", UNSET)
        fixed_normal_coupon: BusifavorFixedNormalCoupon | Unset
        if isinstance(_fixed_normal_coupon, Unset):
            fixed_normal_coupon = UNSET
        else:
            fixed_normal_coupon = BusifavorFixedNormalCoupon.from_dict(_fixed_normal_coupon)

        _discount_coupon = d.pop("discount_coupon", UNSET)
        discount_coupon: BusifavorDiscountCoupon | Unset
        if isinstance(_discount_coupon, Unset):
            discount_coupon = UNSET
        else:
            discount_coupon = BusifavorDiscountCoupon.from_dict(_discount_coupon)

        _exchange_coupon = d.pop("exchange_coupon", UNSET)
        exchange_coupon: BusifavorExchangeCoupon | Unset
        if isinstance(_exchange_coupon, Unset):
            exchange_coupon = UNSET
        else:
            exchange_coupon = BusifavorExchangeCoupon.from_dict(_exchange_coupon)

        mini_programs_appid = d.pop("mini_programs_appid", UNSET)

        mini_programs_path = d.pop("mini_programs_path", UNSET)

        busifavor_coupon_use_rule = cls(
            coupon_available_time=coupon_available_time,
            use_method=use_method,
            fixed_normal_coupon=fixed_normal_coupon,
            discount_coupon=discount_coupon,
            exchange_coupon=exchange_coupon,
            mini_programs_appid=mini_programs_appid,
            mini_programs_path=mini_programs_path,
        )

        busifavor_coupon_use_rule.additional_properties = d
        return busifavor_coupon_use_rule

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
