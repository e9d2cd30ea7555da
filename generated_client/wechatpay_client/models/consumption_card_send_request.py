# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConsumptionCardSendRequest")


@_attrs_define
class ConsumptionCardSendRequest:
    """发放消费卡请求 — the user and the send."""

    appid: str
    """ 消费卡归属appid — AppID that created the card, bound to the calling merchant. """
    openid: str
    """ 用户openid — the user's OpenID under `appid`. """
    out_request_no: str
    """ 商户单据号 — the merchant's number for this send (letters and digits recommended);
    unique together with `send_time`.
     """
    send_time: datetime.datetime
    """ 请求发卡时间 — send time in the merchant's system (UTC+8), at most 24 hours ago. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        openid = self.openid

        out_request_no = self.out_request_no

        send_time = self.send_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "openid": openid,
                "out_request_no": out_request_no,
                "send_time": send_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        openid = d.pop("openid")

        out_request_no = d.pop("out_request_no")

        send_time = datetime.datetime.fromisoformat(d.pop("send_time"))

        consumption_card_send_request = cls(
            appid=appid,
            openid=openid,
            out_request_no=out_request_no,
            send_time=send_time,
        )

        consumption_card_send_request.additional_properties = d
        return consumption_card_send_request

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
