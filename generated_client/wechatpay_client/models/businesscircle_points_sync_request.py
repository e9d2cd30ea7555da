# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinesscirclePointsSyncRequest")


@_attrs_define
class BusinesscirclePointsSyncRequest:
    """积分同步请求 — the points outcome of one mall payment."""

    transaction_id: str
    """ 微信订单号 — WeChat Pay order number from the `MALL_TRANSACTION.SUCCESS` notification. """
    appid: str
    """ 小程序AppID — AppID of the mini program the customer authorised in. """
    openid: str
    """ 顾客OpenID — the customer's OpenID in that mini program. """
    earn_points: bool
    """ 是否获得积分 — whether the payment earned points. """
    increased_points: int
    """ 订单新增积分值 — points earned by this payment. """
    points_update_time: datetime.datetime
    """ 积分更新时间 — when the points were credited (RFC 3339). """
    sub_mchid: str | Unset = UNSET
    """ 商圈商户ID — the mall merchant; service-provider mode only, direct merchants omit it. """
    no_points_remarks: str | Unset = UNSET
    """ 未获得积分的备注信息 — why no points were earned, when `earn_points` is false. """
    total_points: int | Unset = UNSET
    """ 顾客积分总额 — the customer's points balance after this payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        appid = self.appid

        openid = self.openid

        earn_points = self.earn_points

        increased_points = self.increased_points

        points_update_time = self.points_update_time.isoformat()

        sub_mchid = self.sub_mchid

        no_points_remarks = self.no_points_remarks

        total_points = self.total_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "appid": appid,
                "openid": openid,
                "earn_points": earn_points,
                "increased_points": increased_points,
                "points_update_time": points_update_time,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if no_points_remarks is not UNSET:
            field_dict["no_points_remarks"] = no_points_remarks
        if total_points is not UNSET:
            field_dict["total_points"] = total_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        appid = d.pop("appid")

        openid = d.pop("openid")

        earn_points = d.pop("earn_points")

        increased_points = d.pop("increased_points")

        points_update_time = datetime.datetime.fromisoformat(d.pop("points_update_time"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        no_points_remarks = d.pop("no_points_remarks", UNSET)

        total_points = d.pop("total_points", UNSET)

        businesscircle_points_sync_request = cls(
            transaction_id=transaction_id,
            appid=appid,
            openid=openid,
            earn_points=earn_points,
            increased_points=increased_points,
            points_update_time=points_update_time,
            sub_mchid=sub_mchid,
            no_points_remarks=no_points_remarks,
            total_points=total_points,
        )

        businesscircle_points_sync_request.additional_properties = d
        return businesscircle_points_sync_request

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
