# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.combine_jsapi_request_limit_pay_item import (
    CombineJsapiRequestLimitPayItem,
    check_combine_jsapi_request_limit_pay_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_payer_info import CombinePayerInfo
    from ..models.combine_scene_info import CombineSceneInfo
    from ..models.combine_sub_order import CombineSubOrder
    from ..models.combine_subsidy_info import CombineSubsidyInfo


T = TypeVar("T", bound="CombineJsapiRequest")


@_attrs_define
class CombineJsapiRequest:
    """合单JSAPI下单请求 — combined JSAPI (official account / mini-program) order request."""

    combine_appid: str
    """ 合单商户appid — AppID of the merchant that starts the combined payment. """
    combine_mchid: str
    """ 合单商户号 — merchant ID of the merchant that starts the combined payment. """
    combine_out_trade_no: str
    """ 合单商户订单号 — the combined-order number, unique per merchant (digits, letters,
    `_-|*@`, at most 32 characters).
     """
    sub_orders: list[CombineSubOrder]
    """ 商品单信息 — the sub-orders (at most 50). """
    combine_payer_info: CombinePayerInfo
    """ 支付者 — the payer of a combined JSAPI, H5 or Native order. """
    notify_url: str
    """ 通知地址 — HTTPS URL that receives the combined `TRANSACTION.SUCCESS`; no query string. """
    scene_info: CombineSceneInfo | Unset = UNSET
    """ 场景信息 — payment scene of a combined JSAPI, App or Native order. """
    time_start: datetime.datetime | Unset = UNSET
    """ 交易起始时间 — order creation time (RFC 3339 with offset). """
    time_expire: datetime.datetime | Unset = UNSET
    """ 交易结束时间 — payment deadline (RFC 3339 with offset). """
    limit_pay: list[CombineJsapiRequestLimitPayItem] | Unset = UNSET
    """ 指定支付方式 — payment-method restrictions: `no_balance` (不可用零钱), `no_debit` (不可用
    借记卡), `balance_only` (仅可用零钱).
     """
    subsidy_info: CombineSubsidyInfo | Unset = UNSET
    """ 贴息信息 — merchant instalment subsidy of a combined JSAPI order (微信分付). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        combine_appid = self.combine_appid

        combine_mchid = self.combine_mchid

        combine_out_trade_no = self.combine_out_trade_no

        sub_orders = []
        for sub_orders_item_data in self.sub_orders:
            sub_orders_item = sub_orders_item_data.to_dict()
            sub_orders.append(sub_orders_item)

        combine_payer_info = self.combine_payer_info.to_dict()

        notify_url = self.notify_url

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        time_start: str | Unset = UNSET
        if not isinstance(self.time_start, Unset):
            time_start = self.time_start.isoformat()

        time_expire: str | Unset = UNSET
        if not isinstance(self.time_expire, Unset):
            time_expire = self.time_expire.isoformat()

        limit_pay: list[str] | Unset = UNSET
        if not isinstance(self.limit_pay, Unset):
            limit_pay = []
            for limit_pay_item_data in self.limit_pay:
                limit_pay_item: str = limit_pay_item_data
                limit_pay.append(limit_pay_item)

        subsidy_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subsidy_info, Unset):
            subsidy_info = self.subsidy_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combine_appid": combine_appid,
                "combine_mchid": combine_mchid,
                "combine_out_trade_no": combine_out_trade_no,
                "sub_orders": sub_orders,
                "combine_payer_info": combine_payer_info,
                "notify_url": notify_url,
            }
        )
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if time_expire is not UNSET:
            field_dict["time_expire"] = time_expire
        if limit_pay is not UNSET:
            field_dict["limit_pay"] = limit_pay
        if subsidy_info is not UNSET:
            field_dict["subsidy_info"] = subsidy_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_payer_info import CombinePayerInfo
        from ..models.combine_scene_info import CombineSceneInfo
        from ..models.combine_sub_order import CombineSubOrder
        from ..models.combine_subsidy_info import CombineSubsidyInfo

        d = dict(src_dict)
        combine_appid = d.pop("combine_appid")

        combine_mchid = d.pop("combine_mchid")

        combine_out_trade_no = d.pop("combine_out_trade_no")

        sub_orders = []
        _sub_orders = d.pop("sub_orders")
        for sub_orders_item_data in _sub_orders:
            sub_orders_item = CombineSubOrder.from_dict(sub_orders_item_data)

            sub_orders.append(sub_orders_item)

        combine_payer_info = CombinePayerInfo.from_dict(d.pop("combine_payer_info"))

        notify_url = d.pop("notify_url")

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: CombineSceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = CombineSceneInfo.from_dict(_scene_info)

        _time_start = d.pop("time_start", UNSET)
        time_start: datetime.datetime | Unset
        if isinstance(_time_start, Unset):
            time_start = UNSET
        else:
            time_start = datetime.datetime.fromisoformat(_time_start)

        _time_expire = d.pop("time_expire", UNSET)
        time_expire: datetime.datetime | Unset
        if isinstance(_time_expire, Unset):
            time_expire = UNSET
        else:
            time_expire = datetime.datetime.fromisoformat(_time_expire)

        _limit_pay = d.pop("limit_pay", UNSET)
        limit_pay: list[CombineJsapiRequestLimitPayItem] | Unset = UNSET
        if _limit_pay is not UNSET:
            limit_pay = []
            for limit_pay_item_data in _limit_pay:
                limit_pay_item = check_combine_jsapi_request_limit_pay_item(limit_pay_item_data)

                limit_pay.append(limit_pay_item)

        _subsidy_info = d.pop("subsidy_info", UNSET)
        subsidy_info: CombineSubsidyInfo | Unset
        if isinstance(_subsidy_info, Unset):
            subsidy_info = UNSET
        else:
            subsidy_info = CombineSubsidyInfo.from_dict(_subsidy_info)

        combine_jsapi_request = cls(
            combine_appid=combine_appid,
            combine_mchid=combine_mchid,
            combine_out_trade_no=combine_out_trade_no,
            sub_orders=sub_orders,
            combine_payer_info=combine_payer_info,
            notify_url=notify_url,
            scene_info=scene_info,
            time_start=time_start,
            time_expire=time_expire,
            limit_pay=limit_pay,
            subsidy_info=subsidy_info,
        )

        combine_jsapi_request.additional_properties = d
        return combine_jsapi_request

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
