# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ebike_papay_amount import EbikePapayAmount
    from ..models.ebike_papay_charge_info import EbikePapayChargeInfo
    from ..models.ebike_papay_device_info import EbikePapayDeviceInfo


T = TypeVar("T", bound="EbikePapayTransactionCreateRequest")


@_attrs_define
class EbikePapayTransactionCreateRequest:
    """充电代扣扣款请求 — the deduction for one finished charge."""

    appid: str
    """ 公众号ID — the AppID bound to the merchant. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    notify_url: str
    """ 通知url — receives the payment result. """
    description: str
    """ 商品描述 — description of the charge. """
    charging_token: str
    """ 用户充电代扣凭证 — the token from `create_ebike_charging_token`. """
    amount: EbikePapayAmount
    """ 订单金额信息 — amount of a deduction request, in fen (分). """
    charge_info: EbikePapayChargeInfo
    """ 充电自行车场景信息 — the finished charge. """
    device_info: EbikePapayDeviceInfo
    """ 设备信息 — the charging point and the merchant server. """
    sub_mchid: str | Unset = UNSET
    """ 特约商户号 — service-provider mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 特约商户公众号ID — service-provider mode only. """
    attach: str | Unset = UNSET
    """ 附加字段 — merchant data returned with the order. """
    goods_tag: str | Unset = UNSET
    """ 营销信息 — goods tag (coupon rules). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_trade_no = self.out_trade_no

        notify_url = self.notify_url

        description = self.description

        charging_token = self.charging_token

        amount = self.amount.to_dict()

        charge_info = self.charge_info.to_dict()

        device_info = self.device_info.to_dict()

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        attach = self.attach

        goods_tag = self.goods_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_trade_no": out_trade_no,
                "notify_url": notify_url,
                "description": description,
                "charging_token": charging_token,
                "amount": amount,
                "charge_info": charge_info,
                "device_info": device_info,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if attach is not UNSET:
            field_dict["attach"] = attach
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ebike_papay_amount import EbikePapayAmount
        from ..models.ebike_papay_charge_info import EbikePapayChargeInfo
        from ..models.ebike_papay_device_info import EbikePapayDeviceInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        out_trade_no = d.pop("out_trade_no")

        notify_url = d.pop("notify_url")

        description = d.pop("description")

        charging_token = d.pop("charging_token")

        amount = EbikePapayAmount.from_dict(d.pop("amount"))

        charge_info = EbikePapayChargeInfo.from_dict(d.pop("charge_info"))

        device_info = EbikePapayDeviceInfo.from_dict(d.pop("device_info"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        ebike_papay_transaction_create_request = cls(
            appid=appid,
            out_trade_no=out_trade_no,
            notify_url=notify_url,
            description=description,
            charging_token=charging_token,
            amount=amount,
            charge_info=charge_info,
            device_info=device_info,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            attach=attach,
            goods_tag=goods_tag,
        )

        ebike_papay_transaction_create_request.additional_properties = d
        return ebike_papay_transaction_create_request

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
