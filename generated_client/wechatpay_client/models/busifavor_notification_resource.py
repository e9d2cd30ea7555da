# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_notification_attach_info import BusifavorNotificationAttachInfo


T = TypeVar("T", bound="BusifavorNotificationResource")


@_attrs_define
class BusifavorNotificationResource:
    """商家券领券事件 — the decrypted resource of `COUPON.SEND` (original_type `coupon`), sent to
    the address set with `set_busifavor_callback` when a user receives a merchant coupon.
    `openid`/`unionid` are given only when the batch has `notify_config.notify_appid`.
    Told apart from other `COUPON.*` resources by `send_merchant`. Unknown keys are kept.

    """

    coupon_code: str
    """ 券code — the coupon's code. """
    stock_id: str
    """ 批次号 — batch ID. """
    event_type: str | Unset = UNSET
    """ 业务细分事件类型 — `EVENT_TYPE_BUSICOUPON_SEND` (open set). """
    send_time: str | Unset = UNSET
    """ 发放时间 — when the coupon was sent (RFC 3339 in the samples; kept a plain string). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under the batch's notify AppID. """
    unionid: str | Unset = UNSET
    """ 用户UnionID — the user's UnionID. """
    send_channel: str | Unset = UNSET
    """ 发放渠道 — e.g. `BUSICOUPON_SEND_CHANNEL_MINIAPP`, `BUSICOUPON_SEND_CHANNEL_API`,
    `BUSICOUPON_SEND_CHANNEL_PAYGIFT`, `BUSICOUPON_SEND_CHANNEL_H5`,
    `BUSICOUPON_SEND_CHANNEL_FTOF`, `BUSICOUPON_SEND_CHANNEL_MEMBERCARD_ACT`,
    `BUSICOUPON_SEND_CHANNEL_HALL`, `BUSICOUPON_SEND_CHANNEL_JSAPI`, … (open set).
     """
    send_merchant: str | Unset = UNSET
    """ 发券商户号 — merchant that sent the coupon. """
    act_id: str | Unset = UNSET
    """ 摇一摇活动ID — shake-activity ID. """
    attach_info: BusifavorNotificationAttachInfo | Unset = UNSET
    """ 附加信息 — only for the pay-gift, marketing-hall and member-card channels; which fields
    appear depends on the channel.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        stock_id = self.stock_id

        event_type = self.event_type

        send_time = self.send_time

        openid = self.openid

        unionid = self.unionid

        send_channel = self.send_channel

        send_merchant = self.send_merchant

        act_id = self.act_id

        attach_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attach_info, Unset):
            attach_info = self.attach_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code": coupon_code,
                "stock_id": stock_id,
            }
        )
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if send_time is not UNSET:
            field_dict["send_time"] = send_time
        if openid is not UNSET:
            field_dict["openid"] = openid
        if unionid is not UNSET:
            field_dict["unionid"] = unionid
        if send_channel is not UNSET:
            field_dict["send_channel"] = send_channel
        if send_merchant is not UNSET:
            field_dict["send_merchant"] = send_merchant
        if act_id is not UNSET:
            field_dict["act_id"] = act_id
        if attach_info is not UNSET:
            field_dict["attach_info"] = attach_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_notification_attach_info import BusifavorNotificationAttachInfo

        d = dict(src_dict)
        coupon_code = d.pop("coupon_code")

        stock_id = d.pop("stock_id")

        event_type = d.pop("event_type", UNSET)

        send_time = d.pop("send_time", UNSET)

        openid = d.pop("openid", UNSET)

        unionid = d.pop("unionid", UNSET)

        send_channel = d.pop("send_channel", UNSET)

        send_merchant = d.pop("send_merchant", UNSET)

        act_id = d.pop("act_id", UNSET)

        _attach_info = d.pop("attach_info", UNSET)
        attach_info: BusifavorNotificationAttachInfo | Unset
        if isinstance(_attach_info, Unset):
            attach_info = UNSET
        else:
            attach_info = BusifavorNotificationAttachInfo.from_dict(_attach_info)

        busifavor_notification_resource = cls(
            coupon_code=coupon_code,
            stock_id=stock_id,
            event_type=event_type,
            send_time=send_time,
            openid=openid,
            unionid=unionid,
            send_channel=send_channel,
            send_merchant=send_merchant,
            act_id=act_id,
            attach_info=attach_info,
        )

        busifavor_notification_resource.additional_properties = d
        return busifavor_notification_resource

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
