# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscoreSmartretailOrderResult")


@_attrs_define
class PayscoreSmartretailOrderResult:
    """订单标识 — identifiers of a revoked or completed order."""

    appid: str
    """ 公众账号ID — the AppID. """
    mchid: str
    """ 商户号 — the merchant ID. """
    out_order_no: str
    """ 商户服务订单号 — the merchant's order number. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    order_id: str
    """ 微信支付服务订单号 — WeChat Pay's order number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_order_no = self.out_order_no

        service_id = self.service_id

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "out_order_no": out_order_no,
                "service_id": service_id,
                "order_id": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        out_order_no = d.pop("out_order_no")

        service_id = d.pop("service_id")

        order_id = d.pop("order_id")

        payscore_smartretail_order_result = cls(
            appid=appid,
            mchid=mchid,
            out_order_no=out_order_no,
            service_id=service_id,
            order_id=order_id,
        )

        payscore_smartretail_order_result.additional_properties = d
        return payscore_smartretail_order_result

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
