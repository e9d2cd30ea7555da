# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_display_pattern_info import BusifavorDisplayPatternInfo
    from ..models.busifavor_notify_config import BusifavorNotifyConfig
    from ..models.busifavor_stock_update_coupon_use_rule import BusifavorStockUpdateCouponUseRule
    from ..models.busifavor_stock_update_custom_entrance import BusifavorStockUpdateCustomEntrance
    from ..models.busifavor_stock_update_send_rule import BusifavorStockUpdateSendRule


T = TypeVar("T", bound="BusifavorStockUpdateRequest")


@_attrs_define
class BusifavorStockUpdateRequest:
    """修改商家券基本信息请求 — only the fields sent are changed."""

    out_request_no: str
    """ 商户请求单号 — the merchant's number for this change, unique on its side. """
    custom_entrance: BusifavorStockUpdateCustomEntrance | Unset = UNSET
    """ 自定义入口 — entrances to change. """
    stock_name: str | Unset = UNSET
    """ 批次名称 — at most 21 characters (documented as not yet changeable). """
    comment: str | Unset = UNSET
    """ 批次备注 — at most 20 characters. """
    goods_name: str | Unset = UNSET
    """ 适用商品范围 — at most 15 characters. """
    display_pattern_info: BusifavorDisplayPatternInfo | Unset = UNSET
    """ 样式信息 — how the coupon looks. """
    coupon_use_rule: BusifavorStockUpdateCouponUseRule | Unset = UNSET
    """ 核销规则 — redemption method to change. """
    stock_send_rule: BusifavorStockUpdateSendRule | Unset = UNSET
    """ 发放规则 — anti-abuse switches to change. """
    notify_config: BusifavorNotifyConfig | Unset = UNSET
    """ 事件通知配置 — event-notification settings of the batch. """
    subsidy: bool | Unset = UNSET
    """ 是否允许营销补差 — may only change from false to true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        custom_entrance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entrance, Unset):
            custom_entrance = self.custom_entrance.to_dict()

        stock_name = self.stock_name

        comment = self.comment

        goods_name = self.goods_name

        display_pattern_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_pattern_info, Unset):
            display_pattern_info = self.display_pattern_info.to_dict()

        coupon_use_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_use_rule, Unset):
            coupon_use_rule = self.coupon_use_rule.to_dict()

        stock_send_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_send_rule, Unset):
            stock_send_rule = self.stock_send_rule.to_dict()

        notify_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify_config, Unset):
            notify_config = self.notify_config.to_dict()

        subsidy = self.subsidy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
            }
        )
        if custom_entrance is not UNSET:
            field_dict["custom_entrance"] = custom_entrance
        if stock_name is not UNSET:
            field_dict["stock_name"] = stock_name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if goods_name is not UNSET:
            field_dict["goods_name"] = goods_name
        if display_pattern_info is not UNSET:
            field_dict["display_pattern_info"] = display_pattern_info
        if coupon_use_rule is not UNSET:
            field_dict["coupon_use_rule"] = coupon_use_rule
        if stock_send_rule is not UNSET:
            field_dict["stock_send_rule"] = stock_send_rule
        if notify_config is not UNSET:
            field_dict["notify_config"] = notify_config
        if subsidy is not UNSET:
            field_dict["subsidy"] = subsidy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_display_pattern_info import BusifavorDisplayPatternInfo
        from ..models.busifavor_notify_config import BusifavorNotifyConfig
        from ..models.busifavor_stock_update_coupon_use_rule import BusifavorStockUpdateCouponUseRule
        from ..models.busifavor_stock_update_custom_entrance import BusifavorStockUpdateCustomEntrance
        from ..models.busifavor_stock_update_send_rule import BusifavorStockUpdateSendRule

        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        _custom_entrance = d.pop("custom_entrance", UNSET)
        custom_entrance: BusifavorStockUpdateCustomEntrance | Unset
        if isinstance(_custom_entrance, Unset):
            custom_entrance = UNSET
        else:
            custom_entrance = BusifavorStockUpdateCustomEntrance.from_dict(_custom_entrance)

        stock_name = d.pop("stock_name", UNSET)

        comment = d.pop("comment", UNSET)

        goods_name = d.pop("goods_name", UNSET)

        _display_pattern_info = d.pop("display_pattern_info", UNSET)
        display_pattern_info: BusifavorDisplayPatternInfo | Unset
        if isinstance(_display_pattern_info, Unset):
            display_pattern_info = UNSET
        else:
            display_pattern_info = BusifavorDisplayPatternInfo.from_dict(_display_pattern_info)

        _coupon_use_rule = d.pop("coupon_use_rule", UNSET)
        coupon_use_rule: BusifavorStockUpdateCouponUseRule | Unset
        if isinstance(_coupon_use_rule, Unset):
            coupon_use_rule = UNSET
        else:
            coupon_use_rule = BusifavorStockUpdateCouponUseRule.from_dict(_coupon_use_rule)

        _stock_send_rule = d.pop("stock_send_rule", UNSET)
        stock_send_rule: BusifavorStockUpdateSendRule | Unset
        if isinstance(_stock_send_rule, Unset):
            stock_send_rule = UNSET
        else:
            stock_send_rule = BusifavorStockUpdateSendRule.from_dict(_stock_send_rule)

        _notify_config = d.pop("notify_config", UNSET)
        notify_config: BusifavorNotifyConfig | Unset
        if isinstance(_notify_config, Unset):
            notify_config = UNSET
        else:
            notify_config = BusifavorNotifyConfig.from_dict(_notify_config)

        subsidy = d.pop("subsidy", UNSET)

        busifavor_stock_update_request = cls(
            out_request_no=out_request_no,
            custom_entrance=custom_entrance,
            stock_name=stock_name,
            comment=comment,
            goods_name=goods_name,
            display_pattern_info=display_pattern_info,
            coupon_use_rule=coupon_use_rule,
            stock_send_rule=stock_send_rule,
            notify_config=notify_config,
            subsidy=subsidy,
        )

        busifavor_stock_update_request.additional_properties = d
        return busifavor_stock_update_request

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
