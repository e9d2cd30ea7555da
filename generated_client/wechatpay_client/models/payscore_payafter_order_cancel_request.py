# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscorePayafterOrderCancelRequest")


@_attrs_define
class PayscorePayafterOrderCancelRequest:
    """撤销先享后付订单请求 — revoke an order."""

    appid: str
    """ 公众账号ID — the AppID the order was created with. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    reason: str
    """ 取消原因 — why the order is revoked. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        reason = d.pop("reason")

        payscore_payafter_order_cancel_request = cls(
            appid=appid,
            service_id=service_id,
            reason=reason,
        )

        payscore_payafter_order_cancel_request.additional_properties = d
        return payscore_payafter_order_cancel_request

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
