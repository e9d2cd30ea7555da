# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EduStarOrderCreateRequest")


@_attrs_define
class EduStarOrderCreateRequest:
    """创建核销订单请求 — one benefit redemption. Send `wechat_openid` or `qq` to identify the
    user (neither is required by the schema, as in OA and IM).

    """

    appid: str
    """ appid — the merchant's AppID. """
    right_id: str
    """ 权益ID — the benefit redeemed. """
    create_time: datetime.datetime
    """ 权益核销时间 — when the benefit was used (RFC 3339). """
    wechat_openid: str | Unset = UNSET
    """ 用户在appid下的唯一标识 — the user's OpenID under `appid`. """
    qq: str | Unset = UNSET
    """ 用户QQ账号 — the user's QQ account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        right_id = self.right_id

        create_time = self.create_time.isoformat()

        wechat_openid = self.wechat_openid

        qq = self.qq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "right_id": right_id,
                "create_time": create_time,
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

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        wechat_openid = d.pop("wechat_openid", UNSET)

        qq = d.pop("qq", UNSET)

        edu_star_order_create_request = cls(
            appid=appid,
            right_id=right_id,
            create_time=create_time,
            wechat_openid=wechat_openid,
            qq=qq,
        )

        edu_star_order_create_request.additional_properties = d
        return edu_star_order_create_request

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
