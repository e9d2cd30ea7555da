# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membercard_activity_create_request_activity_type import (
    MembercardActivityCreateRequestActivityType,
    check_membercard_activity_create_request_activity_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity_award_send_period import MembercardActivityAwardSendPeriod
    from ..models.membercard_activity_miniprogram_setting import MembercardActivityMiniprogramSetting
    from ..models.membercard_activity_pay_setting import MembercardActivityPaySetting
    from ..models.membercard_activity_stock import MembercardActivityStock


T = TypeVar("T", bound="MembercardActivityCreateRequest")


@_attrs_define
class MembercardActivityCreateRequest:
    """创建活动请求 — a new member-gift activity. Use `pay_activity_setting` for the
    after-payment kinds and `miniprogram_activity_setting` for the before-payment kinds.

    """

    card_id: str
    """ 会员卡ID — the membership card template the activity belongs to. """
    activity_name: str
    """ 活动名称 — internal name of the activity, not shown to users (at most 10 characters). """
    activity_type: MembercardActivityCreateRequestActivityType
    """ 活动类型 — `NON_MEMBER_AFTERPAY` (new members, payment result page),
    `MEMBER_AFTERPAY` (existing members, payment result page), `NON_MEMBER_MINIPROGRAM`
    (new members, card-opening component before payment), `MEMBER_MINIPROGRAM` (existing
    members, before payment).
     """
    begin_time: datetime.datetime
    """ 活动开始时间 — start (RFC 3339); within a year from now. """
    end_time: datetime.datetime
    """ 活动结束时间 — end (RFC 3339); the activity lasts at most 90 days. """
    out_request_no: str
    """ 商户请求单号 — the merchant's number for this request; it is echoed in every read of
    the activity, so it identifies the activity after an unclear outcome.
     """
    award_send_period: MembercardActivityAwardSendPeriod | Unset = UNSET
    """ 发放时间段 — when gifts are handed out (given dates, daily time windows, or both). """
    stock_list: list[MembercardActivityStock] | Unset = UNSET
    """ 优惠券列表 — the coupon batches given as gifts. """
    pay_activity_setting: MembercardActivityPaySetting | Unset = UNSET
    """ 支付后活动设置 — settings of an after-payment activity. """
    miniprogram_activity_setting: MembercardActivityMiniprogramSetting | Unset = UNSET
    """ 支付前会员活动设置 — settings of a before-payment activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        activity_name = self.activity_name

        activity_type: str = self.activity_type

        begin_time = self.begin_time.isoformat()

        end_time = self.end_time.isoformat()

        out_request_no = self.out_request_no

        award_send_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.award_send_period, Unset):
            award_send_period = self.award_send_period.to_dict()

        stock_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_list, Unset):
            stock_list = []
            for stock_list_item_data in self.stock_list:
                stock_list_item = stock_list_item_data.to_dict()
                stock_list.append(stock_list_item)

        pay_activity_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_activity_setting, Unset):
            pay_activity_setting = self.pay_activity_setting.to_dict()

        miniprogram_activity_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.miniprogram_activity_setting, Unset):
            miniprogram_activity_setting = self.miniprogram_activity_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "activity_name": activity_name,
                "activity_type": activity_type,
                "begin_time": begin_time,
                "end_time": end_time,
                "out_request_no": out_request_no,
            }
        )
        if award_send_period is not UNSET:
            field_dict["award_send_period"] = award_send_period
        if stock_list is not UNSET:
            field_dict["stock_list"] = stock_list
        if pay_activity_setting is not UNSET:
            field_dict["pay_activity_setting"] = pay_activity_setting
        if miniprogram_activity_setting is not UNSET:
            field_dict["miniprogram_activity_setting"] = miniprogram_activity_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity_award_send_period import MembercardActivityAwardSendPeriod
        from ..models.membercard_activity_miniprogram_setting import MembercardActivityMiniprogramSetting
        from ..models.membercard_activity_pay_setting import MembercardActivityPaySetting
        from ..models.membercard_activity_stock import MembercardActivityStock

        d = dict(src_dict)
        card_id = d.pop("card_id")

        activity_name = d.pop("activity_name")

        activity_type = check_membercard_activity_create_request_activity_type(d.pop("activity_type"))

        begin_time = datetime.datetime.fromisoformat(d.pop("begin_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        out_request_no = d.pop("out_request_no")

        _award_send_period = d.pop("award_send_period", UNSET)
        award_send_period: MembercardActivityAwardSendPeriod | Unset
        if isinstance(_award_send_period, Unset):
            award_send_period = UNSET
        else:
            award_send_period = MembercardActivityAwardSendPeriod.from_dict(_award_send_period)

        _stock_list = d.pop("stock_list", UNSET)
        stock_list: list[MembercardActivityStock] | Unset = UNSET
        if _stock_list is not UNSET:
            stock_list = []
            for stock_list_item_data in _stock_list:
                stock_list_item = MembercardActivityStock.from_dict(stock_list_item_data)

                stock_list.append(stock_list_item)

        _pay_activity_setting = d.pop("pay_activity_setting", UNSET)
        pay_activity_setting: MembercardActivityPaySetting | Unset
        if isinstance(_pay_activity_setting, Unset):
            pay_activity_setting = UNSET
        else:
            pay_activity_setting = MembercardActivityPaySetting.from_dict(_pay_activity_setting)

        _miniprogram_activity_setting = d.pop("miniprogram_activity_setting", UNSET)
        miniprogram_activity_setting: MembercardActivityMiniprogramSetting | Unset
        if isinstance(_miniprogram_activity_setting, Unset):
            miniprogram_activity_setting = UNSET
        else:
            miniprogram_activity_setting = MembercardActivityMiniprogramSetting.from_dict(_miniprogram_activity_setting)

        membercard_activity_create_request = cls(
            card_id=card_id,
            activity_name=activity_name,
            activity_type=activity_type,
            begin_time=begin_time,
            end_time=end_time,
            out_request_no=out_request_no,
            award_send_period=award_send_period,
            stock_list=stock_list,
            pay_activity_setting=pay_activity_setting,
            miniprogram_activity_setting=miniprogram_activity_setting,
        )

        membercard_activity_create_request.additional_properties = d
        return membercard_activity_create_request

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
