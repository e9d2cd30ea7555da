# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggracct_channel_recover_request_req_scene import (
    AggracctChannelRecoverRequestReqScene,
    check_aggracct_channel_recover_request_req_scene,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelRecoverRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelRecoverRequest:
    """解管请求 — release request. `bal_account_no` and `card_no` are encrypted by the SDK."""

    out_request_no: str
    """ 微众解管单号 — the channel's release number; must differ from `related_webank_punish_no`. """
    related_webank_punish_no: str
    """ 关联微众管控单号 — the channel's number of the control to release. """
    related_wxpay_punish_no: str
    """ 关联微信支付管控单号 — WeChat Pay's number of the control to release. """
    mchid: str
    """ 目标解管商户号 — merchant ID to release. """
    bal_account_no: str = _attrs_field(repr=_masked_repr)
    """ 目标解管台账ID — the ledger account. Pass plaintext; the SDK encrypts it. """
    recover_reason: str | Unset = UNSET
    """ 解管原因描述 — why (printable UTF-8 only). """
    card_no: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 目标下管卡号 — card number. Pass plaintext; the SDK encrypts it. """
    sgn_no: str | Unset = UNSET
    """ 目标下管商户子账户协议号 — sub-account agreement number. """
    req_scene: AggracctChannelRecoverRequestReqScene | Unset = UNSET
    """ 请求场景 — request scene. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        related_webank_punish_no = self.related_webank_punish_no

        related_wxpay_punish_no = self.related_wxpay_punish_no

        mchid = self.mchid

        bal_account_no = self.bal_account_no

        recover_reason = self.recover_reason

        card_no = self.card_no

        sgn_no = self.sgn_no

        req_scene: str | Unset = UNSET
        if not isinstance(self.req_scene, Unset):
            req_scene = self.req_scene

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "related_webank_punish_no": related_webank_punish_no,
                "related_wxpay_punish_no": related_wxpay_punish_no,
                "mchid": mchid,
                "bal_account_no": bal_account_no,
            }
        )
        if recover_reason is not UNSET:
            field_dict["recover_reason"] = recover_reason
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
        out_request_no = d.pop("out_request_no")

        related_webank_punish_no = d.pop("related_webank_punish_no")

        related_wxpay_punish_no = d.pop("related_wxpay_punish_no")

        mchid = d.pop("mchid")

        bal_account_no = d.pop("bal_account_no")

        recover_reason = d.pop("recover_reason", UNSET)

        card_no = d.pop("card_no", UNSET)

        sgn_no = d.pop("sgn_no", UNSET)

        _req_scene = d.pop("req_scene", UNSET)
        req_scene: AggracctChannelRecoverRequestReqScene | Unset
        if isinstance(_req_scene, Unset):
            req_scene = UNSET
        else:
            req_scene = check_aggracct_channel_recover_request_req_scene(_req_scene)

        aggracct_channel_recover_request = cls(
            out_request_no=out_request_no,
            related_webank_punish_no=related_webank_punish_no,
            related_wxpay_punish_no=related_wxpay_punish_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            recover_reason=recover_reason,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
        )

        aggracct_channel_recover_request.additional_properties = d
        return aggracct_channel_recover_request

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
