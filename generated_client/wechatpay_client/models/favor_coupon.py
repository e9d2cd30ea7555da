# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_coupon_consume_info import FavorCouponConsumeInfo
    from ..models.favor_cut_to_message import FavorCutToMessage
    from ..models.favor_fixed_normal_coupon_info import FavorFixedNormalCouponInfo


T = TypeVar("T", bound="FavorCoupon")


@_attrs_define
class FavorCoupon:
    """代金券 — a user's coupon (or 消费金) as read back."""

    stock_creator_mchid: str | Unset = UNSET
    """ 创建批次的商户号 — merchant that created the batch. """
    stock_id: str | Unset = UNSET
    """ 批次号 — batch ID. """
    coupon_id: str | Unset = UNSET
    """ 代金券ID — coupon ID. """
    coupon_name: str | Unset = UNSET
    """ 代金券名称 — coupon name. """
    status: str | Unset = UNSET
    """ 代金券状态 — known values: `SENDED` (可用), `USED` (已实扣), `EXPIRED` (已过期),
    `RECOVER` (已回收).
     """
    description: str | Unset = UNSET
    """ 使用说明 — usage rules. """
    create_time: datetime.datetime | Unset = UNSET
    """ 领券时间 — when the user received it (RFC 3339). """
    coupon_type: str | Unset = UNSET
    """ 券类型 — known values `NORMAL` (满减券), `CUT_TO` (减至券). """
    no_cash: bool | Unset = UNSET
    """ 是否无资金流 — `true` for a not-funded (免充值) coupon. """
    start_time: datetime.datetime | Unset = UNSET
    """ 激活批次的时间 — when its batch was activated (RFC 3339). """
    stop_time: datetime.datetime | Unset = UNSET
    """ 终止批次的时间 — when its batch was stopped (RFC 3339). """
    singleitem: bool | Unset = UNSET
    """ 是否单品优惠 — whether it is a single-item coupon. """
    cut_to_message: FavorCutToMessage | Unset = UNSET
    """ 减至批次特定信息 — the "reduce to" (减至) price rule. """
    available_begin_time: datetime.datetime | Unset = UNSET
    """ 可用开始时间 — validity start (RFC 3339). """
    available_end_time: datetime.datetime | Unset = UNSET
    """ 可用结束时间 — validity end (RFC 3339). """
    normal_coupon_information: FavorFixedNormalCouponInfo | Unset = UNSET
    """ 固定面额满减券信息 — face value and threshold, as read back. """
    consume_information: FavorCouponConsumeInfo | Unset = UNSET
    """ 已实扣代金券核销信息 — where and with which order a used coupon was used. """
    available_balance: int | Unset = UNSET
    """ 剩余金额 — remaining amount in fen (消费金). """
    business_type: str | Unset = UNSET
    """ 业务类型 — `MULTIUSE` for 消费金. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_creator_mchid = self.stock_creator_mchid

        stock_id = self.stock_id

        coupon_id = self.coupon_id

        coupon_name = self.coupon_name

        status = self.status

        description = self.description

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        coupon_type = self.coupon_type

        no_cash = self.no_cash

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        stop_time: str | Unset = UNSET
        if not isinstance(self.stop_time, Unset):
            stop_time = self.stop_time.isoformat()

        singleitem = self.singleitem

        cut_to_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cut_to_message, Unset):
            cut_to_message = self.cut_to_message.to_dict()

        available_begin_time: str | Unset = UNSET
        if not isinstance(self.available_begin_time, Unset):
            available_begin_time = self.available_begin_time.isoformat()

        available_end_time: str | Unset = UNSET
        if not isinstance(self.available_end_time, Unset):
            available_end_time = self.available_end_time.isoformat()

        normal_coupon_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normal_coupon_information, Unset):
            normal_coupon_information = self.normal_coupon_information.to_dict()

        consume_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consume_information, Unset):
            consume_information = self.consume_information.to_dict()

        available_balance = self.available_balance

        business_type = self.business_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stock_creator_mchid is not UNSET:
            field_dict["stock_creator_mchid"] = stock_creator_mchid
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        if no_cash is not UNSET:
            field_dict["no_cash"] = no_cash
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stop_time is not UNSET:
            field_dict["stop_time"] = stop_time
        if singleitem is not UNSET:
            field_dict["singleitem"] = singleitem
        if cut_to_message is not UNSET:
            field_dict["cut_to_message"] = cut_to_message
        if available_begin_time is not UNSET:
            field_dict["available_begin_time"] = available_begin_time
        if available_end_time is not UNSET:
            field_dict["available_end_time"] = available_end_time
        if normal_coupon_information is not UNSET:
            field_dict["normal_coupon_information"] = normal_coupon_information
        if consume_information is not UNSET:
            field_dict["consume_information"] = consume_information
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance
        if business_type is not UNSET:
            field_dict["business_type"] = business_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_coupon_consume_info import FavorCouponConsumeInfo
        from ..models.favor_cut_to_message import FavorCutToMessage
        from ..models.favor_fixed_normal_coupon_info import FavorFixedNormalCouponInfo

        d = dict(src_dict)
        stock_creator_mchid = d.pop("stock_creator_mchid", UNSET)

        stock_id = d.pop("stock_id", UNSET)

        coupon_id = d.pop("coupon_id", UNSET)

        coupon_name = d.pop("coupon_name", UNSET)

        status = d.pop("status", UNSET)

        description = d.pop("description", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        coupon_type = d.pop("coupon_type", UNSET)

        no_cash = d.pop("no_cash", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _stop_time = d.pop("stop_time", UNSET)
        stop_time: datetime.datetime | Unset
        if isinstance(_stop_time, Unset):
            stop_time = UNSET
        else:
            stop_time = datetime.datetime.fromisoformat(_stop_time)

        singleitem = d.pop("singleitem", UNSET)

        _cut_to_message = d.pop("cut_to_message", UNSET)
        cut_to_message: FavorCutToMessage | Unset
        if isinstance(_cut_to_message, Unset):
            cut_to_message = UNSET
        else:
            cut_to_message = FavorCutToMessage.from_dict(_cut_to_message)

        _available_begin_time = d.pop("available_begin_time", UNSET)
        available_begin_time: datetime.datetime | Unset
        if isinstance(_available_begin_time, Unset):
            available_begin_time = UNSET
        else:
            available_begin_time = datetime.datetime.fromisoformat(_available_begin_time)

        _available_end_time = d.pop("available_end_time", UNSET)
        available_end_time: datetime.datetime | Unset
        if isinstance(_available_end_time, Unset):
            available_end_time = UNSET
        else:
            available_end_time = datetime.datetime.fromisoformat(_available_end_time)

        _normal_coupon_information = d.pop("normal_coupon_information", UNSET)
        normal_coupon_information: FavorFixedNormalCouponInfo | Unset
        if isinstance(_normal_coupon_information, Unset):
            normal_coupon_information = UNSET
        else:
            normal_coupon_information = FavorFixedNormalCouponInfo.from_dict(_normal_coupon_information)

        _consume_information = d.pop("consume_information", UNSET)
        consume_information: FavorCouponConsumeInfo | Unset
        if isinstance(_consume_information, Unset):
            consume_information = UNSET
        else:
            consume_information = FavorCouponConsumeInfo.from_dict(_consume_information)

        available_balance = d.pop("available_balance", UNSET)

        business_type = d.pop("business_type", UNSET)

        favor_coupon = cls(
            stock_creator_mchid=stock_creator_mchid,
            stock_id=stock_id,
            coupon_id=coupon_id,
            coupon_name=coupon_name,
            status=status,
            description=description,
            create_time=create_time,
            coupon_type=coupon_type,
            no_cash=no_cash,
            start_time=start_time,
            stop_time=stop_time,
            singleitem=singleitem,
            cut_to_message=cut_to_message,
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            normal_coupon_information=normal_coupon_information,
            consume_information=consume_information,
            available_balance=available_balance,
            business_type=business_type,
        )

        favor_coupon.additional_properties = d
        return favor_coupon

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
