# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_fixed_normal_coupon_info import FavorFixedNormalCouponInfo


T = TypeVar("T", bound="FavorStockUseRuleInfo")


@_attrs_define
class FavorStockUseRuleInfo:
    """发放规则 — sending limits of a batch, as read back."""

    max_coupons: int
    """ 发放总上限 — maximum number of coupons. """
    max_amount: int
    """ 总预算 — total budget in fen. """
    max_coupons_per_user: int
    """ 单个用户可领个数 — coupons one user may receive. """
    max_amount_by_day: int | Unset = UNSET
    """ 单天发放上限金额 — daily budget cap in fen. """
    natural_person_limit: bool | Unset = UNSET
    """ 是否开启自然人限制 — one identity counts as one user. """
    prevent_api_abuse: bool | Unset = UNSET
    """ api发券防刷 — risky users are refused. """
    fixed_normal_coupon: FavorFixedNormalCouponInfo | Unset = UNSET
    """ 固定面额满减券信息 — face value and threshold, as read back. """
    coupon_type: str | Unset = UNSET
    """ 券类型 — known values `NORMAL` (满减券), `CUT_TO` (减至券). """
    goods_tag: list[str] | Unset = UNSET
    """ 订单优惠标记 — order tags. """
    trade_type: list[str] | Unset = UNSET
    """ 支付方式 — payment scenes (`MICROAPP`, `APPPAY`, `PPAY`, `CARD`, `FACE`, `OTHER`). """
    combine_use: bool | Unset = UNSET
    """ 是否可叠加其他优惠 — can be combined with other coupons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_coupons = self.max_coupons

        max_amount = self.max_amount

        max_coupons_per_user = self.max_coupons_per_user

        max_amount_by_day = self.max_amount_by_day

        natural_person_limit = self.natural_person_limit

        prevent_api_abuse = self.prevent_api_abuse

        fixed_normal_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_normal_coupon, Unset):
            fixed_normal_coupon = self.fixed_normal_coupon.to_dict()

        coupon_type = self.coupon_type

        goods_tag: list[str] | Unset = UNSET
        if not isinstance(self.goods_tag, Unset):
            goods_tag = self.goods_tag

        trade_type: list[str] | Unset = UNSET
        if not isinstance(self.trade_type, Unset):
            trade_type = self.trade_type

        combine_use = self.combine_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_coupons": max_coupons,
                "max_amount": max_amount,
                "max_coupons_per_user": max_coupons_per_user,
            }
        )
        if max_amount_by_day is not UNSET:
            field_dict["max_amount_by_day"] = max_amount_by_day
        if natural_person_limit is not UNSET:
            field_dict["natural_person_limit"] = natural_person_limit
        if prevent_api_abuse is not UNSET:
            field_dict["prevent_api_abuse"] = prevent_api_abuse
        if fixed_normal_coupon is not UNSET:
            field_dict["fixed_normal_coupon"] = fixed_normal_coupon
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if combine_use is not UNSET:
            field_dict["combine_use"] = combine_use

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_fixed_normal_coupon_info import FavorFixedNormalCouponInfo

        d = dict(src_dict)
        max_coupons = d.pop("max_coupons")

        max_amount = d.pop("max_amount")

        max_coupons_per_user = d.pop("max_coupons_per_user")

        max_amount_by_day = d.pop("max_amount_by_day", UNSET)

        natural_person_limit = d.pop("natural_person_limit", UNSET)

        prevent_api_abuse = d.pop("prevent_api_abuse", UNSET)

        _fixed_normal_coupon = d.pop("fixed_normal_coupon", UNSET)
        fixed_normal_coupon: FavorFixedNormalCouponInfo | Unset
        if isinstance(_fixed_normal_coupon, Unset):
            fixed_normal_coupon = UNSET
        else:
            fixed_normal_coupon = FavorFixedNormalCouponInfo.from_dict(_fixed_normal_coupon)

        coupon_type = d.pop("coupon_type", UNSET)

        goods_tag = cast(list[str], d.pop("goods_tag", UNSET))

        trade_type = cast(list[str], d.pop("trade_type", UNSET))

        combine_use = d.pop("combine_use", UNSET)

        favor_stock_use_rule_info = cls(
            max_coupons=max_coupons,
            max_amount=max_amount,
            max_coupons_per_user=max_coupons_per_user,
            max_amount_by_day=max_amount_by_day,
            natural_person_limit=natural_person_limit,
            prevent_api_abuse=prevent_api_abuse,
            fixed_normal_coupon=fixed_normal_coupon,
            coupon_type=coupon_type,
            goods_tag=goods_tag,
            trade_type=trade_type,
            combine_use=combine_use,
        )

        favor_stock_use_rule_info.additional_properties = d
        return favor_stock_use_rule_info

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
