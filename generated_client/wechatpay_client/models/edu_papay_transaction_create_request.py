# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edu_papay_transaction_create_request_trade_scene import (
    EduPapayTransactionCreateRequestTradeScene,
    check_edu_papay_transaction_create_request_trade_scene,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edu_papay_amount import EduPapayAmount
    from ..models.edu_papay_device_information import EduPapayDeviceInformation


T = TypeVar("T", bound="EduPapayTransactionCreateRequest")


@_attrs_define
class EduPapayTransactionCreateRequest:
    """受理扣款请求 — one deduction from a signed contract."""

    appid: str
    """ 应用ID — the AppID bound to the merchant. """
    body: str
    """ 商品或支付单简要描述 — short description of the goods or the payment. """
    out_trade_no: str
    """ 商户订单号 — merchant order number, unique per merchant (digits, letters, `_-`); reuse
    it when retrying the same deduction.
     """
    notify_url: str
    """ 支付回调通知地址 — HTTPS URL, reachable from the internet, without query parameters. """
    contract_id: str
    """ 签约协议号 — the contract to deduct from. """
    trade_scene: EduPapayTransactionCreateRequestTradeScene
    """ 场景信息枚举 — `EDUCATION_PERIOD` (教育续费通). """
    amount: EduPapayAmount
    """ 订单金额 — amount of a deduction request, in fen (分). """
    device_information: EduPapayDeviceInformation
    """ 设备信息 — the merchant device that requests the deduction. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 子商户APPID — service-provider mode only, direct merchants omit it. """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data, returned unchanged by the query and the notification. """
    goods_tag: str | Unset = UNSET
    """ 商品标记 — goods tag (coupon rules). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        body = self.body

        out_trade_no = self.out_trade_no

        notify_url = self.notify_url

        contract_id = self.contract_id

        trade_scene: str = self.trade_scene

        amount = self.amount.to_dict()

        device_information = self.device_information.to_dict()

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        attach = self.attach

        goods_tag = self.goods_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "body": body,
                "out_trade_no": out_trade_no,
                "notify_url": notify_url,
                "contract_id": contract_id,
                "trade_scene": trade_scene,
                "amount": amount,
                "device_information": device_information,
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
        from ..models.edu_papay_amount import EduPapayAmount
        from ..models.edu_papay_device_information import EduPapayDeviceInformation

        d = dict(src_dict)
        appid = d.pop("appid")

        body = d.pop("body")

        out_trade_no = d.pop("out_trade_no")

        notify_url = d.pop("notify_url")

        contract_id = d.pop("contract_id")

        trade_scene = check_edu_papay_transaction_create_request_trade_scene(d.pop("trade_scene"))

        amount = EduPapayAmount.from_dict(d.pop("amount"))

        device_information = EduPapayDeviceInformation.from_dict(d.pop("device_information"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        edu_papay_transaction_create_request = cls(
            appid=appid,
            body=body,
            out_trade_no=out_trade_no,
            notify_url=notify_url,
            contract_id=contract_id,
            trade_scene=trade_scene,
            amount=amount,
            device_information=device_information,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            attach=attach,
            goods_tag=goods_tag,
        )

        edu_papay_transaction_create_request.additional_properties = d
        return edu_papay_transaction_create_request

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
