# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_trade_result_request_punish_type import (
    RiskTradeResultRequestPunishType,
    check_risk_trade_result_request_punish_type,
)
from ..models.risk_trade_result_request_risk_type import (
    RiskTradeResultRequestRiskType,
    check_risk_trade_result_request_risk_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskTradeResultRequest")


@_attrs_define
class RiskTradeResultRequest:
    """处置结果回传请求 — the merchant's handling of a risky order. `sp_mchid`,
    `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers, institutions
    and channels only.

    """

    punish_type: RiskTradeResultRequestPunishType
    """ 处置手段 — `OTHER_PUNISH`, `DISABLE_PAYMENT` (关闭支付), `SUSPEND_SETTLEMENT` (延迟结算),
    `DISABLE_WITHDRAW` (禁止提现), `REMOVE_MERCHANTS` (清退商户), `ADD_MERCHANTS_BLACKLIST`
    (商户加黑), `REFUND` (退款), `FREEZING_FUND_BY_TRANSACTION` / `_BY_MERCHANTS` (冻结资金),
    `BLOCKED_USER` (拦截用户).
     """
    sp_mchid: str | Unset = UNSET
    """ 服务商商户号 — service-provider mode only. """
    acquiring_bank_id: str | Unset = UNSET
    """ 从业机构商户号 — acquiring-institution mode only. """
    channel_id: str | Unset = UNSET
    """ 渠道号 — channel mode only. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — the merchant order number (digits, letters, `_-*`). """
    risk_type: RiskTradeResultRequestRiskType | Unset = UNSET
    """ 风险类型 — `OTHER_RISK` (其他), `INDUCE_PAYMENT` (诱导支付), `FRAUD` (欺诈),
    `GAMBLING` (赌博), `CYBERSEX` (色情).
     """
    additional_punish_type: str | Unset = UNSET
    """ 处置手段补充 — details of the handling, e.g. `SUSPEND_SETTLEMENT_NDAYS:10`. """
    complaints_information: str | Unset = UNSET
    """ 投诉信息 — text of a user complaint about the order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        punish_type: str = self.punish_type

        sp_mchid = self.sp_mchid

        acquiring_bank_id = self.acquiring_bank_id

        channel_id = self.channel_id

        sub_mchid = self.sub_mchid

        out_trade_no = self.out_trade_no

        risk_type: str | Unset = UNSET
        if not isinstance(self.risk_type, Unset):
            risk_type = self.risk_type

        additional_punish_type = self.additional_punish_type

        complaints_information = self.complaints_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "punish_type": punish_type,
            }
        )
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
        if risk_type is not UNSET:
            field_dict["risk_type"] = risk_type
        if additional_punish_type is not UNSET:
            field_dict["additional_punish_type"] = additional_punish_type
        if complaints_information is not UNSET:
            field_dict["complaints_information"] = complaints_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        punish_type = check_risk_trade_result_request_punish_type(d.pop("punish_type"))

        sp_mchid = d.pop("sp_mchid", UNSET)

        acquiring_bank_id = d.pop("acquiring_bank_id", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        _risk_type = d.pop("risk_type", UNSET)
        risk_type: RiskTradeResultRequestRiskType | Unset
        if isinstance(_risk_type, Unset):
            risk_type = UNSET
        else:
            risk_type = check_risk_trade_result_request_risk_type(_risk_type)

        additional_punish_type = d.pop("additional_punish_type", UNSET)

        complaints_information = d.pop("complaints_information", UNSET)

        risk_trade_result_request = cls(
            punish_type=punish_type,
            sp_mchid=sp_mchid,
            acquiring_bank_id=acquiring_bank_id,
            channel_id=channel_id,
            sub_mchid=sub_mchid,
            out_trade_no=out_trade_no,
            risk_type=risk_type,
            additional_punish_type=additional_punish_type,
            complaints_information=complaints_information,
        )

        risk_trade_result_request.additional_properties = d
        return risk_trade_result_request

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
