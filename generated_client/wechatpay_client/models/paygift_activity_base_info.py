# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paygift_activity_base_info_background_color import (
    PaygiftActivityBaseInfoBackgroundColor,
    check_paygift_activity_base_info_background_color,
)
from ..models.paygift_activity_base_info_delivery_purpose import (
    PaygiftActivityBaseInfoDeliveryPurpose,
    check_paygift_activity_base_info_delivery_purpose,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_available_period import PaygiftAvailablePeriod


T = TypeVar("T", bound="PaygiftActivityBaseInfo")


@_attrs_define
class PaygiftActivityBaseInfo:
    """活动基本信息 — basics of an activity (request side; answers use
    `PaygiftResponseActivityBaseInfo`). `begin_time` and `end_time` are required as in the
    official SDKs (OA/IM leave them optional); the activity may last at most 90 days and
    start within a year.

    """

    activity_name: str
    """ 活动名称 — activity name. """
    activity_second_title: str
    """ 活动副标题 — subtitle. """
    merchant_logo_url: str
    """ 商户logo — URL of the merchant logo shown with the coupons. """
    begin_time: datetime.datetime
    """ 活动开始时间 — start (RFC 3339). """
    end_time: datetime.datetime
    """ 活动结束时间 — end (RFC 3339); at most 90 days after the start. """
    out_request_no: str
    """ 商户请求单号 — the merchant's unique number for this creation (suggested form:
    merchant ID + date + serial; letters, digits, `|*_-`).
     """
    delivery_purpose: PaygiftActivityBaseInfoDeliveryPurpose
    """ 投放目的 — `OFF_LINE_PAY` (bring users back to the store) or `JUMP_MINI_APP` (send users to a mini program). """
    background_color: PaygiftActivityBaseInfoBackgroundColor | Unset = UNSET
    """ 背景颜色 — coupon background colour, one of ten named colours; WeChat Pay green when absent. """
    available_periods: PaygiftAvailablePeriod | Unset = UNSET
    """ 可用时间段 — time slots of an activity (request side). """
    mini_programs_appid: str | Unset = UNSET
    """ 商家小程序appid — mini program AppID; required for `JUMP_MINI_APP`. """
    mini_programs_path: str | Unset = UNSET
    """ 商家小程序path — mini program page path; required for `JUMP_MINI_APP`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_name = self.activity_name

        activity_second_title = self.activity_second_title

        merchant_logo_url = self.merchant_logo_url

        begin_time = self.begin_time.isoformat()

        end_time = self.end_time.isoformat()

        out_request_no = self.out_request_no

        delivery_purpose: str = self.delivery_purpose

        background_color: str | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color

        available_periods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_periods, Unset):
            available_periods = self.available_periods.to_dict()

        mini_programs_appid = self.mini_programs_appid

        mini_programs_path = self.mini_programs_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_name": activity_name,
                "activity_second_title": activity_second_title,
                "merchant_logo_url": merchant_logo_url,
                "begin_time": begin_time,
                "end_time": end_time,
                "out_request_no": out_request_no,
                "delivery_purpose": delivery_purpose,
            }
        )
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if available_periods is not UNSET:
            field_dict["available_periods"] = available_periods
        if mini_programs_appid is not UNSET:
            field_dict["mini_programs_appid"] = mini_programs_appid
        if mini_programs_path is not UNSET:
            field_dict["mini_programs_path"] = mini_programs_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_available_period import PaygiftAvailablePeriod

        d = dict(src_dict)
        activity_name = d.pop("activity_name")

        activity_second_title = d.pop("activity_second_title")

        merchant_logo_url = d.pop("merchant_logo_url")

        begin_time = datetime.datetime.fromisoformat(d.pop("begin_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        out_request_no = d.pop("out_request_no")

        delivery_purpose = check_paygift_activity_base_info_delivery_purpose(d.pop("delivery_purpose"))

        _background_color = d.pop("background_color", UNSET)
        background_color: PaygiftActivityBaseInfoBackgroundColor | Unset
        if isinstance(_background_color, Unset):
            background_color = UNSET
        else:
            background_color = check_paygift_activity_base_info_background_color(_background_color)

        _available_periods = d.pop("available_periods", UNSET)
        available_periods: PaygiftAvailablePeriod | Unset
        if isinstance(_available_periods, Unset):
            available_periods = UNSET
        else:
            available_periods = PaygiftAvailablePeriod.from_dict(_available_periods)

        mini_programs_appid = d.pop("mini_programs_appid", UNSET)

        mini_programs_path = d.pop("mini_programs_path", UNSET)

        paygift_activity_base_info = cls(
            activity_name=activity_name,
            activity_second_title=activity_second_title,
            merchant_logo_url=merchant_logo_url,
            begin_time=begin_time,
            end_time=end_time,
            out_request_no=out_request_no,
            delivery_purpose=delivery_purpose,
            background_color=background_color,
            available_periods=available_periods,
            mini_programs_appid=mini_programs_appid,
            mini_programs_path=mini_programs_path,
        )

        paygift_activity_base_info.additional_properties = d
        return paygift_activity_base_info

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
