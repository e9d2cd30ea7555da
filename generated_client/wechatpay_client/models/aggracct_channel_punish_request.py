# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggracct_channel_punish_request_fund_repatriation_strategy import (
    AggracctChannelPunishRequestFundRepatriationStrategy,
    check_aggracct_channel_punish_request_fund_repatriation_strategy,
)
from ..models.aggracct_channel_punish_request_req_scene import (
    AggracctChannelPunishRequestReqScene,
    check_aggracct_channel_punish_request_req_scene,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelPunishRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelPunishRequest:
    """受理管控请求 — control request. `bal_account_no` and `card_no` are encrypted by the SDK."""

    out_request_no: str
    """ 微众管控单号 — the channel's control number (re-entrant for one year). """
    mchid: str
    """ 目标下管商户号 — merchant ID to control. """
    bal_account_no: str = _attrs_field(repr=_masked_repr)
    """ 目标下管台账ID — the ledger account (the WeBank drawing account). Pass plaintext; the SDK
    encrypts it and sends the Base64 ciphertext.
     """
    punish_scene: int
    """ 管控场景 — ID of a control scene the channel registered with WeChat Pay beforehand. """
    punish_reason: str | Unset = UNSET
    """ 管控原因 — why (printable UTF-8 only), kept for later analysis and reconciliation. """
    punish_end_time: datetime.datetime | Unset = UNSET
    """ 管控结束时间 — end of the control (RFC 3339); absent means indefinite. The control is not
    lifted automatically at that time.
     """
    card_no: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 目标下管卡号 — card number to control. Pass plaintext; the SDK encrypts it. """
    sgn_no: str | Unset = UNSET
    """ 目标下管商户子账户协议号 — sub-account agreement number to control. """
    req_scene: AggracctChannelPunishRequestReqScene | Unset = UNSET
    """ 请求场景 — request scene. """
    fund_repatriation_strategy: AggracctChannelPunishRequestFundRepatriationStrategy | Unset = UNSET
    """ 微众资金划回策略 — whether WeBank may take funds back during the control:
    `ALL_FORBIDDEN` or `ALL_ALLOWED_WHEN_UNIQUE`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        mchid = self.mchid

        bal_account_no = self.bal_account_no

        punish_scene = self.punish_scene

        punish_reason = self.punish_reason

        punish_end_time: str | Unset = UNSET
        if not isinstance(self.punish_end_time, Unset):
            punish_end_time = self.punish_end_time.isoformat()

        card_no = self.card_no

        sgn_no = self.sgn_no

        req_scene: str | Unset = UNSET
        if not isinstance(self.req_scene, Unset):
            req_scene = self.req_scene

        fund_repatriation_strategy: str | Unset = UNSET
        if not isinstance(self.fund_repatriation_strategy, Unset):
            fund_repatriation_strategy = self.fund_repatriation_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "mchid": mchid,
                "bal_account_no": bal_account_no,
                "punish_scene": punish_scene,
            }
        )
        if punish_reason is not UNSET:
            field_dict["punish_reason"] = punish_reason
        if punish_end_time is not UNSET:
            field_dict["punish_end_time"] = punish_end_time
        if card_no is not UNSET:
            field_dict["card_no"] = card_no
        if sgn_no is not UNSET:
            field_dict["sgn_no"] = sgn_no
        if req_scene is not UNSET:
            field_dict["req_scene"] = req_scene
        if fund_repatriation_strategy is not UNSET:
            field_dict["fund_repatriation_strategy"] = fund_repatriation_strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        mchid = d.pop("mchid")

        bal_account_no = d.pop("bal_account_no")

        punish_scene = d.pop("punish_scene")

        punish_reason = d.pop("punish_reason", UNSET)

        _punish_end_time = d.pop("punish_end_time", UNSET)
        punish_end_time: datetime.datetime | Unset
        if isinstance(_punish_end_time, Unset):
            punish_end_time = UNSET
        else:
            punish_end_time = datetime.datetime.fromisoformat(_punish_end_time)

        card_no = d.pop("card_no", UNSET)

        sgn_no = d.pop("sgn_no", UNSET)

        _req_scene = d.pop("req_scene", UNSET)
        req_scene: AggracctChannelPunishRequestReqScene | Unset
        if isinstance(_req_scene, Unset):
            req_scene = UNSET
        else:
            req_scene = check_aggracct_channel_punish_request_req_scene(_req_scene)

        _fund_repatriation_strategy = d.pop("fund_repatriation_strategy", UNSET)
        fund_repatriation_strategy: AggracctChannelPunishRequestFundRepatriationStrategy | Unset
        if isinstance(_fund_repatriation_strategy, Unset):
            fund_repatriation_strategy = UNSET
        else:
            fund_repatriation_strategy = check_aggracct_channel_punish_request_fund_repatriation_strategy(
                _fund_repatriation_strategy
            )

        aggracct_channel_punish_request = cls(
            out_request_no=out_request_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            punish_scene=punish_scene,
            punish_reason=punish_reason,
            punish_end_time=punish_end_time,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            fund_repatriation_strategy=fund_repatriation_strategy,
        )

        aggracct_channel_punish_request.additional_properties = d
        return aggracct_channel_punish_request

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
