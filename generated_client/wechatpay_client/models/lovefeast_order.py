# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lovefeast_amount import LovefeastAmount
    from ..models.lovefeast_merchant_order import LovefeastMerchantOrder
    from ..models.lovefeast_payer import LovefeastPayer


T = TypeVar("T", bound="LovefeastOrder")


@_attrs_define
class LovefeastOrder:
    """捐赠单 — one donation order. No field is required: GO and JAVA mark most of them
    required, OA and IM none.

    """

    welfare_trade_id: str | Unset = UNSET
    """ 捐赠订单号 — donation order number. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID of the merchant (official account or app). """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; service-provider mode only. """
    brand_id: int | Unset = UNSET
    """ 品牌ID — brand ID. """
    donate_source: str | Unset = UNSET
    """ 捐赠来源 — where the donation came from. Open set; known values: `MINIPROGRAM_PAY`
    (一起捐 mini program), `ENTRUST_PAY` (一块捐 plug-in).
     """
    merchant_order: LovefeastMerchantOrder | Unset = UNSET
    """ 商户订单 — the merchant order a 一块捐 donation was attached to. """
    institution_name: str | Unset = UNSET
    """ 捐赠机构名称 — charity that received the donation. """
    business_id: str | Unset = UNSET
    """ 捐赠项目编号 — donation project number. """
    business_name: str | Unset = UNSET
    """ 捐赠活动名称 — donation campaign name. """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment time (RFC 3339). """
    payer: LovefeastPayer | Unset = UNSET
    """ 支付者 — the donor. """
    amount: LovefeastAmount | Unset = UNSET
    """ 订单金额 — amounts of a donation, in fen (分). """
    device_id: str | Unset = UNSET
    """ 设备编号 — device number carried by the material code the donor scanned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        welfare_trade_id = self.welfare_trade_id

        appid = self.appid

        sub_appid = self.sub_appid

        brand_id = self.brand_id

        donate_source = self.donate_source

        merchant_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_order, Unset):
            merchant_order = self.merchant_order.to_dict()

        institution_name = self.institution_name

        business_id = self.business_id

        business_name = self.business_name

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if welfare_trade_id is not UNSET:
            field_dict["welfare_trade_id"] = welfare_trade_id
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if donate_source is not UNSET:
            field_dict["donate_source"] = donate_source
        if merchant_order is not UNSET:
            field_dict["merchant_order"] = merchant_order
        if institution_name is not UNSET:
            field_dict["institution_name"] = institution_name
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if payer is not UNSET:
            field_dict["payer"] = payer
        if amount is not UNSET:
            field_dict["amount"] = amount
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lovefeast_amount import LovefeastAmount
        from ..models.lovefeast_merchant_order import LovefeastMerchantOrder
        from ..models.lovefeast_payer import LovefeastPayer

        d = dict(src_dict)
        welfare_trade_id = d.pop("welfare_trade_id", UNSET)

        appid = d.pop("appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        brand_id = d.pop("brand_id", UNSET)

        donate_source = d.pop("donate_source", UNSET)

        _merchant_order = d.pop("merchant_order", UNSET)
        merchant_order: LovefeastMerchantOrder | Unset
        if isinstance(_merchant_order, Unset):
            merchant_order = UNSET
        else:
            merchant_order = LovefeastMerchantOrder.from_dict(_merchant_order)

        institution_name = d.pop("institution_name", UNSET)

        business_id = d.pop("business_id", UNSET)

        business_name = d.pop("business_name", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _payer = d.pop("payer", UNSET)
        payer: LovefeastPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = LovefeastPayer.from_dict(_payer)

        _amount = d.pop("amount", UNSET)
        amount: LovefeastAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = LovefeastAmount.from_dict(_amount)

        device_id = d.pop("device_id", UNSET)

        lovefeast_order = cls(
            welfare_trade_id=welfare_trade_id,
            appid=appid,
            sub_appid=sub_appid,
            brand_id=brand_id,
            donate_source=donate_source,
            merchant_order=merchant_order,
            institution_name=institution_name,
            business_id=business_id,
            business_name=business_name,
            success_time=success_time,
            payer=payer,
            amount=amount,
            device_id=device_id,
        )

        lovefeast_order.additional_properties = d
        return lovefeast_order

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
