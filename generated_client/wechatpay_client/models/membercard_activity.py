# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity_award_send_period import MembercardActivityAwardSendPeriod
    from ..models.membercard_activity_miniprogram_setting import MembercardActivityMiniprogramSetting
    from ..models.membercard_activity_pay_setting import MembercardActivityPaySetting
    from ..models.membercard_activity_stock import MembercardActivityStock


T = TypeVar("T", bound="MembercardActivity")


@_attrs_define
class MembercardActivity:
    """会员有礼活动 — an activity as returned by create, detail and list. Only `activity_id` is
    required: every source marks it, while the other fields are optional in OA and IM.

    """

    activity_id: str
    """ 活动ID — activity ID. """
    activity_status: str | Unset = UNSET
    """ 活动的当前状态 — status. Open set; known values: `CREATED`, `ONGOING`, `TERMINATED`,
    `OVER_TIME`.
     """
    create_time: datetime.datetime | Unset = UNSET
    """ 创建时间 — creation time (RFC 3339). """
    update_time: datetime.datetime | Unset = UNSET
    """ 更新时间 — last update (RFC 3339). """
    card_id: str | Unset = UNSET
    """ 会员卡ID — membership card template. """
    activity_name: str | Unset = UNSET
    """ 活动名称 — internal name. """
    activity_type: str | Unset = UNSET
    """ 活动类型 — kind. Open set; known values: `NON_MEMBER_AFTERPAY`, `MEMBER_AFTERPAY`,
    `NON_MEMBER_MINIPROGRAM`, `MEMBER_MINIPROGRAM`.
     """
    begin_time: datetime.datetime | Unset = UNSET
    """ 活动开始时间 — start (RFC 3339). """
    end_time: datetime.datetime | Unset = UNSET
    """ 活动结束时间 — end (RFC 3339). """
    award_send_period: MembercardActivityAwardSendPeriod | Unset = UNSET
    """ 发放时间段 — when gifts are handed out (given dates, daily time windows, or both). """
    stock_list: list[MembercardActivityStock] | Unset = UNSET
    """ 优惠券列表 — the coupon batches given as gifts. """
    out_request_no: str | Unset = UNSET
    """ 商户请求单号 — the merchant's request number used at creation. """
    pay_activity_setting: MembercardActivityPaySetting | Unset = UNSET
    """ 支付后活动设置 — settings of an after-payment activity. """
    miniprogram_activity_setting: MembercardActivityMiniprogramSetting | Unset = UNSET
    """ 支付前会员活动设置 — settings of a before-payment activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_status = self.activity_status

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        card_id = self.card_id

        activity_name = self.activity_name

        activity_type = self.activity_type

        begin_time: str | Unset = UNSET
        if not isinstance(self.begin_time, Unset):
            begin_time = self.begin_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        award_send_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.award_send_period, Unset):
            award_send_period = self.award_send_period.to_dict()

        stock_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_list, Unset):
            stock_list = []
            for stock_list_item_data in self.stock_list:
                stock_list_item = stock_list_item_data.to_dict()
                stock_list.append(stock_list_item)

        out_request_no = self.out_request_no

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
                "activity_id": activity_id,
            }
        )
        if activity_status is not UNSET:
            field_dict["activity_status"] = activity_status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if activity_name is not UNSET:
            field_dict["activity_name"] = activity_name
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if award_send_period is not UNSET:
            field_dict["award_send_period"] = award_send_period
        if stock_list is not UNSET:
            field_dict["stock_list"] = stock_list
        if out_request_no is not UNSET:
            field_dict["out_request_no"] = out_request_no
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
        activity_id = d.pop("activity_id")

        activity_status = d.pop("activity_status", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        card_id = d.pop("card_id", UNSET)

        activity_name = d.pop("activity_name", UNSET)

        activity_type = d.pop("activity_type", UNSET)

        _begin_time = d.pop("begin_time", UNSET)
        begin_time: datetime.datetime | Unset
        if isinstance(_begin_time, Unset):
            begin_time = UNSET
        else:
            begin_time = datetime.datetime.fromisoformat(_begin_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

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

        out_request_no = d.pop("out_request_no", UNSET)

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

        membercard_activity = cls(
            activity_id=activity_id,
            activity_status=activity_status,
            create_time=create_time,
            update_time=update_time,
            card_id=card_id,
            activity_name=activity_name,
            activity_type=activity_type,
            begin_time=begin_time,
            end_time=end_time,
            award_send_period=award_send_period,
            stock_list=stock_list,
            out_request_no=out_request_no,
            pay_activity_setting=pay_activity_setting,
            miniprogram_activity_setting=miniprogram_activity_setting,
        )

        membercard_activity.additional_properties = d
        return membercard_activity

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
