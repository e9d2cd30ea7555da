# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskTradeNotificationResource")


@_attrs_define
class RiskTradeNotificationResource:
    """风险订单通知 — decrypted `resource` of the `RISKTRADE.IDENTIFICATION` notification, sent to
    the URL configured for risk orders when WeChat Pay flags an order (`original_type` is not
    documented). IM (the only source) marks all four fields required; only `out_trade_no` is
    required here so that a notification always parses. Not referenced by any operation.

    """

    out_trade_no: str
    """ 商户订单号 — the merchant order number. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    risk_type: int | Unset = UNSET
    """ 风险类型 — risk type code (1–4 documented). Open set. """
    risk_level: int | Unset = UNSET
    """ 风险等级 — risk level code (1–3 documented). Open set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        mchid = self.mchid

        risk_type = self.risk_type

        risk_level = self.risk_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_trade_no": out_trade_no,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if risk_type is not UNSET:
            field_dict["risk_type"] = risk_type
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        mchid = d.pop("mchid", UNSET)

        risk_type = d.pop("risk_type", UNSET)

        risk_level = d.pop("risk_level", UNSET)

        risk_trade_notification_resource = cls(
            out_trade_no=out_trade_no,
            mchid=mchid,
            risk_type=risk_type,
            risk_level=risk_level,
        )

        risk_trade_notification_resource.additional_properties = d
        return risk_trade_notification_resource

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
