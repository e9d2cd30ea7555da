# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_bank_used_amount_list import FavorBankUsedAmountList


T = TypeVar("T", bound="FavorBankMultiActivityCoupon")


@_attrs_define
class FavorBankMultiActivityCoupon:
    """多笔立减活动代金券 — a coupon bound to a multi-use instant-discount activity."""

    stock_creator_mchid: str
    """ 创建批次的商户号 — merchant that created the batch. """
    stock_id: str
    """ 批次号 — batch ID. """
    coupon_id: str
    """ 代金券ID — coupon ID. """
    coupon_name: str
    """ 代金券名称 — coupon name. """
    coupon_state: str
    """ 券状态 — known values: `COUPON_STATE_UNKNOW` (upstream spelling),
    `COUPON_STATE_SEND`, `COUPON_STATE_USED`, `COUPON_STATE_EXPIRED`.
     """
    receive_time: datetime.datetime
    """ 领券时间 — when the user received it (RFC 3339). """
    available_begin_time: datetime.datetime
    """ 可用开始时间 — validity start (RFC 3339). """
    available_end_time: datetime.datetime
    """ 可用结束时间 — validity end (RFC 3339). """
    activity_id: str
    """ 活动ID — the activity. """
    max_use_number: int
    """ 最大使用次数 — how many times it can be used in all. """
    available_number: int
    """ 可用次数 — uses left. """
    used_number: int
    """ 已使用次数 — uses so far. """
    use_amount_list: FavorBankUsedAmountList | Unset = UNSET
    """ 已用金额列表 — the amounts already used. """
    openid: str | Unset = UNSET
    """ 用户标识ID — the user's openid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_creator_mchid = self.stock_creator_mchid

        stock_id = self.stock_id

        coupon_id = self.coupon_id

        coupon_name = self.coupon_name

        coupon_state = self.coupon_state

        receive_time = self.receive_time.isoformat()

        available_begin_time = self.available_begin_time.isoformat()

        available_end_time = self.available_end_time.isoformat()

        activity_id = self.activity_id

        max_use_number = self.max_use_number

        available_number = self.available_number

        used_number = self.used_number

        use_amount_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_amount_list, Unset):
            use_amount_list = self.use_amount_list.to_dict()

        openid = self.openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_creator_mchid": stock_creator_mchid,
                "stock_id": stock_id,
                "coupon_id": coupon_id,
                "coupon_name": coupon_name,
                "coupon_state": coupon_state,
                "receive_time": receive_time,
                "available_begin_time": available_begin_time,
                "available_end_time": available_end_time,
                "activity_id": activity_id,
                "max_use_number": max_use_number,
                "available_number": available_number,
                "used_number": used_number,
            }
        )
        if use_amount_list is not UNSET:
            field_dict["use_amount_list"] = use_amount_list
        if openid is not UNSET:
            field_dict["openid"] = openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_bank_used_amount_list import FavorBankUsedAmountList

        d = dict(src_dict)
        stock_creator_mchid = d.pop("stock_creator_mchid")

        stock_id = d.pop("stock_id")

        coupon_id = d.pop("coupon_id")

        coupon_name = d.pop("coupon_name")

        coupon_state = d.pop("coupon_state")

        receive_time = datetime.datetime.fromisoformat(d.pop("receive_time"))

        available_begin_time = datetime.datetime.fromisoformat(d.pop("available_begin_time"))

        available_end_time = datetime.datetime.fromisoformat(d.pop("available_end_time"))

        activity_id = d.pop("activity_id")

        max_use_number = d.pop("max_use_number")

        available_number = d.pop("available_number")

        used_number = d.pop("used_number")

        _use_amount_list = d.pop("use_amount_list", UNSET)
        use_amount_list: FavorBankUsedAmountList | Unset
        if isinstance(_use_amount_list, Unset):
            use_amount_list = UNSET
        else:
            use_amount_list = FavorBankUsedAmountList.from_dict(_use_amount_list)

        openid = d.pop("openid", UNSET)

        favor_bank_multi_activity_coupon = cls(
            stock_creator_mchid=stock_creator_mchid,
            stock_id=stock_id,
            coupon_id=coupon_id,
            coupon_name=coupon_name,
            coupon_state=coupon_state,
            receive_time=receive_time,
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            activity_id=activity_id,
            max_use_number=max_use_number,
            available_number=available_number,
            used_number=used_number,
            use_amount_list=use_amount_list,
            openid=openid,
        )

        favor_bank_multi_activity_coupon.additional_properties = d
        return favor_bank_multi_activity_coupon

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
