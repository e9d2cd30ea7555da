# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_response_available_period import PaygiftResponseAvailablePeriod


T = TypeVar("T", bound="PaygiftResponseActivityBaseInfo")


@_attrs_define
class PaygiftResponseActivityBaseInfo:
    """活动基本信息 (应答) — basics of an activity, as returned."""

    activity_name: str
    """ 活动名称 — activity name. """
    activity_second_title: str
    """ 活动副标题 — subtitle. """
    merchant_logo_url: str
    """ 商户logo — logo URL. """
    out_request_no: str
    """ 商户请求单号 — the merchant's creation number. """
    delivery_purpose: str
    """ 投放目的 — `OFF_LINE_PAY` or `JUMP_MINI_APP`. Open set. """
    background_color: str | Unset = UNSET
    """ 背景颜色 — `Color010` … `Color100`. Open set. """
    begin_time: datetime.datetime | Unset = UNSET
    """ 活动开始时间 — start (RFC 3339). """
    end_time: datetime.datetime | Unset = UNSET
    """ 活动结束时间 — end (RFC 3339). """
    available_periods: PaygiftResponseAvailablePeriod | Unset = UNSET
    """ 可用时间段 (应答) — time slots, as returned. """
    mini_programs_appid: str | Unset = UNSET
    """ 商家小程序appid — mini program AppID. """
    mini_programs_path: str | Unset = UNSET
    """ 商家小程序path — mini program page path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_name = self.activity_name

        activity_second_title = self.activity_second_title

        merchant_logo_url = self.merchant_logo_url

        out_request_no = self.out_request_no

        delivery_purpose = self.delivery_purpose

        background_color = self.background_color

        begin_time: str | Unset = UNSET
        if not isinstance(self.begin_time, Unset):
            begin_time = self.begin_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

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
                "out_request_no": out_request_no,
                "delivery_purpose": delivery_purpose,
            }
        )
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if available_periods is not UNSET:
            field_dict["available_periods"] = available_periods
        if mini_programs_appid is not UNSET:
            field_dict["mini_programs_appid"] = mini_programs_appid
        if mini_programs_path is not UNSET:
            field_dict["mini_programs_path"] = mini_programs_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_response_available_period import PaygiftResponseAvailablePeriod

        d = dict(src_dict)
        activity_name = d.pop("activity_name")

        activity_second_title = d.pop("activity_second_title")

        merchant_logo_url = d.pop("merchant_logo_url")

        out_request_no = d.pop("out_request_no")

        delivery_purpose = d.pop("delivery_purpose")

        background_color = d.pop("background_color", UNSET)

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

        _available_periods = d.pop("available_periods", UNSET)
        available_periods: PaygiftResponseAvailablePeriod | Unset
        if isinstance(_available_periods, Unset):
            available_periods = UNSET
        else:
            available_periods = PaygiftResponseAvailablePeriod.from_dict(_available_periods)

        mini_programs_appid = d.pop("mini_programs_appid", UNSET)

        mini_programs_path = d.pop("mini_programs_path", UNSET)

        paygift_response_activity_base_info = cls(
            activity_name=activity_name,
            activity_second_title=activity_second_title,
            merchant_logo_url=merchant_logo_url,
            out_request_no=out_request_no,
            delivery_purpose=delivery_purpose,
            background_color=background_color,
            begin_time=begin_time,
            end_time=end_time,
            available_periods=available_periods,
            mini_programs_appid=mini_programs_appid,
            mini_programs_path=mini_programs_path,
        )

        paygift_response_activity_base_info.additional_properties = d
        return paygift_response_activity_base_info

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
