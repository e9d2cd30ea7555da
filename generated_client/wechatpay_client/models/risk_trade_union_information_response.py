# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskTradeUnionInformationResponse")


@_attrs_define
class RiskTradeUnionInformationResponse:
    """上报订单关联信息应答 — identifiers of the reported order."""

    sp_mchid: str | Unset = UNSET
    """ 服务商商户号 — service-provider mode only. """
    acquiring_bank_id: str | Unset = UNSET
    """ 从业机构商户号 — acquiring-institution mode only. """
    channel_id: str | Unset = UNSET
    """ 渠道号 — channel mode only. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — the merchant order number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sp_mchid = self.sp_mchid

        acquiring_bank_id = self.acquiring_bank_id

        channel_id = self.channel_id

        sub_mchid = self.sub_mchid

        out_trade_no = self.out_trade_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if acquiring_bank_id is not UNSET:
            field_dict["acquiring_bank_id"] = acquiring_bank_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sp_mchid = d.pop("sp_mchid", UNSET)

        acquiring_bank_id = d.pop("acquiring_bank_id", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        risk_trade_union_information_response = cls(
            sp_mchid=sp_mchid,
            acquiring_bank_id=acquiring_bank_id,
            channel_id=channel_id,
            sub_mchid=sub_mchid,
            out_trade_no=out_trade_no,
        )

        risk_trade_union_information_response.additional_properties = d
        return risk_trade_union_information_response

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
