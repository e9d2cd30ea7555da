# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreServiceOrderRef")


@_attrs_define
class PayscoreServiceOrderRef:
    """支付分订单标识 — the identifiers returned by `cancel_payscore_service_order` and
    `collect_payscore_service_order`.

    """

    appid: str
    """ 公众账号ID — AppID of the order. """
    out_order_no: str
    """ 商户服务订单号 — merchant service order number. """
    service_id: str
    """ 服务ID — service ID. """
    order_id: str
    """ 微信支付服务订单号 — service order number assigned by WeChat Pay. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_order_no = self.out_order_no

        service_id = self.service_id

        order_id = self.order_id

        mchid = self.mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_order_no": out_order_no,
                "service_id": service_id,
                "order_id": order_id,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        out_order_no = d.pop("out_order_no")

        service_id = d.pop("service_id")

        order_id = d.pop("order_id")

        mchid = d.pop("mchid", UNSET)

        payscore_service_order_ref = cls(
            appid=appid,
            out_order_no=out_order_no,
            service_id=service_id,
            order_id=order_id,
            mchid=mchid,
        )

        payscore_service_order_ref.additional_properties = d
        return payscore_service_order_ref

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
