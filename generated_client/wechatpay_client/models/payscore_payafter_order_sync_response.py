# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscorePayafterOrderSyncResponse")


@_attrs_define
class PayscorePayafterOrderSyncResponse:
    """支付分订单同步应答 — identifiers of the synced order."""

    appid: str
    """ 公众账号ID — the AppID. """
    mchid: str
    """ 商户号 — the merchant ID. """
    out_order_no: str
    """ 商户服务订单号 — the merchant's order number. """
    order_id: str
    """ 微信支付服务订单号 — WeChat Pay's order number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_order_no = self.out_order_no

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "out_order_no": out_order_no,
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

        order_id = d.pop("order_id")

        payscore_payafter_order_sync_response = cls(
            appid=appid,
            mchid=mchid,
            out_order_no=out_order_no,
            order_id=order_id,
        )

        payscore_payafter_order_sync_response.additional_properties = d
        return payscore_payafter_order_sync_response

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
