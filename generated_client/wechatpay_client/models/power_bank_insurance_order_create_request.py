# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PowerBankInsuranceOrderCreateRequest")


@_attrs_define
class PowerBankInsuranceOrderCreateRequest:
    """创建保险订单请求 — the user and the merchant's order number."""

    out_order_no: str
    """ 商户保险订单号 — merchant insurance order number, unique per merchant (digits, letters,
    `_-|*`, at most 32 characters).
     """
    openid: str
    """ 用户标识 — the user's OpenID under the merchant's AppID. """
    notify_url: str
    """ 通知商户URL — HTTPS URL that receives the order state changes. """
    service_id: str | Unset = UNSET
    """ 支付分服务ID — the merchant's WeChat Pay Score service ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        openid = self.openid

        notify_url = self.notify_url

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_order_no": out_order_no,
                "openid": openid,
                "notify_url": notify_url,
            }
        )
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        openid = d.pop("openid")

        notify_url = d.pop("notify_url")

        service_id = d.pop("service_id", UNSET)

        power_bank_insurance_order_create_request = cls(
            out_order_no=out_order_no,
            openid=openid,
            notify_url=notify_url,
            service_id=service_id,
        )

        power_bank_insurance_order_create_request.additional_properties = d
        return power_bank_insurance_order_create_request

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
