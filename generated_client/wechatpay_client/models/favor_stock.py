# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_available_region import FavorAvailableRegion
    from ..models.favor_cut_to_message import FavorCutToMessage
    from ..models.favor_stock_use_rule_info import FavorStockUseRuleInfo


T = TypeVar("T", bound="FavorStock")


@_attrs_define
class FavorStock:
    """代金券批次 — a batch as read back: settings, status and sent count. Also carries the
    消费金 (`business_type` `MULTIUSE`) region and industry limits.

    """

    stock_name: str
    """ 批次名称 — batch name. """
    description: str
    """ 使用说明 — the batch's usage rules. """
    available_begin_time: datetime.datetime
    """ 开始时间 — start of the batch (RFC 3339). """
    available_end_time: datetime.datetime
    """ 结束时间 — end of the batch (RFC 3339). """
    no_cash: bool
    """ 是否无资金流 — `true` for a not-funded (免充值) batch. """
    stock_type: str
    """ 批次类型 — known values: `NORMAL`, `DISCOUNT`, `EXCHAHGE`, `RANDOM`, `DISCOUNT_CUT`
    (the Go SDK also names `OTHER`).
     """
    stock_id: str | Unset = UNSET
    """ 批次号 — batch ID. """
    stock_creator_mchid: str | Unset = UNSET
    """ 创建批次的商户号 — merchant that created the batch. """
    status: str | Unset = UNSET
    """ 批次状态 — known values: `unactivated`, `audit`, `running`, `stoped`, `paused`
    (the Go SDK's enum also names `EXPIRED`).
     """
    create_time: datetime.datetime | Unset = UNSET
    """ 创建时间 — creation time (RFC 3339). """
    stock_use_rule: FavorStockUseRuleInfo | Unset = UNSET
    """ 发放规则 — sending limits of a batch, as read back. """
    distributed_coupons: int | Unset = UNSET
    """ 已发券数量 — coupons sent so far. """
    start_time: datetime.datetime | Unset = UNSET
    """ 激活批次的时间 — when the batch was activated (RFC 3339). """
    stop_time: datetime.datetime | Unset = UNSET
    """ 终止批次的时间 — when the batch was stopped for good (RFC 3339). """
    cut_to_message: FavorCutToMessage | Unset = UNSET
    """ 减至批次特定信息 — the "reduce to" (减至) price rule. """
    singleitem: bool | Unset = UNSET
    """ 是否单品优惠 — whether it is a single-item coupon batch. """
    card_id: str | Unset = UNSET
    """ 微信卡包ID — card-wallet ID of the batch. """
    business_type: str | Unset = UNSET
    """ 业务类型 — `MULTIUSE` for 消费金. """
    available_region_list: list[FavorAvailableRegion] | Unset = UNSET
    """ 消费金可用地域 — regions where the 消费金 can be used. """
    available_industry_list: list[str] | Unset = UNSET
    """ 消费金可用行业 — industries where the 消费金 can be used (e.g. 餐饮). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_name = self.stock_name

        description = self.description

        available_begin_time = self.available_begin_time.isoformat()

        available_end_time = self.available_end_time.isoformat()

        no_cash = self.no_cash

        stock_type = self.stock_type

        stock_id = self.stock_id

        stock_creator_mchid = self.stock_creator_mchid

        status = self.status

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        stock_use_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_use_rule, Unset):
            stock_use_rule = self.stock_use_rule.to_dict()

        distributed_coupons = self.distributed_coupons

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        stop_time: str | Unset = UNSET
        if not isinstance(self.stop_time, Unset):
            stop_time = self.stop_time.isoformat()

        cut_to_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cut_to_message, Unset):
            cut_to_message = self.cut_to_message.to_dict()

        singleitem = self.singleitem

        card_id = self.card_id

        business_type = self.business_type

        available_region_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_region_list, Unset):
            available_region_list = []
            for available_region_list_item_data in self.available_region_list:
                available_region_list_item = available_region_list_item_data.to_dict()
                available_region_list.append(available_region_list_item)

        available_industry_list: list[str] | Unset = UNSET
        if not isinstance(self.available_industry_list, Unset):
            available_industry_list = self.available_industry_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_name": stock_name,
                "description": description,
                "available_begin_time": available_begin_time,
                "available_end_time": available_end_time,
                "no_cash": no_cash,
                "stock_type": stock_type,
            }
        )
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if stock_creator_mchid is not UNSET:
            field_dict["stock_creator_mchid"] = stock_creator_mchid
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if stock_use_rule is not UNSET:
            field_dict["stock_use_rule"] = stock_use_rule
        if distributed_coupons is not UNSET:
            field_dict["distributed_coupons"] = distributed_coupons
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stop_time is not UNSET:
            field_dict["stop_time"] = stop_time
        if cut_to_message is not UNSET:
            field_dict["cut_to_message"] = cut_to_message
        if singleitem is not UNSET:
            field_dict["singleitem"] = singleitem
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if available_region_list is not UNSET:
            field_dict["available_region_list"] = available_region_list
        if available_industry_list is not UNSET:
            field_dict["available_industry_list"] = available_industry_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_available_region import FavorAvailableRegion
        from ..models.favor_cut_to_message import FavorCutToMessage
        from ..models.favor_stock_use_rule_info import FavorStockUseRuleInfo

        d = dict(src_dict)
        stock_name = d.pop("stock_name")

        description = d.pop("description")

        available_begin_time = datetime.datetime.fromisoformat(d.pop("available_begin_time"))

        available_end_time = datetime.datetime.fromisoformat(d.pop("available_end_time"))

        no_cash = d.pop("no_cash")

        stock_type = d.pop("stock_type")

        stock_id = d.pop("stock_id", UNSET)

        stock_creator_mchid = d.pop("stock_creator_mchid", UNSET)

        status = d.pop("status", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _stock_use_rule = d.pop("stock_use_rule", UNSET)
        stock_use_rule: FavorStockUseRuleInfo | Unset
        if isinstance(_stock_use_rule, Unset):
            stock_use_rule = UNSET
        else:
            stock_use_rule = FavorStockUseRuleInfo.from_dict(_stock_use_rule)

        distributed_coupons = d.pop("distributed_coupons", UNSET)

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

        _cut_to_message = d.pop("cut_to_message", UNSET)
        cut_to_message: FavorCutToMessage | Unset
        if isinstance(_cut_to_message, Unset):
            cut_to_message = UNSET
        else:
            cut_to_message = FavorCutToMessage.from_dict(_cut_to_message)

        singleitem = d.pop("singleitem", UNSET)

        card_id = d.pop("card_id", UNSET)

        business_type = d.pop("business_type", UNSET)

        _available_region_list = d.pop("available_region_list", UNSET)
        available_region_list: list[FavorAvailableRegion] | Unset = UNSET
        if _available_region_list is not UNSET:
            available_region_list = []
            for available_region_list_item_data in _available_region_list:
                available_region_list_item = FavorAvailableRegion.from_dict(available_region_list_item_data)

                available_region_list.append(available_region_list_item)

        available_industry_list = cast(list[str], d.pop("available_industry_list", UNSET))

        favor_stock = cls(
            stock_name=stock_name,
            description=description,
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            no_cash=no_cash,
            stock_type=stock_type,
            stock_id=stock_id,
            stock_creator_mchid=stock_creator_mchid,
            status=status,
            create_time=create_time,
            stock_use_rule=stock_use_rule,
            distributed_coupons=distributed_coupons,
            start_time=start_time,
            stop_time=stop_time,
            cut_to_message=cut_to_message,
            singleitem=singleitem,
            card_id=card_id,
            business_type=business_type,
            available_region_list=available_region_list,
            available_industry_list=available_industry_list,
        )

        favor_stock.additional_properties = d
        return favor_stock

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
