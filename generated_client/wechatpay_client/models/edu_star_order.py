# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EduStarOrder")


@_attrs_define
class EduStarOrder:
    """核销订单 — a recorded redemption. `wechat_openid` is optional here although OA and IM
    mark it required: an order recorded by QQ account alone may have none.

    """

    appid: str
    """ appid — the merchant's AppID. """
    right_id: str
    """ 权益ID — the benefit redeemed. """
    create_time: str
    """ 权益核销时间 — redemption time (RFC 3339 text, kept as a string). """
    order_state: str
    """ 订单状态 — order status (example `CONSUMED`). Open set. """
    order_id: str
    """ 订单号 — order number assigned by WeChat Pay. """
    wechat_openid: str | Unset = UNSET
    """ 用户在appid下的唯一标识 — the user's OpenID. """
    qq: str | Unset = UNSET
    """ 用户QQ账号 — the user's QQ account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        right_id = self.right_id

        create_time = self.create_time

        order_state = self.order_state

        order_id = self.order_id

        wechat_openid = self.wechat_openid

        qq = self.qq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "right_id": right_id,
                "create_time": create_time,
                "order_state": order_state,
                "order_id": order_id,
            }
        )
        if wechat_openid is not UNSET:
            field_dict["wechat_openid"] = wechat_openid
        if qq is not UNSET:
            field_dict["qq"] = qq

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        right_id = d.pop("right_id")

        create_time = d.pop("create_time")

        order_state = d.pop("order_state")

        order_id = d.pop("order_id")

        wechat_openid = d.pop("wechat_openid", UNSET)

        qq = d.pop("qq", UNSET)

        edu_star_order = cls(
            appid=appid,
            right_id=right_id,
            create_time=create_time,
            order_state=order_state,
            order_id=order_id,
            wechat_openid=wechat_openid,
            qq=qq,
        )

        edu_star_order.additional_properties = d
        return edu_star_order

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
