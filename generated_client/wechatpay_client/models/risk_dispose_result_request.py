# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_dispose_result_request_disp_conclusion_item import (
    RiskDisposeResultRequestDispConclusionItem,
    check_risk_dispose_result_request_disp_conclusion_item,
)
from ..models.risk_dispose_result_request_final_risk_result import (
    RiskDisposeResultRequestFinalRiskResult,
    check_risk_dispose_result_request_final_risk_result,
)
from ..models.risk_dispose_result_request_final_risk_type import (
    RiskDisposeResultRequestFinalRiskType,
    check_risk_dispose_result_request_final_risk_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskDisposeResultRequest")


@_attrs_define
class RiskDisposeResultRequest:
    """回传处置结果请求 — the merchant's findings on one risk order. `sp_mchid`/`sub_mchid` are
    service-provider fields; a direct merchant sends `mchid`. The numeric codes are closed
    sets whose meanings are given on the official page.

    """

    out_trade_no: str
    """ 商户订单号 — the risk order's merchant order number. """
    sp_mchid: str | Unset = UNSET
    """ 服务商商户号 — service-provider mode only. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant's ID. """
    final_risk_result: RiskDisposeResultRequestFinalRiskResult | Unset = UNSET
    """ 最终风险结论 — final conclusion (codes 1, 2). """
    final_risk_type: RiskDisposeResultRequestFinalRiskType | Unset = UNSET
    """ 最终风险类型 — final risk type (codes 1–4, as `risk_type` of the risk order). """
    disp_conclusion: list[RiskDisposeResultRequestDispConclusionItem] | Unset = UNSET
    """ 处置结论 — what was done (codes 1–3). """
    disp_addition: str | Unset = UNSET
    """ 处置补充 — free-text details of the handling. """
    exist_complaint: bool | Unset = UNSET
    """ 是否有投诉 — whether the user complained. """
    refund_amount: int | Unset = UNSET
    """ 退款金额 — amount refunded, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        sp_mchid = self.sp_mchid

        sub_mchid = self.sub_mchid

        mchid = self.mchid

        final_risk_result: int | Unset = UNSET
        if not isinstance(self.final_risk_result, Unset):
            final_risk_result = self.final_risk_result

        final_risk_type: int | Unset = UNSET
        if not isinstance(self.final_risk_type, Unset):
            final_risk_type = self.final_risk_type

        disp_conclusion: list[int] | Unset = UNSET
        if not isinstance(self.disp_conclusion, Unset):
            disp_conclusion = []
            for disp_conclusion_item_data in self.disp_conclusion:
                disp_conclusion_item: int = disp_conclusion_item_data
                disp_conclusion.append(disp_conclusion_item)

        disp_addition = self.disp_addition

        exist_complaint = self.exist_complaint

        refund_amount = self.refund_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_trade_no": out_trade_no,
            }
        )
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if final_risk_result is not UNSET:
            field_dict["final_risk_result"] = final_risk_result
        if final_risk_type is not UNSET:
            field_dict["final_risk_type"] = final_risk_type
        if disp_conclusion is not UNSET:
            field_dict["disp_conclusion"] = disp_conclusion
        if disp_addition is not UNSET:
            field_dict["disp_addition"] = disp_addition
        if exist_complaint is not UNSET:
            field_dict["exist_complaint"] = exist_complaint
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        sp_mchid = d.pop("sp_mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        mchid = d.pop("mchid", UNSET)

        _final_risk_result = d.pop("final_risk_result", UNSET)
        final_risk_result: RiskDisposeResultRequestFinalRiskResult | Unset
        if isinstance(_final_risk_result, Unset):
            final_risk_result = UNSET
        else:
            final_risk_result = check_risk_dispose_result_request_final_risk_result(_final_risk_result)

        _final_risk_type = d.pop("final_risk_type", UNSET)
        final_risk_type: RiskDisposeResultRequestFinalRiskType | Unset
        if isinstance(_final_risk_type, Unset):
            final_risk_type = UNSET
        else:
            final_risk_type = check_risk_dispose_result_request_final_risk_type(_final_risk_type)

        _disp_conclusion = d.pop("disp_conclusion", UNSET)
        disp_conclusion: list[RiskDisposeResultRequestDispConclusionItem] | Unset = UNSET
        if _disp_conclusion is not UNSET:
            disp_conclusion = []
            for disp_conclusion_item_data in _disp_conclusion:
                disp_conclusion_item = check_risk_dispose_result_request_disp_conclusion_item(disp_conclusion_item_data)

                disp_conclusion.append(disp_conclusion_item)

        disp_addition = d.pop("disp_addition", UNSET)

        exist_complaint = d.pop("exist_complaint", UNSET)

        refund_amount = d.pop("refund_amount", UNSET)

        risk_dispose_result_request = cls(
            out_trade_no=out_trade_no,
            sp_mchid=sp_mchid,
            sub_mchid=sub_mchid,
            mchid=mchid,
            final_risk_result=final_risk_result,
            final_risk_type=final_risk_type,
            disp_conclusion=disp_conclusion,
            disp_addition=disp_addition,
            exist_complaint=exist_complaint,
            refund_amount=refund_amount,
        )

        risk_dispose_result_request.additional_properties = d
        return risk_dispose_result_request

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
