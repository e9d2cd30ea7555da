# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandRedpacketBatchCreateDetail")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class BrandRedpacketBatchCreateDetail:
    """品牌红包明细 — one red packet to send."""

    out_detail_no: str
    """ 商家品牌红包明细单号 — the merchant's number of this red packet, unique in the batch (digits and letters). """
    amount: int
    """ 红包金额 — amount in fen; the upper limit is the one set in the merchant platform. """
    openid: str
    """ 接收红包用户OpenID — the recipient's OpenID under `brand_appid`. """
    remark: str
    """ 红包备注 — remark shown on the user's receipt ("红包说明"), at most 32 characters. """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 接收红包用户姓名 — the recipient's real name, checked against the OpenID when sent.
    Needed for 2,000 yuan or more; all details of a batch carry one or none do. Pass
    plaintext; the SDK encrypts it and sets `Wechatpay-Serial`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_detail_no = self.out_detail_no

        amount = self.amount

        openid = self.openid

        remark = self.remark

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_detail_no": out_detail_no,
                "amount": amount,
                "openid": openid,
                "remark": remark,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_detail_no = d.pop("out_detail_no")

        amount = d.pop("amount")

        openid = d.pop("openid")

        remark = d.pop("remark")

        user_name = d.pop("user_name", UNSET)

        brand_redpacket_batch_create_detail = cls(
            out_detail_no=out_detail_no,
            amount=amount,
            openid=openid,
            remark=remark,
            user_name=user_name,
        )

        brand_redpacket_batch_create_detail.additional_properties = d
        return brand_redpacket_batch_create_detail

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
