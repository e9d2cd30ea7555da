# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.favor_stock_create_request_stock_type import (
    FavorStockCreateRequestStockType,
    check_favor_stock_create_request_stock_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_coupon_use_rule import FavorCouponUseRule
    from ..models.favor_stock_pattern_info import FavorStockPatternInfo
    from ..models.favor_stock_send_rule import FavorStockSendRule


T = TypeVar("T", bound="FavorStockCreateRequest")


@_attrs_define
class FavorStockCreateRequest:
    """创建代金券批次请求 — the batch to create."""

    stock_name: str
    """ 批次名称 — batch name: at most 9 Chinese characters or 20 letters, without the
    characters `_ , ; |` or improper content.
     """
    belong_merchant: str
    """ 归属商户号 — merchant the batch belongs to; currently it must be the creating
    merchant's own ID.
     """
    available_begin_time: datetime.datetime
    """ 开始时间 — start of the batch (RFC 3339); not earlier than now, not more than 365
    days ahead.
     """
    available_end_time: datetime.datetime
    """ 结束时间 — end of the batch (RFC 3339); after the start, at most 90 days later.
     """
    stock_use_rule: FavorStockSendRule
    """ 发放规则 — how many coupons, and how much budget, the batch may give out. """
    coupon_use_rule: FavorCouponUseRule
    """ 核销规则 — when, where and on what the coupons can be used. """
    no_cash: bool
    """ 是否无资金流 — `true`: not funded (免充值), the discount comes out of the paying
    merchant's receipt; `false`: pre-funded (预充值), the budget is taken from the
    creator's balance at activation.
     """
    stock_type: FavorStockCreateRequestStockType
    """ 批次类型 — `NORMAL` (fixed-amount 满减券), `DISCOUNT` (折扣券), `EXCHAHGE` (换购券,
    upstream spelling), `RANDOM` (千人千面券) or `DISCOUNT_CUT` (立减与折扣). The
    current page accepts only `NORMAL`.
     """
    out_request_no: str
    """ 商户单据号 — the merchant's unique number for this request (e.g. merchant ID + date +
    serial); letters, digits and `_-|*`.
     """
    comment: str | Unset = UNSET
    """ 批次备注 — note visible to the creating merchant only (at most 60 characters). """
    pattern_info: FavorStockPatternInfo | Unset = UNSET
    """ 样式信息 — how the coupon looks in the user's card wallet. """
    ext_info: str | Unset = UNSET
    """ 扩展属性 — extension attributes as a JSON text; leave out unless needed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_name = self.stock_name

        belong_merchant = self.belong_merchant

        available_begin_time = self.available_begin_time.isoformat()

        available_end_time = self.available_end_time.isoformat()

        stock_use_rule = self.stock_use_rule.to_dict()

        coupon_use_rule = self.coupon_use_rule.to_dict()

        no_cash = self.no_cash

        stock_type: str = self.stock_type

        out_request_no = self.out_request_no

        comment = self.comment

        pattern_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pattern_info, Unset):
            pattern_info = self.pattern_info.to_dict()

        ext_info = self.ext_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_name": stock_name,
                "belong_merchant": belong_merchant,
                "available_begin_time": available_begin_time,
                "available_end_time": available_end_time,
                "stock_use_rule": stock_use_rule,
                "coupon_use_rule": coupon_use_rule,
                "no_cash": no_cash,
                "stock_type": stock_type,
                "out_request_no": out_request_no,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if pattern_info is not UNSET:
            field_dict["pattern_info"] = pattern_info
        if ext_info is not UNSET:
            field_dict["ext_info"] = ext_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_coupon_use_rule import FavorCouponUseRule
        from ..models.favor_stock_pattern_info import FavorStockPatternInfo
        from ..models.favor_stock_send_rule import FavorStockSendRule

        d = dict(src_dict)
        stock_name = d.pop("stock_name")

        belong_merchant = d.pop("belong_merchant")

        available_begin_time = datetime.datetime.fromisoformat(d.pop("available_begin_time"))

        available_end_time = datetime.datetime.fromisoformat(d.pop("available_end_time"))

        stock_use_rule = FavorStockSendRule.from_dict(d.pop("stock_use_rule"))

        coupon_use_rule = FavorCouponUseRule.from_dict(d.pop("coupon_use_rule"))

        no_cash = d.pop("no_cash")

        stock_type = check_favor_stock_create_request_stock_type(d.pop("stock_type"))

        out_request_no = d.pop("out_request_no")

        comment = d.pop("comment", UNSET)

        _pattern_info = d.pop("pattern_info", UNSET)
        pattern_info: FavorStockPatternInfo | Unset
        if isinstance(_pattern_info, Unset):
            pattern_info = UNSET
        else:
            pattern_info = FavorStockPatternInfo.from_dict(_pattern_info)

        ext_info = d.pop("ext_info", UNSET)

        favor_stock_create_request = cls(
            stock_name=stock_name,
            belong_merchant=belong_merchant,
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            stock_use_rule=stock_use_rule,
            coupon_use_rule=coupon_use_rule,
            no_cash=no_cash,
            stock_type=stock_type,
            out_request_no=out_request_no,
            comment=comment,
            pattern_info=pattern_info,
            ext_info=ext_info,
        )

        favor_stock_create_request.additional_properties = d
        return favor_stock_create_request

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
