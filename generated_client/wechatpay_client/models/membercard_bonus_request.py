# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardBonusRequest")


@_attrs_define
class MembercardBonusRequest:
    """支付后积分请求 — the order and the points shown after payment (used by
    `prepare_membercard_bonus` and `commit_membercard_bonus`).

    """

    out_trade_no: str
    """ 商户订单号 — the paid order's merchant order number. """
    mchid: str
    """ 直连商户号 — the merchant ID that received the payment. """
    bonus_value: int
    """ 会员积分值 — the points the order earns. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — the sub-merchant of a service-provider order. OA and IM mark it required;
    a direct merchant has none, so it is optional here (see the notes).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        mchid = self.mchid

        bonus_value = self.bonus_value

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_trade_no": out_trade_no,
                "mchid": mchid,
                "bonus_value": bonus_value,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        mchid = d.pop("mchid")

        bonus_value = d.pop("bonus_value")

        sub_mchid = d.pop("sub_mchid", UNSET)

        membercard_bonus_request = cls(
            out_trade_no=out_trade_no,
            mchid=mchid,
            bonus_value=bonus_value,
            sub_mchid=sub_mchid,
        )

        membercard_bonus_request.additional_properties = d
        return membercard_bonus_request

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
