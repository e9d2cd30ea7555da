# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_coupon_code_count import BusifavorCouponCodeCount
    from ..models.busifavor_response_coupon_use_rule import BusifavorResponseCouponUseRule
    from ..models.busifavor_response_custom_entrance import BusifavorResponseCustomEntrance
    from ..models.busifavor_response_display_pattern_info import BusifavorResponseDisplayPatternInfo
    from ..models.busifavor_response_notify_config import BusifavorResponseNotifyConfig
    from ..models.busifavor_response_stock_send_rule import BusifavorResponseStockSendRule
    from ..models.busifavor_send_count import BusifavorSendCount


T = TypeVar("T", bound="BusifavorStock")


@_attrs_define
class BusifavorStock:
    """商家券批次详情 — a merchant-coupon batch."""

    stock_name: str
    """ 商家券批次名称 — batch name. """
    belong_merchant: str
    """ 批次归属商户号 — owning merchant. """
    goods_name: str
    """ 适用商品范围 — goods the coupon applies to. """
    stock_type: str
    """ 批次类型 — `NORMAL`, `DISCOUNT` or `EXCHANGE` (open set). """
    coupon_use_rule: BusifavorResponseCouponUseRule
    """ 核销规则 — when and how the coupons can be used. """
    stock_send_rule: BusifavorResponseStockSendRule
    """ 发放规则 — sending limits of the batch. """
    stock_state: str
    """ 批次状态 — `UNAUDIT`, `RUNNING`, `STOPED`, `PAUSED` (open set; spelling as upstream). """
    coupon_code_mode: str
    """ 券code模式 — `WECHATPAY_MODE`, `MERCHANT_API`, `MERCHANT_UPLOAD` (open set). """
    stock_id: str
    """ 批次号 — batch ID. """
    comment: str | Unset = UNSET
    """ 批次备注 — merchant's note. """
    custom_entrance: BusifavorResponseCustomEntrance | Unset = UNSET
    """ 自定义入口 — entrances on the coupon's detail page. """
    display_pattern_info: BusifavorResponseDisplayPatternInfo | Unset = UNSET
    """ 样式信息 — how the coupon looks. """
    coupon_code_count: BusifavorCouponCodeCount | Unset = UNSET
    """ 券code数量 — uploaded-code counts (`MERCHANT_UPLOAD` batches only). """
    notify_config: BusifavorResponseNotifyConfig | Unset = UNSET
    """ 事件通知配置 — event-notification settings. """
    send_count_information: BusifavorSendCount | Unset = UNSET
    """ 批次发放情况 — how much of the batch was sent. """
    subsidy: bool | Unset = UNSET
    """ 是否允许营销补差 — whether coupons may be subsidised. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_name = self.stock_name

        belong_merchant = self.belong_merchant

        goods_name = self.goods_name

        stock_type = self.stock_type

        coupon_use_rule = self.coupon_use_rule.to_dict()

        stock_send_rule = self.stock_send_rule.to_dict()

        stock_state = self.stock_state

        coupon_code_mode = self.coupon_code_mode

        stock_id = self.stock_id

        comment = self.comment

        custom_entrance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entrance, Unset):
            custom_entrance = self.custom_entrance.to_dict()

        display_pattern_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_pattern_info, Unset):
            display_pattern_info = self.display_pattern_info.to_dict()

        coupon_code_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_code_count, Unset):
            coupon_code_count = self.coupon_code_count.to_dict()

        notify_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify_config, Unset):
            notify_config = self.notify_config.to_dict()

        send_count_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_count_information, Unset):
            send_count_information = self.send_count_information.to_dict()

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
                "stock_state": stock_state,
                "coupon_code_mode": coupon_code_mode,
                "stock_id": stock_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if custom_entrance is not UNSET:
            field_dict["custom_entrance"] = custom_entrance
        if display_pattern_info is not UNSET:
            field_dict["display_pattern_info"] = display_pattern_info
        if coupon_code_count is not UNSET:
            field_dict["coupon_code_count"] = coupon_code_count
        if notify_config is not UNSET:
            field_dict["notify_config"] = notify_config
        if send_count_information is not UNSET:
            field_dict["send_count_information"] = send_count_information
        if subsidy is not UNSET:
            field_dict["subsidy"] = subsidy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_coupon_code_count import BusifavorCouponCodeCount
        from ..models.busifavor_response_coupon_use_rule import BusifavorResponseCouponUseRule
        from ..models.busifavor_response_custom_entrance import BusifavorResponseCustomEntrance
        from ..models.busifavor_response_display_pattern_info import BusifavorResponseDisplayPatternInfo
        from ..models.busifavor_response_notify_config import BusifavorResponseNotifyConfig
        from ..models.busifavor_response_stock_send_rule import BusifavorResponseStockSendRule
        from ..models.busifavor_send_count import BusifavorSendCount

        d = dict(src_dict)
        stock_name = d.pop("stock_name")

        belong_merchant = d.pop("belong_merchant")

        goods_name = d.pop("goods_name")

        stock_type = d.pop("stock_type")

        coupon_use_rule = BusifavorResponseCouponUseRule.from_dict(d.pop("coupon_use_rule"))

        stock_send_rule = BusifavorResponseStockSendRule.from_dict(d.pop("stock_send_rule"))

        stock_state = d.pop("stock_state")

        coupon_code_mode = d.pop("coupon_code_mode")

        stock_id = d.pop("stock_id")

        comment = d.pop("comment", UNSET)

        _custom_entrance = d.pop("custom_entrance", UNSET)
        custom_entrance: BusifavorResponseCustomEntrance | Unset
        if isinstance(_custom_entrance, Unset):
            custom_entrance = UNSET
        else:
            custom_entrance = BusifavorResponseCustomEntrance.from_dict(_custom_entrance)

        _display_pattern_info = d.pop("display_pattern_info", UNSET)
        display_pattern_info: BusifavorResponseDisplayPatternInfo | Unset
        if isinstance(_display_pattern_info, Unset):
            display_pattern_info = UNSET
        else:
            display_pattern_info = BusifavorResponseDisplayPatternInfo.from_dict(_display_pattern_info)

        _coupon_code_count = d.pop("coupon_code_count", UNSET)
        coupon_code_count: BusifavorCouponCodeCount | Unset
        if isinstance(_coupon_code_count, Unset):
            coupon_code_count = UNSET
        else:
            coupon_code_count = BusifavorCouponCodeCount.from_dict(_coupon_code_count)

        _notify_config = d.pop("notify_config", UNSET)
        notify_config: BusifavorResponseNotifyConfig | Unset
        if isinstance(_notify_config, Unset):
            notify_config = UNSET
        else:
            notify_config = BusifavorResponseNotifyConfig.from_dict(_notify_config)

        _send_count_information = d.pop("send_count_information", UNSET)
        send_count_information: BusifavorSendCount | Unset
        if isinstance(_send_count_information, Unset):
            send_count_information = UNSET
        else:
            send_count_information = BusifavorSendCount.from_dict(_send_count_information)

        subsidy = d.pop("subsidy", UNSET)

        busifavor_stock = cls(
            stock_name=stock_name,
            belong_merchant=belong_merchant,
            goods_name=goods_name,
            stock_type=stock_type,
            coupon_use_rule=coupon_use_rule,
            stock_send_rule=stock_send_rule,
            stock_state=stock_state,
            coupon_code_mode=coupon_code_mode,
            stock_id=stock_id,
            comment=comment,
            custom_entrance=custom_entrance,
            display_pattern_info=display_pattern_info,
            coupon_code_count=coupon_code_count,
            notify_config=notify_config,
            send_count_information=send_count_information,
            subsidy=subsidy,
        )

        busifavor_stock.additional_properties = d
        return busifavor_stock

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
