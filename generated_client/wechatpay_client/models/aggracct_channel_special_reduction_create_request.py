# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggracct_channel_special_reduction_create_request_reduction_type import (
    AggracctChannelSpecialReductionCreateRequestReductionType,
    check_aggracct_channel_special_reduction_create_request_reduction_type,
)
from ..models.aggracct_channel_special_reduction_create_request_req_scene import (
    AggracctChannelSpecialReductionCreateRequestReqScene,
    check_aggracct_channel_special_reduction_create_request_req_scene,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelSpecialReductionCreateRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelSpecialReductionCreateRequest:
    """特殊减额请求 — special-reduction request. `bal_account_no` and `card_no` are encrypted by the SDK."""

    mchid: str
    """ 微信支付商户号 — target merchant ID. """
    bal_account_no: str = _attrs_field(repr=_masked_repr)
    """ 额度台账号 — the ledger account. Pass plaintext; the SDK encrypts it. """
    out_request_no: str
    """ 特殊减额单号 — the channel's reduction number (idempotent for 31 days). """
    reduction_type: AggracctChannelSpecialReductionCreateRequestReductionType
    """ 特殊减额类型 — `FINANCIAL_PENALTY` or `JUDICIAL_DEDUCTION`. """
    amount: int
    """ 减额金额 — amount to take off the quota, in fen. """
    reason: str | Unset = UNSET
    """ 特殊减额原因 — reason (e.g. a court case number). """
    card_no: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 卡号 — card number. Pass plaintext; the SDK encrypts it. """
    sgn_no: str | Unset = UNSET
    """ 商户账户协议号 — account agreement number. """
    req_scene: AggracctChannelSpecialReductionCreateRequestReqScene | Unset = UNSET
    """ 请求场景 — request scene. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        bal_account_no = self.bal_account_no

        out_request_no = self.out_request_no

        reduction_type: str = self.reduction_type

        amount = self.amount

        reason = self.reason

        card_no = self.card_no

        sgn_no = self.sgn_no

        req_scene: str | Unset = UNSET
        if not isinstance(self.req_scene, Unset):
            req_scene = self.req_scene

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "bal_account_no": bal_account_no,
                "out_request_no": out_request_no,
                "reduction_type": reduction_type,
                "amount": amount,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if card_no is not UNSET:
            field_dict["card_no"] = card_no
        if sgn_no is not UNSET:
            field_dict["sgn_no"] = sgn_no
        if req_scene is not UNSET:
            field_dict["req_scene"] = req_scene

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        bal_account_no = d.pop("bal_account_no")

        out_request_no = d.pop("out_request_no")

        reduction_type = check_aggracct_channel_special_reduction_create_request_reduction_type(d.pop("reduction_type"))

        amount = d.pop("amount")

        reason = d.pop("reason", UNSET)

        card_no = d.pop("card_no", UNSET)

        sgn_no = d.pop("sgn_no", UNSET)

        _req_scene = d.pop("req_scene", UNSET)
        req_scene: AggracctChannelSpecialReductionCreateRequestReqScene | Unset
        if isinstance(_req_scene, Unset):
            req_scene = UNSET
        else:
            req_scene = check_aggracct_channel_special_reduction_create_request_req_scene(_req_scene)

        aggracct_channel_special_reduction_create_request = cls(
            mchid=mchid,
            bal_account_no=bal_account_no,
            out_request_no=out_request_no,
            reduction_type=reduction_type,
            amount=amount,
            reason=reason,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
        )

        aggracct_channel_special_reduction_create_request.additional_properties = d
        return aggracct_channel_special_reduction_create_request

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
