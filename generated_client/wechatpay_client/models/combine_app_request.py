# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.combine_app_request_limit_pay_item import (
    CombineAppRequestLimitPayItem,
    check_combine_app_request_limit_pay_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_contract_info import CombineContractInfo
    from ..models.combine_identity_payer_info import CombineIdentityPayerInfo
    from ..models.combine_scene_info import CombineSceneInfo
    from ..models.combine_sub_order import CombineSubOrder


T = TypeVar("T", bound="CombineAppRequest")


@_attrs_define
class CombineAppRequest:
    """合单APP下单请求 — combined App order request."""

    combine_appid: str
    """ 合单商户appid — AppID (open platform) of the app that starts the combined payment. """
    combine_mchid: str
    """ 合单商户号 — merchant ID of the merchant that starts the combined payment. """
    combine_out_trade_no: str
    """ 合单商户订单号 — the combined-order number, unique per merchant. """
    sub_orders: list[CombineSubOrder]
    """ 商品单信息 — the sub-orders (at most 50). """
    notify_url: str
    """ 通知地址 — HTTPS URL that receives the combined `TRANSACTION.SUCCESS`. """
    scene_info: CombineSceneInfo | Unset = UNSET
    """ 场景信息 — payment scene of a combined JSAPI, App or Native order. """
    combine_payer_info: CombineIdentityPayerInfo | Unset = UNSET
    """ 支付者 (实名支付) — the optional payer block of a combined App order. """
    time_start: datetime.datetime | Unset = UNSET
    """ 交易起始时间 — order creation time (RFC 3339 with offset). """
    time_expire: datetime.datetime | Unset = UNSET
    """ 交易结束时间 — payment deadline (RFC 3339 with offset). """
    limit_pay: list[CombineAppRequestLimitPayItem] | Unset = UNSET
    """ 指定支付方式 — payment-method restrictions: `no_balance` (不可用零钱), `no_debit` (不可用
    借记卡), `balance_only` (仅可用零钱).
     """
    contract_info: CombineContractInfo | Unset = UNSET
    """ 预签约信息 — entrusted-deduction contract to sign during a combined App payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        combine_appid = self.combine_appid

        combine_mchid = self.combine_mchid

        combine_out_trade_no = self.combine_out_trade_no

        sub_orders = []
        for sub_orders_item_data in self.sub_orders:
            sub_orders_item = sub_orders_item_data.to_dict()
            sub_orders.append(sub_orders_item)

        notify_url = self.notify_url

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        combine_payer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.combine_payer_info, Unset):
            combine_payer_info = self.combine_payer_info.to_dict()

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

        contract_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_info, Unset):
            contract_info = self.contract_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combine_appid": combine_appid,
                "combine_mchid": combine_mchid,
                "combine_out_trade_no": combine_out_trade_no,
                "sub_orders": sub_orders,
                "notify_url": notify_url,
            }
        )
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info
        if combine_payer_info is not UNSET:
            field_dict["combine_payer_info"] = combine_payer_info
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if time_expire is not UNSET:
            field_dict["time_expire"] = time_expire
        if limit_pay is not UNSET:
            field_dict["limit_pay"] = limit_pay
        if contract_info is not UNSET:
            field_dict["contract_info"] = contract_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_contract_info import CombineContractInfo
        from ..models.combine_identity_payer_info import CombineIdentityPayerInfo
        from ..models.combine_scene_info import CombineSceneInfo
        from ..models.combine_sub_order import CombineSubOrder

        d = dict(src_dict)
        combine_appid = d.pop("combine_appid")

        combine_mchid = d.pop("combine_mchid")

        combine_out_trade_no = d.pop("combine_out_trade_no")

        sub_orders = []
        _sub_orders = d.pop("sub_orders")
        for sub_orders_item_data in _sub_orders:
            sub_orders_item = CombineSubOrder.from_dict(sub_orders_item_data)

            sub_orders.append(sub_orders_item)

        notify_url = d.pop("notify_url")

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: CombineSceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = CombineSceneInfo.from_dict(_scene_info)

        _combine_payer_info = d.pop("combine_payer_info", UNSET)
        combine_payer_info: CombineIdentityPayerInfo | Unset
        if isinstance(_combine_payer_info, Unset):
            combine_payer_info = UNSET
        else:
            combine_payer_info = CombineIdentityPayerInfo.from_dict(_combine_payer_info)

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
        limit_pay: list[CombineAppRequestLimitPayItem] | Unset = UNSET
        if _limit_pay is not UNSET:
            limit_pay = []
            for limit_pay_item_data in _limit_pay:
                limit_pay_item = check_combine_app_request_limit_pay_item(limit_pay_item_data)

                limit_pay.append(limit_pay_item)

        _contract_info = d.pop("contract_info", UNSET)
        contract_info: CombineContractInfo | Unset
        if isinstance(_contract_info, Unset):
            contract_info = UNSET
        else:
            contract_info = CombineContractInfo.from_dict(_contract_info)

        combine_app_request = cls(
            combine_appid=combine_appid,
            combine_mchid=combine_mchid,
            combine_out_trade_no=combine_out_trade_no,
            sub_orders=sub_orders,
            notify_url=notify_url,
            scene_info=scene_info,
            combine_payer_info=combine_payer_info,
            time_start=time_start,
            time_expire=time_expire,
            limit_pay=limit_pay,
            contract_info=contract_info,
        )

        combine_app_request.additional_properties = d
        return combine_app_request

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
