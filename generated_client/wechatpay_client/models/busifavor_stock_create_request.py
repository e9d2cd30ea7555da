# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.busifavor_stock_create_request_coupon_code_mode import (
    BusifavorStockCreateRequestCouponCodeMode,
    check_busifavor_stock_create_request_coupon_code_mode,
)
from ..models.busifavor_stock_create_request_stock_type import (
    BusifavorStockCreateRequestStockType,
    check_busifavor_stock_create_request_stock_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_coupon_use_rule import BusifavorCouponUseRule
    from ..models.busifavor_custom_entrance import BusifavorCustomEntrance
    from ..models.busifavor_display_pattern_info import BusifavorDisplayPatternInfo
    from ..models.busifavor_notify_config import BusifavorNotifyConfig
    from ..models.busifavor_stock_send_rule import BusifavorStockSendRule


T = TypeVar("T", bound="BusifavorStockCreateRequest")


@_attrs_define
class BusifavorStockCreateRequest:
    """创建商家券请求 — the new batch."""

    stock_name: str
    """ 商家券批次名称 — batch name, at most 21 characters (any character counts as one). """
    belong_merchant: str
    """ 批次归属商户号 — merchant that owns the batch: the caller itself for a direct merchant.
     """
    goods_name: str
    """ 适用商品范围 — goods the coupon applies to, shown in the card wallet; at most 15 characters.
     """
    stock_type: BusifavorStockCreateRequestStockType
    """ 批次类型 — `NORMAL` fixed-amount, `DISCOUNT` percentage discount, `EXCHANGE` exchange price.
     """
    coupon_use_rule: BusifavorCouponUseRule
    """ 核销规则 — when and how the coupons can be used. Give the one rule object that matches
    `stock_type`.
     """
    stock_send_rule: BusifavorStockSendRule
    """ 发放规则 — how many coupons may be sent, and anti-abuse switches. """
    out_request_no: str
    """ 商户请求单号 — the merchant's number for this creation (merchant ID + date + serial is
    suggested), unique on its side.
     """
    coupon_code_mode: BusifavorStockCreateRequestCouponCodeMode
    """ 券code模式 — who provides the codes: `WECHATPAY_MODE` (WeChat Pay), `MERCHANT_API` (named
    at each send), `MERCHANT_UPLOAD` (uploaded beforehand).
     """
    comment: str | Unset = UNSET
    """ 批次备注 — note visible to the merchant only, at most 20 characters. """
    custom_entrance: BusifavorCustomEntrance | Unset = UNSET
    """ 自定义入口 — entrances shown on the coupon's detail page. """
    display_pattern_info: BusifavorDisplayPatternInfo | Unset = UNSET
    """ 样式信息 — how the coupon looks. """
    notify_config: BusifavorNotifyConfig | Unset = UNSET
    """ 事件通知配置 — event-notification settings of the batch. """
    subsidy: bool | Unset = UNSET
    """ 是否允许营销补差 — whether coupons of the batch may be subsidised; default false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_name = self.stock_name

        belong_merchant = self.belong_merchant

        goods_name = self.goods_name

        stock_type: str = self.stock_type

        coupon_use_rule = self.coupon_use_rule.to_dict()

        stock_send_rule = self.stock_send_rule.to_dict()

        out_request_no = self.out_request_no

        coupon_code_mode: str = self.coupon_code_mode

        comment = self.comment

        custom_entrance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entrance, Unset):
            custom_entrance = self.custom_entrance.to_dict()

        display_pattern_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_pattern_info, Unset):
            display_pattern_info = self.display_pattern_info.to_dict()

        notify_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify_config, Unset):
            notify_config = self.notify_config.to_dict()

        subsidy = self.subsidy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_name": stock_name,
                "belong_merchant": belong_merchant,
                "goods_name": goods_name,
                "stock_type": stock_type,
                "coupon_use_rule": coupon_use_rule,
                "stock_send_rule": stock_send_rule,
                "out_request_no": out_request_no,
                "coupon_code_mode": coupon_code_mode,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if custom_entrance is not UNSET:
            field_dict["custom_entrance"] = custom_entrance
        if display_pattern_info is not UNSET:
            field_dict["display_pattern_info"] = display_pattern_info
        if notify_config is not UNSET:
            field_dict["notify_config"] = notify_config
        if subsidy is not UNSET:
            field_dict["subsidy"] = subsidy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_coupon_use_rule import BusifavorCouponUseRule
        from ..models.busifavor_custom_entrance import BusifavorCustomEntrance
        from ..models.busifavor_display_pattern_info import BusifavorDisplayPatternInfo
        from ..models.busifavor_notify_config import BusifavorNotifyConfig
        from ..models.busifavor_stock_send_rule import BusifavorStockSendRule

        d = dict(src_dict)
        stock_name = d.pop("stock_name")

        belong_merchant = d.pop("belong_merchant")

        goods_name = d.pop("goods_name")

        stock_type = check_busifavor_stock_create_request_stock_type(d.pop("stock_type"))

        coupon_use_rule = BusifavorCouponUseRule.from_dict(d.pop("coupon_use_rule"))

        stock_send_rule = BusifavorStockSendRule.from_dict(d.pop("stock_send_rule"))

        out_request_no = d.pop("out_request_no")

        coupon_code_mode = check_busifavor_stock_create_request_coupon_code_mode(d.pop("coupon_code_mode"))

        comment = d.pop("comment", UNSET)

        _custom_entrance = d.pop("custom_entrance", UNSET)
        custom_entrance: BusifavorCustomEntrance | Unset
        if isinstance(_custom_entrance, Unset):
            custom_entrance = UNSET
        else:
            custom_entrance = BusifavorCustomEntrance.from_dict(_custom_entrance)

        _display_pattern_info = d.pop("display_pattern_info", UNSET)
        display_pattern_info: BusifavorDisplayPatternInfo | Unset
        if isinstance(_display_pattern_info, Unset):
            display_pattern_info = UNSET
        else:
            display_pattern_info = BusifavorDisplayPatternInfo.from_dict(_display_pattern_info)

        _notify_config = d.pop("notify_config", UNSET)
        notify_config: BusifavorNotifyConfig | Unset
        if isinstance(_notify_config, Unset):
            notify_config = UNSET
        else:
            notify_config = BusifavorNotifyConfig.from_dict(_notify_config)

        subsidy = d.pop("subsidy", UNSET)

        busifavor_stock_create_request = cls(
            stock_name=stock_name,
            belong_merchant=belong_merchant,
            goods_name=goods_name,
            stock_type=stock_type,
            coupon_use_rule=coupon_use_rule,
            stock_send_rule=stock_send_rule,
            out_request_no=out_request_no,
            coupon_code_mode=coupon_code_mode,
            comment=comment,
            custom_entrance=custom_entrance,
            display_pattern_info=display_pattern_info,
            notify_config=notify_config,
            subsidy=subsidy,
        )

        busifavor_stock_create_request.additional_properties = d
        return busifavor_stock_create_request

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
